package dev.edgewise.core.contact;

/**
 * The Lync client's choice "When my status is Do Not Disturb" (Alerts options). Only contacts in
 * the Workgroup privacy relationship can interrupt Do Not Disturb, and only as the choice allows.
 * A conversation alert is an invitation to an IM, call or other conversation; the other alerts
 * include "someone added you to their contact list".
 *
 * <pre>{@code
 * DoNotDisturbAlerts d = DoNotDisturbAlerts.defaultChoice();   // ALL_ALERTS_WORKGROUP_CONVERSATIONS
 * d.showsConversationFromWorkgroup();   // true
 * d.showsOtherAlerts();                 // true
 * }</pre>
 */
public enum DoNotDisturbAlerts {
  /** "Don't show alerts": nothing interrupts, Workgroup included. */
  NO_ALERTS("Don't show alerts", "noAlerts", false, false),
  /**
   * "Show only conversation alerts from people in my Workgroup privacy relationship": Workgroup
   * conversations interrupt; every other alert is hidden.
   */
  WORKGROUP_CONVERSATIONS_ONLY(
      "Show only conversation alerts from people in my Workgroup privacy relationship",
      "displayAlertsFromHighPresence",
      true,
      false),
  /**
   * "Show all alerts, but only show conversation alerts from people in my Workgroup privacy
   * relationship": the client's default (the Lync 2010 alerts schema documents the token {@code
   * displayAllAlerts} as the default value).
   */
  ALL_ALERTS_WORKGROUP_CONVERSATIONS(
      "Show all alerts, but only show conversation alerts from people in my Workgroup privacy"
          + " relationship",
      "displayAllAlerts",
      true,
      true);

  private final String label;
  private final String token;
  private final boolean workgroupConversations;
  private final boolean otherAlerts;

  DoNotDisturbAlerts(
      String label, String token, boolean workgroupConversations, boolean otherAlerts) {
    this.label = label;
    this.token = token;
    this.workgroupConversations = workgroupConversations;
    this.otherAlerts = otherAlerts;
  }

  /** Returns the client's default: {@link #ALL_ALERTS_WORKGROUP_CONVERSATIONS}. */
  public static DoNotDisturbAlerts defaultChoice() {
    return ALL_ALERTS_WORKGROUP_CONVERSATIONS;
  }

  /** Returns the option's wording in the client. */
  public String label() {
    return label;
  }

  /**
   * Returns the value the client publishes in its alerts options ({@code alertsWhenDoNotDisturb}),
   * such as {@code "noAlerts"}.
   */
  public String token() {
    return token;
  }

  /** Whether a conversation invitation from a Workgroup contact still alerts the user. */
  public boolean showsConversationFromWorkgroup() {
    return workgroupConversations;
  }

  /** Whether alerts other than conversation invitations are still shown. */
  public boolean showsOtherAlerts() {
    return otherAlerts;
  }
}
