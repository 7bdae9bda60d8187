package dev.edgewise.core.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The recipient's client as a gate of its own, after the server's: given the Lync user's {@link
 * ClientSettings}, the sender's {@link ContactStanding} and what the server did ({@link
 * ServerDelivery}), says whether the client shows the item and alerts the user, and which setting
 * decided. A pure function; it never shows what the server did not deliver.
 *
 * <p>The rules, each reported when it withholds something, in this order:
 *
 * <ol>
 *   <li>{@link ClientRuleId#CLIENT_BLOCKED_CONTACT}: the sender is blocked; nothing is shown.
 *   <li>{@link ClientRuleId#CLIENT_BLOCKS_NON_LYNC}: the sender does not use Lync and "Contacts not
 *       using Lync" keeps them out. {@link ContactsNotUsingLync#INVITES_ONLY} and {@link
 *       ContactsNotUsingLync#BLOCK_ALL} keep out conversations from senders the user has not
 *       approved; {@code BLOCK_ALL} also keeps out their requests and presence watch unless they
 *       are listed. {@link ContactsNotUsingLync#ALLOW_ANYONE} keeps out nothing.
 *   <li>{@link ClientRuleId#CLIENT_DND_SUPPRESSED}: the status is Do Not Disturb. A conversation
 *       is shown only from a Workgroup contact, and only if the {@link DoNotDisturbAlerts} choice
 *       lets Workgroup conversations through; a contact request is still shown but alerts only
 *       under "Show all alerts". Presence is not affected.
 *   <li>{@link ClientRuleId#PRIVACY_MODE_HIDES_PRESENCE}: presence only; the server's {@code
 *       EnablePrivacyMode} is on, the user chose to show presence to contacts only, and the sender
 *       is not on the contact list.
 * </ol>
 *
 * <pre>{@code
 * ClientSettings dnd = ClientSettings.builder()
 *     .presenceStatus(PresenceStatus.DO_NOT_DISTURB).build();
 * ContactStanding colleague = ContactStanding.builder().usesLync(true).onContactList(true)
 *     .approved(true).relationship(PrivacyRelationship.COLLEAGUES).build();
 * ClientVerdict v = ClientGate.decide(dnd, colleague,
 *     ServerDelivery.delivered(ClientItem.CONVERSATION));
 * v.shown();       // false: only Workgroup may interrupt Do Not Disturb
 * v.decidedBy();   // CLIENT_DND_SUPPRESSED
 * }</pre>
 */
public final class ClientGate {

  private ClientGate() {}

  /** Decides what the client does with one item the server handled. */
  public static ClientVerdict decide(
      ClientSettings settings, ContactStanding sender, ServerDelivery delivery) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(sender, "sender");
    ClientItem item = delivery.item();
    if (!delivery.delivered()) {
      return new ClientVerdict(item, false, false, List.of(ClientRuleId.NOT_DELIVERED_BY_SERVER));
    }
    List<ClientRuleId> rules = new ArrayList<>(3);
    boolean hidden = false;
    boolean quiet = item == ClientItem.PRESENCE;
    if (sender.isBlocked()) {
      rules.add(ClientRuleId.CLIENT_BLOCKED_CONTACT);
      hidden = true;
    }
    if (!sender.usesLync() && keepsOutNonLync(settings.contactsNotUsingLync(), sender, item)) {
      rules.add(ClientRuleId.CLIENT_BLOCKS_NON_LYNC);
      hidden = true;
    }
    if (settings.presenceStatus() == PresenceStatus.DO_NOT_DISTURB) {
      DoNotDisturbAlerts dnd = settings.doNotDisturbAlerts();
      if (item == ClientItem.CONVERSATION
          && !(dnd.showsConversationFromWorkgroup()
              && sender.relationship() == PrivacyRelationship.WORKGROUP)) {
        rules.add(ClientRuleId.CLIENT_DND_SUPPRESSED);
        hidden = true;
      } else if (item == ClientItem.CONTACT_REQUEST && !dnd.showsOtherAlerts()) {
        // The request still waits on the New tab; only the alert is held back.
        rules.add(ClientRuleId.CLIENT_DND_SUPPRESSED);
        quiet = true;
      }
    }
    if (item == ClientItem.PRESENCE
        && delivery.privacyModeEnabled()
        && settings.presenceToContactsOnly()
        && !sender.onContactList()) {
      rules.add(ClientRuleId.PRIVACY_MODE_HIDES_PRESENCE);
      hidden = true;
    }
    if (rules.isEmpty()) {
      rules.add(ClientRuleId.CLIENT_SHOWS);
    }
    return new ClientVerdict(item, !hidden, !hidden && !quiet, rules);
  }

  private static boolean keepsOutNonLync(
      ContactsNotUsingLync choice, ContactStanding sender, ClientItem item) {
    return switch (choice) {
      case ALLOW_ANYONE -> false;
      case INVITES_ONLY -> item == ClientItem.CONVERSATION && !sender.approved();
      case BLOCK_ALL ->
          item == ClientItem.CONVERSATION
              ? !sender.approved()
              : !sender.approved() && !sender.onContactList();
    };
  }
}
