package dev.edgewise.policy;

/**
 * The outcome of an access rule or of a whole decision.
 *
 * <pre>{@code
 * RuleId.DOMAIN_BLOCKED.effect();   // DENY
 * }</pre>
 */
public enum Effect {
  /** The communication may take place. */
  ALLOW,
  /** The communication is refused. */
  DENY
}
