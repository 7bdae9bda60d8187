package dev.edgewise.core.contact;

import static dev.edgewise.core.contact.ContactEvent.accept;
import static dev.edgewise.core.contact.ContactEvent.add;
import static dev.edgewise.core.contact.ContactEvent.block;
import static dev.edgewise.core.contact.ContactEvent.changeAlerts;
import static dev.edgewise.core.contact.ContactEvent.changeContactsNotUsingLync;
import static dev.edgewise.core.contact.ContactEvent.changeRelationship;
import static dev.edgewise.core.contact.ContactEvent.decline;
import static dev.edgewise.core.contact.ContactEvent.gatesChanged;
import static dev.edgewise.core.contact.ContactEvent.ignore;
import static dev.edgewise.core.contact.ContactEvent.moveToGroup;
import static dev.edgewise.core.contact.ContactEvent.preApprove;
import static dev.edgewise.core.contact.ContactEvent.remove;
import static dev.edgewise.core.contact.ContactEvent.unblock;
import static dev.edgewise.core.contact.Side.LYNC;
import static dev.edgewise.core.contact.Side.SKYPE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.core.contact.Transition.Outcome;
import dev.edgewise.core.contact.Transition.Refusal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Lync-Skype story and its variants as readable scenarios: after each step, what each person
 * sees ({@link Views}).
 */
class ContactStoryTest {

  /** The story while public IM connectivity is still being provisioned, then activated. */
  private static final List<ContactEvent> STORY =
      List.of(add(LYNC), gatesChanged(Gates.allOpen()), accept(SKYPE), accept(LYNC, true));

  private static final List<String> STORY_VIEWS =
      List.of(
          "Lync: - | Skype: -",
          // The Lync user adds the MSA; the request cannot leave the organization yet.
          "Lync: Presence Unknown | Skype: -",
          // Provisioning completes; the request goes out and waits for the Skype user.
          "Lync: Offline | Skype: - +request",
          // The Skype user accepts, which also asks back: Lync sees Skype, and Lync's New tab
          // shows the reciprocal request. The Lync user can IM the Skype user, not yet back.
          "Lync: Available +New | Skype: Offline | IM L->S",
          // The Lync user allows (and adds): each sees the other.
          "Lync: Available | Skype: Online | IM L->S | IM S->L");

  static Stream<Arguments> storyPrefixes() {
    return IntStream.rangeClosed(0, STORY.size())
        .mapToObj(n -> Arguments.of(n, STORY.subList(0, n), STORY_VIEWS.get(n)));
  }

  @ParameterizedTest(name = "after {0} steps {1}: {2}")
  @MethodSource("storyPrefixes")
  void storyPrefix(int steps, List<ContactEvent> prefix, String expected) {
    ContactRelationship r = ContactRelationship.initial(Gates.allClosed()).applyAll(prefix);
    assertEquals(expected, Views.of(r));
  }

  @Test
  void storyEndToEnd() {
    ContactRelationship r = ContactRelationship.initial(Gates.allClosed());
    List<String> seen = new ArrayList<>();
    seen.add(Views.of(r));
    for (ContactEvent e : STORY) {
      Transition t = r.apply(e);
      assertEquals(Outcome.APPLIED, t.outcome(), t.toString());
      r = t.next();
      seen.add(Views.of(r));
    }
    assertEquals(STORY_VIEWS, seen);
    assertEquals(Subscription.BOTH, r.subscription(LYNC));
    assertEquals(Subscription.BOTH, r.subscription(SKYPE));
    assertEquals("Other Contacts", r.lyncGroup());
    assertEquals(PrivacyRelationship.EXTERNAL_CONTACTS, r.privacyRelationship());
    assertEquals(
        EnumSet.of(CardField.DISPLAY_NAME, CardField.EMAIL, CardField.TITLE, CardField.COMPANY),
        r.cardFieldsVisibleToSkypeUser());
  }

  @Test
  void storyTracesTheSubscriptionMessages() {
    ContactRelationship r = ContactRelationship.initial(Gates.allClosed());
    List<String> traces = new ArrayList<>();
    for (ContactEvent e : STORY) {
      Transition t = r.apply(e);
      traces.add(t.toString());
      r = t.next();
    }
    assertEquals(
        List.of(
            "add(LYNC): APPLIED [LYNC -subscribe-> SKYPE (stopped at gate)]",
            "gates(all open): APPLIED"
                + " [LYNC -subscribe-> SKYPE (delivered)]",
            "accept(SKYPE): APPLIED [SKYPE -subscribed-> LYNC (delivered),"
                + " SKYPE -subscribe-> LYNC (delivered)]",
            "accept(LYNC): APPLIED [LYNC -subscribed-> SKYPE (delivered)]"),
        traces);
  }

  @Test
  void withConnectivityAlreadyOnTheAnswerArrivesWithinTheAddStep() {
    // Synchronous model: the request crosses and is acknowledged in the same step, so the
    // contact goes straight to Offline ("Presence Unknown" needs a request that has not crossed).
    ContactRelationship r = ContactRelationship.initial(Gates.allOpen());
    r = r.apply(add(LYNC)).next();
    assertEquals("Lync: Offline | Skype: - +request", Views.of(r));
    r = r.apply(accept(SKYPE)).next();
    assertEquals("Lync: Available +New | Skype: Offline | IM L->S", Views.of(r));
    r = r.apply(accept(LYNC, false)).next();
    assertEquals("Lync: Available | Skype: Online | IM L->S | IM S->L", Views.of(r));
  }

  @Test
  void addingBackMakesNoDifferenceOnceTheLyncUserAlreadyListsTheContact() {
    ContactRelationship r =
        ContactRelationship.initial(Gates.allOpen()).applyAll(List.of(add(LYNC), accept(SKYPE)));
    assertEquals(r.apply(accept(LYNC, true)).next(), r.apply(accept(LYNC, false)).next());
  }

  @Test
  void skypeAddsFirstAndLyncAllowsWithoutAdding() {
    ContactRelationship r = ContactRelationship.initial(Gates.allOpen());
    r = r.apply(add(SKYPE)).next();
    assertEquals("Lync: - +New | Skype: Offline", Views.of(r));
    r = r.apply(accept(LYNC, false)).next();
    // Allowed, not added: the Skype user sees the Lync user and may IM; no Lync entry.
    assertEquals("Lync: - | Skype: Online | IM S->L", Views.of(r));
    assertEquals(Subscription.FROM, r.subscription(LYNC));
    assertEquals(Subscription.TO, r.subscription(SKYPE));
  }

  @Test
  void skypeAddsFirstAndLyncAllowsAndAdds() {
    ContactRelationship r =
        ContactRelationship.initial(Gates.allOpen()).applyAll(List.of(add(SKYPE), accept(LYNC)));
    assertEquals("Lync: Offline | Skype: Online +request | IM S->L", Views.of(r));
    r = r.apply(accept(SKYPE)).next();
    assertEquals("Lync: Available | Skype: Online | IM L->S | IM S->L", Views.of(r));
  }

  @Test
  void withoutTheAlertTheRequesterIsAddedBackAtOnceAsAColleague() {
    ContactRelationship r =
        ContactRelationship.initial(
            Gates.allOpen(), ClientSettings.defaults().withTellMeWhenSomeoneAddsMe(false));
    Transition t = r.apply(add(SKYPE));
    r = t.next();
    assertEquals(
        "add(SKYPE): APPLIED [SKYPE -subscribe-> LYNC (delivered),"
            + " LYNC -subscribed-> SKYPE (delivered), LYNC -subscribe-> SKYPE (delivered)]",
        t.toString());
    assertEquals("Lync: Offline | Skype: Online +request | IM S->L", Views.of(r));
    assertEquals(PrivacyRelationship.COLLEAGUES, r.privacyRelationship());
    assertEquals(ContactRelationship.DEFAULT_GROUP, r.lyncGroup());
  }

  @Test
  void withTheAlertOffTheNewTabShowsNothing() {
    ContactRelationship r =
        ContactRelationship.initial(Gates.allOpen()).applyAll(List.of(add(SKYPE), changeAlerts(false)));
    assertTrue(r.subscription(LYNC).pendingIn());
    assertFalse(r.isRequestShown(LYNC));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "ALLOW_ANYONE, Lync: - +New | Skype: Offline | IM S->L",
    "INVITES_ONLY, Lync: - +New | Skype: Offline",
    "BLOCK_ALL,    Lync: - | Skype: Offline",
  })
  void contactsNotUsingLyncDecidesWhatAnUnapprovedSkypeUserCanDo(
      ContactsNotUsingLync choice, String expected) {
    ContactRelationship r =
        ContactRelationship.initial(
                Gates.allOpen(), ClientSettings.defaults().withContactsNotUsingLync(choice))
            .apply(add(SKYPE))
            .next();
    assertEquals(expected, Views.of(r));
  }

  @Test
  void blockAllStillLetsInTheRequestOfSomeoneTheLyncUserAdded() {
    ContactRelationship r =
        ContactRelationship.initial(
                Gates.allOpen(),
                ClientSettings.defaults().withContactsNotUsingLync(ContactsNotUsingLync.BLOCK_ALL))
            .applyAll(List.of(add(LYNC), accept(SKYPE)));
    assertEquals("Lync: Available +New | Skype: Offline | IM L->S", Views.of(r));
  }

  @Test
  void blockIsPoliteAndUnblockRestoresEverything() {
    ContactRelationship both =
        ContactRelationship.initial(Gates.allOpen())
            .applyAll(List.of(add(LYNC), accept(SKYPE), accept(LYNC)));
    ContactRelationship blocked = both.apply(block(LYNC)).next();
    // The Lync user sees Blocked; the Skype user only sees Offline, as if the Lync user were away.
    assertEquals("Lync: Blocked | Skype: Offline", Views.of(blocked));
    assertEquals(PrivacyRelationship.BLOCKED, blocked.privacyRelationship());
    assertEquals(EnumSet.of(CardField.DISPLAY_NAME, CardField.EMAIL), blocked.cardFieldsVisibleToSkypeUser());
    assertEquals(Subscription.BOTH, blocked.subscription(LYNC));
    assertEquals(both, blocked.apply(unblock(LYNC)).next());
  }

  @Test
  void aBlockedRequesterCannotTellTheBlockFromNoAnswer() {
    ContactRelationship blocking =
        ContactRelationship.initial(Gates.allOpen()).apply(block(SKYPE)).next();
    Transition t = blocking.apply(add(LYNC));
    assertEquals("[LYNC -subscribe-> SKYPE (absorbed)]", t.messages().toString());
    assertEquals("Lync: Offline | Skype: -", Views.of(t.next()));
    assertEquals(
        Views.of(ContactRelationship.initial(Gates.allOpen()).apply(add(LYNC)).next())
            .replace(" +request", ""),
        Views.of(t.next()));
    // Unblocking does not resurrect the dropped request.
    assertFalse(t.next().apply(unblock(SKYPE)).next().isRequestShown(SKYPE));
  }

  @Test
  void addingSomeoneWhileBlockingThemListsThemBlockedAndSendsNothing() {
    // Contact brief section 4: the blocker's own server refuses its requests; the entry is made.
    for (Side x : Side.values()) {
      ContactRelationship blocking =
          ContactRelationship.initial(Gates.allOpen()).apply(block(x)).next();
      Transition t = blocking.apply(add(x));
      assertEquals(Outcome.APPLIED, t.outcome());
      assertTrue(t.messages().isEmpty(), t.toString());
      ContactRelationship r = t.next();
      assertEquals(Optional.of(Display.BLOCKED), r.display(x));
      assertEquals(Optional.empty(), r.display(x.other()));
      assertFalse(r.isRequestShown(x.other()));
      assertEquals(Subscription.NONE, r.subscription(x));
      assertEquals(Outcome.NO_OP, r.apply(add(x)).outcome(), "adding twice");
      // Unblocking does not send the request the block held back; adding again does.
      ContactRelationship unblocked = r.apply(unblock(x)).next();
      assertFalse(unblocked.isRequestShown(x.other()));
      assertTrue(unblocked.apply(add(x)).next().isRequestShown(x.other()));
    }
    ContactRelationship lync =
        ContactRelationship.initial(Gates.allOpen()).applyAll(List.of(block(LYNC), add(LYNC)));
    assertEquals("Lync: Blocked | Skype: -", Views.of(lync));
    assertEquals(PrivacyRelationship.BLOCKED, lync.privacyRelationship());
    assertEquals(ContactRelationship.DEFAULT_GROUP, lync.lyncGroup());
    assertEquals(
        PrivacyRelationship.EXTERNAL_CONTACTS,
        lync.apply(unblock(LYNC)).next().privacyRelationship());
  }

  @Test
  void aRequestHeldAtTheGateGoesOutWhenItsSenderUnblocksWithTheGateOpen() {
    // Unlike a request made while blocking, this one was sent and counted pending; only the
    // closed presence gate held it. The gate opens while its sender blocks, so it waits again.
    for (Side x : Side.values()) {
      ContactRelationship held =
          ContactRelationship.initial(Gates.allOpen().withPresence(x, false))
              .applyAll(List.of(add(x), block(x), gatesChanged(Gates.allOpen())));
      assertFalse(held.isRequestShown(x.other()), x.toString());
      Transition t = held.apply(unblock(x));
      assertEquals(
          "[" + x + " -subscribe-> " + x.other() + " (delivered)]", t.messages().toString());
      assertTrue(t.next().isRequestShown(x.other()), x.toString());
    }
  }

  @Test
  void playListsEachRefusedEventWithItsReason() {
    PlayedScript s =
        ContactRelationship.initial(Gates.allOpen())
            .play(List.of(accept(SKYPE), add(LYNC), accept(SKYPE, false), accept(SKYPE)));
    assertEquals(4, s.transitions().size());
    assertEquals(
        List.of(
            new PlayedScript.RefusedEvent(1, accept(SKYPE), Refusal.NO_PENDING_REQUEST),
            new PlayedScript.RefusedEvent(3, accept(SKYPE, false), Refusal.SKYPE_ACCEPT_ALWAYS_ADDS)),
        s.refusals());
    assertEquals(
        "[#1 accept(SKYPE): there is no request from the other side to answer,"
            + " #3 accept(SKYPE, without adding): Skype's Accept always adds the contact back]",
        s.refusals().toString());
    assertFalse(s.isFullyApplied());
    assertEquals("Lync: Available +New | Skype: Offline | IM L->S", Views.of(s.end()));
    PlayedScript clean = ContactRelationship.initial(Gates.allClosed()).play(STORY);
    assertTrue(clean.isFullyApplied());
    assertEquals(STORY_VIEWS.get(STORY.size()), Views.of(clean.end()));
    PlayedScript empty = clean.end().play(List.of());
    assertSame(clean.end(), empty.end());
    assertEquals(empty, PlayedScript.of(clean.end(), List.of()));
  }

  @Test
  void declinedRequestLeavesPresenceUnknown() {
    ContactRelationship r =
        ContactRelationship.initial(Gates.allOpen()).applyAll(List.of(add(LYNC), decline(SKYPE)));
    assertEquals("Lync: Presence Unknown | Skype: -", Views.of(r));
    assertEquals(Subscription.NONE, r.subscription(LYNC));
  }

  @Test
  void ignoredRequestStaysShown() {
    ContactRelationship r =
        ContactRelationship.initial(Gates.allOpen()).apply(add(LYNC)).next();
    Transition t = r.apply(ignore(SKYPE));
    assertEquals(Outcome.NO_OP, t.outcome());
    assertSame(r, t.next());
    assertTrue(t.next().isRequestShown(SKYPE));
  }

  @Test
  void removeEndsBothSubscriptionsAndIsIdempotent() {
    ContactRelationship both =
        ContactRelationship.initial(Gates.allOpen())
            .applyAll(List.of(add(LYNC), accept(SKYPE), accept(LYNC)));
    Transition t = both.apply(remove(SKYPE));
    assertEquals(
        "remove(SKYPE): APPLIED [SKYPE -unsubscribe-> LYNC (delivered),"
            + " SKYPE -unsubscribed-> LYNC (delivered)]",
        t.toString());
    assertEquals("Lync: Presence Unknown | Skype: -", Views.of(t.next()));
    Transition again = t.next().apply(remove(SKYPE));
    assertEquals(Outcome.NO_OP, again.outcome());
    assertTrue(again.messages().isEmpty());
  }

  @Test
  void aClosedPresenceGateStopsTheReciprocalRequestUntilItOpens() {
    Gates noPresenceFromSkype = Gates.allOpen().withPresence(SKYPE, false);
    ContactRelationship r =
        ContactRelationship.initial(noPresenceFromSkype).applyAll(List.of(add(LYNC), accept(SKYPE)));
    assertEquals("Lync: Available | Skype: Unknown | IM L->S", Views.of(r));
    assertFalse(r.isAcknowledged(SKYPE));
    r = r.apply(gatesChanged(Gates.allOpen())).next();
    assertEquals("Lync: Available +New | Skype: Offline | IM L->S", Views.of(r));
  }

  @Test
  void anAnswerWhoseGateIsClosedIsRefusedWhole() {
    ContactRelationship r =
        ContactRelationship.initial(Gates.allOpen())
            .applyAll(List.of(add(LYNC), gatesChanged(Gates.allOpen().withPresence(LYNC, false))));
    Transition t = r.apply(accept(SKYPE));
    assertEquals(Outcome.REFUSED, t.outcome());
    assertEquals(Optional.of(Refusal.PRESENCE_GATE_CLOSED), t.refusal());
    assertSame(r, t.next());
  }

  @Test
  void preApprovalAnswersTheRequestOnTheSkypeUsersBehalf() {
    ContactRelationship r = ContactRelationship.initial(Gates.allOpen());
    Transition pre = r.apply(preApprove(SKYPE));
    assertEquals("[SKYPE -subscribed-> LYNC (not routed)]", pre.messages().toString());
    assertTrue(pre.next().isPreApproved(SKYPE));
    Transition t = pre.next().apply(add(LYNC));
    assertEquals(
        "[LYNC -subscribe-> SKYPE (delivered), SKYPE -subscribed-> LYNC (delivered)]",
        t.messages().toString());
    assertFalse(t.next().isPreApproved(SKYPE));
    // The Skype user listed the Lync user by pre-approving, but has not asked to see them.
    assertEquals("Lync: Available | Skype: Unknown | IM L->S", Views.of(t.next()));
  }

  @Test
  void declineCancelsAPreApproval() {
    ContactRelationship r =
        ContactRelationship.initial(Gates.allOpen()).apply(preApprove(LYNC)).next();
    Transition t = r.apply(decline(LYNC));
    assertEquals(Outcome.APPLIED, t.outcome());
    assertFalse(t.next().isPreApproved(LYNC));
  }

  @Test
  void privacyRelationshipAndGroupAreTheLyncUsersToChange() {
    ContactRelationship both =
        ContactRelationship.initial(Gates.allOpen())
            .applyAll(List.of(add(LYNC), accept(SKYPE), accept(LYNC)));
    ContactRelationship r =
        both.applyAll(List.of(changeRelationship(PrivacyRelationship.COLLEAGUES), moveToGroup("Skype")));
    assertEquals("Skype", r.lyncGroup());
    assertTrue(r.cardFieldsVisibleToSkypeUser().contains(CardField.WORK_PHONE));
    assertFalse(r.cardFieldsVisibleToSkypeUser().contains(CardField.PICTURE));
    // While blocking, a relationship change picks what unblocking restores.
    ContactRelationship restored =
        r.applyAll(
            List.of(block(LYNC), changeRelationship(PrivacyRelationship.WORKGROUP), unblock(LYNC)));
    assertEquals(PrivacyRelationship.WORKGROUP, restored.privacyRelationship());
  }

  static Stream<Arguments> refusals() {
    ContactRelationship fresh = ContactRelationship.initial(Gates.allOpen());
    ContactRelationship requested = fresh.apply(add(LYNC)).next();
    return Stream.of(
        Arguments.of(fresh, accept(SKYPE), Refusal.NO_PENDING_REQUEST),
        Arguments.of(fresh, decline(LYNC), Refusal.NO_PENDING_REQUEST),
        Arguments.of(requested, accept(SKYPE, false), Refusal.SKYPE_ACCEPT_ALWAYS_ADDS),
        Arguments.of(
            requested.apply(block(SKYPE)).next(), accept(SKYPE), Refusal.ACTOR_BLOCKS),
        Arguments.of(fresh.apply(block(LYNC)).next(), preApprove(LYNC), Refusal.ACTOR_BLOCKS),
        Arguments.of(fresh, changeRelationship(PrivacyRelationship.COLLEAGUES), Refusal.NOT_LISTED),
        Arguments.of(fresh, moveToGroup("Friends"), Refusal.NOT_LISTED),
        Arguments.of(requested, moveToGroup(" \t"), Refusal.BLANK_GROUP_NAME),
        Arguments.of(
            requested, changeRelationship(PrivacyRelationship.BLOCKED), Refusal.BLOCKED_IS_SET_BY_BLOCK));
  }

  @ParameterizedTest(name = "{1} -> {2}")
  @MethodSource("refusals")
  void refusedEventsSayWhyAndChangeNothing(
      ContactRelationship r, ContactEvent e, Refusal expected) {
    Transition t = r.apply(e);
    assertEquals(Outcome.REFUSED, t.outcome());
    assertEquals(Optional.of(expected), t.refusal());
    assertSame(r, t.next());
    assertTrue(t.messages().isEmpty());
    assertFalse(expected.description().isEmpty());
  }

  @ParameterizedTest(name = "{0}: Lync \"{1}\", Skype \"{2}\"")
  @CsvSource({
    "PRESENCE_UNKNOWN, Presence Unknown, Unknown",
    "OFFLINE, Offline, Offline",
    "AVAILABLE, Available, Online",
    "BLOCKED, Blocked, Blocked",
  })
  void displayLabels(Display d, String lync, String skype) {
    assertEquals(lync, d.label(LYNC));
    assertEquals(skype, d.label(SKYPE));
  }

  @Test
  void eventsReadLikeAScript() {
    assertEquals(
        "[add(LYNC), accept(SKYPE), accept(LYNC, without adding), block(SKYPE),"
            + " changeAlerts(don't tell me), contactsNotUsingLync(BLOCK_ALL),"
            + " moveToGroup(\"Skype\")]",
        List.of(
                add(LYNC),
                accept(SKYPE),
                accept(LYNC, false),
                block(SKYPE),
                changeAlerts(false),
                changeContactsNotUsingLync(ContactsNotUsingLync.BLOCK_ALL),
                moveToGroup("Skype"))
            .toString());
    assertEquals(LYNC, changeAlerts(true).actor());
    assertEquals(LYNC, gatesChanged(Gates.allClosed()).actor());
  }

  @Test
  void applyAllReportsTheFirstRefusedEventInsteadOfSkippingIt() {
    ContactRelationship start = ContactRelationship.initial(Gates.allOpen());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> start.applyAll(List.of(add(LYNC), accept(LYNC), accept(SKYPE))));
    assertTrue(e.getMessage().contains("#2 accept(LYNC)"), e.getMessage());
    assertEquals(start.play(List.of(add(LYNC), accept(SKYPE))).end(),
        start.applyAll(List.of(add(LYNC), accept(SKYPE))));
  }
}
