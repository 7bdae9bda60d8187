package dev.edgewise.core.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the client gate over every combination of settings, standing and delivery. */
class ClientGateProperties {

  static Gen<ClientSettings> settings() {
    return arbitrary()
        .enumValues(ContactsNotUsingLync.class)
        .zip(
            arbitrary().enumValues(PresenceStatus.class),
            arbitrary().enumValues(DoNotDisturbAlerts.class),
            booleans().all(),
            (choice, status, dnd, contactsOnly) ->
                ClientSettings.builder()
                    .contactsNotUsingLync(choice)
                    .presenceStatus(status)
                    .doNotDisturbAlerts(dnd)
                    .presenceToContactsOnly(contactsOnly)
                    .build());
  }

  static Gen<ContactStanding> standings() {
    return booleans()
        .all()
        .zip(
            booleans().all(),
            booleans().all(),
            arbitrary().enumValues(PrivacyRelationship.class),
            ContactStanding::new);
  }

  static Gen<ServerDelivery> deliveries() {
    return arbitrary()
        .enumValues(ClientItem.class)
        .zip(booleans().all(), booleans().all(), ServerDelivery::new);
  }

  @Test
  void theClientNeverShowsWhatTheServerDidNotDeliver() {
    qt().forAll(settings(), standings(), deliveries())
        .checkAssert(
            (s, who, d) -> {
              ClientVerdict v = ClientGate.decide(s, who, d);
              if (!d.delivered()) {
                assertFalse(v.shown() || v.alerted());
                assertEquals(List.of(ClientRuleId.NOT_DELIVERED_BY_SERVER), v.rules());
              }
            });
  }

  @Test
  void verdictsNameTheirRulesHonestly() {
    qt().forAll(settings(), standings(), deliveries())
        .checkAssert(
            (s, who, d) -> {
              ClientVerdict v = ClientGate.decide(s, who, d);
              assertFalse(v.rules().isEmpty());
              assertTrue(!v.alerted() || v.shown());
              if (v.rules().contains(ClientRuleId.CLIENT_SHOWS)) {
                assertEquals(List.of(ClientRuleId.CLIENT_SHOWS), v.rules());
              }
              // Only a Do Not Disturb that holds back a request's alert leaves it shown.
              boolean onlyQuiet =
                  v.rules().equals(List.of(ClientRuleId.CLIENT_DND_SUPPRESSED))
                      && d.item() == ClientItem.CONTACT_REQUEST;
              assertEquals(
                  v.rules().equals(List.of(ClientRuleId.CLIENT_SHOWS)) || onlyQuiet, v.shown());
              if (v.rules().equals(List.of(ClientRuleId.CLIENT_SHOWS))) {
                assertTrue(v.shown());
                assertEquals(d.item() != ClientItem.PRESENCE, v.alerted());
              }
              if (v.rules().contains(ClientRuleId.CLIENT_BLOCKED_CONTACT)) {
                assertTrue(who.isBlocked());
                assertFalse(v.shown());
              }
              if (v.rules().contains(ClientRuleId.CLIENT_BLOCKS_NON_LYNC)) {
                assertFalse(who.usesLync());
                assertFalse(v.shown());
              }
              if (v.rules().contains(ClientRuleId.CLIENT_DND_SUPPRESSED)) {
                assertEquals(PresenceStatus.DO_NOT_DISTURB, s.presenceStatus());
                assertFalse(v.alerted());
              }
              if (v.rules().contains(ClientRuleId.PRIVACY_MODE_HIDES_PRESENCE)) {
                assertTrue(d.privacyModeEnabled() && s.presenceToContactsOnly());
                assertFalse(who.onContactList());
                assertEquals(ClientItem.PRESENCE, d.item());
              }
              // A blocked sender never gets through; Workgroup alone interrupts Do Not Disturb.
              if (who.isBlocked()) {
                assertFalse(v.shown());
              }
              if (s.presenceStatus() == PresenceStatus.DO_NOT_DISTURB
                  && d.item() == ClientItem.CONVERSATION
                  && v.shown()) {
                assertEquals(PrivacyRelationship.WORKGROUP, who.relationship());
                assertTrue(s.doNotDisturbAlerts().showsConversationFromWorkgroup());
              }
            });
  }

  @Test
  void eachContactsNotUsingLyncChoiceLetsThroughNoMoreThanTheOneBefore() {
    qt().forAll(settings(), standings(), deliveries())
        .checkAssert(
            (s, who, d) -> {
              boolean anyone =
                  ClientGate.decide(
                          s.withContactsNotUsingLync(ContactsNotUsingLync.ALLOW_ANYONE), who, d)
                      .shown();
              boolean invites =
                  ClientGate.decide(
                          s.withContactsNotUsingLync(ContactsNotUsingLync.INVITES_ONLY), who, d)
                      .shown();
              boolean none =
                  ClientGate.decide(s.withContactsNotUsingLync(ContactsNotUsingLync.BLOCK_ALL), who, d)
                      .shown();
              assertTrue(!none || invites, "BLOCK_ALL shows more than INVITES_ONLY");
              assertTrue(!invites || anyone, "INVITES_ONLY shows more than ALLOW_ANYONE");
              if (who.usesLync()) {
                assertEquals(anyone, none, "the choice concerns Skype users only");
              }
              if (who.approved() && d.item() != ClientItem.PRESENCE) {
                assertEquals(anyone, none, "approved contacts are spared");
              }
            });
  }

  @Test
  void theClientGateAgreesWithTheStateMachineAboutImFromSkype() {
    qt().forAll(ContactRelationshipProperties.starts(), ContactRelationshipProperties.scripts())
        .checkAssert(
            (start, script) -> {
              ContactRelationship r = start.play(script).end();
              if (!r.gates().im(Side.SKYPE) || r.isBlocking(Side.SKYPE)) {
                return;
              }
              ClientVerdict v =
                  ClientGate.decide(
                      r.clientSettings(),
                      ContactStanding.of(r),
                      ServerDelivery.delivered(ClientItem.CONVERSATION));
              assertEquals(r.canDeliverIm(Side.SKYPE), v.shown(), r.toString());
            });
  }
}
