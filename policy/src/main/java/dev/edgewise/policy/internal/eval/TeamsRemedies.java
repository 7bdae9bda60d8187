package dev.edgewise.policy.internal.eval;

import dev.edgewise.address.Domain;
import dev.edgewise.policy.CommunicationWithExternalOrgs;
import dev.edgewise.policy.ExternalAccessPolicy;
import dev.edgewise.policy.OnlineTenantConfiguration;
import dev.edgewise.policy.Remediation;
import dev.edgewise.policy.RemoteClass;
import dev.edgewise.policy.RuleId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The commands that flip the denials of {@link TeamsGates} and {@link SplitDomainGate}, in the
 * Teams tenant's syntax ({@code Set-CsExternalAccessPolicy -Identity <name>}). Lists are written in
 * full as the reference's examples write them ({@code @("a.com","b.com")}), so a command never
 * depends on an Add or Remove form the reference does not show. Every command is listed in {@code
 * docs/remediations.md}.
 */
final class TeamsRemedies {
  private final CompiledConfiguration config;
  private final TeamsGates gates;

  TeamsRemedies(CompiledConfiguration config) {
    this.config = config;
    this.gates = new TeamsGates(config);
  }

  /** Returns the command for a denial of ours, or empty when it allows or nothing changes it. */
  Optional<Remediation> remedy(GateOutcome o, Ask a) {
    if (o.detail() == Detail.SPLIT_DOMAIN) {
      return o.rule() == RuleId.PROVIDER_DISABLED
          ? orgWide(a, "Set-CsHostingProvider -Identity " + a.party.requireHosting().identity()
              + " -Enabled $True")
          : Optional.empty();
    }
    if (o.detail() == Detail.SHARED_SIP_ADDRESS_SPACE) {
      return o.rule() == RuleId.TENANT_FEDERATION_OFF
          ? orgWide(a, RemediationCatalog.SET_TENANT + " -AllowFederatedUsers $True")
          : Optional.empty();
    }
    return switch (o.rule()) {
      case TEAMS_CONSUMER_OFF -> orgWide(a, RemediationCatalog.SET_TENANT
          + " -AllowTeamsConsumer $True");
      case TEAMS_CONSUMER_INBOUND_OFF -> orgWide(a, RemediationCatalog.SET_TENANT
          + " -AllowTeamsConsumerInbound $True");
      case UNVERIFIED_NOT_IN_CONTACTS -> orgWide(a, RemediationCatalog.SET_TENANT
          + " -TreatDiscoveredPartnersAsUnverified $False");
      case TRIAL_TENANT_BLOCKED -> orgWide(a, RemediationCatalog.SET_TENANT
          + " -AllowedTrialTenantDomains " + list(tenant().allowedTrialTenantDomains(),
              Explainer.requireDomain(o)));
      case POLICY_TEAMS_CONSUMER_OFF -> policy(a, "-EnableTeamsConsumerAccess $True");
      case POLICY_TEAMS_CONSUMER_INBOUND_OFF -> policy(a, "-EnableTeamsConsumerInbound $True");
      case POLICY_DOMAIN_NOT_ALLOWED -> policy(a, "-AllowedExternalDomains "
          + list(Explainer.requirePolicy(a).allowedExternalDomains(), Explainer.requireDomain(o)));
      case POLICY_DOMAIN_BLOCKED -> policy(a, unblock(Explainer.requirePolicy(a),
          Explainer.requireDomain(o)));
      default -> Optional.empty(); // allows, or no command changes it
    };
  }

  /**
   * Lets the policy's users reach {@code d}: take it off {@code BlockedExternalDomains} (or allow
   * all when it was the only entry); under {@code BlockAllExternalDomains}, allow the listed
   * domains and {@code d}.
   */
  private static String unblock(ExternalAccessPolicy p, Domain d) {
    if (p.communicationWithExternalOrgs()
        == CommunicationWithExternalOrgs.BLOCK_SPECIFIC_EXTERNAL_DOMAINS) {
      List<Domain> rest = new ArrayList<>(p.blockedExternalDomains());
      rest.removeIf(d::equals);
      return rest.isEmpty()
          ? "-CommunicationWithExternalOrgs \"AllowAllExternalDomains\""
          : "-BlockedExternalDomains " + list(rest, null);
    }
    return "-CommunicationWithExternalOrgs \"AllowSpecificExternalDomains\" -AllowedExternalDomains "
        + list(p.allowedExternalDomains(), d);
  }

  /** {@code @("a.com","b.com")}: the entries (sorted, without duplicates) and {@code add}. */
  static String list(List<Domain> entries, @org.checkerframework.checker.nullness.qual.Nullable Domain add) {
    java.util.TreeSet<String> names = new java.util.TreeSet<>();
    for (Domain d : entries) {
      names.add(d.toString());
    }
    if (add != null) {
      names.add(add.toString());
    }
    StringBuilder b = new StringBuilder("@(");
    boolean first = true;
    for (String n : names) {
      b.append(first ? "" : ",").append('"').append(n).append('"');
      first = false;
    }
    return b.append(')').toString();
  }

  /**
   * Changes the policy in force (everyone it is in force for), or grants this user an existing
   * per-user policy under which every Teams gate of this request passes.
   */
  private Optional<Remediation> policy(Ask a, String change) {
    UserEntry u = Explainer.requireUser(a);
    ExternalAccessPolicy p = Explainer.requirePolicy(a);
    Optional<String> grant = Optional.empty();
    for (ExternalAccessPolicy other : config.grantablePolicies()) {
      if (!other.identity().equals(p.identity()) && passes(other, a)) {
        grant = Optional.of(RemediationCatalog.GRANT_POLICY + u.user().sipUri() + " -PolicyName "
            + other.identity().name());
        break;
      }
    }
    return Optional.of(
        new Remediation(
            RemediationCatalog.SET_POLICY + p.identity().name() + " " + change,
            Math.max(1, config.usersInForce(p.identity())) - 1,
            grant));
  }

  /** Whether every per-user gate of the request passes under {@code p}. */
  private boolean passes(ExternalAccessPolicy p, Ask a) {
    if (a.party.cls == RemoteClass.TEAMS_CONSUMER) {
      return p.enableTeamsConsumerAccess() && (a.inbound == null || p.enableTeamsConsumerInbound());
    }
    Domain d = a.party.domain;
    if (!p.enableFederationAccess() || d == null) {
      return false;
    }
    // Under OrganizationDefault the tenant's lists decide, which this request already failed or
    // not: not offered.
    return p.communicationWithExternalOrgs() != CommunicationWithExternalOrgs.ORGANIZATION_DEFAULT
        && admits(p, d);
  }

  /** Whether {@code p}'s {@code CommunicationWithExternalOrgs} lets its users reach {@code d}. */
  private boolean admits(ExternalAccessPolicy p, Domain d) {
    return switch (p.communicationWithExternalOrgs()) {
      case ORGANIZATION_DEFAULT, ALLOW_ALL_EXTERNAL_DOMAINS -> true;
      case ALLOW_SPECIFIC_EXTERNAL_DOMAINS -> gates.allowedExternal(p).contains(d);
      case BLOCK_SPECIFIC_EXTERNAL_DOMAINS -> !gates.blockedExternal(p).contains(d);
      case BLOCK_ALL_EXTERNAL_DOMAINS -> false;
    };
  }

  /**
   * Whether granting {@code p} leaves the request's domain reachable as far as the per-user
   * {@code CommunicationWithExternalOrgs} goes: a grant suggested for another gate (say {@code
   * EnableFederationAccess}) must not name a policy that blocks the domain instead. Only a Teams
   * tenant has the setting, and it reads only federated and hosted parties.
   */
  boolean externalOrgsAdmit(ExternalAccessPolicy p, Ask a) {
    Domain d = a.party.domain;
    if (!config.isTeamsTenant()
        || !p.enableFederationAccess()
        || d == null
        || (a.party.cls != RemoteClass.FEDERATED && a.party.cls != RemoteClass.HOSTED)) {
      return true;
    }
    // Under OrganizationDefault the tenant's lists decide, as under the policy in force now.
    return admits(p, d);
  }

  private OnlineTenantConfiguration tenant() {
    OnlineTenantConfiguration t = config.onlineTenant();
    if (t == null) {
      throw new IllegalStateException("not an online configuration");
    }
    return t;
  }

  private Optional<Remediation> orgWide(Ask a, String command) {
    int others = config.userCount() - (a.user == null ? 0 : 1);
    return Optional.of(new Remediation(command, Math.max(0, others), Optional.empty()));
  }
}
