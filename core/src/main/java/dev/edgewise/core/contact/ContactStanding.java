package dev.edgewise.core.contact;

import java.util.Objects;

/**
 * Where a sender stands with the Lync user, as the Lync user's client sees it: whether the sender
 * uses Lync (a Skype user is one of the "contacts not using Lync"), whether the Lync user listed
 * them, whether the Lync user approved them, and the privacy relationship (Blocked while the Lync
 * user blocks them; Workgroup may interrupt Do Not Disturb).
 *
 * <pre>{@code
 * ContactStanding stranger = ContactStanding.builder().build();   // a Skype user nobody approved
 * ContactStanding bob = ContactStanding.of(relationship);        // the Skype user of a relationship
 * }</pre>
 *
 * @param usesLync the sender is a Lync / Skype for Business user (federated or internal); false for
 *     a public IM (Skype) user
 * @param onContactList the sender is on the Lync user's contact list
 * @param approved the Lync user lets the sender see them ("Allow this person to see you when you are
 *     online and contact you"); a pre-approval lists the sender but approves nothing yet
 * @param relationship the privacy relationship the Lync user gives the sender; {@link
 *     PrivacyRelationship#BLOCKED} while blocking them
 */
public record ContactStanding(
    boolean usesLync, boolean onContactList, boolean approved, PrivacyRelationship relationship) {

  /** Checks that the relationship is not null. */
  public ContactStanding {
    Objects.requireNonNull(relationship, "relationship");
  }

  /**
   * Returns the Skype user's standing with the Lync user in {@code r}: not using Lync, listed and
   * approved as the relationship says, with its privacy relationship.
   */
  public static ContactStanding of(ContactRelationship r) {
    return new ContactStanding(
        false,
        r.isListed(Side.LYNC),
        r.subscription(Side.LYNC).from(),
        r.privacyRelationship());
  }

  /**
   * Returns a builder for a stranger: a Skype user, not listed, not approved, External Contacts.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether the Lync user blocks the sender. */
  public boolean isBlocked() {
    return relationship == PrivacyRelationship.BLOCKED;
  }

  /**
   * Builds a {@link ContactStanding}.
   *
   * <pre>{@code
   * ContactStanding.builder().onContactList(true).approved(true)
   *     .relationship(PrivacyRelationship.WORKGROUP).build();
   * }</pre>
   */
  public static final class Builder {
    private boolean usesLync;
    private boolean onContactList;
    private boolean approved;
    private PrivacyRelationship relationship = PrivacyRelationship.EXTERNAL_CONTACTS;

    private Builder() {}

    /** Sets whether the sender uses Lync. */
    public Builder usesLync(boolean yes) {
      usesLync = yes;
      return this;
    }

    /** Sets whether the sender is on the Lync user's contact list. */
    public Builder onContactList(boolean yes) {
      onContactList = yes;
      return this;
    }

    /** Sets whether the Lync user approved the sender. */
    public Builder approved(boolean yes) {
      approved = yes;
      return this;
    }

    /** Sets the privacy relationship ({@link PrivacyRelationship#BLOCKED} for a blocked sender). */
    public Builder relationship(PrivacyRelationship r) {
      relationship = Objects.requireNonNull(r, "relationship");
      return this;
    }

    /** Returns the standing. */
    public ContactStanding build() {
      return new ContactStanding(usesLync, onContactList, approved, relationship);
    }
  }
}
