package dev.edgewise.core.contact;

/**
 * The stable identifier of each rule by which the Lync user's client decides whether to show what
 * the server delivered. The four that withhold something carry the names the external-access
 * decision uses for the client gate, so the policy module can report them as they are.
 *
 * <pre>{@code
 * ClientRuleId.CLIENT_DND_SUPPRESSED.setting();   // "When my status is Do Not Disturb"
 * }</pre>
 */
public enum ClientRuleId {
  /** The server did not deliver the item, so the client has nothing to show. */
  NOT_DELIVERED_BY_SERVER("the server's decision", false),
  /** The Lync user blocks the sender: nothing from them is shown; they see Offline. */
  CLIENT_BLOCKED_CONTACT("Privacy relationship: Blocked Contacts", false),
  /**
   * "Contacts not using Lync" keeps out a public IM user the Lync user has not approved: their
   * conversations under both blocking choices, their requests and presence watch under "Block all
   * invites and communications".
   */
  CLIENT_BLOCKS_NON_LYNC("Contacts not using Lync", false),
  /**
   * The status is Do Not Disturb and the alert option does not let this through: a conversation is
   * not shown and the sender is told it was not delivered; a contact request still waits on the
   * New tab, without an alert.
   */
  CLIENT_DND_SUPPRESSED("When my status is Do Not Disturb", false),
  /**
   * The server's {@code EnablePrivacyMode} is on and the Lync user shows presence to contacts only:
   * a sender not on the contact list sees name and e-mail only, as a blocked contact does.
   */
  PRIVACY_MODE_HIDES_PRESENCE(
      "EnablePrivacyMode with \"I want only people in my Contacts list to see my presence\"", false),
  /** No client setting withholds the item: it is shown (and, if it alerts at all, alerts). */
  CLIENT_SHOWS("no client setting withholds it", true);

  private final String setting;
  private final boolean shows;

  ClientRuleId(String setting, boolean shows) {
    this.setting = setting;
    this.shows = shows;
  }

  /** Returns the setting that decides, as the client or the server names it. */
  public String setting() {
    return setting;
  }

  /** Whether this rule lets the item through ({@link #CLIENT_SHOWS} only). */
  public boolean shows() {
    return shows;
  }
}
