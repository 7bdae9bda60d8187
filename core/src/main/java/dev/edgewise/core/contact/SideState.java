package dev.edgewise.core.contact;

/**
 * One side's part of a relationship: the RFC 6121 state and the flags beside it. Internal; the
 * public view is {@link ContactRelationship}'s per-side accessors.
 *
 * @param subscription the RFC 6121 state, this side being the user
 * @param listed the other person is on this side's contact list
 * @param preApproved this side approved in advance a request not yet received (RFC 6121 3.4)
 * @param acknowledged this side's pending request reached the other side's server
 * @param blocking this side blocks the other
 */
record SideState(
    Subscription subscription,
    boolean listed,
    boolean preApproved,
    boolean acknowledged,
    boolean blocking) {

  static final SideState INITIAL = new SideState(Subscription.NONE, false, false, false, false);

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(listed ? "listed " : "unlisted ");
    b.append(subscription.abbreviation());
    if (acknowledged) {
      b.append(" acked");
    }
    if (preApproved) {
      b.append(" pre-approved");
    }
    if (blocking) {
      b.append(" blocking");
    }
    return b.toString();
  }
}
