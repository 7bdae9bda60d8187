package dev.edgewise.policy.internal.eval;

import dev.edgewise.address.Domain;
import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.policy.ExternalAccessPolicy;
import dev.edgewise.policy.InboundRequest;
import dev.edgewise.policy.OnlineTenantConfiguration;
import dev.edgewise.policy.RemoteClass;
import dev.edgewise.policy.RuleId;
import dev.edgewise.policy.TrialTenantAccess;
import dev.edgewise.policy.internal.DomainSet;
import java.util.IdentityHashMap;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The Teams-era gates of the online tenant ({@code docs/policy.md}): the unmanaged Teams account
 * (Teams consumer) row, the per-user {@code CommunicationWithExternalOrgs}, trial-only tenants and
 * {@code TreatDiscoveredPartnersAsUnverified}. Every one of them reads a setting only the Teams
 * tenant has, so on other products they report nothing, except that a Teams consumer is not
 * reachable at all there.
 */
final class TeamsGates {
  private final CompiledConfiguration config;
  private final DomainSet trialAllowList;
  /** Each policy's allowed and blocked external domains, by policy object. */
  private final IdentityHashMap<ExternalAccessPolicy, DomainSet> allowedExternal = new IdentityHashMap<>();
  private final IdentityHashMap<ExternalAccessPolicy, DomainSet> blockedExternal = new IdentityHashMap<>();

  TeamsGates(CompiledConfiguration config) {
    this.config = config;
    OnlineTenantConfiguration t = config.onlineTenant();
    this.trialAllowList =
        t == null ? DomainSet.of(java.util.List.of()) : DomainSet.of(t.allowedTrialTenantDomains());
    for (ExternalAccessPolicy p : config.source().externalAccessPolicies()) {
      allowedExternal.put(p, DomainSet.of(p.allowedExternalDomains()));
      blockedExternal.put(p, DomainSet.of(p.blockedExternalDomains()));
    }
  }

  /** Classifies an unmanaged Teams account: the caller said what it is. */
  static Party consumer(MicrosoftAccount account) {
    return new Party(
        RemoteClass.TEAMS_CONSUMER,
        account.toString(),
        account.domain(),
        account.domain(),
        null,
        null,
        account.localPart(),
        "");
  }

  private OnlineTenantConfiguration tenant() {
    OnlineTenantConfiguration t = config.onlineTenant();
    if (t == null) {
      throw new IllegalStateException("not an online configuration");
    }
    return t;
  }

  /**
   * The Teams consumer row: the tenant's {@code AllowTeamsConsumer} (admits), for a conversation
   * the consumer starts also {@code AllowTeamsConsumerInbound}; then the same two settings of the
   * per-user policy, when one is assigned. Not affected by the era: Teams consumer federation is
   * what replaced Skype consumer interop.
   */
  void consumer(Ask a, Verdicts v) {
    if (!config.isTeamsTenant()) {
      v.found(RuleId.TEAMS_CONSUMER_NOT_SUPPORTED, "product");
      return;
    }
    OnlineTenantConfiguration t = tenant();
    boolean inbound = a.inbound != null;
    v.found(t.allowTeamsConsumer() ? RuleId.TEAMS_CONSUMER : RuleId.TEAMS_CONSUMER_OFF,
        "AllowTeamsConsumer");
    if (inbound) {
      v.found(
          t.allowTeamsConsumerInbound()
              ? RuleId.TEAMS_CONSUMER_INBOUND_ON
              : RuleId.TEAMS_CONSUMER_INBOUND_OFF,
          "AllowTeamsConsumerInbound");
    }
    ExternalAccessPolicy p = policy(a);
    if (p == null) {
      return;
    }
    v.found(
        p.enableTeamsConsumerAccess()
            ? RuleId.POLICY_TEAMS_CONSUMER_ON
            : RuleId.POLICY_TEAMS_CONSUMER_OFF,
        "EnableTeamsConsumerAccess");
    if (inbound) {
      v.found(
          p.enableTeamsConsumerInbound()
              ? RuleId.POLICY_TEAMS_CONSUMER_INBOUND_ON
              : RuleId.POLICY_TEAMS_CONSUMER_INBOUND_OFF,
          "EnableTeamsConsumerInbound");
    }
  }

  /**
   * The per-user {@code CommunicationWithExternalOrgs}, in effect when the policy in force has
   * {@code EnableFederationAccess} on and a value other than {@code OrganizationDefault}: it then
   * decides the domain in place of the tenant's lists. Returns whether it decided.
   */
  boolean policyDomains(Ask a, Verdicts v) {
    if (!config.isTeamsTenant()) {
      return false;
    }
    ExternalAccessPolicy p = policy(a);
    if (p == null || !p.enableFederationAccess()) {
      return false;
    }
    Domain d = a.party.requireDomain();
    switch (p.communicationWithExternalOrgs()) {
      case ORGANIZATION_DEFAULT -> {
        return false;
      }
      case ALLOW_ALL_EXTERNAL_DOMAINS ->
          v.found(RuleId.POLICY_ALLOWED_DOMAIN, "CommunicationWithExternalOrgs", d);
      case ALLOW_SPECIFIC_EXTERNAL_DOMAINS -> {
        if (allowedExternal(p).contains(d)) {
          v.found(RuleId.POLICY_ALLOWED_DOMAIN, "AllowedExternalDomains", Detail.NONE, d,
              d.toString());
        } else {
          v.found(RuleId.POLICY_DOMAIN_NOT_ALLOWED, "AllowedExternalDomains", d);
        }
      }
      case BLOCK_SPECIFIC_EXTERNAL_DOMAINS -> {
        if (blockedExternal(p).contains(d)) {
          v.found(RuleId.POLICY_DOMAIN_BLOCKED, "BlockedExternalDomains", Detail.NONE, d,
              d.toString());
        } else {
          v.found(RuleId.POLICY_ALLOWED_DOMAIN, "BlockedExternalDomains", d);
        }
      }
      case BLOCK_ALL_EXTERNAL_DOMAINS ->
          v.found(RuleId.POLICY_DOMAIN_BLOCKED, "CommunicationWithExternalOrgs", d);
    }
    return true;
  }

  /** A party the caller says is in a trial-only tenant: {@code ExternalAccessWithTrialTenants}. */
  void trialTenant(Ask a, Verdicts v) {
    if (!a.party.trialTenant || !config.isTeamsTenant()) {
      return;
    }
    OnlineTenantConfiguration t = tenant();
    Domain d = a.party.requireDomain();
    if (t.externalAccessWithTrialTenants() == TrialTenantAccess.ALLOWED) {
      v.found(RuleId.TRIAL_TENANT_ALLOWED, "ExternalAccessWithTrialTenants", d);
    } else if (trialAllowList.contains(d)) {
      v.found(RuleId.TRIAL_TENANT_ALLOWED, "AllowedTrialTenantDomains", Detail.NONE, d,
          d.toString());
    } else {
      v.found(RuleId.TRIAL_TENANT_BLOCKED, "ExternalAccessWithTrialTenants", d);
    }
  }

  /**
   * Inbound, {@code TreatDiscoveredPartnersAsUnverified} on: with {@code AllowAllKnownDomains}
   * every federated domain counts as discovered (our reading), so the sender must be on the
   * recipient's contact list. With an allow list no domain is discovered and nothing is checked.
   */
  void discoveredUnverified(Ask a, Verdicts v) {
    InboundRequest in = a.inbound;
    if (in == null || !config.isTeamsTenant()) {
      return;
    }
    OnlineTenantConfiguration t = tenant();
    if (!t.treatDiscoveredPartnersAsUnverified() || t.allowedDomains().isAllowList()) {
      return;
    }
    v.found(
        in.senderInContacts() ? RuleId.SENDER_VERIFIED : RuleId.UNVERIFIED_NOT_IN_CONTACTS,
        "TreatDiscoveredPartnersAsUnverified",
        Detail.TENANT_DISCOVERED,
        a.party.domain,
        null);
  }

  /** The per-user policy in force (online: only an assigned one), or null. */
  static @Nullable ExternalAccessPolicy policy(Ask a) {
    UserEntry u = a.user;
    return u == null ? null : u.policy();
  }

  /** The policy's allowed external domains as compiled. */
  DomainSet allowedExternal(ExternalAccessPolicy p) {
    DomainSet s = allowedExternal.get(p);
    return s != null ? s : DomainSet.of(p.allowedExternalDomains());
  }

  /** The policy's blocked external domains as compiled. */
  DomainSet blockedExternal(ExternalAccessPolicy p) {
    DomainSet s = blockedExternal.get(p);
    return s != null ? s : DomainSet.of(p.blockedExternalDomains());
  }
}
