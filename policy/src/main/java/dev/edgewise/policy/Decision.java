package dev.edgewise.policy;

import dev.edgewise.core.contact.ClientRuleId;
import dev.edgewise.core.contact.ClientVerdict;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 *
 * <p>For an inbound request that carries the {@linkplain InboundRequest#recipientClient()
 * recipient's client}, the decision also says what the client does with what the server
 * delivered, as a gate of its own after the server's: {@link #isAllowed()} stays the server's
 * answer, {@link #clientVerdict()} says whether the client shows it, alerts, and which client rule
 * and setting decided.
 *
 * <pre>{@code
 * Decision d = evaluator.evaluate(inbound.toBuilder()
 *     .recipientClient(RecipientClient.of(dndSettings)).build());
 * d.isAllowed();                                            // true: the server delivers it
 * d.clientVerdict().orElseThrow().shown();                  // false
 * d.clientVerdict().orElseThrow().decidedBy();              // CLIENT_DND_SUPPRESSED
 * d.clientVerdict().orElseThrow().decidedBy().setting();    // "When my status is Do Not Disturb"
 * }</pre>
 *
 * @param effect whether the request is allowed
 * @param remoteClass what kind of party the remote is
 * @param reasons the rules that decided, in gate order
 * @param clientVerdict for an inbound request that carried the recipient's client, what the client
 *     does with it; empty otherwise
 */
public record Decision(
    Effect effect, RemoteClass remoteClass, List<Reason> reasons, Optional<ClientVerdict> clientVerdict) {

  /**
   * Checks that the reasons justify the effect and that the client shows nothing the server did
   * not deliver.
   *
   * @throws IllegalArgumentException if {@code reasons} is empty, a reason's effect differs from
   *     {@code effect}, or a denied request has a client verdict other than {@code
   *     NOT_DELIVERED_BY_SERVER}
   */
  public Decision {
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(remoteClass, "remoteClass");
    Objects.requireNonNull(reasons, "reasons");
    Objects.requireNonNull(clientVerdict, "clientVerdict");
    if (clientVerdict.isPresent()
        && (effect == Effect.DENY)
            != (clientVerdict.get().decidedBy() == ClientRuleId.NOT_DELIVERED_BY_SERVER)) {
      throw new IllegalArgumentException(
          effect + " decision with the client verdict " + clientVerdict.get().decidedBy());
    }
    reasons = List.copyOf(reasons);
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("a decision needs at least one reason");
    }
    for (Reason r : reasons) {
      if (r.effect() != effect) {
        throw new IllegalArgumentException(effect + " decision with a " + r.effect() + " reason: " + r.rule());
      }
    }
  }

  /**
   * A decision of the server alone, with no client verdict.
   *
   * @param effect whether the request is allowed
   * @param remoteClass what kind of party the remote is
   * @param reasons the rules that decided, in gate order
   */
  public Decision(Effect effect, RemoteClass remoteClass, List<Reason> reasons) {
    this(effect, remoteClass, reasons, Optional.empty());
  }

  /**
   * Returns a copy with the client's verdict.
   *
   * @throws IllegalArgumentException if the verdict contradicts the server's answer
   */
  public Decision withClientVerdict(ClientVerdict verdict) {
    return new Decision(effect, remoteClass, reasons, Optional.of(verdict));
  }

  /** Returns whether the request is allowed by the server. */
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
