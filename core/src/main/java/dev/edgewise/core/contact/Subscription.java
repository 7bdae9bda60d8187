package dev.edgewise.core.contact;

import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One side's presence subscription to the other, as one of the nine states of RFC 6121 Appendix A
 * (the XMPP roster model). Lync and Skype users never see these names; they see a {@link Display}
 * and a pending request. The states are kept for XMPP-minded users and for tracing, and because
 * they make the state machine provably closed: no side is ever "to" and "pending out" at once.
 *
 * <p>Read each state from the side that holds it (the "user"), about the other side (the
 * "contact"): {@link #to()} the user sees the contact's presence, {@link #from()} the contact sees
 * the user's, {@link #pendingOut()} the user's contact request is waiting for an answer, {@link
 * #pendingIn()} the contact's request is waiting for the user's answer.
 *
 * <pre>{@code
 * Subscription s = Subscription.TO_PENDING_IN;
 * s.to();              // true: the user sees the contact
 * s.pendingIn();       // true: and the contact asks to see the user
 * s.rfcName();         // "To + Pending In"
 * Subscription.of(true, false, true, false);   // Optional.empty(): RFC 6121 has no such state
 * }</pre>
 */
public enum Subscription {
  /** Nobody sees anybody and nothing is pending (also: contact not on the list at all). */
  NONE("None", "N", false, false, false, false),
  /** The user asked to see the contact; no answer yet. */
  NONE_PENDING_OUT("None + Pending Out", "N+PO", false, false, true, false),
  /** The contact asked to see the user; the user has not answered. */
  NONE_PENDING_IN("None + Pending In", "N+PI", false, false, false, true),
  /** Both asked; neither has answered. */
  NONE_PENDING_OUT_IN("None + Pending Out+In", "N+PO+PI", false, false, true, true),
  /** The user sees the contact. */
  TO("To", "T", true, false, false, false),
  /** The user sees the contact, and the contact asks to see the user. */
  TO_PENDING_IN("To + Pending In", "T+PI", true, false, false, true),
  /** The contact sees the user. */
  FROM("From", "F", false, true, false, false),
  /** The contact sees the user, and the user asks to see the contact. */
  FROM_PENDING_OUT("From + Pending Out", "F+PO", false, true, true, false),
  /** Each sees the other. */
  BOTH("Both", "B", true, true, false, false);

  private final String rfcName;
  private final String abbreviation;
  private final boolean to;
  private final boolean from;
  private final boolean pendingOut;
  private final boolean pendingIn;

  Subscription(
      String rfcName,
      String abbreviation,
      boolean to,
      boolean from,
      boolean pendingOut,
      boolean pendingIn) {
    this.rfcName = rfcName;
    this.abbreviation = abbreviation;
    this.to = to;
    this.from = from;
    this.pendingOut = pendingOut;
    this.pendingIn = pendingIn;
  }

  /**
   * Returns the state with these four properties, or empty for the seven combinations RFC 6121 rules
   * out (to with pending out, from with pending in).
   */
  public static Optional<Subscription> of(
      boolean to, boolean from, boolean pendingOut, boolean pendingIn) {
    return Optional.ofNullable(BY_BITS[bits(to, from, pendingOut, pendingIn)]);
  }

  // Every stanza of every event looks a state up by its four properties: index, don't scan.
  private static final @Nullable Subscription[] BY_BITS = new Subscription[16];

  static {
    for (Subscription s : values()) {
      BY_BITS[bits(s.to, s.from, s.pendingOut, s.pendingIn)] = s;
    }
  }

  private static int bits(boolean to, boolean from, boolean pendingOut, boolean pendingIn) {
    return (to ? 1 : 0) | (from ? 2 : 0) | (pendingOut ? 4 : 0) | (pendingIn ? 8 : 0);
  }

  /** The user sees the contact's presence (RFC 6121 subscription 'to' or 'both'). */
  public boolean to() {
    return to;
  }

  /** The contact sees the user's presence (RFC 6121 subscription 'from' or 'both'). */
  public boolean from() {
    return from;
  }

  /** The user's request to see the contact awaits an answer (RFC 6121 ask='subscribe'). */
  public boolean pendingOut() {
    return pendingOut;
  }

  /** The contact's request to see the user awaits the user's answer. */
  public boolean pendingIn() {
    return pendingIn;
  }

  /** Returns the name RFC 6121 Appendix A uses, such as "None + Pending Out". */
  public String rfcName() {
    return rfcName;
  }

  /** Returns the abbreviation of RFC 6121 Appendix A, such as "N+PO". */
  public String abbreviation() {
    return abbreviation;
  }

  /** Returns the state the mirror image of this one: what the contact holds about the user. */
  Subscription mirror() {
    return require(from, to, pendingIn, pendingOut);
  }

  // The RFC 6121 A.2 and A.3 tables follow from four rules each; the test suite checks them cell by
  // cell against the tables as data (src/test/resources), so the rules here stay an independent
  // formulation rather than a copy of the oracle.

  /** A.2: whether the user's own server routes a stanza of this kind to the contact. */
  boolean routesOutbound(SubscriptionMessage.Kind kind) {
    return switch (kind) {
      case SUBSCRIBE, UNSUBSCRIBE -> true;
      case SUBSCRIBED -> pendingIn;
      case UNSUBSCRIBED -> from || pendingIn;
    };
  }

  /** A.2: the user's state after sending a stanza of this kind (pre-approval is not a state). */
  Subscription afterOutbound(SubscriptionMessage.Kind kind) {
    return switch (kind) {
      case SUBSCRIBE -> to ? this : require(false, from, true, pendingIn);
      case UNSUBSCRIBE -> require(false, from, false, pendingIn);
      case SUBSCRIBED -> pendingIn ? require(to, true, pendingOut, false) : this;
      case UNSUBSCRIBED -> require(to, false, pendingOut, false);
    };
  }

  /** A.3: whether the user's server delivers an inbound stanza of this kind (it changes state). */
  boolean deliversInbound(SubscriptionMessage.Kind kind) {
    return switch (kind) {
      case SUBSCRIBE -> !from && !pendingIn;
      case UNSUBSCRIBE -> from || pendingIn;
      case SUBSCRIBED -> pendingOut;
      case UNSUBSCRIBED -> to || pendingOut;
    };
  }

  /** A.3: the user's state after an inbound stanza of this kind. */
  Subscription afterInbound(SubscriptionMessage.Kind kind) {
    if (!deliversInbound(kind)) {
      return this;
    }
    return switch (kind) {
      case SUBSCRIBE -> require(to, from, pendingOut, true);
      case UNSUBSCRIBE -> require(to, false, pendingOut, false);
      case SUBSCRIBED -> require(true, from, false, pendingIn);
      case UNSUBSCRIBED -> require(false, from, false, pendingIn);
    };
  }

  private static Subscription require(
      boolean to, boolean from, boolean pendingOut, boolean pendingIn) {
    // Every caller above keeps to/pendingOut and from/pendingIn exclusive, so a state exists.
    return of(to, from, pendingOut, pendingIn).orElseThrow(AssertionError::new);
  }
}
