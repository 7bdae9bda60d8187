package dev.edgewise.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.edgewise.core.contact.ClientItem;
import dev.edgewise.core.contact.ClientRuleId;
import dev.edgewise.core.contact.ClientVerdict;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@link Decision}, {@link Reason} and {@link Remediation} refuse to hold: a decision without
 * a reason, a reason without an explanation, a remediation without a command or with a negative
 * count.
 */
class DecisionTest {

  private static final Reason ALLOWED =
      new Reason(
          RuleId.ALLOWED_DOMAIN, "AllowedDomain", "the allowed list", "Allowed.", Optional.empty());
  private static final Reason DENIED =
      new Reason(RuleId.DEFAULT_DENY, "none", "the evaluator", "Denied.", Optional.empty());

  @Test
  void aDecisionNeedsAReason() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Decision(Effect.ALLOW, RemoteClass.FEDERATED, List.of()));
    assertEquals("a decision needs at least one reason", e.getMessage());
    assertEquals(
        List.of(ALLOWED),
        new Decision(Effect.ALLOW, RemoteClass.FEDERATED, List.of(ALLOWED)).reasons());
  }

  @Test
  void everyReasonHasTheDecisionsEffect() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Decision(Effect.DENY, RemoteClass.FEDERATED, List.of(DENIED, ALLOWED)));
    assertEquals("DENY decision with a ALLOW reason: ALLOWED_DOMAIN", e.getMessage());
  }

  @Test
  void aDeniedRequestTakesOnlyTheVerdictThatNothingWasDelivered() {
    ClientVerdict notDelivered =
        new ClientVerdict(
            ClientItem.CONVERSATION, false, false, List.of(ClientRuleId.NOT_DELIVERED_BY_SERVER));
    Decision denied = new Decision(Effect.DENY, RemoteClass.FEDERATED, List.of(DENIED));
    assertEquals(Optional.of(notDelivered), denied.withClientVerdict(notDelivered).clientVerdict());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new Decision(Effect.ALLOW, RemoteClass.FEDERATED, List.of(ALLOWED))
                    .withClientVerdict(notDelivered));
    assertEquals("ALLOW decision with the client verdict NOT_DELIVERED_BY_SERVER", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void aReasonNeedsAnExplanation(String blank) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new Reason(RuleId.DEFAULT_DENY, "none", "the evaluator", blank, Optional.empty()));
    assertEquals("a reason needs an explanation: DEFAULT_DENY", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void aRemediationNeedsACommand(String blank) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Remediation.of(blank));
    assertEquals("a remediation needs a command", e.getMessage());
  }

  @Test
  void aRemediationCountsNoFewerThanNoOtherUsers() {
    assertEquals(0, Remediation.of("Set-CsX").otherUsersAffected());
    assertEquals(0, new Remediation("Set-CsX", 0, Optional.empty()).otherUsersAffected());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Remediation("Set-CsX", -1, Optional.of("Grant-CsX")));
    assertEquals("otherUsersAffected < 0: -1", e.getMessage());
  }
}
