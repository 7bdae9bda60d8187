package dev.edgewise.policy;

import static dev.edgewise.policy.ExternalAccessEvaluatorTest.edge;
import static dev.edgewise.policy.ExternalAccessEvaluatorTest.global;
import static dev.edgewise.policy.Fixtures.ALICE;
import static dev.edgewise.policy.Fixtures.base;
import static dev.edgewise.policy.Fixtures.sip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import dev.edgewise.core.contact.ClientItem;
import dev.edgewise.core.contact.ClientRuleId;
import dev.edgewise.core.contact.ClientSettings;
import dev.edgewise.core.contact.ClientVerdict;
import dev.edgewise.core.contact.ContactsNotUsingLync;
import dev.edgewise.core.contact.DoNotDisturbAlerts;
import dev.edgewise.core.contact.PresenceStatus;
import dev.edgewise.core.contact.PrivacyRelationship;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The recipient's client wired into inbound decisions (domain brief 0.7 item 23): the server's
 * answer stays the effect, and the decision says separately whether the client shows the item,
 * with the client rule and the setting that decide.
 */
class ClientGateWiringTest {

  static final SipUri BOB = sip("sip:bob@outlook.com");
  static final SipUri ERIN = sip("sip:erin@northwind.com");

  static final ClientSettings DND =
      ClientSettings.builder().presenceStatus(PresenceStatus.DO_NOT_DISTURB).build();
  static final ClientSettings CONTACTS_ONLY =
      ClientSettings.builder().presenceToContactsOnly(true).build();

  static OnPremisesConfiguration discovery() {
    return edge(base(), e -> e.enablePartnerDiscovery(true)
        .discoveredPartnerVerificationLevel(VerificationLevel.ALWAYS_VERIFIABLE));
  }

  static InboundRequest in(SipUri from, Modality m, boolean inContacts, RecipientClient client) {
    return InboundRequest.builder()
        .remote(RemoteParty.of(from))
        .localUser(ALICE)
        .modality(m)
        .arrival(from.equals(BOB) ? Arrival.viaPublicProvider("Skype")
            : Arrival.viaEdge(Fixtures.d("sip.northwind.com")))
        .senderInContacts(inContacts)
        .verificationMark(true)
        .recipientClient(client)
        .build();
  }

  /** One row: server delivers?, client shows?, the deciding client rule. */
  record Row(String name, FederationConfiguration c, InboundRequest request, boolean delivered,
      boolean shown, ClientRuleId decidedBy) {}

  static Stream<Row> table() {
    RecipientClient defaults = RecipientClient.of(ClientSettings.defaults());
    RecipientClient approved = defaults.withSender(PrivacyRelationship.EXTERNAL_CONTACTS, true);
    OnPremisesConfiguration privacy = discovery().toBuilder().enablePrivacyMode(true).build();
    return Stream.of(
        new Row("Skype stranger, invites only: IM kept out", base(),
            in(BOB, Modality.IM, false, defaults), true, false, ClientRuleId.CLIENT_BLOCKS_NON_LYNC),
        new Row("Skype contact approved: shown", base(),
            in(BOB, Modality.IM, true, approved), true, true, ClientRuleId.CLIENT_SHOWS),
        new Row("allow anyone: shown", base(),
            in(BOB, Modality.IM, false, RecipientClient.of(ClientSettings.defaults()
                .withContactsNotUsingLync(ContactsNotUsingLync.ALLOW_ANYONE))),
            true, true, ClientRuleId.CLIENT_SHOWS),
        new Row("block all: presence of an unlisted Skype user kept out", base(),
            in(BOB, Modality.PRESENCE, false, RecipientClient.of(ClientSettings.defaults()
                .withContactsNotUsingLync(ContactsNotUsingLync.BLOCK_ALL))),
            true, false, ClientRuleId.CLIENT_BLOCKS_NON_LYNC),
        new Row("a federated Lync user is not a contact not using Lync", discovery(),
            in(ERIN, Modality.IM, false, defaults), true, true, ClientRuleId.CLIENT_SHOWS),
        new Row("blocked sender", discovery(),
            in(ERIN, Modality.IM, true,
                defaults.withSender(PrivacyRelationship.BLOCKED, false)),
            true, false, ClientRuleId.CLIENT_BLOCKED_CONTACT),
        new Row("Do Not Disturb: a colleague's IM is not shown", discovery(),
            in(ERIN, Modality.IM, true,
                RecipientClient.of(DND).withSender(PrivacyRelationship.COLLEAGUES, true)),
            true, false, ClientRuleId.CLIENT_DND_SUPPRESSED),
        new Row("Do Not Disturb: Workgroup may interrupt", discovery(),
            in(ERIN, Modality.IM, true,
                RecipientClient.of(DND).withSender(PrivacyRelationship.WORKGROUP, true)),
            true, true, ClientRuleId.CLIENT_SHOWS),
        new Row("Do Not Disturb, no alerts: not even Workgroup", discovery(),
            in(ERIN, Modality.IM, true,
                RecipientClient.of(DND.toBuilder().doNotDisturbAlerts(DoNotDisturbAlerts.NO_ALERTS)
                    .build()).withSender(PrivacyRelationship.WORKGROUP, true)),
            true, false, ClientRuleId.CLIENT_DND_SUPPRESSED),
        new Row("privacy mode on, non-contact watches presence", privacy,
            in(ERIN, Modality.PRESENCE, false, RecipientClient.of(CONTACTS_ONLY)),
            true, false, ClientRuleId.PRIVACY_MODE_HIDES_PRESENCE),
        new Row("privacy mode on, contact watches presence", privacy,
            in(ERIN, Modality.PRESENCE, true, RecipientClient.of(CONTACTS_ONLY)),
            true, true, ClientRuleId.CLIENT_SHOWS),
        new Row("privacy mode off: the user's choice has no effect", discovery(),
            in(ERIN, Modality.PRESENCE, false, RecipientClient.of(CONTACTS_ONLY)),
            true, true, ClientRuleId.CLIENT_SHOWS),
        new Row("the server denies: nothing to show", global(g -> g.enablePublicCloudAccess(false)),
            in(BOB, Modality.IM, true, approved), false, false,
            ClientRuleId.NOT_DELIVERED_BY_SERVER));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void theServerDeliversAndTheClientDecidesSeparately(Row row) {
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(row.c());
    Decision d = ev.evaluate(row.request());
    assertEquals(row.delivered(), d.isAllowed(), d::toString);
    assertEquals(row.delivered(), ev.isAllowed(row.request()), "isAllowed stays the server's");
    ClientVerdict v = d.clientVerdict().orElseThrow();
    assertEquals(row.shown(), v.shown(), v::toString);
    assertEquals(row.decidedBy(), v.decidedBy(), v::toString);
    assertFalse(v.decidedBy().setting().isBlank());
    // without the client, the same server decision and no verdict
    Decision server =
        ev.evaluate(row.request().toBuilder().recipientClient(Optional.empty()).build());
    assertEquals(Optional.empty(), server.clientVerdict());
    assertEquals(d.reasons(), server.reasons());
  }

  @Test
  void theSettingThatDecidesIsNamed() {
    Decision d =
        ExternalAccessEvaluator.compile(discovery())
            .evaluate(in(ERIN, Modality.IM, true,
                RecipientClient.of(DND).withSender(PrivacyRelationship.COLLEAGUES, true)));
    assertEquals("When my status is Do Not Disturb",
        d.clientVerdict().orElseThrow().decidedBy().setting());
    assertEquals(ClientItem.CONVERSATION, d.clientVerdict().orElseThrow().item());
  }

  @Test
  void aVerdictThatShowsWhatTheServerDeniedCannotBeBuilt() {
    Reason deny =
        new Reason(RuleId.DEFAULT_DENY, "none", "the evaluator", "Denied.", Optional.empty());
    ClientVerdict shows =
        new ClientVerdict(ClientItem.CONVERSATION, true, true, List.of(ClientRuleId.CLIENT_SHOWS));
    assertThrows(IllegalArgumentException.class,
        () -> new Decision(Effect.DENY, RemoteClass.FEDERATED, List.of(deny), Optional.of(shows)));
    assertThrows(NullPointerException.class,
        () -> new Decision(Effect.DENY, RemoteClass.FEDERATED, List.of(deny), null));
    assertTrue(new Decision(Effect.DENY, RemoteClass.FEDERATED, List.of(deny))
        .clientVerdict().isEmpty());
  }

  @Test
  void privacyModeIsAConfigurationSettingOffByDefault() {
    assertFalse(base().enablePrivacyMode());
    assertFalse(Fixtures.baseOnline().enablePrivacyMode());
    assertTrue(base().toBuilder().enablePrivacyMode(true).build().enablePrivacyMode());
  }
}
