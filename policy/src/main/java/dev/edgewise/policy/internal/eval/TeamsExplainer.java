package dev.edgewise.policy.internal.eval;

import dev.edgewise.address.Domain;
import dev.edgewise.policy.ExternalAccessPolicy;
import dev.edgewise.policy.HostingProvider;
import dev.edgewise.policy.Reason;
import dev.edgewise.policy.RuleId;
import java.util.List;

/**
 * Words the outcomes of {@link TeamsGates} and {@link SplitDomainGate}: the object that decided
 * and a sentence for a help-desk engineer. {@link Explainer} hands them over (its switches name the
 * Teams rule ids and delegate here; the split-domain and discovered-partner cases of shared rule
 * ids are recognized by their {@link Detail}).
 */
final class TeamsExplainer {
  private final CompiledConfiguration config;
  private final TeamsRemedies remedies;

  TeamsExplainer(CompiledConfiguration config, TeamsRemedies remedies) {
    this.config = config;
    this.remedies = remedies;
  }

  /** Whether an outcome of a shared rule id is one of ours, by its case. */
  static boolean ownsCase(GateOutcome o) {
    return o.detail() == Detail.SPLIT_DOMAIN
        || o.detail() == Detail.SHARED_SIP_ADDRESS_SPACE
        || o.detail() == Detail.TENANT_DISCOVERED;
  }

  /** The reason for an outcome of ours. */
  Reason reason(GateOutcome o, Ask a) {
    return new Reason(
        o.rule(), o.setting(), decidedBy(o, a), explanation(o, a), remedies.remedy(o, a));
  }

  String decidedBy(GateOutcome o, Ask a) {
    if (o.detail() == Detail.SPLIT_DOMAIN) {
      return Explainer.hosting(a.party.requireHosting()) + ", home of " + a.party.display;
    }
    if (o.detail() == Detail.SHARED_SIP_ADDRESS_SPACE) {
      return Explainer.TENANT + " (SharedSipAddressSpace is True)";
    }
    return switch (o.rule()) {
      case TEAMS_CONSUMER_NOT_SUPPORTED -> "the product " + config.product().displayName();
      case POLICY_TEAMS_CONSUMER_ON, POLICY_TEAMS_CONSUMER_INBOUND_ON, POLICY_ALLOWED_DOMAIN ->
          "ExternalAccessPolicy " + Explainer.requirePolicy(a).identity();
      case POLICY_TEAMS_CONSUMER_OFF, POLICY_TEAMS_CONSUMER_INBOUND_OFF, POLICY_DOMAIN_BLOCKED,
          POLICY_DOMAIN_NOT_ALLOWED -> "ExternalAccessPolicy "
          + Explainer.requirePolicy(a).identity() + ", per-user scope, granted to "
          + Explainer.requireUser(a).user().sipUri();
      default -> Explainer.TENANT;
    };
  }

  String explanation(GateOutcome o, Ask a) {
    Party p = a.party;
    if (o.detail() == Detail.SPLIT_DOMAIN) {
      HostingProvider h = p.requireHosting();
      String where = p.display + " is in the organization's own SIP domain " + p.domain
          + ", but homed at the hosting provider " + h.identity() + " (split domain), so requests"
          + " to them go through it";
      return o.rule() == RuleId.HOSTING_PROVIDER
          ? where + "; " + h.identity() + " is enabled."
          : where + ", and " + h.identity() + " is not enabled.";
    }
    if (o.detail() == Detail.SHARED_SIP_ADDRESS_SPACE) {
      String where = "The tenant shares the SIP domain " + p.domain + " with an on-premises"
          + " deployment (SharedSipAddressSpace is True) and does not declare " + p.display
          + " as one of its users, so they may be homed on premises, where hybrid reaches them"
          + " over federation";
      return o.rule() == RuleId.TENANT_FEDERATION_ON
          ? where + "; External Access is on (AllowFederatedUsers is True)."
          : where + ", and External Access is Off (AllowFederatedUsers is False).";
    }
    if (o.detail() == Detail.TENANT_DISCOVERED) {
      String why = "TreatDiscoveredPartnersAsUnverified is True and External Access allows all"
          + " known domains, so " + p.domain + " counts as a discovered partner and its messages"
          + " are delivered only from senders on the recipient's contact list";
      return o.rule() == RuleId.SENDER_VERIFIED
          ? why + "; " + p.display + " is on it."
          : why + "; " + p.display + " is not.";
    }
    String user = a.localUser.toString();
    return switch (o.rule()) {
      case TEAMS_CONSUMER -> p.display + " uses Teams with an account no organization manages,"
          + " and the tenant allows such accounts (AllowTeamsConsumer is True).";
      case TEAMS_CONSUMER_OFF -> p.display + " uses Teams with an account no organization"
          + " manages, and the tenant does not allow such accounts (AllowTeamsConsumer is False),"
          + " so no user may communicate with them.";
      case TEAMS_CONSUMER_INBOUND_ON -> "Unmanaged Teams accounts may start conversations with"
          + " the organization's users (AllowTeamsConsumerInbound is True).";
      case TEAMS_CONSUMER_INBOUND_OFF -> "AllowTeamsConsumerInbound is False, so " + p.display
          + " may not start a conversation with " + user + "; " + user + " may still start one.";
      case POLICY_TEAMS_CONSUMER_ON -> "The external access policy "
          + Explainer.requirePolicy(a).identity() + " in force has EnableTeamsConsumerAccess on.";
      case POLICY_TEAMS_CONSUMER_INBOUND_ON -> "The external access policy "
          + Explainer.requirePolicy(a).identity() + " in force has EnableTeamsConsumerInbound on.";
      case POLICY_TEAMS_CONSUMER_OFF -> inForce(a) + " It has EnableTeamsConsumerAccess off, so "
          + user + " may not communicate with unmanaged Teams accounts.";
      case POLICY_TEAMS_CONSUMER_INBOUND_OFF -> inForce(a) + " It has EnableTeamsConsumerInbound"
          + " off, so unmanaged Teams accounts may not start conversations with " + user + ".";
      case POLICY_ALLOWED_DOMAIN -> policyAllows(o, a);
      case POLICY_DOMAIN_BLOCKED -> inForce(a) + (o.setting().equals("BlockedExternalDomains")
          ? " Its CommunicationWithExternalOrgs is BlockSpecificExternalDomains, and " + o.domain()
              + " is in its BlockedExternalDomains"
          : " Its CommunicationWithExternalOrgs is BlockAllExternalDomains")
          + ", so " + user + " may not communicate with " + p.display + ", whatever the"
          + " tenant's domain lists say.";
      case POLICY_DOMAIN_NOT_ALLOWED -> inForce(a) + " Its CommunicationWithExternalOrgs is"
          + " AllowSpecificExternalDomains, and " + o.domain() + " is not in its"
          + " AllowedExternalDomains " + sorted(Explainer.requirePolicy(a).allowedExternalDomains())
          + ", so " + user + " may not communicate with " + p.display + ", whatever the tenant's"
          + " domain lists say.";
      case TRIAL_TENANT_ALLOWED -> o.setting().equals("AllowedTrialTenantDomains")
          ? p.display + "'s tenant holds only trial licences; the tenant blocks such tenants, but "
              + o.domain() + " is in AllowedTrialTenantDomains."
          : p.display + "'s tenant holds only trial licences, and the tenant allows trial tenants"
              + " (ExternalAccessWithTrialTenants is Allowed).";
      case TRIAL_TENANT_BLOCKED -> p.display + "'s tenant holds only trial licences, and the"
          + " tenant blocks such tenants (ExternalAccessWithTrialTenants is Blocked) unless their"
          + " domain is in AllowedTrialTenantDomains; " + o.domain() + " is not.";
      case TEAMS_CONSUMER_NOT_SUPPORTED -> p.display + " uses Teams with an account no"
          + " organization manages, and " + config.product().displayName() + " predates Teams"
          + " consumer federation, so no setting of it reaches them.";
      default -> throw new IllegalStateException("not a Teams rule: " + o.rule());
    };
  }

  private String policyAllows(GateOutcome o, Ask a) {
    ExternalAccessPolicy p = Explainer.requirePolicy(a);
    String which =
        switch (o.setting()) {
          case "AllowedExternalDomains" -> " allows only its AllowedExternalDomains"
              + " (AllowSpecificExternalDomains), and " + o.domain() + " is one of them";
          case "BlockedExternalDomains" -> " blocks only its BlockedExternalDomains"
              + " (BlockSpecificExternalDomains), and " + o.domain() + " is not one of them";
          default -> " allows every external domain (AllowAllExternalDomains)";
        };
    return "The external access policy " + p.identity() + " in force" + which + "; for its"
        + " users this replaces the tenant's allowed and blocked domains.";
  }

  private static String inForce(Ask a) {
    return Explainer.requireUser(a).effective().explanation() + ".";
  }

  static String sorted(List<Domain> domains) {
    List<String> names = new java.util.ArrayList<>();
    for (Domain d : domains) {
      names.add(d.toString());
    }
    java.util.Collections.sort(names);
    return names.toString();
  }
}
