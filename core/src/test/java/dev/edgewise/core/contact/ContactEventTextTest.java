package dev.edgewise.core.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The readable text of events, refusals and states: ContactEvent promises that a failing generated
 * script reads like a story, so every event names itself and its argument, and a state's text shows
 * every flag that tells two states apart.
 */
class ContactEventTextTest {

  static Stream<Arguments> events() {
    return Stream.of(
        Arguments.of(ContactEvent.add(Side.LYNC), "add(LYNC)"),
        Arguments.of(ContactEvent.accept(Side.SKYPE), "accept(SKYPE)"),
        Arguments.of(ContactEvent.decline(Side.SKYPE), "decline(SKYPE)"),
        Arguments.of(ContactEvent.decline(Side.LYNC), "decline(LYNC)"),
        Arguments.of(ContactEvent.ignore(Side.LYNC), "ignore(LYNC)"),
        Arguments.of(ContactEvent.block(Side.SKYPE), "block(SKYPE)"),
        Arguments.of(ContactEvent.unblock(Side.SKYPE), "unblock(SKYPE)"),
        Arguments.of(ContactEvent.unblock(Side.LYNC), "unblock(LYNC)"),
        Arguments.of(ContactEvent.remove(Side.LYNC), "remove(LYNC)"),
        Arguments.of(ContactEvent.preApprove(Side.SKYPE), "preApprove(SKYPE)"),
        Arguments.of(ContactEvent.changeAlerts(true), "changeAlerts(tell me)"),
        Arguments.of(ContactEvent.changeAlerts(false), "changeAlerts(don't tell me)"),
        Arguments.of(
            ContactEvent.changeContactsNotUsingLync(ContactsNotUsingLync.BLOCK_ALL),
            "contactsNotUsingLync(BLOCK_ALL)"),
        Arguments.of(
            ContactEvent.changeRelationship(PrivacyRelationship.WORKGROUP),
            "changeRelationship(WORKGROUP)"),
        Arguments.of(
            ContactEvent.changeRelationship(PrivacyRelationship.COLLEAGUES),
            "changeRelationship(COLLEAGUES)"),
        Arguments.of(ContactEvent.moveToGroup("Partners"), "moveToGroup(\"Partners\")"),
        Arguments.of(ContactEvent.gatesChanged(Gates.allOpen()), "gates(all open)"),
        Arguments.of(ContactEvent.gatesChanged(Gates.allClosed()), "gates(all closed)"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("events")
  void everyEventNamesItselfAndItsArgument(ContactEvent event, String text) {
    assertEquals(text, event.toString());
  }

  @Test
  void aRefusedEventReadsAsPositionEventAndReason() {
    PlayedScript s =
        ContactRelationship.initial(Gates.allOpen())
            .play(List.of(ContactEvent.add(Side.LYNC), ContactEvent.accept(Side.LYNC)));
    assertEquals(
        "#2 accept(LYNC): there is no request from the other side to answer",
        s.refusals().get(0).toString());
  }

  @Test
  void refusedEventPositionsCountFromOne() {
    ContactEvent e = ContactEvent.accept(Side.LYNC);
    assertEquals(
        1,
        new PlayedScript.RefusedEvent(1, e, Transition.Refusal.NO_PENDING_REQUEST).position());
    assertThrows(
        IllegalArgumentException.class,
        () -> new PlayedScript.RefusedEvent(0, e, Transition.Refusal.NO_PENDING_REQUEST));
  }

  @Test
  void aRefusedTransitionSaysWhy() {
    Transition t = ContactRelationship.initial(Gates.allOpen()).apply(ContactEvent.accept(Side.SKYPE));
    assertEquals("accept(SKYPE): REFUSED (there is no request from the other side to answer)", t.toString());
  }

  @Test
  void anAppliedTransitionListsItsMessagesAndNoReason() {
    Transition t = ContactRelationship.initial(Gates.allOpen()).apply(ContactEvent.add(Side.LYNC));
    assertEquals("add(LYNC): APPLIED [LYNC -subscribe-> SKYPE (delivered)]", t.toString());
  }

  @Test
  void aPlayedScriptCountsItsEventsAndShowsItsRefusals() {
    PlayedScript s =
        ContactRelationship.initial(Gates.allOpen())
            .play(List.of(ContactEvent.add(Side.LYNC), ContactEvent.accept(Side.LYNC)));
    assertEquals(
        "PlayedScript[2 events, refused [#2 accept(LYNC): there is no request from the other side"
            + " to answer]]",
        s.toString());
  }

  /** Scripts whose end states differ in one flag of one side, and the words that must show it. */
  static Stream<Arguments> states() {
    return Stream.of(
        Arguments.of(List.of(), List.of("Lync[unlisted N,", "Skype[unlisted N]", "alerts on")),
        Arguments.of(
            List.of(ContactEvent.add(Side.LYNC)),
            List.of("Lync[listed N+PO acked,", "Skype[unlisted N+PI]")),
        Arguments.of(
            List.of(ContactEvent.preApprove(Side.LYNC)), List.of("Lync[listed N pre-approved,")),
        Arguments.of(
            List.of(ContactEvent.block(Side.SKYPE)), List.of("Skype[unlisted N blocking]")),
        Arguments.of(List.of(ContactEvent.changeAlerts(false)), List.of("alerts off")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("states")
  void aStateShowsEveryFlag(List<ContactEvent> script, List<String> shown) {
    String text = ContactRelationship.initial(Gates.allOpen()).applyAll(script).toString();
    for (String part : shown) {
      assertTrue(text.contains(part), () -> "'" + part + "' missing from " + text);
    }
  }
}
