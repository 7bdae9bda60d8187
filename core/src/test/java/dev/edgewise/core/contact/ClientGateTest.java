package dev.edgewise.core.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.base.Splitter;
import dev.edgewise.core.Modality;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The client gate, setting by setting: one row per case, with the rules that decided. */
class ClientGateTest {

  // Sender: L = uses Lync, S = Skype user; then "+list", "+ok" (approved); relationship.
  // Settings: "Contacts not using Lync", status (AV = Available, DND), DND option (NONE = Don't
  // show alerts, WG = Workgroup conversations only, ALL = all alerts), contacts-only presence,
  // server EnablePrivacyMode. Item and whether the server delivered it.
  @ParameterizedTest(name = "[{index}] {arguments}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # sender          | choice       | st  | dnd  | co | pm | item            | srv | shown | alert | rules
      # --- the server decides first: nothing it withheld is shown -------------------------------
        S EXTERNAL_CONTACTS | ALLOW_ANYONE | AV  | ALL  | no | no | CONVERSATION    | no  | no  | no  | NOT_DELIVERED_BY_SERVER
        L WORKGROUP +list +ok | ALLOW_ANYONE | AV | ALL | no | no | PRESENCE      | no  | no  | no  | NOT_DELIVERED_BY_SERVER
      # --- Blocked -------------------------------------------------------------------------------
        L BLOCKED +list +ok | ALLOW_ANYONE | AV  | ALL  | no | no | CONVERSATION    | yes | no  | no  | CLIENT_BLOCKED_CONTACT
        S BLOCKED +list     | ALLOW_ANYONE | AV  | ALL  | no | no | CONTACT_REQUEST | yes | no  | no  | CLIENT_BLOCKED_CONTACT
        S BLOCKED +list +ok | ALLOW_ANYONE | AV  | ALL  | no | no | PRESENCE        | yes | no  | no  | CLIENT_BLOCKED_CONTACT
        S BLOCKED           | BLOCK_ALL    | AV  | ALL  | no | no | CONVERSATION    | yes | no  | no  | CLIENT_BLOCKED_CONTACT CLIENT_BLOCKS_NON_LYNC
      # --- Contacts not using Lync: ALLOW_ANYONE ---------------------------------------------------
        S EXTERNAL_CONTACTS | ALLOW_ANYONE | AV  | ALL  | no | no | CONVERSATION    | yes | yes | yes | CLIENT_SHOWS
        S EXTERNAL_CONTACTS | ALLOW_ANYONE | AV  | ALL  | no | no | CONTACT_REQUEST | yes | yes | yes | CLIENT_SHOWS
        S EXTERNAL_CONTACTS | ALLOW_ANYONE | AV  | ALL  | no | no | PRESENCE        | yes | yes | no  | CLIENT_SHOWS
      # --- INVITES_ONLY (the default): requests yes, conversations only once approved --------------
        S EXTERNAL_CONTACTS | INVITES_ONLY | AV  | ALL  | no | no | CONVERSATION    | yes | no  | no  | CLIENT_BLOCKS_NON_LYNC
        S EXTERNAL_CONTACTS +list | INVITES_ONLY | AV | ALL | no | no | CONVERSATION | yes | no  | no  | CLIENT_BLOCKS_NON_LYNC
        S EXTERNAL_CONTACTS +ok | INVITES_ONLY | AV | ALL  | no | no | CONVERSATION    | yes | yes | yes | CLIENT_SHOWS
        S EXTERNAL_CONTACTS | INVITES_ONLY | AV  | ALL  | no | no | CONTACT_REQUEST | yes | yes | yes | CLIENT_SHOWS
        S EXTERNAL_CONTACTS | INVITES_ONLY | AV  | ALL  | no | no | PRESENCE        | yes | yes | no  | CLIENT_SHOWS
        L EXTERNAL_CONTACTS | INVITES_ONLY | AV  | ALL  | no | no | CONVERSATION    | yes | yes | yes | CLIENT_SHOWS
      # --- BLOCK_ALL: strangers kept out entirely; approved contacts spared ------------------------
        S EXTERNAL_CONTACTS | BLOCK_ALL    | AV  | ALL  | no | no | CONVERSATION    | yes | no  | no  | CLIENT_BLOCKS_NON_LYNC
        S EXTERNAL_CONTACTS | BLOCK_ALL    | AV  | ALL  | no | no | CONTACT_REQUEST | yes | no  | no  | CLIENT_BLOCKS_NON_LYNC
        S EXTERNAL_CONTACTS | BLOCK_ALL    | AV  | ALL  | no | no | PRESENCE        | yes | no  | no  | CLIENT_BLOCKS_NON_LYNC
        S EXTERNAL_CONTACTS +list | BLOCK_ALL | AV | ALL | no | no | CONTACT_REQUEST | yes | yes | yes | CLIENT_SHOWS
        S EXTERNAL_CONTACTS +list | BLOCK_ALL | AV | ALL | no | no | CONVERSATION   | yes | no  | no  | CLIENT_BLOCKS_NON_LYNC
        S EXTERNAL_CONTACTS +list +ok | BLOCK_ALL | AV | ALL | no | no | CONVERSATION | yes | yes | yes | CLIENT_SHOWS
        S EXTERNAL_CONTACTS +ok | BLOCK_ALL | AV   | ALL  | no | no | PRESENCE        | yes | yes | no  | CLIENT_SHOWS
        L EXTERNAL_CONTACTS | BLOCK_ALL    | AV  | ALL  | no | no | CONVERSATION    | yes | yes | yes | CLIENT_SHOWS
      # --- Do Not Disturb: only Workgroup conversations, as the option says -----------------------
        L COLLEAGUES +list +ok | ALLOW_ANYONE | DND | ALL | no | no | CONVERSATION | yes | no  | no  | CLIENT_DND_SUPPRESSED
        L WORKGROUP +list +ok  | ALLOW_ANYONE | DND | ALL | no | no | CONVERSATION | yes | yes | yes | CLIENT_SHOWS
        L WORKGROUP +list +ok  | ALLOW_ANYONE | DND | WG  | no | no | CONVERSATION | yes | yes | yes | CLIENT_SHOWS
        L WORKGROUP +list +ok  | ALLOW_ANYONE | DND | NONE | no | no | CONVERSATION | yes | no | no  | CLIENT_DND_SUPPRESSED
        L FRIENDS_AND_FAMILY +list +ok | ALLOW_ANYONE | DND | ALL | no | no | CONVERSATION | yes | no | no | CLIENT_DND_SUPPRESSED
        L COLLEAGUES +list +ok | ALLOW_ANYONE | BUSY | NONE | no | no | CONVERSATION | yes | yes | yes | CLIENT_SHOWS
        S EXTERNAL_CONTACTS | ALLOW_ANYONE | DND | ALL  | no | no | CONTACT_REQUEST | yes | yes | yes | CLIENT_SHOWS
        S EXTERNAL_CONTACTS | ALLOW_ANYONE | DND | WG   | no | no | CONTACT_REQUEST | yes | yes | no  | CLIENT_DND_SUPPRESSED
        S EXTERNAL_CONTACTS | ALLOW_ANYONE | DND | NONE | no | no | CONTACT_REQUEST | yes | yes | no  | CLIENT_DND_SUPPRESSED
        S EXTERNAL_CONTACTS | ALLOW_ANYONE | DND | NONE | no | no | PRESENCE        | yes | yes | no  | CLIENT_SHOWS
        S EXTERNAL_CONTACTS | INVITES_ONLY | DND | ALL  | no | no | CONVERSATION    | yes | no  | no  | CLIENT_BLOCKS_NON_LYNC CLIENT_DND_SUPPRESSED
      # --- EnablePrivacyMode and "only my contacts see my presence" -------------------------------
        S EXTERNAL_CONTACTS +ok | ALLOW_ANYONE | AV | ALL | yes | yes | PRESENCE     | yes | no  | no  | PRIVACY_MODE_HIDES_PRESENCE
        S EXTERNAL_CONTACTS +list +ok | ALLOW_ANYONE | AV | ALL | yes | yes | PRESENCE | yes | yes | no | CLIENT_SHOWS
        S EXTERNAL_CONTACTS +ok | ALLOW_ANYONE | AV | ALL | yes | no  | PRESENCE     | yes | yes | no  | CLIENT_SHOWS
        S EXTERNAL_CONTACTS +ok | ALLOW_ANYONE | AV | ALL | no  | yes | PRESENCE     | yes | yes | no  | CLIENT_SHOWS
        L COLLEAGUES        | ALLOW_ANYONE | AV  | ALL  | yes | yes | PRESENCE       | yes | no  | no  | PRIVACY_MODE_HIDES_PRESENCE
        L COLLEAGUES        | ALLOW_ANYONE | AV  | ALL  | yes | yes | CONVERSATION   | yes | yes | yes | CLIENT_SHOWS
      """)
  void decides(
      String sender,
      ContactsNotUsingLync choice,
      String status,
      String dnd,
      String contactsOnly,
      String privacyMode,
      ClientItem item,
      String delivered,
      String shown,
      String alerted,
      String rules) {
    ClientSettings settings =
        ClientSettings.builder()
            .contactsNotUsingLync(choice)
            .presenceStatus(
                switch (status) {
                  case "AV" -> PresenceStatus.AVAILABLE;
                  case "DND" -> PresenceStatus.DO_NOT_DISTURB;
                  default -> PresenceStatus.valueOf(status);
                })
            .doNotDisturbAlerts(
                switch (dnd) {
                  case "NONE" -> DoNotDisturbAlerts.NO_ALERTS;
                  case "WG" -> DoNotDisturbAlerts.WORKGROUP_CONVERSATIONS_ONLY;
                  default -> DoNotDisturbAlerts.ALL_ALERTS_WORKGROUP_CONVERSATIONS;
                })
            .presenceToContactsOnly(yes(contactsOnly))
            .build();
    ClientVerdict v =
        ClientGate.decide(
            settings,
            standing(sender),
            new ServerDelivery(item, yes(delivered), yes(privacyMode)));
    assertEquals(yes(shown), v.shown(), "shown");
    assertEquals(yes(alerted), v.alerted(), "alerted");
    assertEquals(
        rules, v.rules().stream().map(Enum::name).collect(Collectors.joining(" ")), "rules");
    assertEquals(item, v.item());
  }

  private static boolean yes(String s) {
    return s.equals("yes");
  }

  static ContactStanding standing(String spec) {
    List<String> words = Splitter.on(' ').omitEmptyStrings().splitToList(spec);
    return ContactStanding.builder()
        .usesLync(words.get(0).equals("L"))
        .relationship(PrivacyRelationship.valueOf(words.get(1)))
        .onContactList(words.contains("+list"))
        .approved(words.contains("+ok"))
        .build();
  }

  @Test
  void defaultsAreTheDocumentedOnes() {
    ClientSettings d = ClientSettings.defaults();
    assertEquals(ContactsNotUsingLync.INVITES_ONLY, d.contactsNotUsingLync());
    assertEquals(PresenceStatus.AVAILABLE, d.presenceStatus());
    assertEquals(DoNotDisturbAlerts.ALL_ALERTS_WORKGROUP_CONVERSATIONS, d.doNotDisturbAlerts());
    assertEquals("displayAllAlerts", d.doNotDisturbAlerts().token());
    assertEquals(false, d.presenceToContactsOnly());
    assertEquals(true, d.tellMeWhenSomeoneAddsMe());
    assertEquals(d, new ClientSettings(true, ContactsNotUsingLync.INVITES_ONLY));
    assertEquals(d, ClientSettings.builder().build());
    assertEquals(d, d.toBuilder().build());
    ContactStanding stranger = ContactStanding.builder().build();
    assertEquals(
        new ContactStanding(false, false, false, PrivacyRelationship.EXTERNAL_CONTACTS), stranger);
  }

  @Test
  void theStandingOfARelationshipsSkypeUser() {
    ContactRelationship fresh = ContactRelationship.initial(Gates.allOpen());
    assertEquals(ContactStanding.builder().build(), ContactStanding.of(fresh));
    ContactRelationship both =
        fresh.applyAll(
            List.of(
                ContactEvent.add(Side.LYNC),
                ContactEvent.accept(Side.SKYPE),
                ContactEvent.accept(Side.LYNC, true),
                ContactEvent.changeRelationship(PrivacyRelationship.WORKGROUP)));
    assertEquals(
        ContactStanding.builder()
            .onContactList(true)
            .approved(true)
            .relationship(PrivacyRelationship.WORKGROUP)
            .build(),
        ContactStanding.of(both));
    ContactStanding blocked = ContactStanding.of(both.apply(ContactEvent.block(Side.LYNC)).next());
    assertEquals(PrivacyRelationship.BLOCKED, blocked.relationship());
    assertEquals(true, blocked.isBlocked());
  }

  @Test
  void modalitiesMapToItems() {
    assertEquals(ClientItem.PRESENCE, ClientItem.forModality(Modality.PRESENCE));
    for (Modality m : Modality.values()) {
      if (m != Modality.PRESENCE) {
        assertEquals(ClientItem.CONVERSATION, ClientItem.forModality(m), m.toString());
      }
    }
  }

  @Test
  void verdictsAreConsistent() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ClientVerdict(ClientItem.PRESENCE, true, false, List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ClientVerdict(
                ClientItem.CONVERSATION, false, true, List.of(ClientRuleId.CLIENT_SHOWS)));
  }

  @Test
  void labelsAreTheClientsWords() {
    assertEquals("Don't show alerts", DoNotDisturbAlerts.NO_ALERTS.label());
    assertEquals(
        "Show only conversation alerts from people in my Workgroup privacy relationship",
        DoNotDisturbAlerts.WORKGROUP_CONVERSATIONS_ONLY.label());
    assertEquals("Do Not Disturb", PresenceStatus.DO_NOT_DISTURB.label());
    assertEquals(
        "Allow invites but block all other communications",
        ContactsNotUsingLync.INVITES_ONLY.label());
  }
}
