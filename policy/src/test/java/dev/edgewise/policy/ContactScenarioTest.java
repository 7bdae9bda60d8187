package dev.edgewise.policy;

import static dev.edgewise.policy.Fixtures.ALICE;
import static dev.edgewise.policy.Fixtures.base;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.core.contact.ContactEvent;
import dev.edgewise.core.contact.Display;
import dev.edgewise.core.contact.Gates;
import dev.edgewise.core.contact.Side;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Lync-Skype story played under configurations, the gates coming from the evaluator. */
class ContactScenarioTest {

  static final MicrosoftAccount BOB = MicrosoftAccount.parse("bob@outlook.com");
  static final List<ContactEvent> STORY =
      List.of(
          ContactEvent.add(Side.LYNC),
          ContactEvent.accept(Side.SKYPE),
          ContactEvent.accept(Side.LYNC, true));

  static String seen(ContactScenario.Step s) {
    return s.lyncSees().map(d -> d.label(Side.LYNC)).orElse("-")
        + " / "
        + s.skypeSees().map(d -> d.label(Side.SKYPE)).orElse("-");
  }

  @Test
  void underTheBaseConfigurationTheStoryEndsWithBothSeeingEachOther() {
    List<ContactScenario.Step> steps =
        ContactScenario.play(ExternalAccessEvaluator.compile(base()), ALICE, BOB, STORY);
    assertEquals(Gates.allOpen(), steps.get(0).gates());
    assertEquals("Offline / -", seen(steps.get(0)));
    assertTrue(steps.get(0).skypeRequestShown());
    assertEquals("Available / Offline", seen(steps.get(1)));
    assertTrue(steps.get(1).lyncRequestShown(), "the reciprocal request waits on the New tab");
    assertEquals("Available / Online", seen(steps.get(2)));
    assertTrue(steps.get(2).imLyncToSkype());
    assertTrue(steps.get(2).imSkypeToLync());
  }

  @Test
  void withPublicAccessOffInTheUsersPolicyNothingCrosses() {
    OnPremisesConfiguration c =
        base().toBuilder()
            .globalPolicy(Fixtures.baseGlobal().toBuilder().enablePublicCloudAccess(false).build())
            .build();
    List<ContactScenario.Step> steps =
        ContactScenario.play(ExternalAccessEvaluator.compile(c), ALICE, BOB, STORY);
    assertEquals(Gates.allClosed(), steps.get(0).gates());
    assertEquals("Presence Unknown / -", seen(steps.get(0)));
    assertFalse(steps.get(0).skypeRequestShown());
    assertEquals(Optional.of(Display.PRESENCE_UNKNOWN), steps.get(2).lyncSees());
    assertFalse(steps.get(2).imLyncToSkype());
  }

  @Test
  void contactsOnlyVerificationOpensSkypesGatesOnceTheLyncUserListsBob() {
    OnPremisesConfiguration c =
        base().toBuilder()
            .publicProviders(
                List.of(
                    PublicProvider.skype().toBuilder()
                        .verificationLevel(VerificationLevel.ALWAYS_UNVERIFIABLE)
                        .build()))
            .build();
    List<ContactScenario.Step> steps =
        ContactScenario.play(ExternalAccessEvaluator.compile(c), ALICE, BOB, STORY);
    // before the first event alice has not listed bob: nothing from Skype is delivered
    Gates first = steps.get(0).gates();
    assertTrue(first.presenceLyncToSkype());
    assertFalse(first.presenceSkypeToLync());
    assertFalse(first.imSkypeToLync());
    // read before the second event, bob is on alice's list: Skype's gates open
    assertEquals(Gates.allOpen(), steps.get(1).gates());
    assertEquals("Available / Online", seen(steps.get(2)));
  }

  @Test
  void anUndeclaredLyncUserIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ContactScenario.play(
                ExternalAccessEvaluator.compile(base()), Fixtures.ZED, BOB, STORY));
  }

  // --- changing the configuration, resuming -------------------------------------------------

  static OnPremisesConfiguration noPublicIm() {
    return base().toBuilder()
        .globalPolicy(Fixtures.baseGlobal().toBuilder().enablePublicCloudAccess(false).build())
        .build();
  }

  @Test
  void theConfigurationCanChangeBetweenEvents() {
    ContactScenario s =
        ContactScenario.start(ExternalAccessEvaluator.compile(base()), ALICE, BOB)
            .then(ContactEvent.add(Side.LYNC))
            .reconfigure(noPublicIm())
            .then(ContactEvent.accept(Side.SKYPE));
    assertEquals(2, s.steps().size());
    assertEquals(Gates.allOpen(), s.steps().get(0).gates());
    assertEquals(Gates.allClosed(), s.steps().get(1).gates());
    // the admin's change cuts presence: alice no longer sees bob
    assertEquals(Optional.of(Display.PRESENCE_UNKNOWN), s.steps().get(1).lyncSees());
    assertFalse(s.steps().get(1).imLyncToSkype());
    // bob's accept was refused at the closed gate: once the admin turns public IM back on, he
    // accepts again and the story ends as under the base configuration
    ContactScenario back =
        s.reconfigure(base())
            .then(ContactEvent.accept(Side.SKYPE))
            .then(ContactEvent.accept(Side.LYNC, true));
    assertEquals(Gates.allOpen(), back.steps().get(2).gates());
    assertEquals("Available / Offline", seen(back.steps().get(2)));
    assertEquals("Available / Online", seen(back.steps().get(3)));
  }

  @Test
  void aScenarioResumesFromARelationshipItDidNotPlay() {
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(base());
    ContactScenario first = ContactScenario.start(ev, ALICE, BOB).then(STORY.subList(0, 2));
    ContactScenario resumed =
        ContactScenario.resume(ev, ALICE, BOB, first.relationship()).then(STORY.get(2));
    List<ContactScenario.Step> whole = ContactScenario.play(ev, ALICE, BOB, STORY);
    assertEquals(1, resumed.steps().size());
    assertEquals(whole.get(2).relationship(), resumed.relationship());
    assertEquals(seen(whole.get(2)), seen(resumed.steps().get(0)));
  }

  @Test
  void theStaticPlayIsTheScenarioPlayedAtOnce() {
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(base());
    assertEquals(
        ContactScenario.play(ev, ALICE, BOB, STORY),
        ContactScenario.start(ev, ALICE, BOB).then(STORY).steps());
  }

  @Test
  void aScenarioIsAValue() {
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(base());
    ContactScenario empty = ContactScenario.start(ev, ALICE, BOB);
    ContactScenario one = empty.then(ContactEvent.add(Side.LYNC));
    assertEquals(List.of(), empty.steps());
    assertEquals(1, one.steps().size());
    assertEquals(ev, one.evaluator());
  }

  @Test
  void reconfiguringToAConfigurationWithoutTheUserIsRefused() {
    OnPremisesConfiguration withoutAlice =
        base().toBuilder().users(List.of(Fixtures.carol())).build();
    ContactScenario s = ContactScenario.start(ExternalAccessEvaluator.compile(base()), ALICE, BOB);
    assertThrows(IllegalArgumentException.class, () -> s.reconfigure(withoutAlice));
    assertThrows(NullPointerException.class, () -> s.then((ContactEvent) null));
    assertThrows(
        NullPointerException.class,
        () -> ContactScenario.resume(ExternalAccessEvaluator.compile(base()), ALICE, BOB, null));
  }
}
