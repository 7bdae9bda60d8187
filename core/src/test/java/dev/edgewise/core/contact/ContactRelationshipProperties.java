package dev.edgewise.core.contact;

import static dev.edgewise.core.contact.Side.LYNC;
import static dev.edgewise.core.contact.Side.SKYPE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import dev.edgewise.core.contact.SubscriptionMessage.Kind;
import dev.edgewise.core.contact.Transition.Outcome;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Stateful properties: generated scripts over every event (gate changes included) are applied to a
 * generated starting relationship, and the invariants of contact-state-machine.md section 5 are
 * checked after every step, with each event's own postconditions. A failure shrinks to a short
 * script of readable events.
 */
class ContactRelationshipProperties {

  // ---- generators ------------------------------------------------------------------------------

  static final ImmutableList<Gates> ALL_GATES = allGates();

  static final ImmutableList<ContactEvent> PERSON_EVENTS = personEvents();

  static final ImmutableList<ContactEvent> LYNC_SETTING_EVENTS =
      ImmutableList.of(
          ContactEvent.changeAlerts(false),
          ContactEvent.changeAlerts(true),
          ContactEvent.changeContactsNotUsingLync(ContactsNotUsingLync.ALLOW_ANYONE),
          ContactEvent.changeContactsNotUsingLync(ContactsNotUsingLync.INVITES_ONLY),
          ContactEvent.changeContactsNotUsingLync(ContactsNotUsingLync.BLOCK_ALL),
          ContactEvent.changeRelationship(PrivacyRelationship.COLLEAGUES),
          ContactEvent.changeRelationship(PrivacyRelationship.EXTERNAL_CONTACTS),
          ContactEvent.changeRelationship(PrivacyRelationship.WORKGROUP),
          ContactEvent.changeRelationship(PrivacyRelationship.FRIENDS_AND_FAMILY),
          ContactEvent.changeRelationship(PrivacyRelationship.BLOCKED),
          ContactEvent.moveToGroup("Skype"),
          ContactEvent.moveToGroup(ContactRelationship.DEFAULT_GROUP),
          ContactEvent.moveToGroup(" "));

  private static ImmutableList<Gates> allGates() {
    ImmutableList.Builder<Gates> b = ImmutableList.builder();
    // Fully open first: QuickTheories shrinks towards the first element.
    for (int bits = 15; bits >= 0; bits--) {
      b.add(
          new Gates((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0));
    }
    return b.build();
  }

  private static ImmutableList<ContactEvent> personEvents() {
    ImmutableList.Builder<ContactEvent> b = ImmutableList.builder();
    for (Side s : Side.values()) {
      b.add(
          ContactEvent.add(s),
          ContactEvent.accept(s),
          ContactEvent.accept(s, false),
          ContactEvent.decline(s),
          ContactEvent.ignore(s),
          ContactEvent.block(s),
          ContactEvent.unblock(s),
          ContactEvent.remove(s),
          ContactEvent.preApprove(s));
    }
    return b.build();
  }

  static Gen<ContactEvent> events() {
    Gen<ContactEvent> gates = arbitrary().pick(ALL_GATES).map(ContactEvent::gatesChanged);
    return arbitrary()
        .pick(PERSON_EVENTS)
        .mix(arbitrary().pick(LYNC_SETTING_EVENTS), 15)
        .mix(gates, 20);
  }

  static Gen<ContactRelationship> starts() {
    Gen<ClientSettings> settings =
        arbitrary()
            .pick(true, false)
            .zip(
                arbitrary().enumValues(ContactsNotUsingLync.class),
                (tell, choice) -> new ClientSettings(tell, choice));
    return arbitrary().pick(ALL_GATES).zip(settings, ContactRelationship::initial);
  }

  static Gen<List<ContactEvent>> scripts() {
    return lists().of(events()).ofSizeBetween(0, 40);
  }

  /** A check run on every step of a script. */
  interface StepCheck {
    void check(ContactRelationship before, ContactEvent event, Transition t);
  }

  private static void everyStep(StepCheck check) {
    qt().forAll(starts(), scripts())
        .checkAssert(
            (start, script) -> {
              ContactRelationship r = start;
              for (ContactEvent e : script) {
                Transition t = r.apply(e);
                check.check(r, e, t);
                r = t.next();
              }
            });
  }

  // ---- state invariants --------------------------------------------------------------------------

  @Test
  void stateInvariantsHoldAfterEveryStep() {
    everyStep((before, e, t) -> checkState(t.next()));
  }

  static void checkState(ContactRelationship r) {
    for (Side x : Side.values()) {
      Side y = x.other();
      Subscription sx = r.subscription(x);
      Subscription sy = r.subscription(y);
      // Nine-state closure (the enum), and pre-approval only where RFC 6121 3.4 allows it.
      assertEquals(Optional.of(sx), Subscription.of(sx.to(), sx.from(), sx.pendingOut(), sx.pendingIn()));
      if (r.isPreApproved(x)) {
        assertTrue(
            EnumSet.of(Subscription.NONE, Subscription.NONE_PENDING_OUT, Subscription.TO).contains(sx),
            "pre-approved in " + sx);
      }
      // The sides mirror each other, whatever the gates and blocks did.
      assertEquals(sx.to(), sy.from(), "to/from mirror");
      // Pending soundness: a request seen by Y was sent by X and reached Y's server.
      if (sy.pendingIn()) {
        assertTrue(sx.pendingOut() && r.isAcknowledged(x), "pending-in without its request");
      }
      if (r.isAcknowledged(x)) {
        assertTrue(sx.pendingOut(), "acknowledged without a pending request");
      }
      // Ack honesty: with its gate open and no block of its own, a request always crosses.
      if (sx.pendingOut() && r.gates().presence(x) && !r.isBlocking(x)) {
        assertTrue(r.isAcknowledged(x), "a request that could cross did not");
      }
      // Displays.
      assertEquals(r.isListed(x), r.display(x).isPresent());
      if (r.isListed(x) && r.isBlocking(x)) {
        assertEquals(Optional.of(Display.BLOCKED), r.display(x));
      }
      if (!r.gates().presence(x)) {
        assertTrue(
            r.display(x).map(d -> d == Display.BLOCKED || d == Display.PRESENCE_UNKNOWN).orElse(true),
            "closed gate shows " + r.display(x));
      }
      // Requests shown.
      if (r.isRequestShown(x)) {
        assertTrue(sx.pendingIn() && !r.isBlocking(x));
      }
      // IM.
      if (r.canDeliverIm(x)) {
        assertTrue(r.gates().im(x) && !r.isBlocking(x) && !r.isBlocking(y));
        assertTrue(
            sy.from()
                || (y == LYNC
                    && r.clientSettings().contactsNotUsingLync()
                        == ContactsNotUsingLync.ALLOW_ANYONE));
      }
    }
    // The Lync side's relationship and card.
    assertEquals(r.isBlocking(LYNC), r.privacyRelationship() == PrivacyRelationship.BLOCKED);
    assertFalse(r.cardFieldsVisibleToSkypeUser().contains(CardField.PICTURE));
    assertTrue(r.cardFieldsVisibleToSkypeUser().contains(CardField.DISPLAY_NAME));
    if (r.isBlocking(LYNC)) {
      assertEquals(EnumSet.of(CardField.DISPLAY_NAME, CardField.EMAIL), r.cardFieldsVisibleToSkypeUser());
    } else {
      assertTrue(r.privacyRelationship().cardFields().containsAll(r.cardFieldsVisibleToSkypeUser()));
    }
    assertFalse(r.lyncGroup().isBlank());
  }

  @Test
  void visibilityIsDirectionalAndNeedsItsGate() {
    everyStep(
        (before, e, t) -> {
          ContactRelationship r = t.next();
          for (Side x : Side.values()) {
            Side y = x.other();
            boolean sees =
                r.isListed(x)
                    && r.subscription(x).to()
                    && r.subscription(y).from()
                    && r.gates().presence(x)
                    && !r.isBlocking(x)
                    && !r.isBlocking(y);
            assertEquals(sees, r.display(x).equals(Optional.of(Display.AVAILABLE)), x + " sees");
          }
          boolean mutual =
              r.display(LYNC).equals(Optional.of(Display.AVAILABLE))
                  && r.display(SKYPE).equals(Optional.of(Display.AVAILABLE));
          boolean bothWays =
              r.isListed(LYNC)
                  && r.isListed(SKYPE)
                  && r.subscription(LYNC) == Subscription.BOTH
                  && r.gates().presence(LYNC)
                  && r.gates().presence(SKYPE)
                  && !r.isBlocking(LYNC)
                  && !r.isBlocking(SKYPE);
          assertEquals(bothWays, mutual);
          // Gate safety: a subscription is never granted across a closed gate.
          for (Side x : Side.values()) {
            if (!before.subscription(x).to() && r.subscription(x).to()) {
              assertTrue(r.gates().presence(x), "granted across a closed gate");
            }
          }
        });
  }

  // ---- transitions -------------------------------------------------------------------------------

  @Test
  void transitionsAreTotalDeterministicAndHonestAboutTheirOutcome() {
    everyStep(
        (before, e, t) -> {
          assertEquals(t, before.apply(e), "deterministic");
          assertSame(e, t.event());
          assertEquals(t.outcome() == Outcome.REFUSED, t.refusal().isPresent());
          switch (t.outcome()) {
            case REFUSED -> {
              assertSame(before, t.next());
              assertTrue(t.messages().isEmpty());
            }
            case NO_OP -> assertEquals(before, t.next());
            case APPLIED -> assertNotEquals(before, t.next());
          }
        });
  }

  @Test
  void playReportsEveryRefusalAndAgreesWithApplyingOneByOne() {
    qt().forAll(starts(), scripts())
        .checkAssert(
            (start, script) -> {
              PlayedScript played = start.play(script);
              assertSame(start, played.start());
              assertEquals(script.size(), played.transitions().size());
              ContactRelationship r = start;
              List<PlayedScript.RefusedEvent> refused = new java.util.ArrayList<>();
              for (int i = 0; i < script.size(); i++) {
                Transition t = r.apply(script.get(i));
                assertEquals(t, played.transitions().get(i));
                int position = i + 1;
                t.refusal()
                    .ifPresent(
                        why -> refused.add(new PlayedScript.RefusedEvent(position, t.event(), why)));
                r = t.next();
              }
              assertEquals(r, played.end());
              if (refused.isEmpty()) {
                assertEquals(r, start.applyAll(script));
              } else {
                IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> start.applyAll(script));
                assertTrue(e.getMessage().contains(refused.get(0).toString()), e.getMessage());
              }
              assertEquals(refused, played.refusals());
              assertEquals(refused.isEmpty(), played.isFullyApplied());
            });
  }

  @Test
  void everyMessageFollowsTheRfc6121Tables() {
    everyStep((before, e, t) -> replayAgainstTheTables(before, t));
  }

  /** Replays the traced messages on the table oracle and compares the resulting states. */
  static void replayAgainstTheTables(ContactRelationship before, Transition t) {
    ContactRelationship after = t.next();
    Map<Side, Subscription> s = new EnumMap<>(Side.class);
    s.put(LYNC, before.subscription(LYNC));
    s.put(SKYPE, before.subscription(SKYPE));
    for (SubscriptionMessage m : t.messages()) {
      Side x = m.sender();
      Side y = x.other();
      RfcTables.Cell out = RfcTables.outbound(s.get(x), m.kind());
      if (m.delivery() == SubscriptionMessage.Delivery.NOT_ROUTED) {
        assertFalse(out.passes(), m + " routed in " + out);
        assertEquals(s.get(x), out.next(), m.toString());
        continue;
      }
      assertTrue(out.passes(), m + " not routable in " + out);
      s.put(x, out.next());
      boolean gate =
          switch (m.kind()) {
            case SUBSCRIBE -> after.gates().presence(x);
            case SUBSCRIBED -> after.gates().presence(y);
            case UNSUBSCRIBE, UNSUBSCRIBED -> true;
          };
      if (m.delivery() == SubscriptionMessage.Delivery.STOPPED_AT_GATE) {
        assertFalse(gate, m + " stopped at an open gate");
        assertEquals(Kind.SUBSCRIBE, m.kind(), "only requests stop at a gate");
        continue;
      }
      assertTrue(gate, m + " crossed a closed gate");
      RfcTables.Cell in = RfcTables.inbound(s.get(y), m.kind());
      if (m.delivery() == SubscriptionMessage.Delivery.DELIVERED) {
        assertTrue(in.passes(), m + " delivered in " + in);
        s.put(y, in.next());
      } else if (in.passes()) {
        // Absorbed where the table says deliver: only a request, dropped politely.
        assertEquals(Kind.SUBSCRIBE, m.kind(), m.toString());
        assertTrue(
            after.isBlocking(y)
                || (y == LYNC
                    && after.clientSettings().contactsNotUsingLync()
                        == ContactsNotUsingLync.BLOCK_ALL),
            m + " absorbed without a block");
      }
    }
    assertEquals(s.get(LYNC), after.subscription(LYNC), "Lync state vs the tables");
    assertEquals(s.get(SKYPE), after.subscription(SKYPE), "Skype state vs the tables");
  }

  // ---- block, remove, ignore, add ------------------------------------------------------------------

  @Test
  void blockIsAnOverlay() {
    everyStep(
        (before, e, t) -> {
          ContactRelationship r = t.next();
          for (Side x : Side.values()) {
            if (r.isBlocking(x)) {
              continue;
            }
            ContactRelationship blocked = r.apply(ContactEvent.block(x)).next();
            assertTrue(blocked.isBlocking(x));
            assertEquals(r.subscription(LYNC), blocked.subscription(LYNC));
            assertEquals(r.subscription(SKYPE), blocked.subscription(SKYPE));
            assertEquals(r, blocked.apply(ContactEvent.unblock(x)).next(), "block;unblock");
          }
        });
  }

  @Test
  void blockIsSafeUntilUnblocked() {
    everyStep(
        (before, e, t) -> {
          ContactRelationship r = t.next();
          for (Side x : Side.values()) {
            if (!(before.isBlocking(x) && r.isBlocking(x))) {
              continue;
            }
            Side y = x.other();
            assertFalse(r.display(y).equals(Optional.of(Display.AVAILABLE)), "blockee sees blocker");
            assertFalse(r.canDeliverIm(x) || r.canDeliverIm(y), "IM through a block");
            assertFalse(!before.subscription(x).pendingIn() && r.subscription(x).pendingIn());
            assertFalse(!before.subscription(x).from() && r.subscription(x).from());
            assertFalse(r.isRequestShown(x));
            // A blocker sends no requests of its own either.
            assertFalse(!before.subscription(y).pendingIn() && r.subscription(y).pendingIn());
          }
        });
  }

  @Test
  void blockIsPolite() {
    // For any history p and any continuation t in which the blocker Y does not act, what X sees
    // after p;block(Y);t differs from p;t only in that Available becomes Offline and IM stops.
    qt().forAll(starts(), scripts(), arbitrary().enumValues(Side.class), scripts())
        .checkAssert(
            (start, prefix, y, rest) -> {
              Side x = y.other();
              ContactRelationship p = start.play(prefix).end();
              // Histories that end with Y's standing intents (a block already in place, the
              // Lync auto-add) are extended so Y's intent is neutral; those with a pre-approval or
              // a request not yet sent are skipped, since those would make Y act later.
              if (p.isBlocking(y)) {
                p = p.apply(ContactEvent.unblock(y)).next();
              }
              if (y == LYNC && !p.clientSettings().tellMeWhenSomeoneAddsMe()) {
                p = p.apply(ContactEvent.changeAlerts(true)).next();
              }
              if (p.isPreApproved(y) || (p.subscription(y).pendingOut() && !p.isAcknowledged(y))) {
                return;
              }
              ContactRelationship open = p;
              ContactRelationship blocked = p.apply(ContactEvent.block(y)).next();
              for (ContactEvent e : rest) {
                if (!(e instanceof ContactEvent.GatesChanged) && e.actor() != x) {
                  continue;
                }
                open = open.apply(e).next();
                blocked = blocked.apply(e).next();
                Optional<Display> expected =
                    open.display(x).map(d -> d == Display.AVAILABLE ? Display.OFFLINE : d);
                assertEquals(expected, blocked.display(x), "after " + e);
                assertEquals(open.isListed(x), blocked.isListed(x));
                assertEquals(open.isAcknowledged(x), blocked.isAcknowledged(x));
                assertEquals(open.isRequestShown(x), blocked.isRequestShown(x));
                assertFalse(blocked.canDeliverIm(x) || blocked.canDeliverIm(y));
              }
            });
  }

  @Test
  void removeIsIdempotentAndEndsBothSubscriptions() {
    everyStep(
        (before, e, t) -> {
          ContactRelationship r = t.next();
          for (Side x : Side.values()) {
            Side y = x.other();
            Transition once = r.apply(ContactEvent.remove(x));
            ContactRelationship n = once.next();
            assertEquals(Subscription.NONE, n.subscription(x));
            assertFalse(n.isListed(x));
            assertFalse(n.isPreApproved(x));
            assertEquals(r.isBlocking(x), n.isBlocking(x), "remove never clears a block");
            assertEquals(r.isListed(y), n.isListed(y));
            // The other side keeps at most a request of its own that never reached X.
            assertFalse(n.subscription(y).to() || n.subscription(y).from() || n.subscription(y).pendingIn());
            assertEquals(
                r.subscription(y).pendingOut() && !r.subscription(x).pendingIn(),
                n.subscription(y).pendingOut());
            Transition twice = n.apply(ContactEvent.remove(x));
            assertEquals(Outcome.NO_OP, twice.outcome());
            assertTrue(twice.messages().isEmpty());
          }
        });
  }

  @Test
  void ignoreChangesNothingAndAddIsIdempotent() {
    everyStep(
        (before, e, t) -> {
          ContactRelationship r = t.next();
          for (Side x : Side.values()) {
            Transition ignored = r.apply(ContactEvent.ignore(x));
            assertEquals(Outcome.NO_OP, ignored.outcome());
            assertSame(r, ignored.next());
            assertTrue(ignored.messages().isEmpty());
            Transition added = r.apply(ContactEvent.add(x));
            if (added.outcome() != Outcome.REFUSED) {
              Transition again = added.next().apply(ContactEvent.add(x));
              assertEquals(Outcome.NO_OP, again.outcome(), "add twice: " + again);
            }
          }
        });
  }

  // ---- intent and postconditions -------------------------------------------------------------------

  @Test
  void noSubscriptionIsGrantedWithoutTheOtherSidesIntent() {
    everyStep(
        (before, e, t) -> {
          ContactRelationship r = t.next();
          for (Side x : Side.values()) {
            Side y = x.other();
            if (before.subscription(x).to() || !r.subscription(x).to()) {
              continue;
            }
            boolean yAnswered =
                e.actor() == y
                    && (e instanceof ContactEvent.Accept || e instanceof ContactEvent.PreApprove);
            boolean yPreApproved = before.isPreApproved(y) && !r.isPreApproved(y);
            boolean yAutoAdds = y == LYNC && !r.clientSettings().tellMeWhenSomeoneAddsMe();
            assertTrue(yAnswered || yPreApproved || yAutoAdds, x + " granted by " + e);
          }
        });
  }

  @Test
  void eventsKeepTheirPromises() {
    everyStep(ContactRelationshipProperties::postconditions);
  }

  static void postconditions(ContactRelationship before, ContactEvent e, Transition t) {
    ContactRelationship r = t.next();
    Side x = e.actor();
    Side y = x.other();
    boolean done = t.outcome() != Outcome.REFUSED;
    boolean requestReachedLync =
        t.messages()
            .contains(
                new SubscriptionMessage(SKYPE, Kind.SUBSCRIBE, SubscriptionMessage.Delivery.DELIVERED));
    if (requestReachedLync
        && !r.clientSettings().tellMeWhenSomeoneAddsMe()
        && !before.isPreApproved(LYNC)) {
      // Without the alert, the Lync client adds the requester back at once. (A pre-approval is
      // answered by the server, RFC 6121 3.4, so the client never sees that request.)
      assertTrue(r.isListed(LYNC) && r.subscription(LYNC).from(), "not auto-added: " + t);
      assertTrue(r.subscription(LYNC).to() || r.subscription(LYNC).pendingOut(), "no add-back: " + t);
      if (!before.isListed(LYNC)) {
        assertEquals(PrivacyRelationship.COLLEAGUES, r.privacyRelationship());
      }
    }
    if (e instanceof ContactEvent.Add && before.isBlocking(x)) {
      // Contact brief section 4: adding while blocking lists the contact, shown Blocked, and
      // sends no request.
      assertTrue(done, "add refused while blocking: " + t);
      assertTrue(r.isListed(x));
      assertEquals(Optional.of(Display.BLOCKED), r.display(x));
      assertTrue(t.messages().isEmpty(), "a blocker's add sent " + t.messages());
      assertEquals(before.subscription(x), r.subscription(x));
      assertEquals(before.subscription(y), r.subscription(y));
      if (x == LYNC) {
        assertEquals(PrivacyRelationship.BLOCKED, r.privacyRelationship());
      }
    } else if (e instanceof ContactEvent.Add && done) {
      assertTrue(r.isListed(x));
      assertTrue(r.subscription(x).to() || r.subscription(x).pendingOut());
      if (x == LYNC && !before.isListed(LYNC)) {
        assertEquals(ContactRelationship.DEFAULT_GROUP, r.lyncGroup());
        assertEquals(PrivacyRelationship.EXTERNAL_CONTACTS, r.privacyRelationship());
      }
      if (r.gates().presence(x)) {
        assertTrue(r.display(x).filter(d -> d != Display.PRESENCE_UNKNOWN).isPresent());
      }
    } else if (e instanceof ContactEvent.Accept a && done) {
      // "After accept by Bob, Alice sees Bob."
      assertTrue(r.subscription(x).from() && r.subscription(y).to());
      assertFalse(r.subscription(x).pendingIn());
      if (r.isListed(y) && !r.isBlocking(y)) {
        assertEquals(Optional.of(Display.AVAILABLE), r.display(y));
      }
      if (x == LYNC && a.addToContacts() && !before.isListed(LYNC)) {
        // Lync defaults for an entry the user makes without explicit choices.
        assertEquals(ContactRelationship.DEFAULT_GROUP, r.lyncGroup());
        assertEquals(PrivacyRelationship.EXTERNAL_CONTACTS, r.privacyRelationship());
      }
      if (a.addToContacts()) {
        assertTrue(r.isListed(x));
        assertTrue(r.subscription(x).to() || r.subscription(x).pendingOut());
      }
    } else if (e instanceof ContactEvent.Decline && done) {
      assertFalse(r.subscription(x).pendingIn());
      assertFalse(r.isPreApproved(x));
      assertFalse(r.isRequestShown(x));
      assertFalse(r.subscription(y).pendingOut() && before.subscription(x).pendingIn());
    } else if (e instanceof ContactEvent.Block) {
      assertTrue(r.isBlocking(x));
      r.display(x).ifPresent(d -> assertEquals(Display.BLOCKED, d));
      assertTrue(t.messages().isEmpty(), "block sends nothing");
    } else if (e instanceof ContactEvent.Unblock) {
      assertFalse(r.isBlocking(x));
    } else if (e instanceof ContactEvent.PreApprove && done) {
      assertTrue(r.subscription(x).from() || r.isPreApproved(x));
    } else if (e instanceof ContactEvent.ChangeAlerts c) {
      assertEquals(c.tellMeWhenSomeoneAddsMe(), r.clientSettings().tellMeWhenSomeoneAddsMe());
    } else if (e instanceof ContactEvent.ChangeContactsNotUsingLync c) {
      assertEquals(c.choice(), r.clientSettings().contactsNotUsingLync());
    } else if (e instanceof ContactEvent.ChangeRelationship c && done) {
      if (!r.isBlocking(LYNC)) {
        assertEquals(c.relationship(), r.privacyRelationship());
      }
      assertEquals(c.relationship(), r.apply(ContactEvent.unblock(LYNC)).next().privacyRelationship());
    } else if (e instanceof ContactEvent.MoveToGroup m && done) {
      assertEquals(m.group(), r.lyncGroup());
    } else if (e instanceof ContactEvent.GatesChanged g) {
      assertEquals(g.gates(), r.gates());
    }
  }
}
