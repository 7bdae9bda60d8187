package dev.edgewise.policy.internal.eval;

import dev.edgewise.policy.AccessEdgeConfiguration;
import dev.edgewise.policy.HostingProvider;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.OnlineTenantConfiguration;
import dev.edgewise.policy.RuleId;

/**
 * The split-domain rows ({@code docs/policy.md}), one per half of a hybrid deployment.
 *
 * <p>On premises, a user of one of the organization's own SIP domains whom the configuration
 * declares as homed at a hosting provider with {@code EnabledSharedAddressSpace} is reached through
 * that provider, so the edge's {@code AllowFederatedUsers} and the provider's {@code Enabled}
 * decide, and nothing else of external access does (the user is one of ours: no domain list or
 * policy applies).
 *
 * <p>Online, a Teams tenant with {@code SharedSipAddressSpace} shares its SIP domains with an
 * on-premises deployment. The users the tenant declares are homed in it; any other user of those
 * domains may be homed on premises, and hybrid reaches them over federation, so the tenant's {@code
 * AllowFederatedUsers} decides. Failing closed, an undeclared user is taken to be on premises.
 */
final class SplitDomainGate {
  private final CompiledConfiguration config;

  SplitDomainGate(CompiledConfiguration config) {
    this.config = config;
  }

  /** Whether the internal party is homed at a hosting provider. */
  static boolean applies(Ask a) {
    return a.party.hosting != null;
  }

  /** Whether the internal party may be homed on the on-premises half of the tenant's domains. */
  static boolean appliesOnline(Ask a) {
    return a.party.mayBeOnPremises;
  }

  /** The online half: hybrid reaches the on-premises users over the tenant's federation. */
  void onlineHalf(Ask a, Verdicts v) {
    OnlineTenantConfiguration t = config.onlineTenant();
    if (t == null) {
      throw new IllegalStateException("a shared SIP address space outside an online tenant");
    }
    v.found(
        t.allowFederatedUsers() ? RuleId.TENANT_FEDERATION_ON : RuleId.TENANT_FEDERATION_OFF,
        "AllowFederatedUsers",
        Detail.SHARED_SIP_ADDRESS_SPACE,
        a.party.domain,
        null);
  }

  /** The on-premises half: the user's hosting provider and the edge decide. */
  void run(Ask a, Verdicts v) {
    OnPremisesConfiguration p = config.onPremises();
    HostingProvider h = a.party.requireHosting();
    if (p == null) {
      throw new IllegalStateException("a split domain outside an on-premises configuration");
    }
    AccessEdgeConfiguration edge = p.accessEdge();
    v.found(
        edge.allowFederatedUsers() ? RuleId.EDGE_FEDERATION_ON : RuleId.EDGE_FEDERATION_OFF,
        "AllowFederatedUsers");
    v.found(
        h.enabled() ? RuleId.HOSTING_PROVIDER : RuleId.PROVIDER_DISABLED,
        "Enabled",
        Detail.SPLIT_DOMAIN,
        a.party.domain,
        h.identity());
  }
}
