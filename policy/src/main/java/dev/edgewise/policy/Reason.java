package dev.edgewise.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * One rule that took part in a decision: which rule, which setting of which object decided it, a
 * sentence a help-desk engineer can read, and, where a change would flip the outcome, what to
 * change.
 *
 * <pre>{@code
 * Reason r = decision.reasons().get(0);
 * r.rule();         // POLICY_PUBLIC_OFF
 * r.setting();      // "EnablePublicCloudAccess"
 * r.decidedBy();    // "ExternalAccessPolicy Tag:NoPic, granted to sip:alice@contoso.com"
 * r.explanation();  // "alice may not talk to public IM users: her policy Tag:NoPic ..."
 * }</pre>
 *
 * @param rule the stable rule id; its {@link RuleId#effect()} is this reason's effect
 * @param setting the setting that decided, as the cmdlet names it ({@code AllowFederatedUsers}),
 *     or a short description where no single setting did
 * @param decidedBy the object that holds the setting, as {@code Kind:identity} with whom it
 *     applies to where that matters
 * @param explanation a sentence for a person
 * @param remediation what an admin could change, where a change would flip the outcome
 */
public record Reason(
    RuleId rule,
    String setting,
    String decidedBy,
    String explanation,
    Optional<Remediation> remediation) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if {@code explanation} is blank
   */
  public Reason {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(setting, "setting");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(remediation, "remediation");
    if (explanation.isBlank()) {
      throw new IllegalArgumentException("a reason needs an explanation: " + rule);
    }
  }

  /** Returns whether this reason allows or denies. */
  public Effect effect() {
    return rule.effect();
  }
}
