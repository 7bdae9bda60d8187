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
}
