package dev.edgewise.policy.internal.eval;

import dev.edgewise.address.Domain;
import dev.edgewise.policy.RuleId;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Where gates put what they found. Two kinds: {@link Tally} keeps only "denied?" and "admitted?"
 * and allocates nothing, for the allow/deny answer; {@link Trail} keeps every {@link GateOutcome},
 * for an explained decision. The gates are the same for both.
 */
public interface Verdicts {

  /** Records one gate's outcome. */
  void found(RuleId rule, String setting, Detail detail, @Nullable Domain domain, @Nullable String entry);

  /** Records an outcome with no case, domain or entry. */
  default void found(RuleId rule, String setting) {
    found(rule, setting, Detail.NONE, null, null);
  }

  /** Records an outcome about a domain. */
  default void found(RuleId rule, String setting, Domain domain) {
    found(rule, setting, Detail.NONE, domain, null);
  }

  /** The allow/deny answer only. */
  final class Tally implements Verdicts {
    private boolean denied;
    private boolean admitted;

    @Override
    public void found(
        RuleId rule, String setting, Detail detail, @Nullable Domain domain, @Nullable String entry) {
      switch (rule.kind()) {
        case DENY -> denied = true;
        case ADMIT -> admitted = true;
        case PASS -> {}
      }
    }

    /** Forgets every outcome, so that one tally can answer request after request. */
    void reset() {
      denied = false;
      admitted = false;
    }

    /** Any gate denied, or none admitted the party: fail closed. */
    public boolean isAllowed() {
      return !denied && admitted;
    }
  }

  /** Every outcome, in gate order. */
  final class Trail implements Verdicts {
    private final java.util.ArrayList<GateOutcome> outcomes = new java.util.ArrayList<>(10);

    @Override
    public void found(
        RuleId rule, String setting, Detail detail, @Nullable Domain domain, @Nullable String entry) {
      outcomes.add(new GateOutcome(rule, setting, detail, domain, entry));
    }

    /** The outcomes, in gate order. */
    public java.util.List<GateOutcome> outcomes() {
      return outcomes;
    }
  }
}
