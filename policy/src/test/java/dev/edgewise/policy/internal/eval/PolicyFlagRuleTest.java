package dev.edgewise.policy.internal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.edgewise.policy.RuleId;
import org.junit.jupiter.api.Test;

/** Each policy rule id names its flag; any other rule id is refused by name, not by index. */
class PolicyFlagRuleTest {

  @Test
  void eachPolicyRuleNamesItsFlag() {
    for (PolicyFlag f : PolicyFlag.values()) {
      assertEquals(f, PolicyFlag.of(f.on));
      assertEquals(f, PolicyFlag.of(f.off));
    }
  }

  @Test
  void anotherRuleIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PolicyFlag.of(RuleId.DOMAIN_BLOCKED));
    assertEquals("not a policy rule: DOMAIN_BLOCKED", e.getMessage());
  }
}
