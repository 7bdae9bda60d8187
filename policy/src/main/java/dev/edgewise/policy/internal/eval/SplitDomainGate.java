package dev.edgewise.policy.internal.eval;

import dev.edgewise.policy.AccessEdgeConfiguration;
import dev.edgewise.policy.HostingProvider;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.RuleId;

/**
 * The split-domain row ({@code docs/policy.md}): a user of one of the organization's own SIP
 * domains whom the configuration declares as homed at a hosting provider with {@code
 * EnabledSharedAddressSpace} is reached through that provider, so the edge's {@code
 * AllowFederatedUsers} and the provider's {@code Enabled} decide, and nothing else of external
 * access does (the user is one of ours: no domain list or policy applies).
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
