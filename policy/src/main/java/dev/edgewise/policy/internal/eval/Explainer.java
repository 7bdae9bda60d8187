package dev.edgewise.policy.internal.eval;

import dev.edgewise.address.Domain;
import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.policy.AllowedDomain;
import dev.edgewise.policy.ConnectivityEra;
import dev.edgewise.policy.EdgeRouting;
import dev.edgewise.policy.ExternalAccessPolicy;
import dev.edgewise.policy.HostingProvider;
import dev.edgewise.policy.InboundRequest;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.ProvisioningState;
import dev.edgewise.policy.PublicProvider;
import dev.edgewise.policy.Reason;
import dev.edgewise.policy.RemoteClass;
import dev.edgewise.policy.Remediation;
import dev.edgewise.policy.VerificationLevel;
import dev.edgewise.core.Modality;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Words gate outcomes: for each {@link GateOutcome} the object that decided ({@link
 * Reason#decidedBy()}) and a sentence a help-desk engineer can read. The command that would change
 * the outcome comes from {@link RemediationCatalog}; this class only attaches it.
 */
public final class Explainer {
  static final String EDGE = "AccessEdgeConfiguration Global";
  static final String TENANT = "TenantFederationConfiguration Global";

  private final CompiledConfiguration config;
  private final RemediationCatalog catalog;
  private final AccessExplainer access;
  private final TeamsExplainer teams;
  private final FixedReasons fixed;
  private final VerificationWords verification;

  private Explainer(CompiledConfiguration config, RemediationCatalog catalog, FixedReasons fixed) {
    this.config = config;
    this.catalog = catalog;
    this.access = new AccessExplainer(config);
    this.teams = new TeamsExplainer(config, new TeamsRemedies(config));
    this.fixed = fixed;
    this.verification = new VerificationWords(config);
  }

  /**
   * An explainer for {@code config}, with the reasons that name no remote party worded once
   * ({@link FixedReasons}) by an explainer that has none.
   */
  public static Explainer of(CompiledConfiguration config, RemediationCatalog catalog) {
    Explainer wording = new Explainer(config, catalog, FixedReasons.NONE);
    return new Explainer(config, catalog, new FixedReasons(config, wording));
  }

  /** Returns the reason for one outcome of a request. */
  public Reason reason(GateOutcome o, Ask a) {
    if (TeamsExplainer.ownsCase(o)) {
      return teams.reason(o, a);
    }
    @Nullable Reason same = fixed.of(o, a);
    return same != null ? same : worded(o, a);
  }

  /** Words one outcome of a request afresh. */
  Reason worded(GateOutcome o, Ask a) {
    Optional<Remediation> fix = catalog.remedy(o, a);
    return new Reason(o.rule(), o.setting(), decidedBy(o, a), explanation(o, a), fix);
  }

  /** Returns the reason of a denial by default: no gate admitted the party. */
  public static Reason defaultDeny() {
    return new Reason(
        dev.edgewise.policy.RuleId.DEFAULT_DENY,
        "none",
        "the evaluator",
        "No gate admitted the remote party, so the request is denied.",
        Optional.empty());
  }

  private String decidedBy(GateOutcome o, Ask a) {
    Party p = a.party;
    return switch (o.rule()) {
      case UNKNOWN_LOCAL_USER -> "user " + a.localUser;
      case INTERNAL -> "the organization's SIP domains";
      case NOT_MODELLED -> "remote " + p.display;
      case EDGE_FEDERATION_ON, EDGE_FEDERATION_OFF, DNS_SRV_ROUTING, DNS_SRV_ROUTING_REQUIRED,
          DISCOVERED_PARTNER -> EDGE;
      case TENANT_FEDERATION_ON, TENANT_FEDERATION_OFF, TENANT_PUBLIC_USERS_ON,
          TENANT_PUBLIC_USERS_OFF, ALL_KNOWN_DOMAINS_ALLOWED -> TENANT;
      case DOMAIN_NOT_BLOCKED -> "the blocked list";
      case DOMAIN_BLOCKED -> config.isOnline()
          ? TENANT + ", BlockedDomains entry " + o.entry()
          : "BlockedDomain " + o.entry();
      case ALLOWED_DOMAIN -> config.isOnline() ? TENANT : "AllowedDomain " + o.domain();
      case PROXY_FQDN_MISMATCH -> "AllowedDomain " + o.domain();
      case DOMAIN_NOT_ALLOWED -> config.isOnline()
          ? TENANT
          : "the allowed list (Get-CsAllowedDomain)";
      case POLICY_FEDERATION_ON, POLICY_PUBLIC_ON, POLICY_PUBLIC_AV_ON, POLICY_OUTSIDE_ON,
          POLICY_XMPP_ON -> policyDecidedBy(requirePolicy(a));
      case POLICY_FEDERATION_OFF, POLICY_PUBLIC_OFF, POLICY_PUBLIC_AV_OFF, POLICY_OUTSIDE_OFF,
          POLICY_XMPP_OFF -> userInForce(a);
      case SENDER_VERIFIED, UNVERIFIED_NOT_IN_CONTACTS -> switch (o.detail()) {
        case DEFAULT_ROUTE, DISCOVERED_PARTNER -> EDGE;
        case ALLOWED_DOMAIN -> "AllowedDomain " + o.domain();
        default -> provider(requireProvider(p));
      };
      case VERIFICATION_MARK_MISSING, PUBLIC_PROVIDER, MODALITY_SUPPORTED_BY_PROVIDER,
          MODALITY_UNSUPPORTED_BY_PROVIDER -> provider(requireProvider(p));
      case PROVIDER_DISABLED -> o.detail() == Detail.HOSTING_PROVIDER
          ? hosting(p.requireHosting())
          : provider(requireProvider(p));
      case HOSTING_PROVIDER -> hosting(p.requireHosting());
      case PROVIDER_MISSING -> "the public providers (Get-CsPublicProvider)";
      case PROVISIONING_COMPLETE, PROVISIONING_INCOMPLETE -> provisioningSubject(o, a);
      case SKYPE_INTEROP_RETIRED -> "the connectivity era " + config.era();
      case PROVIDER_RETIRED -> provider(requireProvider(p)) + " in the era " + config.era();
      case DEFAULT_DENY -> "the evaluator";
      case EDGE_OUTSIDE_OFF, EDGE_OUTSIDE_ON, EDGE_ANONYMOUS_OFF, EDGE_ANONYMOUS_ON,
          CONFERENCING_POLICY_NO_ANONYMOUS, ANONYMOUS_PARTICIPANT, ANONYMOUS_CONFERENCE_ONLY,
          XMPP_NOT_SUPPORTED, XMPP_PARTNER_MISSING, XMPP_PARTNER, XMPP_IM_AND_PRESENCE_ONLY,
          XMPP_MODALITY_CARRIED, PUBLIC_PROVIDER_NO_MEETINGS, ACCOUNT_ON_OWN_DOMAIN, REMOTE_USER,
          MEETING_DOMAIN_LISTS_NOT_APPLIED -> access.decidedBy(o, a);
      case TEAMS_CONSUMER_OFF, TEAMS_CONSUMER_INBOUND_OFF, POLICY_TEAMS_CONSUMER_OFF,
          POLICY_TEAMS_CONSUMER_INBOUND_OFF, POLICY_DOMAIN_BLOCKED, POLICY_DOMAIN_NOT_ALLOWED,
          TRIAL_TENANT_BLOCKED, TEAMS_CONSUMER_NOT_SUPPORTED, POLICY_ALLOWED_DOMAIN, TEAMS_CONSUMER,
          TEAMS_CONSUMER_INBOUND_ON, POLICY_TEAMS_CONSUMER_ON, POLICY_TEAMS_CONSUMER_INBOUND_ON,
          TRIAL_TENANT_ALLOWED -> teams.decidedBy(o, a);
    };
  }

  private String explanation(GateOutcome o, Ask a) {
    Party p = a.party;
    return switch (o.rule()) {
      case UNKNOWN_LOCAL_USER -> a.localUser
          + " is not one of the organization's declared users, so every request for them is"
          + " denied.";
      case INTERNAL -> "The remote party is in one of the organization's own SIP domains, so"
          + " external access is not consulted.";
      case NOT_MODELLED -> p.display + " is not modelled by the evaluator: " + p.why;
      case EDGE_FEDERATION_ON -> "Federation and public IM connectivity are on for the"
          + " organization (AllowFederatedUsers is True on the Access Edge).";
      case EDGE_FEDERATION_OFF -> "Federation and public IM connectivity are off for the whole"
          + " organization (AllowFederatedUsers is False on the Access Edge).";
      case DNS_SRV_ROUTING -> "The Access Edge routes by DNS SRV, which public providers need.";
      case DNS_SRV_ROUTING_REQUIRED -> "The Access Edge uses a default route, and public"
          + " providers work only with DNS SRV routing.";
      case TENANT_FEDERATION_ON -> "External Access is on for the tenant (AllowFederatedUsers is"
          + " True).";
      case TENANT_FEDERATION_OFF -> "External Access is Off for the tenant (AllowFederatedUsers is"
          + " False), which blocks every external domain and Skype users, whatever else is set.";
      case TENANT_PUBLIC_USERS_ON -> "Public IM Connectivity is on for the tenant"
          + " (AllowPublicUsers is True).";
      case TENANT_PUBLIC_USERS_OFF -> "Public IM Connectivity is off for the tenant"
          + " (AllowPublicUsers is False), so no user may communicate with Skype users.";
      case DOMAIN_NOT_BLOCKED -> "No blocked-list entry matches the remote party's domain.";
      case DOMAIN_BLOCKED -> blocked(o, a);
      case ALLOWED_DOMAIN -> config.isOnline()
          ? "External Access is on only for allowed domains, and the remote party's domain is one"
              + " of them."
          : allowedEntry(o);
      case PROXY_FQDN_MISMATCH -> "The allowed domain " + o.domain() + " is pinned to the edge "
          + o.entry() + ", but this message arrived " + requireInbound(a).arrival() + ".";
      case DISCOVERED_PARTNER -> "The remote party's domain is not on the allowed list, but"
          + " partner discovery is on, so it federates as a discovered partner.";
      case ALL_KNOWN_DOMAINS_ALLOWED -> "External Access is on except for blocked domains"
          + " (AllowAllKnownDomains), and the remote party's domain is not blocked.";
      case DOMAIN_NOT_ALLOWED -> notAllowed(o, a);
      case POLICY_FEDERATION_ON, POLICY_PUBLIC_ON, POLICY_PUBLIC_AV_ON, POLICY_OUTSIDE_ON,
          POLICY_XMPP_ON -> policyOnExplanation(requirePolicy(a), PolicyFlag.of(o.rule()));
      case POLICY_FEDERATION_OFF, POLICY_PUBLIC_OFF, POLICY_PUBLIC_AV_OFF, POLICY_OUTSIDE_OFF,
          POLICY_XMPP_OFF -> {
        PolicyFlag f = PolicyFlag.of(o.rule());
        UserEntry u = requireUser(a);
        yield u.effective().explanation() + ". It has " + f.setting + " off, so "
            + u.user().sipUri() + " may not " + f.what + ".";
      }
      case SENDER_VERIFIED -> verification.verified(o, a);
      case UNVERIFIED_NOT_IN_CONTACTS -> verification.unverified(o, a);
      case VERIFICATION_MARK_MISSING -> requireProvider(p).identity()
          + " uses source verification (UseSourceVerification), and this message carries no"
          + " verification mark, so it is rejected.";
      case HOSTING_PROVIDER -> "The remote party's domain is hosted by "
          + p.requireHosting().identity() + ", which is enabled.";
      case PUBLIC_PROVIDER -> "The remote party is a user of the public provider "
          + requireProvider(p).identity() + ", which is enabled.";
      case PROVIDER_DISABLED -> o.detail() == Detail.HOSTING_PROVIDER
          ? o.domain() + " is hosted by " + p.requireHosting().identity() + ", which is not"
              + " enabled."
          : p.display + " is a user of " + requireProvider(p).identity() + ", which is not"
              + " enabled." + (RemediationCatalog.isMessengerNotSkype(requireProvider(p))
                  ? " It is the retired Messenger provider on Skype's proxy FQDN: replace it with"
                      + " Skype, as Microsoft's instructions do."
                  : "");
      case PROVIDER_MISSING -> p.display + " is a Skype user's address, but no public provider"
          + " serves " + config.decoration().routingDomain() + " and its native domains.";
      case MODALITY_SUPPORTED_BY_PROVIDER -> requireProvider(p).identity() + " carries "
          + a.modality.displayName() + " across public IM connectivity.";
      case MODALITY_UNSUPPORTED_BY_PROVIDER -> unsupported(requireProvider(p), a.modality);
      case PROVISIONING_COMPLETE -> "Public IM connectivity is activated for "
          + provisioningSubject(o, a) + ".";
      case PROVISIONING_INCOMPLETE -> provisioningIncomplete(o, a);
      case SKYPE_INTEROP_RETIRED -> interopRetired(a);
      case PROVIDER_RETIRED -> providerRetired(a);
      case DEFAULT_DENY -> "No gate admitted the remote party, so the request is denied.";
      case EDGE_OUTSIDE_OFF, EDGE_OUTSIDE_ON, EDGE_ANONYMOUS_OFF, EDGE_ANONYMOUS_ON,
          CONFERENCING_POLICY_NO_ANONYMOUS, ANONYMOUS_PARTICIPANT, ANONYMOUS_CONFERENCE_ONLY,
          XMPP_NOT_SUPPORTED, XMPP_PARTNER_MISSING, XMPP_PARTNER, XMPP_IM_AND_PRESENCE_ONLY,
          XMPP_MODALITY_CARRIED, PUBLIC_PROVIDER_NO_MEETINGS, ACCOUNT_ON_OWN_DOMAIN, REMOTE_USER,
          MEETING_DOMAIN_LISTS_NOT_APPLIED -> access.explanation(o, a);
      case TEAMS_CONSUMER_OFF, TEAMS_CONSUMER_INBOUND_OFF, POLICY_TEAMS_CONSUMER_OFF,
          POLICY_TEAMS_CONSUMER_INBOUND_OFF, POLICY_DOMAIN_BLOCKED, POLICY_DOMAIN_NOT_ALLOWED,
          TRIAL_TENANT_BLOCKED, TEAMS_CONSUMER_NOT_SUPPORTED, POLICY_ALLOWED_DOMAIN, TEAMS_CONSUMER,
          TEAMS_CONSUMER_INBOUND_ON, POLICY_TEAMS_CONSUMER_ON, POLICY_TEAMS_CONSUMER_INBOUND_ON,
          TRIAL_TENANT_ALLOWED -> teams.explanation(o, a);
    };
  }

  // --- the sentences with cases ------------------------------------------------------------

  private String blocked(GateOutcome o, Ask a) {
    Domain d = requireDomain(o);
    String entry = String.valueOf(o.entry());
    String which =
        switch (o.detail()) {
          case ACCOUNT_DOMAIN -> " (the Microsoft account's own domain)";
          case ROUTING_DOMAIN -> " (the routing domain every decorated account is written under)";
          default -> "";
        };
    String how =
        entry.equals(d.toString())
            ? " is on the blocked list"
            : " is below the blocked " + entry + ", and BlockAllSubdomains is on";
    String hint = a.party.cls == RemoteClass.FEDERATED ? consumerHint(a) : "";
    return d + which + how + ", so no user may communicate with " + a.party.display + "." + hint;
  }

  private String allowedEntry(GateOutcome o) {
    return o.domain() + " is on the allowed list" + pinText(o) + ".";
  }

  private String notAllowed(GateOutcome o, Ask a) {
    Domain d = requireDomain(o);
    if (config.isOnline()) {
      return "External Access is on only for allowed domains, and " + d + " is not one of them."
          + consumerHint(a);
    }
    OnPremisesConfiguration p = config.onPremises();
    String why =
        p != null && p.accessEdge().enablePartnerDiscovery()
            ? " Partner discovery is on but has no effect without DNS SRV routing."
            : " Partner discovery is off, so only allowed domains federate.";
    return d + " is not on the allowed list." + why + consumerHint(a);
  }

  private String pinText(GateOutcome o) {
    Domain d = o.domain();
    AllowedDomain entry = d == null ? null : config.allowedEntry(d);
    return entry == null ? "" : entry.proxyFqdn().map(f -> ", pinned to the edge " + f).orElse("");
  }

  private static String unsupported(PublicProvider p, Modality m) {
    StringBuilder carried = new StringBuilder();
    for (Modality each : Modality.values()) {
      if (p.supports(each)) {
        carried.append(carried.length() == 0 ? "" : ", ").append(each.displayName());
      }
    }
    String note =
        switch (m) {
          case VIDEO -> " Video with Skype came about 18 months after launch; model that period"
              + " with the WITH_VIDEO capability preset.";
          case FILE_TRANSFER, APPLICATION_SHARING -> " File transfer and application sharing"
              + " never crossed to Skype.";
          default -> "";
        };
    return p.identity() + " does not carry " + m.displayName() + " across public IM connectivity;"
        + " it carries " + (carried.length() == 0 ? "nothing" : carried.toString()) + "." + note;
  }

  private String provisioningSubject(GateOutcome o, Ask a) {
    Domain own = o.domain();
    return "SIP domain " + (own == null ? a.localUser.host().toString() : own.toString());
  }

  private String provisioningIncomplete(GateOutcome o, Ask a) {
    Domain own = o.domain();
    OnPremisesConfiguration p = config.onPremises();
    ProvisioningState state =
        own == null || p == null ? ProvisioningState.NOT_REQUESTED : p.picProvisioningState(own);
    String why =
        state == ProvisioningState.IN_PROGRESS
            ? "its PIC provisioning request is still in progress (it can take up to 30 days)."
            : "no PIC provisioning request was made: submit one at Microsoft's provisioning"
                + " portal with the Access Edge FQDN and the SIP domain.";
    String subject = provisioningSubject(o, a);
    return "In the PIC provisioning era, users of " + subject + " cannot reach public IM users"
        + " until Microsoft activates the domain; " + why;
  }

  private String interopRetired(Ask a) {
    ConnectivityEra era = config.era();
    return "The configuration describes the era " + era + ", from " + era.begins()
        + ": Skype consumer interop is retired and public IM connectivity carries no request to"
        + " or from " + a.party.display + ", whatever the provider, policy and edge settings say."
        + " No setting of this product brings it back.";
  }

  private String providerRetired(Ask a) {
    PublicProvider p = requireProvider(a.party);
    ConnectivityEra era = config.era();
    String ended = p.connectivityEnded().map(d -> " ended on " + d + ",").orElse(" ended");
    String hint = "";
    Domain own = a.party.accountDomain;
    if (era.carriesPublicIm() && own != null && p.consumerDomains().contains(own)) {
      hint = decoratedHint(a.party.localPart(), own, "");
    }
    return a.party.display + " is a user of " + p.identity() + ", whose public IM connectivity"
        + ended + " before the era " + era + " began (" + era.begins() + "), so no setting"
        + " reaches them through " + p.identity() + "." + hint;
  }

  /**
   * A federated address at a consumer mail domain is almost always a Skype user typed without
   * decoration: say how to write the account instead. Once Skype interop is retired, say that
   * instead; where the domain is a historic provider's (Yahoo!, AOL), say whether it still
   * serves.
   */
  String consumerHint(Ask a) {
    Domain d = a.party.domain;
    @Nullable String local = a.party.localPart();
    if (d == null || local == null || !ConsumerMailDomains.contains(d)) {
      return "";
    }
    ConnectivityEra era = config.era();
    if (!era.carriesPublicIm()) {
      return " " + d + " is a consumer e-mail domain, not a Lync organization, and in the era "
          + era + " public IM connectivity no longer reaches consumer accounts.";
    }
    Optional<PublicProvider> historic = RemediationCatalog.historicProvider(d);
    String own = "";
    if (historic.isPresent()) {
      PublicProvider h = historic.get();
      own =
          h.servesIn(era)
              ? " In this era " + d + " is served by the public provider " + h.identity() + " ("
                  + h.proxyFqdn() + "), which is how its users are reached."
              : " " + h.identity() + " public IM connectivity ended on "
                  + h.connectivityEnded().map(Object::toString).orElse("") + ".";
    }
    return decoratedHint(local, d, own);
  }

  private String decoratedHint(@Nullable String local, Domain d, String own) {
    if (local == null) {
      return own;
    }
    Optional<MicrosoftAccount> account = MicrosoftAccount.tryParse(local + "@" + d);
    if (account.isEmpty()) {
      return own;
    }
    String decorated = config.decoration().encode(account.get()).toString();
    String plain = decorated.startsWith("sip:") ? decorated.substring(4) : decorated;
    return " " + d + " is a consumer e-mail domain, not a Lync organization: if " + account.get()
        + " is a Skype user who signs in with that Microsoft account, add them in decorated form, "
        + plain + "." + own;
  }

  // --- naming the object in force -----------------------------------------------------------

  static String policyDecidedBy(ExternalAccessPolicy p) {
    return "ExternalAccessPolicy " + p.identity();
  }

  static String policyOnExplanation(ExternalAccessPolicy p, PolicyFlag f) {
    return "The external access policy " + p.identity() + " in force has " + f.setting
        + " on, so its users may " + f.what + ".";
  }

  static String provider(PublicProvider p) {
    return "PublicProvider " + p.identity() + " (" + p.proxyFqdn() + ")";
  }

  static String hosting(HostingProvider h) {
    return "HostingProvider " + h.identity() + " (" + h.proxyFqdn() + ")";
  }

  private static String userInForce(Ask a) {
    UserEntry u = requireUser(a);
    String who = u.user().sipUri().toString();
    String id = u.effective().identity().map(Object::toString).orElse("none");
    return switch (u.effective().basis()) {
      case USER_GRANT -> "ExternalAccessPolicy " + id + ", per-user scope, granted to " + who;
      case SITE_POLICY -> "ExternalAccessPolicy " + id + ", site scope, in force for " + who
          + " through site " + u.effective().site().orElse("");
      case GLOBAL_POLICY -> "ExternalAccessPolicy " + id + ", global scope, in force for " + who;
      case NONE_ASSIGNED -> "no external access policy assigned to " + who;
    };
  }

  // --- facts the rule guarantees ------------------------------------------------------------

  static UserEntry requireUser(Ask a) {
    UserEntry u = a.user;
    if (u == null) {
      throw new IllegalStateException("a policy outcome without a declared user");
    }
    return u;
  }

  static ExternalAccessPolicy requirePolicy(Ask a) {
    ExternalAccessPolicy p = requireUser(a).policy();
    if (p == null) {
      throw new IllegalStateException("a policy outcome without a policy in force");
    }
    return p;
  }

  static PublicProvider requireProvider(Party p) {
    PublicProvider provider = p.provider;
    if (provider == null) {
      throw new IllegalStateException("a provider outcome without a provider");
    }
    return provider;
  }

  static InboundRequest requireInbound(Ask a) {
    InboundRequest in = a.inbound;
    if (in == null) {
      throw new IllegalStateException("an inbound outcome for an outbound request");
    }
    return in;
  }

  static Domain requireDomain(GateOutcome o) {
    Domain d = o.domain();
    if (d == null) {
      throw new IllegalStateException("a domain outcome without a domain: " + o.rule());
    }
    return d;
  }
}
