package dev.edgewise.policy.internal.eval;

import dev.edgewise.address.Domain;
import dev.edgewise.policy.OnlineTenantConfiguration;
import dev.edgewise.policy.RuleId;
import org.checkerframework.checker.nullness.qual.Nullable;

/** The online-tenant rows of the gate table: External Access, Public IM Connectivity. */
final class OnlineGates {
  private final CompiledConfiguration config;
  private final SharedGates shared;
  private final TeamsGates teams;

  OnlineGates(CompiledConfiguration config, SharedGates shared, TeamsGates teams) {
    this.config = config;
    this.shared = shared;
    this.teams = teams;
  }

  private OnlineTenantConfiguration tenant() {
    OnlineTenantConfiguration t = config.onlineTenant();
    if (t == null) {
      throw new IllegalStateException("not an online configuration");
    }
    return t;
  }

  /** Federated and hosted parties alike: online there is no hosting-provider row. */
  void federated(Ask a, Verdicts v) {
    OnlineTenantConfiguration t = tenant();
    Domain d = a.party.requireDomain();
    tenantFederation(v, t);
    if (teams.policyDomains(a, v)) {
      // The per-user CommunicationWithExternalOrgs decided in place of the tenant's lists.
    } else if (t.allowedDomains().isAllowList()) {
      v.found(
          config.isOnTenantAllowList(d) ? RuleId.ALLOWED_DOMAIN : RuleId.DOMAIN_NOT_ALLOWED,
          "AllowedDomains",
          d);
    } else {
      @Nullable String entry = config.blockedEntry(d);
      if (entry != null) {
        v.found(RuleId.DOMAIN_BLOCKED, "BlockedDomains", Detail.NONE, d, entry);
      } else {
        v.found(RuleId.ALL_KNOWN_DOMAINS_ALLOWED, "AllowedDomains");
      }
    }
    shared.policy(a, v, PolicyFlag.FEDERATION);
    teams.trialTenant(a, v);
    teams.discoveredUnverified(a, v);
  }

  void publicUser(Ask a, Verdicts v) {
    OnlineTenantConfiguration t = tenant();
    if (!shared.era(a, v)) {
      return;
    }
    tenantFederation(v, t);
    v.found(
        t.allowPublicUsers() ? RuleId.TENANT_PUBLIC_USERS_ON : RuleId.TENANT_PUBLIC_USERS_OFF,
        "AllowPublicUsers");
    shared.provider(a, v);
    shared.publicBlocked(a, v);
    shared.capability(a, v);
    shared.policy(a, v, PolicyFlag.PUBLIC);
    if (a.modality.isAudioVideo()) {
      shared.policy(a, v, PolicyFlag.PUBLIC_AV);
    }
  }

  private static void tenantFederation(Verdicts v, OnlineTenantConfiguration t) {
    v.found(
        t.allowFederatedUsers() ? RuleId.TENANT_FEDERATION_ON : RuleId.TENANT_FEDERATION_OFF,
        "AllowFederatedUsers");
  }
}
