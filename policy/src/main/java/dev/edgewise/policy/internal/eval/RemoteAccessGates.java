package dev.edgewise.policy.internal.eval;

import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.RuleId;

/**
 * Remote access: the organization's own user signing in from the Internet. On-premises the Access
 * Edge's {@code AllowOutsideUsers} and the user's effective {@code EnableOutsideAccess} must both
 * allow; online there is no edge to configure, and an assigned per-user policy's {@code
 * EnableOutsideAccess} decides. A declared user is admitted ({@code REMOTE_USER}) when nothing
 * denies.
 */
final class RemoteAccessGates {
  private final CompiledConfiguration config;
  private final SharedGates shared;

  RemoteAccessGates(CompiledConfiguration config, SharedGates shared) {
    this.config = config;
    this.shared = shared;
  }

  void signIn(Ask a, Verdicts v) {
    if (a.user == null) {
      v.found(RuleId.UNKNOWN_LOCAL_USER, "users");
    }
    OnPremisesConfiguration p = config.onPremises();
    if (p != null) {
      outside(p, v);
    }
    shared.policy(a, v, PolicyFlag.OUTSIDE);
    if (a.user != null) {
      v.found(RuleId.REMOTE_USER, "users");
    }
  }

  /** {@code AllowOutsideUsers}: remote users, and (the reference says) anonymous users too. */
  static void outside(OnPremisesConfiguration p, Verdicts v) {
    v.found(
        p.accessEdge().allowOutsideUsers() ? RuleId.EDGE_OUTSIDE_ON : RuleId.EDGE_OUTSIDE_OFF,
        "AllowOutsideUsers");
  }
}
