package dev.edgewise.core.contact;

import static dev.edgewise.core.contact.CardField.COMPANY;
import static dev.edgewise.core.contact.CardField.DISPLAY_NAME;
import static dev.edgewise.core.contact.CardField.EMAIL;
import static dev.edgewise.core.contact.CardField.TITLE;
import static dev.edgewise.core.contact.ContactEvent.accept;
import static dev.edgewise.core.contact.ContactEvent.add;
import static dev.edgewise.core.contact.ContactEvent.block;
import static dev.edgewise.core.contact.ContactEvent.decline;
import static dev.edgewise.core.contact.ContactEvent.gatesChanged;
import static dev.edgewise.core.contact.ContactEvent.preApprove;
import static dev.edgewise.core.contact.ContactEvent.remove;
import static dev.edgewise.core.contact.Side.LYNC;
import static dev.edgewise.core.contact.Side.SKYPE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.core.contact.SubscriptionMessage.Delivery;
import dev.edgewise.core.contact.SubscriptionMessage.Kind;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Corners of the state machine the story tests pass by: pre-approvals met by a removal or by a
 * waiting request, each condition that hides the contact card, and the value laws of transitions
 * and played scripts.
 */
class ContactEdgeCasesTest {

  private static final ContactRelationship OPEN = ContactRelationship.initial(Gates.allOpen());

  /** Both people see each other. */
  private static final List<ContactEvent> FRIENDS =
      List.of(add(LYNC), accept(SKYPE), accept(LYNC, true));

  @Test
  void removingSomeoneYouPreApprovedCancelsThePreApprovalOnYourOwnServer() {
    ContactRelationship approved = OPEN.apply(preApprove(LYNC)).next();
    assertTrue(approved.isPreApproved(LYNC));

    Transition t = approved.apply(remove(LYNC));

    // RFC 6121 A.2 footnote [c]: an unrouted "unsubscribed" cancels the pre-approval.
    assertEquals(
        List.of(new SubscriptionMessage(LYNC, Kind.UNSUBSCRIBED, Delivery.NOT_ROUTED)),
        t.messages());
    assertFalse(t.next().isPreApproved(LYNC));
    assertFalse(t.next().isListed(LYNC));
  }

  @Test
  void removingSomeoneNeitherApprovedNorSubscribedSendsNothing() {
    ContactRelationship listed = OPEN.apply(add(LYNC)).next().apply(decline(SKYPE)).next();
    assertEquals(Subscription.NONE, listed.subscription(LYNC));

    Transition t = listed.apply(remove(LYNC));

    assertEquals(List.of(), t.messages());
    assertFalse(t.next().isListed(LYNC));
  }

  @Test
  void preApprovingAWaitingRequestApprovesItAndListsTheRequester() {
    ContactRelationship asked = OPEN.apply(add(SKYPE)).next();
    assertFalse(asked.isListed(LYNC));

    Transition t = asked.apply(preApprove(LYNC));

    assertEquals(Transition.Outcome.APPLIED, t.outcome());
    assertEquals(
        List.of(new SubscriptionMessage(LYNC, Kind.SUBSCRIBED, Delivery.DELIVERED)), t.messages());
    assertTrue(t.next().isListed(LYNC));
    assertEquals(PrivacyRelationship.EXTERNAL_CONTACTS, t.next().privacyRelationship());
    assertTrue(t.next().subscription(SKYPE).to());
    // Used up as an approval, not kept as a pre-approval.
    assertFalse(t.next().isPreApproved(LYNC));
  }

  static Stream<Arguments> cardFields() {
    Set<CardField> full = Set.of(DISPLAY_NAME, EMAIL, TITLE, COMPANY);
    Set<CardField> blocked = Set.of(DISPLAY_NAME, EMAIL);
    return Stream.of(
        Arguments.of("both subscribed, gates open", FRIENDS, full),
        Arguments.of("Skype not yet approved", List.of(add(LYNC), accept(SKYPE)), blocked),
        Arguments.of("Lync blocks", concat(FRIENDS, block(LYNC)), blocked),
        Arguments.of("Skype blocks", concat(FRIENDS, block(SKYPE)), blocked),
        Arguments.of(
            "Skype's presence gate closed",
            concat(FRIENDS, gatesChanged(Gates.allOpen().withPresence(SKYPE, false))),
            blocked),
        Arguments.of(
            "Lync's presence gate closed",
            concat(FRIENDS, gatesChanged(Gates.allOpen().withPresence(LYNC, false))),
            full));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cardFields")
  void theSkypeUserSeesTheCardOnlyWhileReceivingPresence(
      String name, List<ContactEvent> script, Set<CardField> expected) {
    assertEquals(expected, OPEN.applyAll(script).cardFieldsVisibleToSkypeUser());
  }

  @Test
  void transitionsAreValues() {
    Transition refused = OPEN.apply(accept(SKYPE));
    Transition again = ContactRelationship.initial(Gates.allOpen()).apply(accept(SKYPE));
    assertEquals(refused, refused);
    assertEquals(refused, again);
    assertEquals(refused.hashCode(), again.hashCode());
    assertNotEquals(refused, OPEN.apply(accept(LYNC)));
    assertNotEquals(refused, OPEN.apply(add(SKYPE)));
    assertNotEquals(OPEN.apply(add(SKYPE)), OPEN.apply(add(LYNC)));
    assertFalse(refused.equals(refused.toString()));
  }

  @Test
  void playedScriptsAreValues() {
    PlayedScript s = OPEN.play(FRIENDS);
    PlayedScript same = ContactRelationship.initial(Gates.allOpen()).play(FRIENDS);
    assertEquals(s, s);
    assertEquals(s, same);
    assertEquals(s.hashCode(), same.hashCode());
    assertNotEquals(s, OPEN.play(FRIENDS.subList(0, 2)));
    assertNotEquals(s, ContactRelationship.initial(Gates.allClosed()).play(FRIENDS));
    assertFalse(s.equals(s.end()));
  }

  @Test
  void relationshipsAreValues() {
    ContactRelationship r = OPEN.applyAll(FRIENDS);
    ContactRelationship same = ContactRelationship.initial(Gates.allOpen()).applyAll(FRIENDS);
    assertEquals(r, same);
    assertEquals(r.hashCode(), same.hashCode());
    assertNotEquals(r, OPEN);
    assertFalse(r.equals(r.toString()));
  }

  private static List<ContactEvent> concat(List<ContactEvent> script, ContactEvent last) {
    return Stream.concat(script.stream(), Stream.of(last)).toList();
  }
}
