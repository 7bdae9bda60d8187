package dev.edgewise.policy;

import java.util.List;
import java.util.Objects;

/**
 * The answer to one access question: the {@linkplain #effect() effect}, the {@linkplain
 * #remoteClass() class of the remote party}, and every rule that decided it.
 *
 * <p>A denial lists <em>every</em> gate that denied, not only the first, so an admin sees all that
 * must change; an allowance lists every gate that allowed. The list is never empty, and every
 * reason in it has the decision's effect; a decision that cannot be justified by its reasons
 * cannot be constructed.
 *
 * <pre>{@code
 * Decision d = evaluator.evaluate(request);
 * if (!d.isAllowed()) {
 *   for (Reason r : d.reasons()) {
 *     log.info(r.rule() + ": " + r.explanation());
 *     r.remediation().ifPresent(fix -> log.info("  fix: " + fix.command()));
 *   }
 * }
 * }</pre>
 *
 * @param effect whether the request is allowed
 * @param remoteClass what kind of party the remote is
 * @param reasons the rules that decided, in gate order
 */
public record Decision(Effect effect, RemoteClass remoteClass, List<Reason> reasons) {

  /**
   * Checks that the reasons justify the effect.
   *
   * @throws IllegalArgumentException if {@code reasons} is empty or a reason's effect differs
   *     from {@code effect}
   */
  public Decision {
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(remoteClass, "remoteClass");
    reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("a decision needs at least one reason");
    }
    for (Reason r : reasons) {
      if (r.effect() != effect) {
        throw new IllegalArgumentException(effect + " decision with a " + r.effect() + " reason: " + r.rule());
      }
    }
  }

  /** Returns whether the request is allowed. */
  public boolean isAllowed() {
    return effect == Effect.ALLOW;
  }

  /** Returns whether any reason has the given rule id. */
  public boolean hasRule(RuleId rule) {
    for (Reason r : reasons) {
      if (r.rule() == rule) {
        return true;
      }
    }
    return false;
  }
}
