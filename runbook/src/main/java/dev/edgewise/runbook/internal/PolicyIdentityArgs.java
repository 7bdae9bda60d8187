package dev.edgewise.runbook.internal;

import dev.edgewise.policy.PolicyIdentity;
import dev.edgewise.policy.PolicyScope;
import dev.edgewise.runbook.RunbookErrorKind;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code -Identity} of the policy cmdlets ({@code CsExternalAccessPolicy} and {@code
 * CsConferencingPolicy}): how it is read, how a policy is found by it, and when a new one may take
 * it. Both families follow the same rules, so they live here once.
 */
final class PolicyIdentityArgs {
  private PolicyIdentityArgs() {}

  /** The identity named, Global when none is and none is {@code required}; empty if reported. */
  static Optional<PolicyIdentity> read(Binder b, boolean required) {
    if (!b.has("Identity")) {
      if (required) {
        b.require("Identity");
        return Optional.empty();
      }
      return Optional.of(PolicyIdentity.global());
    }
    Optional<String> text = b.string("Identity");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(PolicyIdentity.parse(text.get()));
    } catch (IllegalArgumentException e) {
      b.report("Identity", RunbookErrorKind.INVALID_VALUE, String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  /** The position of the policy with identity {@code id} in {@code list}, or -1. */
  static <P> int index(List<P> list, Function<P, PolicyIdentity> identity, PolicyIdentity id) {
    for (int i = 0; i < list.size(); i++) {
      if (identity.apply(list.get(i)).equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether a new policy may take {@code id}: not Global, not taken, and at a site that exists.
   * Reports why not; {@code what} names the kind of policy in the message.
   */
  static boolean mayCreate(Ctx ctx, Binder b, PolicyIdentity id, boolean taken, String what) {
    if (id.isGlobal() || taken) {
      b.report("Identity", RunbookErrorKind.ALREADY_EXISTS, what + " " + id + " already exists");
      return false;
    }
    if (id.scope() == PolicyScope.SITE && !ctx.onPrem().sites().contains(id.name())) {
      b.report("Identity", RunbookErrorKind.NOT_FOUND, "the site " + id.name() + " does not exist");
      return false;
    }
    return true;
  }
}
