package dev.edgewise.core.contact;

/**
 * The Lync client's "Contacts not using Lync" choice, which governs what Skype (public IM) users can
 * do to the Lync user. A Skype user counts as approved once the Lync user allowed them ("Allow this
 * person to see you when you are online and contact you"), that is, once they see the Lync user.
 *
 * <pre>{@code
 * ContactsNotUsingLync.INVITES_ONLY.label();
 * // "Allow invites but block all other communications"
 * }</pre>
 */
public enum ContactsNotUsingLync {
  /** Anyone may send requests and IM. */
  ALLOW_ANYONE("Allow anyone to contact me"),
  /**
   * Requests are delivered; IM and calls from Skype users the Lync user has not approved are not.
   * The default: the choice the set-up Microsoft describes for Skype connectivity leaves in place
   * (the product's own default is not documented).
   */
  INVITES_ONLY("Allow invites but block all other communications"),
  /**
   * Requests from Skype users the Lync user has not listed, approved or pre-approved are dropped
   * politely (the sender sees Offline, as with a block); IM and calls from unapproved users are not
   * delivered. Contacts the Lync user has approved are spared.
   */
  BLOCK_ALL("Block all invites and communications");

  private final String label;

  ContactsNotUsingLync(String label) {
    this.label = label;
  }

  /** Returns the option's wording in the client. */
  public String label() {
    return label;
  }
}
