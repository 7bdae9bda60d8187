package dev.edgewise.policy;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.edgewise.address.ContactAddress;
import dev.edgewise.address.Domain;
import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.address.NameDecoration;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import dev.edgewise.policy.internal.DomainSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Answers "may this user talk to that party, and if not, why not and what would change it?" for
 * one compiled {@link FederationConfiguration}, exactly as the gate table of the domain brief
 * (section 0.3) decides, and explains every answer.
 *
 * <p>{@link #compile} validates the configuration once (a configuration with errors is refused
 * with an {@link InvalidConfigurationException} carrying all of them) and builds hash look-ups
 * for domains, providers, users and their effective policies, so that {@link
 * #evaluate(OutboundRequest)} and {@link #evaluate(InboundRequest)} cost time proportional to the
 * length of the names asked about, not to the size of the lists. A compiled evaluator is immutable
 * and may be shared between threads.
 *
 * <p>How a request is decided:
 *
 * <ol>
 *   <li>The remote party is classified (section 0.2 item 5): the organization's own SIP domains
 *       ({@link RemoteClass#INTERNAL}); a public provider's routing or excluded domains, or a
 *       decorated address {@code local(domain)@routing-domain} ({@link
 *       RemoteClass#PUBLIC_PROVIDER_USER}); a domain a hosting provider hosts ({@link
 *       RemoteClass#HOSTED}); any other domain ({@link RemoteClass#FEDERATED}); XMPP partners,
 *       anonymous users, remote sign-in, Skype names, phone numbers, IP hosts and text that is no
 *       address ({@link RemoteClass#NOT_MODELLED}).
 *   <li>Every gate that applies to that class and platform is evaluated, in table order, without
 *       stopping at the first denial. A local user the configuration does not declare is denied
 *       ({@link RuleId#UNKNOWN_LOCAL_USER}) and the policy gates are skipped for them, since no
 *       policy is in force for an unknown user; the other gates are still reported.
 *   <li>Any denying gate denies, and the decision lists every one, each with the setting and the
 *       object that decided it and, where an admin change would flip it, the cmdlet that targets
 *       the object actually in force, how many other users it affects, and a narrower {@code
 *       Grant-CsExternalAccessPolicy} where one exists. Otherwise the request is allowed only if a
 *       gate positively admitted the remote party (internal, allowed or discovered domain, all
 *       known domains, hosting or public provider); failing that, {@link RuleId#DEFAULT_DENY}.
 * </ol>
 *
 * <p>Where the table is silent the evaluator follows these readings, each stated in its reason:
 * partner discovery admits a domain only with DNS SRV routing (it needs DNS SRV to find the
 * partner); an unmarked message from an allowed domain at {@code UseSourceVerification} is
 * treated as unverifiable, as one from a discovered partner is; online, the blocked list is
 * ignored in allow-list mode for every class, and the public provider must be present and enabled
 * as on-premises.
 *
 * <pre>{@code
 * OnPremisesConfiguration config = OnPremisesConfiguration.builder()
 *     .accessEdge(AccessEdgeConfiguration.builder().allowFederatedUsers(true).build())
 *     .globalPolicy(ExternalAccessPolicy.global().toBuilder()
 *         .enableFederationAccess(true).enablePublicCloudAccess(true).build())
 *     .addExternalAccessPolicies(ExternalAccessPolicy.builder()
 *         .identity(PolicyIdentity.tag("NoPic")).enableFederationAccess(true).build())
 *     .addPublicProviders(PublicProvider.skype())
 *     .addSipDomains(Domain.parse("contoso.com"))
 *     .addUsers(LocalUser.builder().sipUri(SipUri.parse("sip:alice@contoso.com"))
 *         .externalAccessPolicy("NoPic").build())
 *     .addUsers(LocalUser.of(SipUri.parse("sip:carol@contoso.com")))
 *     .build();
 * ExternalAccessEvaluator evaluator = ExternalAccessEvaluator.compile(config);
 *
 * Decision d = evaluator.evaluate(OutboundRequest.typed(
 *     SipUri.parse("sip:alice@contoso.com"), "bob@outlook.com", Modality.IM));
 * d.effect();        // DENY
 * d.remoteClass();   // PUBLIC_PROVIDER_USER
 * Reason r = d.reasons().get(0);
 * r.rule();          // POLICY_PUBLIC_OFF
 * r.decidedBy();     // "ExternalAccessPolicy Tag:NoPic, per-user scope, granted to sip:alice@contoso.com"
 * r.remediation().orElseThrow().command();
 *                    // "Set-CsExternalAccessPolicy -Identity Tag:NoPic -EnablePublicCloudAccess $True"
 * r.remediation().orElseThrow().grantAlternative();
 *                    // Optional["Grant-CsExternalAccessPolicy -Identity sip:alice@contoso.com -PolicyName $Null"]
 *
 * evaluator.evaluate(OutboundRequest.of(SipUri.parse("sip:carol@contoso.com"),
 *     MicrosoftAccount.parse("bob@fabrikam.com"), Modality.IM)).isAllowed();   // true
 * }</pre>
 */
public final class ExternalAccessEvaluator {

  private static final String EDGE = "AccessEdgeConfiguration Global";
  private static final String TENANT = "TenantFederationConfiguration Global";
  private static final String SET_EDGE = "Set-CsAccessEdgeConfiguration";
  private static final String SET_TENANT = "Set-CsTenantFederationConfiguration";
  private static final String SET_POLICY = "Set-CsExternalAccessPolicy -Identity ";
  private static final String GRANT_POLICY = "Grant-CsExternalAccessPolicy -Identity ";

  private final FederationConfiguration configuration;
  private final @Nullable OnPremisesConfiguration onPrem;
  private final @Nullable OnlineTenantConfiguration online;
  private final DomainSet sipDomains;
  private final ImmutableMap<Domain, ProviderInfo> publicByDomain;
  private final ImmutableMap<Domain, HostingInfo> hostedByDomain;
  private final ImmutableMap<Domain, AllowedInfo> allowedByDomain;
  private final DomainSet blocked;
  private final DomainSet tenantAllowList;
  private final NameDecoration decoration;
  private final @Nullable ProviderInfo decoratingProvider;
  private final ImmutableMap<SipUri, UserInfo> users;
  private final ImmutableList<ExternalAccessPolicy> grantable;
  private final int userCount;
  private final boolean discoveryEffective;

  private final Reason edgeOn;
  private final Reason dnsSrvOn;
  private final Reason tenantOn;
  private final Reason tenantPublicOn;
  private final Reason internalReason;
  // Allow reasons that name no domain, built once, so that an allowed request builds no text.
  private final Reason notBlocked;
  private final Reason discovered;
  private final Reason allKnownDomains;
  private final Reason tenantAllowed;

  private ExternalAccessEvaluator(FederationConfiguration c) {
    this.configuration = c;
    this.onPrem = c instanceof OnPremisesConfiguration p ? p : null;
    this.online = c instanceof OnlineTenantConfiguration t ? t : null;
    this.sipDomains = DomainSet.of(c.sipDomains());

    Map<Domain, ProviderInfo> pub = new LinkedHashMap<>();
    @Nullable ProviderInfo decorating = null;
    for (PublicProvider p : c.publicProviders()) {
      ProviderInfo info = new ProviderInfo(p);
      for (Domain d : p.providerDomains()) {
        pub.putIfAbsent(d, info);
      }
      if (decorating == null && p.nameDecoration().isPresent()) {
        decorating = info;
      }
    }
    this.publicByDomain = ImmutableMap.copyOf(pub);
    this.decoratingProvider = decorating;
    this.decoration =
        decorating == null
            ? NameDecoration.defaults()
            : decorating.provider.nameDecoration().orElse(NameDecoration.defaults());

    Map<Domain, HostingInfo> hosted = new LinkedHashMap<>();
    Map<Domain, AllowedInfo> allowed = new LinkedHashMap<>();
    List<Domain> blockedList = new ArrayList<>();
    List<Domain> tenantAllowed = new ArrayList<>();
    OnPremisesConfiguration p = onPrem;
    OnlineTenantConfiguration t = online;
    if (p != null) {
      for (HostingProvider h : p.hostingProviders()) {
        HostingInfo info = new HostingInfo(h);
        for (Domain d : h.hostedDomains()) {
          hosted.putIfAbsent(d, info);
        }
      }
      for (AllowedDomain a : p.allowedDomains()) {
        allowed.putIfAbsent(a.domain(), new AllowedInfo(a));
      }
      for (BlockedDomain b : p.blockedDomains()) {
        blockedList.add(b.domain());
      }
      this.discoveryEffective =
          p.accessEdge().enablePartnerDiscovery() && p.accessEdge().routing().isDnsSrv();
    } else {
      this.discoveryEffective = false;
    }
    if (t != null) {
      blockedList.addAll(t.blockedDomains());
      if (t.allowedDomains() instanceof TenantAllowedDomains.AllowList list) {
        tenantAllowed.addAll(list.domains());
      }
    }
    this.hostedByDomain = ImmutableMap.copyOf(hosted);
    this.allowedByDomain = ImmutableMap.copyOf(allowed);
    this.blocked = DomainSet.of(blockedList);
    this.tenantAllowList = DomainSet.of(tenantAllowed);

    ImmutableList.Builder<ExternalAccessPolicy> tags = ImmutableList.builder();
    Map<PolicyIdentity, PolicyInfo> policyInfos = new LinkedHashMap<>();
    for (ExternalAccessPolicy policy : c.externalAccessPolicies()) {
      if (policy.scope() == PolicyScope.USER) {
        tags.add(policy);
      }
    }
    this.grantable = tags.build();
    Map<SipUri, UserInfo> u = new LinkedHashMap<>();
    for (LocalUser user : c.users()) {
      Optional<EffectivePolicy> e = c.effectivePolicy(user.sipUri());
      if (e.isEmpty() || u.containsKey(user.sipUri())) {
        continue;
      }
      EffectivePolicy ep = e.get();
      @Nullable PolicyInfo info = null;
      if (ep.policy().isPresent()) {
        ExternalAccessPolicy policy = ep.policy().get();
        info = policyInfos.get(policy.identity());
        if (info == null) {
          info = new PolicyInfo(policy, c.usersInForce(policy.identity()));
          policyInfos.put(policy.identity(), info);
        }
      }
      u.put(user.sipUri(), new UserInfo(user, ep, info, fallbackPolicy(c, user)));
    }
    this.users = ImmutableMap.copyOf(u);
    this.userCount = users.size();

    this.edgeOn =
        allow(
            RuleId.EDGE_FEDERATION_ON,
            "AllowFederatedUsers",
            EDGE,
            "Federation and public IM connectivity are on for the organization (AllowFederatedUsers"
                + " is True on the Access Edge).");
    this.dnsSrvOn =
        allow(
            RuleId.DNS_SRV_ROUTING,
            "UseDnsSrvRouting",
            EDGE,
            "The Access Edge routes by DNS SRV, which public providers need.");
    this.tenantOn =
        allow(
            RuleId.TENANT_FEDERATION_ON,
            "AllowFederatedUsers",
            TENANT,
            "External Access is on for the tenant (AllowFederatedUsers is True).");
    this.tenantPublicOn =
        allow(
            RuleId.TENANT_PUBLIC_USERS_ON,
            "AllowPublicUsers",
            TENANT,
            "Public IM Connectivity is on for the tenant (AllowPublicUsers is True).");
    this.internalReason =
        allow(
            RuleId.INTERNAL,
            "SIP domains",
            "the organization's SIP domains",
            "The remote party is in one of the organization's own SIP domains, so external access"
                + " is not consulted.");
    this.notBlocked =
        allow(
            RuleId.DOMAIN_NOT_BLOCKED,
            "BlockedDomain",
            "the blocked list",
            "No blocked-list entry matches the remote party's domain.");
    this.discovered =
        allow(
            RuleId.DISCOVERED_PARTNER,
            "EnablePartnerDiscovery",
            EDGE,
            "The remote party's domain is not on the allowed list, but partner discovery is on, so"
                + " it federates as a discovered partner.");
    this.allKnownDomains =
        allow(
            RuleId.ALL_KNOWN_DOMAINS_ALLOWED,
            "AllowedDomains",
            TENANT,
            "External Access is on except for blocked domains (AllowAllKnownDomains), and the remote"
                + " party's domain is not blocked.");
    this.tenantAllowed =
        allow(
            RuleId.ALLOWED_DOMAIN,
            "AllowedDomains",
            TENANT,
            "External Access is on only for allowed domains, and the remote party's domain is one"
                + " of them.");
  }

  /**
   * Validates and compiles a configuration. Warnings are accepted; errors are not.
   *
   * <pre>{@code
   * ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(config);
   * }</pre>
   *
   * @throws InvalidConfigurationException carrying every error, if the configuration has any
   */
  public static ExternalAccessEvaluator compile(FederationConfiguration configuration) {
    configuration.requireValid();
    return new ExternalAccessEvaluator(configuration);
  }

  /** Returns the configuration this evaluator was compiled from. */
  public FederationConfiguration configuration() {
    return configuration;
  }

  /**
   * Decides a request the organization's user initiates.
   *
   * <pre>{@code
   * Decision d = ev.evaluate(OutboundRequest.of(alice, SipUri.parse("sip:bob@outlook.com"), Modality.IM));
   * }</pre>
   */
  public Decision evaluate(OutboundRequest request) {
    return decide(request.localUser(), request.remote(), request.modality(), null);
  }

  /**
   * Decides a request an external party initiates: the recipient's policy, the arrival route,
   * the sender's place on the recipient's contact list and the verification mark are consulted
   * where the gate table says.
   *
   * <pre>{@code
   * Decision d = ev.evaluate(InboundRequest.builder()
   *     .remote(RemoteParty.of(SipUri.parse("sip:bob@outlook.com"))).localUser(alice)
   *     .modality(Modality.IM).arrival(Arrival.viaPublicProvider("Skype")).build());
   * }</pre>
   */
  public Decision evaluate(InboundRequest request) {
    return decide(request.localUser(), request.remote(), request.modality(), request);
  }

  /**
   * Returns what an admin must change so that {@code localUser} may reach parties of {@code
   * remoteClass} by IM; see {@link Checklist}.
   *
   * <pre>{@code
   * ev.checklist(alice, RemoteClass.PUBLIC_PROVIDER_USER).commands();
   * }</pre>
   */
  public Checklist checklist(SipUri localUser, RemoteClass remoteClass) {
    return Checklist.forClass(this, localUser, remoteClass, Modality.IM);
  }

  /**
   * Returns what an admin must change so that {@code localUser} may reach parties of {@code
   * remoteClass} with {@code modality}; see {@link Checklist}.
   *
   * <pre>{@code
   * ev.checklist(alice, RemoteClass.PUBLIC_PROVIDER_USER, Modality.AUDIO).steps();
   * }</pre>
   */
  public Checklist checklist(SipUri localUser, RemoteClass remoteClass, Modality modality) {
    return Checklist.forClass(this, localUser, remoteClass, modality);
  }

  /**
   * Returns what an admin must change so that this exact request is allowed; see {@link
   * Checklist}.
   *
   * <pre>{@code
   * ev.checklist(OutboundRequest.of(alice, SipUri.parse("sip:erin@northwind.com"), Modality.IM));
   * }</pre>
   */
  public Checklist checklist(OutboundRequest request) {
    return Checklist.of(request, evaluate(request));
  }

  // --- package-private views for Checklist ------------------------------------------------

  Optional<Domain> firstSipDomain() {
    return configuration.sipDomains().isEmpty()
        ? Optional.empty()
        : Optional.of(configuration.sipDomains().get(0));
  }

  Optional<Domain> firstHostedDomain() {
    for (Domain d : hostedByDomain.keySet()) {
      return Optional.of(d);
    }
    return Optional.empty();
  }

  /** A federated domain the configuration already admits, so a checklist names no domain step. */
  Optional<Domain> admittedPartnerDomain() {
    for (Domain d : allowedByDomain.keySet()) {
      if (!blocked.contains(d)) {
        return Optional.of(d);
      }
    }
    OnlineTenantConfiguration t = online;
    if (t != null && t.allowedDomains() instanceof TenantAllowedDomains.AllowList list) {
      for (Domain d : list.domains()) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  // --- the decision ----------------------------------------------------------------------

  private Decision decide(
      SipUri localUser, RemoteParty remote, Modality modality, @Nullable InboundRequest in) {
    @Nullable UserInfo user = users.get(localUser);
    Resolved res = resolve(remote);
    Outcome o = new Outcome();
    Ctx c = new Ctx(localUser, user, res, modality, in, o);
    if (user == null) {
      o.deny(
          new Reason(
              RuleId.UNKNOWN_LOCAL_USER,
              "users",
              "user " + localUser,
              localUser
                  + " is not one of the organization's declared users, so every request for them"
                  + " is denied.",
              Optional.empty()));
    }
    OnPremisesConfiguration p = onPrem;
    switch (res.cls) {
      case INTERNAL:
        if (user != null) {
          o.permit(internalReason);
        }
        break;
      case NOT_MODELLED:
        o.deny(
            new Reason(
                RuleId.NOT_MODELLED,
                "remote party",
                "remote " + res.display,
                res.display + " is not modelled by the evaluator: " + res.why,
                Optional.empty()));
        break;
      case FEDERATED:
        if (p != null) {
          federatedOnPrem(c, p);
        } else {
          federatedOnline(c);
        }
        break;
      case HOSTED:
        if (p != null) {
          hostedOnPrem(c, p);
        } else {
          federatedOnline(c);
        }
        break;
      case PUBLIC_PROVIDER_USER:
      default:
        if (p != null) {
          publicOnPrem(c, p);
        } else {
          publicOnline(c);
        }
        break;
    }
    return o.decision(res.cls);
  }

  /** Combines gate outcomes: any denial denies; no positive admission denies by default. */
  static Decision combine(
      RemoteClass cls, List<Reason> allows, boolean permitted, List<Reason> denies) {
    if (!denies.isEmpty()) {
      return new Decision(Effect.DENY, cls, denies);
    }
    if (!permitted) {
      return new Decision(
          Effect.DENY,
          cls,
          List.of(
              new Reason(
                  RuleId.DEFAULT_DENY,
                  "none",
                  "the evaluator",
                  "No gate admitted the remote party, so the request is denied.",
                  Optional.empty())));
    }
    return new Decision(Effect.ALLOW, cls, allows);
  }

  // --- on-premises gates ------------------------------------------------------------------

  private void federatedOnPrem(Ctx c, OnPremisesConfiguration p) {
    Domain d = c.res.requireDomain();
    edgeGate(c, p);
    blockedGate(c, d, "");
    @Nullable AllowedInfo a = allowedByDomain.get(d);
    InboundRequest in = c.in;
    if (a != null) {
      Optional<Domain> pin = a.entry.proxyFqdn();
      if (in != null
          && pin.isPresent()
          && !(in.arrival() instanceof Arrival.EdgeRoute e && e.edgeFqdn().equals(pin.get()))) {
        String fix =
            in.arrival() instanceof Arrival.EdgeRoute e ? e.edgeFqdn().toString() : "$Null";
        c.o.deny(
            new Reason(
                RuleId.PROXY_FQDN_MISMATCH,
                "ProxyFqdn",
                "AllowedDomain " + d,
                "The allowed domain "
                    + d
                    + " is pinned to the edge "
                    + pin.get()
                    + ", but this message arrived "
                    + in.arrival()
                    + ".",
                orgWide(c, "Set-CsAllowedDomain -Identity " + d + " -ProxyFqdn " + fix)));
      } else {
        c.o.permit(a.allowed);
      }
    } else if (discoveryEffective) {
      c.o.permit(discovered);
    } else {
      String why =
          p.accessEdge().enablePartnerDiscovery()
              ? " Partner discovery is on but has no effect without DNS SRV routing."
              : " Partner discovery is off, so only allowed domains federate.";
      c.o.deny(
          new Reason(
              RuleId.DOMAIN_NOT_ALLOWED,
              "AllowedDomain",
              "the allowed list (Get-CsAllowedDomain)",
              d + " is not on the allowed list." + why + consumerHint(c),
              orgWide(c, "New-CsAllowedDomain -Identity " + d)));
    }
    policyGate(c, PolicyFlag.FEDERATION);
    if (in != null) {
      federatedVerification(c, p, d, a, in);
    }
  }

  private void federatedVerification(
      Ctx c, OnPremisesConfiguration p, Domain d, @Nullable AllowedInfo a, InboundRequest in) {
    VerificationLevel level;
    String source;
    String setting = "VerificationLevel";
    String object;
    String command;
    EdgeRouting routing = p.accessEdge().routing();
    if (routing instanceof EdgeRouting.DefaultRoute dr
        && in.arrival() instanceof Arrival.DefaultRoute) {
      level = dr.verificationLevel();
      source = "the default route";
      object = EDGE;
      command =
          SET_EDGE
              + " -UseDefaultRouting -DefaultRouteFqdn "
              + dr.defaultRouteFqdn()
              + " -VerificationLevel AlwaysVerifiable";
    } else if (a != null) {
      level = a.entry.verificationLevel();
      source = "the allowed domain " + d;
      object = "AllowedDomain " + d;
      command = "Set-CsAllowedDomain -Identity " + d + " -VerificationLevel AlwaysVerifiable";
    } else if (discoveryEffective) {
      level = p.accessEdge().discoveredPartnerVerificationLevel();
      source = "discovered partners";
      setting = "DiscoveredPartnerVerificationLevel";
      object = EDGE;
      command = SET_EDGE + " -DiscoveredPartnerVerificationLevel AlwaysVerifiable";
    } else {
      return; // neither allowed nor discovered: the domain gate already denied, nothing to verify
    }
    if (level == VerificationLevel.ALWAYS_VERIFIABLE) {
      c.o.allow(
          allow(
              RuleId.SENDER_VERIFIED,
              setting,
              object,
              "Messages from " + source + " are always treated as verified (AlwaysVerifiable)."));
    } else if (level == VerificationLevel.USE_SOURCE_VERIFICATION && in.verificationMark()) {
      c.o.allow(
          allow(
              RuleId.SENDER_VERIFIED,
              setting,
              object,
              "The message carries the verification mark that " + source + " is trusted for."));
    } else if (in.senderInContacts()) {
      c.o.allow(
          allow(
              RuleId.SENDER_VERIFIED,
              setting,
              object,
              "The message is unverified, but the sender is on the recipient's contact list."));
    } else {
      String how =
          level == VerificationLevel.ALWAYS_UNVERIFIABLE
              ? "Messages from " + source + " are always unverified (AlwaysUnverifiable)"
              : "The message carries no verification mark, so under UseSourceVerification it is"
                  + " treated as unverified, as for " + source;
      c.o.deny(
          new Reason(
              RuleId.UNVERIFIED_NOT_IN_CONTACTS,
              setting,
              object,
              how + ", and an unverified message is delivered only if the sender is on the"
                  + " recipient's contact list; " + c.res.display + " is not.",
              orgWide(c, command)));
    }
  }

  private void hostedOnPrem(Ctx c, OnPremisesConfiguration p) {
    Domain d = c.res.requireDomain();
    HostingInfo h = c.res.requireHosting();
    edgeGate(c, p);
    if (h.provider.enabled()) {
      c.o.permit(h.allowed);
    } else {
      c.o.deny(
          new Reason(
              RuleId.PROVIDER_DISABLED,
              "Enabled",
              h.decidedBy,
              d + " is hosted by " + h.provider.identity() + ", which is not enabled.",
              orgWide(
                  c, "Set-CsHostingProvider -Identity " + h.provider.identity() + " -Enabled $True")));
    }
    blockedGate(c, d, "");
    policyGate(c, PolicyFlag.FEDERATION);
  }

  private void publicOnPrem(Ctx c, OnPremisesConfiguration p) {
    edgeGate(c, p);
    if (p.accessEdge().routing().isDnsSrv()) {
      c.o.allow(dnsSrvOn);
    } else {
      c.o.deny(
          new Reason(
              RuleId.DNS_SRV_ROUTING_REQUIRED,
              "UseDnsSrvRouting",
              EDGE,
              "The Access Edge uses a default route, and public providers work only with DNS SRV"
                  + " routing.",
              orgWide(c, SET_EDGE + " -UseDnsSrvRouting")));
    }
    providerGate(c, false);
    publicBlockedGate(c);
    policyGate(c, PolicyFlag.PUBLIC);
    if (c.modality.isAudioVideo()) {
      policyGate(c, PolicyFlag.PUBLIC_AV);
    }
    capabilityGate(c);
    if (p.era() == ConnectivityEra.PIC_PROVISIONING) {
      provisioningGate(c, p);
    }
    InboundRequest in = c.in;
    ProviderInfo pi = c.res.provider;
    if (in != null && pi != null) {
      providerVerification(c, pi, in);
    }
  }

  private void edgeGate(Ctx c, OnPremisesConfiguration p) {
    if (p.accessEdge().allowFederatedUsers()) {
      c.o.allow(edgeOn);
    } else {
      c.o.deny(
          new Reason(
              RuleId.EDGE_FEDERATION_OFF,
              "AllowFederatedUsers",
              EDGE,
              "Federation and public IM connectivity are off for the whole organization"
                  + " (AllowFederatedUsers is False on the Access Edge).",
              orgWide(c, SET_EDGE + " -AllowFederatedUsers $True")));
    }
  }

  private void provisioningGate(Ctx c, OnPremisesConfiguration p) {
    Domain own = c.localDomain();
    ProvisioningState state =
        own == null ? ProvisioningState.NOT_REQUESTED : p.picProvisioningState(own);
    String subject = "SIP domain " + (own == null ? c.localUser.host().toString() : own.toString());
    if (state.isActivated()) {
      c.o.allow(
          allow(
              RuleId.PROVISIONING_COMPLETE,
              "PIC provisioning",
              subject,
              "Public IM connectivity is activated for " + subject + "."));
    } else {
      String why =
          state == ProvisioningState.IN_PROGRESS
              ? "its PIC provisioning request is still in progress (it can take up to 30 days)."
              : "no PIC provisioning request was made: submit one at Microsoft's provisioning"
                  + " portal with the Access Edge FQDN and the SIP domain.";
      c.o.deny(
          new Reason(
              RuleId.PROVISIONING_INCOMPLETE,
              "PIC provisioning",
              subject,
              "In the PIC provisioning era, users of " + subject + " cannot reach public IM users"
                  + " until Microsoft activates the domain; " + why,
              Optional.empty()));
    }
  }

  private void providerVerification(Ctx c, ProviderInfo pi, InboundRequest in) {
    switch (pi.provider.verificationLevel()) {
      case ALWAYS_VERIFIABLE:
        c.o.allow(pi.verifiedAlways);
        return;
      case ALWAYS_UNVERIFIABLE:
        if (in.senderInContacts()) {
          c.o.allow(pi.verifiedInContacts);
        } else {
          c.o.deny(
              new Reason(
                  RuleId.UNVERIFIED_NOT_IN_CONTACTS,
                  "VerificationLevel",
                  pi.decidedBy,
                  "Messages from "
                      + pi.provider.identity()
                      + " are always unverified (AlwaysUnverifiable), and an unverified message is"
                      + " delivered only if the sender is on the recipient's contact list; "
                      + c.res.display
                      + " is not.",
                  orgWide(c, pi.verifiableCommand)));
        }
        return;
      case USE_SOURCE_VERIFICATION:
      default:
        if (in.verificationMark()) {
          c.o.allow(pi.verifiedMarked);
        } else {
          c.o.deny(
              new Reason(
                  RuleId.VERIFICATION_MARK_MISSING,
                  "VerificationLevel",
                  pi.decidedBy,
                  pi.provider.identity()
                      + " uses source verification (UseSourceVerification), and this message"
                      + " carries no verification mark, so it is rejected.",
                  orgWide(c, pi.verifiableCommand)));
        }
        return;
    }
  }

  // --- online gates -----------------------------------------------------------------------

  private void federatedOnline(Ctx c) {
    OnlineTenantConfiguration t = requireOnline();
    Domain d = c.res.requireDomain();
    tenantGate(c, t);
    if (t.allowedDomains().isAllowList()) {
      if (tenantAllowList.contains(d)) {
        c.o.permit(tenantAllowed);
      } else {
        c.o.deny(
            new Reason(
                RuleId.DOMAIN_NOT_ALLOWED,
                "AllowedDomains",
                TENANT,
                "External Access is on only for allowed domains, and " + d + " is not one of them."
                    + consumerHint(c),
                orgWide(c, SET_TENANT + " -AllowedDomainsAsAList @{Add=\"" + d + "\"}")));
      }
    } else {
      @Nullable String entry = blockedEntry(d);
      if (entry != null) {
        c.o.deny(blockedReason(c, d, entry, ""));
      } else {
        c.o.permit(allKnownDomains);
      }
    }
    policyGate(c, PolicyFlag.FEDERATION);
  }

  private void publicOnline(Ctx c) {
    OnlineTenantConfiguration t = requireOnline();
    tenantGate(c, t);
    if (t.allowPublicUsers()) {
      c.o.allow(tenantPublicOn);
    } else {
      c.o.deny(
          new Reason(
              RuleId.TENANT_PUBLIC_USERS_OFF,
              "AllowPublicUsers",
              TENANT,
              "Public IM Connectivity is off for the tenant (AllowPublicUsers is False), so no"
                  + " user may communicate with Skype users.",
              orgWide(c, SET_TENANT + " -AllowPublicUsers $True")));
    }
    providerGate(c, true);
    publicBlockedGate(c);
    capabilityGate(c);
    policyGate(c, PolicyFlag.PUBLIC);
    if (c.modality.isAudioVideo()) {
      policyGate(c, PolicyFlag.PUBLIC_AV);
    }
  }

  private void tenantGate(Ctx c, OnlineTenantConfiguration t) {
    if (t.allowFederatedUsers()) {
      c.o.allow(tenantOn);
    } else {
      c.o.deny(
          new Reason(
              RuleId.TENANT_FEDERATION_OFF,
              "AllowFederatedUsers",
              TENANT,
              "External Access is Off for the tenant (AllowFederatedUsers is False), which blocks"
                  + " every external domain and Skype users, whatever else is set.",
              orgWide(c, SET_TENANT + " -AllowFederatedUsers $True")));
    }
  }

  // --- gates shared by both platforms -----------------------------------------------------

  private void providerGate(Ctx c, boolean isOnline) {
    ProviderInfo pi = c.res.provider;
    if (pi == null) {
      String command =
          isOnline
              ? "Set-CsTenantPublicProvider -Provider @(\"Skype\")"
              : "New-CsPublicProvider -Identity Skype -ProxyFqdn "
                  + PublicProvider.MESSENGER_PROXY_FQDN
                  + " -VerificationLevel AlwaysVerifiable -Enabled $True";
      c.o.deny(
          new Reason(
              RuleId.PROVIDER_MISSING,
              "PublicProvider",
              "the public providers (Get-CsPublicProvider)",
              c.res.display + " is a Skype user's address, but no public provider serves "
                  + decoration.routingDomain() + " and its native domains.",
              orgWide(c, command)));
    } else if (!pi.provider.enabled()) {
      c.o.deny(
          new Reason(
              RuleId.PROVIDER_DISABLED,
              "Enabled",
              pi.decidedBy,
              c.res.display + " is a user of " + pi.provider.identity() + ", which is not enabled."
                  + pi.disabledNote,
              orgWide(c, isOnline ? pi.enableOnlineCommand : pi.enableCommand)));
    } else {
      c.o.permit(pi.allowed);
    }
  }

  private void capabilityGate(Ctx c) {
    ProviderInfo pi = c.res.provider;
    if (pi == null) {
      return;
    }
    @Nullable Reason supported = pi.supported.get(c.modality);
    if (supported != null) {
      c.o.allow(supported);
      return;
    }
    String note =
        switch (c.modality) {
          case VIDEO -> " Video with Skype came about 18 months after launch; model that period"
              + " with the WITH_VIDEO capability preset.";
          case FILE_TRANSFER, APPLICATION_SHARING -> " File transfer and application sharing"
              + " never crossed to Skype.";
          default -> "";
        };
    c.o.deny(
        new Reason(
            RuleId.MODALITY_UNSUPPORTED_BY_PROVIDER,
            "capabilities",
            pi.decidedBy,
            pi.provider.identity()
                + " does not carry "
                + c.modality.displayName()
                + " across public IM connectivity; it carries "
                + pi.capabilityText
                + "."
                + note,
            Optional.empty()));
  }

  /** The blocked list against a public provider user: the account's own domain, then the address's. */
  private void publicBlockedGate(Ctx c) {
    OnlineTenantConfiguration t = online;
    if (t != null && t.allowedDomains().isAllowList()) {
      return; // the tenant ignores its blocked list in allow-list mode
    }
    Domain d = c.res.requireDomain();
    Domain own = c.res.accountDomain;
    boolean any = false;
    if (own != null && !own.equals(d)) {
      @Nullable String entry = blockedEntry(own);
      if (entry != null) {
        c.o.deny(blockedReason(c, own, entry, " (the Microsoft account's own domain)"));
        any = true;
      }
    }
    @Nullable String entry = blockedEntry(d);
    if (entry != null) {
      String which =
          own != null && !own.equals(d)
              ? " (the routing domain every decorated account is written under)"
              : "";
      c.o.deny(blockedReason(c, d, entry, which));
      any = true;
    }
    if (!any) {
      c.o.allow(notBlocked);
    }
  }

  /** The blocked list against a federated or hosted domain. */
  private void blockedGate(Ctx c, Domain d, String which) {
    @Nullable String entry = blockedEntry(d);
    if (entry != null) {
      c.o.deny(blockedReason(c, d, entry, which));
    } else {
      c.o.allow(notBlocked);
    }
  }

  /** Returns the blocked entry that matches {@code d}, or null. */
  private @Nullable String blockedEntry(Domain d) {
    OnlineTenantConfiguration t = online;
    if (t != null && t.blockAllSubdomains()) {
      return blocked.findSelfOrAncestor(d);
    }
    return blocked.contains(d) ? d.toString() : null;
  }

  private Reason blockedReason(Ctx c, Domain d, String entry, String which) {
    boolean isOnline = online != null;
    String how = entry.equals(d.toString()) ? " is on the blocked list" : " is below the blocked "
        + entry + ", and BlockAllSubdomains is on";
    String command =
        isOnline
            ? SET_TENANT + " -BlockedDomains @{Remove=(New-CsEdgeDomainPattern -Domain \"" + entry
                + "\")}"
            : "Remove-CsBlockedDomain -Identity " + entry;
    String hint = c.res.cls == RemoteClass.FEDERATED ? consumerHint(c) : "";
    return new Reason(
        RuleId.DOMAIN_BLOCKED,
        isOnline ? "BlockedDomains" : "BlockedDomain",
        isOnline ? TENANT + ", BlockedDomains entry " + entry : "BlockedDomain " + entry,
        d + which + how + ", so no user may communicate with " + c.res.display + "." + hint,
        orgWide(c, command));
  }

  private void policyGate(Ctx c, PolicyFlag flag) {
    UserInfo u = c.user;
    PolicyInfo p = u == null ? null : u.policy;
    if (u == null || p == null) {
      return; // unknown user, or online with no per-user policy assigned: nothing to consult
    }
    if (flag.isOn(p.policy)) {
      c.o.allow(p.on(flag));
      return;
    }
    Optional<String> alternative = grantAlternative(u, c.res.cls, c.modality);
    c.o.deny(
        new Reason(
            flag.off,
            flag.setting,
            u.decidedBy,
            u.effective.explanation() + ". It has " + flag.setting + " off, so " + u.user.sipUri()
                + " may not " + flag.what + ".",
            Optional.of(
                new Remediation(
                    SET_POLICY + p.policy.identity() + " -" + flag.setting + " $True",
                    p.usersInForce - 1,
                    alternative))));
  }

  /**
   * A grant that would make every policy gate of this request pass for this user alone: an
   * existing per-user policy that allows it, else revoking the per-user grant when the site or
   * Global policy (online: no policy) would allow it.
   */
  private Optional<String> grantAlternative(UserInfo u, RemoteClass cls, Modality m) {
    PolicyInfo inForce = u.policy;
    @Nullable ExternalAccessPolicy current = inForce == null ? null : inForce.policy;
    for (ExternalAccessPolicy p : grantable) {
      if ((current == null || !p.identity().equals(current.identity())) && allows(p, cls, m)) {
        return Optional.of(
            GRANT_POLICY + u.user.sipUri() + " -PolicyName " + p.identity().name());
      }
    }
    if (u.effective.basis() == EffectivePolicy.Basis.USER_GRANT
        && (u.fallback == null || allows(u.fallback, cls, m))) {
      return Optional.of(GRANT_POLICY + u.user.sipUri() + " -PolicyName $Null");
    }
    return Optional.empty();
  }

  private static boolean allows(ExternalAccessPolicy p, RemoteClass cls, Modality m) {
    if (cls == RemoteClass.PUBLIC_PROVIDER_USER) {
      return p.enablePublicCloudAccess()
          && (!m.isAudioVideo() || p.enablePublicCloudAudioVideoAccess());
    }
    return p.enableFederationAccess();
  }

  /** The policy a user falls back to without a per-user grant; null online (none assigned). */
  private static @Nullable ExternalAccessPolicy fallbackPolicy(
      FederationConfiguration c, LocalUser user) {
    if (!(c instanceof OnPremisesConfiguration p)) {
      return null;
    }
    if (user.site().isPresent()) {
      Optional<ExternalAccessPolicy> site = p.policy(PolicyIdentity.site(user.site().get()));
      if (site.isPresent()) {
        return site.get();
      }
    }
    return p.globalPolicy();
  }

  private String consumerHint(Ctx c) {
    Domain d = c.res.domain;
    String local = c.res.localPart;
    if (d == null || local == null || !ConsumerMailDomains.contains(d)) {
      return "";
    }
    Optional<MicrosoftAccount> account = MicrosoftAccount.tryParse(local + "@" + d);
    if (account.isEmpty()) {
      return "";
    }
    String decorated = decoration.encode(account.get()).toString();
    String plain = decorated.startsWith("sip:") ? decorated.substring(4) : decorated;
    return " "
        + d
        + " is a consumer e-mail domain, not a Lync organization: if "
        + account.get()
        + " is a Skype user who signs in with that Microsoft account, add them in decorated form, "
        + plain
        + ".";
  }

  private Optional<Remediation> orgWide(Ctx c, String command) {
    int others = userCount - (c.user == null ? 0 : 1);
    return Optional.of(new Remediation(command, Math.max(0, others), Optional.empty()));
  }

  private OnlineTenantConfiguration requireOnline() {
    OnlineTenantConfiguration t = online;
    if (t == null) {
      throw new IllegalStateException("not an online configuration");
    }
    return t;
  }

  private static Reason allow(RuleId rule, String setting, String decidedBy, String explanation) {
    return new Reason(rule, setting, decidedBy, explanation, Optional.empty());
  }

  // --- classification ---------------------------------------------------------------------

  private Resolved resolve(RemoteParty p) {
    if (p instanceof RemoteParty.Address a) {
      return resolveUri(a.uri());
    }
    if (p instanceof RemoteParty.Account a) {
      return resolveAccount(a.account());
    }
    if (p instanceof RemoteParty.Typed t) {
      return resolveTyped(t.text());
    }
    RemoteParty.Unmodelled u = (RemoteParty.Unmodelled) p;
    return Resolved.notModelled(
        u.description(),
        "it is " + u.kind().displayName() + ", which the evaluator recognizes but does not model.");
  }

  private Resolved resolveTyped(String text) {
    ContactAddress c = ContactAddress.classify(text, decoration);
    if (c instanceof ContactAddress.SipAddress s) {
      return resolveUri(s.uri());
    }
    if (c instanceof ContactAddress.NativeAccount n) {
      return resolveAccount(n.account());
    }
    if (c instanceof ContactAddress.DecoratedAccount d) {
      return resolveAccount(d.account());
    }
    if (c instanceof ContactAddress.Ambiguous a) {
      // Lync routes what is typed as written: the federated reading.
      return resolveUri(a.federatedUser());
    }
    return Resolved.notModelled(text.trim(), c.message());
  }

  private Resolved resolveUri(SipUri u) {
    Optional<String> name = u.host().domainName();
    if (name.isEmpty()) {
      return Resolved.notModelled(
          u.toString(), "its host is an IP address, not a SIP domain that federation can name.");
    }
    Optional<Domain> parsed = Domain.tryParse(name.get());
    if (parsed.isEmpty()) {
      return Resolved.notModelled(u.toString(), "its host is not a domain name.");
    }
    Domain d = parsed.get();
    String display = u.toString();
    if (sipDomains.contains(d)) {
      return new Resolved(RemoteClass.INTERNAL, display, d, null, null, null, null, "");
    }
    @Nullable ProviderInfo pi = publicByDomain.get(d);
    if (pi != null) {
      return new Resolved(
          RemoteClass.PUBLIC_PROVIDER_USER, display, d, accountDomain(u, d), pi, null, null, "");
    }
    @Nullable HostingInfo h = hostedByDomain.get(d);
    if (h != null) {
      return new Resolved(RemoteClass.HOSTED, display, d, null, null, h, null, "");
    }
    Optional<String> user = u.user();
    return new Resolved(
        RemoteClass.FEDERATED, display, d, null, null, null, user.isPresent() ? user.get() : null, "");
  }

  private static @Nullable Domain parseDomain(String name) {
    Optional<Domain> d = Domain.tryParse(name);
    return d.isPresent() ? d.get() : null;
  }

  /** The Microsoft account's own domain of an address at a provider domain. */
  private static @Nullable Domain accountDomain(SipUri u, Domain addressDomain) {
    Optional<String> user = u.user();
    if (user.isEmpty()) {
      return addressDomain;
    }
    String s = user.get();
    int open = s.indexOf('(');
    if (open < 0) {
      return addressDomain;
    }
    int close = s.indexOf(')', open + 1);
    if (close < 0) {
      return null;
    }
    return parseDomain(s.substring(open + 1, close));
  }

  private Resolved resolveAccount(MicrosoftAccount a) {
    Domain own = a.domain();
    @Nullable ProviderInfo pi = publicByDomain.get(own);
    if (pi != null && pi.provider.nameDecorationExcludedDomains().contains(own)) {
      return new Resolved(
          RemoteClass.PUBLIC_PROVIDER_USER, "sip:" + a, own, own, pi, null, null, "");
    }
    ProviderInfo dp = decoratingProvider;
    String display = decoration.encode(a).toString();
    Domain addressDomain = decoration.isExcluded(own) ? own : decoration.routingDomain();
    return new Resolved(
        RemoteClass.PUBLIC_PROVIDER_USER, display, addressDomain, own, dp, null, null, "");
  }

  // --- compiled pieces --------------------------------------------------------------------

  /** The facts of one request, passed to every gate. */
  private static final class Ctx {
    final SipUri localUser;
    final @Nullable UserInfo user;
    final Resolved res;
    final Modality modality;
    final @Nullable InboundRequest in;
    final Outcome o;

    Ctx(
        SipUri localUser,
        @Nullable UserInfo user,
        Resolved res,
        Modality modality,
        @Nullable InboundRequest in,
        Outcome o) {
      this.localUser = localUser;
      this.user = user;
      this.res = res;
      this.modality = modality;
      this.in = in;
      this.o = o;
    }

    @Nullable Domain localDomain() {
      UserInfo u = user;
      if (u != null) {
        return u.sipDomain;
      }
      Optional<String> name = localUser.host().domainName();
      return name.isPresent() ? parseDomain(name.get()) : null;
    }
  }

  /** Gate results in gate order. */
  private static final class Outcome {
    private final ArrayList<Reason> allows = new ArrayList<>(8);
    private final ArrayList<Reason> denies = new ArrayList<>(2);
    private boolean permitted;

    void allow(Reason r) {
      allows.add(r);
    }

    void permit(Reason r) {
      allows.add(r);
      permitted = true;
    }

    void deny(Reason r) {
      denies.add(r);
    }

    Decision decision(RemoteClass cls) {
      return combine(cls, allows, permitted, denies);
    }
  }

  /** The remote party as classified. */
  private static final class Resolved {
    final RemoteClass cls;
    final String display;
    /** Federated or hosted: the domain; public: the domain the address is written under. */
    final @Nullable Domain domain;
    /** Public: the Microsoft account's own domain, if known. */
    final @Nullable Domain accountDomain;

    final @Nullable ProviderInfo provider;
    final @Nullable HostingInfo hosting;
    /** Federated: the user part, for the consumer-domain hint. */
    final @Nullable String localPart;

    final String why;

    Resolved(
        RemoteClass cls,
        String display,
        @Nullable Domain domain,
        @Nullable Domain accountDomain,
        @Nullable ProviderInfo provider,
        @Nullable HostingInfo hosting,
        @Nullable String localPart,
        String why) {
      this.cls = cls;
      this.display = display;
      this.domain = domain;
      this.accountDomain = accountDomain;
      this.provider = provider;
      this.hosting = hosting;
      this.localPart = localPart;
      this.why = why;
    }

    static Resolved notModelled(String display, String why) {
      return new Resolved(RemoteClass.NOT_MODELLED, display, null, null, null, null, null, why);
    }

    Domain requireDomain() {
      Domain d = domain;
      if (d == null) {
        throw new IllegalStateException("no domain for " + display);
      }
      return d;
    }

    HostingInfo requireHosting() {
      HostingInfo h = hosting;
      if (h == null) {
        throw new IllegalStateException("no hosting provider for " + display);
      }
      return h;
    }
  }

  /** A public provider with the reasons that do not depend on the request, built once. */
  private static final class ProviderInfo {
    final PublicProvider provider;
    final String decidedBy;
    final Reason allowed;
    final EnumMap<Modality, Reason> supported = new EnumMap<>(Modality.class);
    final String capabilityText;
    final Reason verifiedAlways;
    final Reason verifiedMarked;
    final Reason verifiedInContacts;
    final String enableCommand;
    final String enableOnlineCommand;
    final String verifiableCommand;
    final String disabledNote;

    ProviderInfo(PublicProvider p) {
      this.provider = p;
      String id = p.identity();
      this.decidedBy = "PublicProvider " + id + " (" + p.proxyFqdn() + ")";
      this.allowed =
          allow(
              RuleId.PUBLIC_PROVIDER,
              "Enabled",
              decidedBy,
              "The remote party is a user of the public provider " + id + ", which is enabled.");
      StringBuilder carried = new StringBuilder();
      for (Modality m : Modality.values()) {
        if (p.supports(m)) {
          supported.put(
              m,
              allow(
                  RuleId.MODALITY_SUPPORTED_BY_PROVIDER,
                  "capabilities",
                  decidedBy,
                  id + " carries " + m.displayName() + " across public IM connectivity."));
          carried.append(carried.length() == 0 ? "" : ", ").append(m.displayName());
        }
      }
      this.capabilityText = carried.length() == 0 ? "nothing" : carried.toString();
      this.verifiedAlways =
          allow(
              RuleId.SENDER_VERIFIED,
              "VerificationLevel",
              decidedBy,
              "Messages from " + id + " are always treated as verified (AlwaysVerifiable).");
      this.verifiedMarked =
          allow(
              RuleId.SENDER_VERIFIED,
              "VerificationLevel",
              decidedBy,
              "The message carries " + id + "'s verification mark (UseSourceVerification).");
      this.verifiedInContacts =
          allow(
              RuleId.SENDER_VERIFIED,
              "VerificationLevel",
              decidedBy,
              "Messages from " + id + " are unverified (AlwaysUnverifiable), but the sender is on"
                  + " the recipient's contact list.");
      boolean messengerNotSkype =
          p.proxyFqdn().toString().equals(PublicProvider.MESSENGER_PROXY_FQDN)
              && !Ascii.equalsIgnoreCase(id, "Skype");
      String newSkype =
          "New-CsPublicProvider -Identity Skype -ProxyFqdn "
              + PublicProvider.MESSENGER_PROXY_FQDN
              + " -VerificationLevel AlwaysVerifiable -Enabled $True";
      this.enableCommand =
          messengerNotSkype
              ? "Remove-CsPublicProvider -Identity " + id + "; " + newSkype
              : "Set-CsPublicProvider -Identity " + id + " -Enabled $True";
      this.disabledNote =
          messengerNotSkype
              ? " It is the retired Messenger provider on Skype's proxy FQDN: replace it with"
                  + " Skype, as Microsoft's instructions do."
              : "";
      this.enableOnlineCommand = "Set-CsTenantPublicProvider -Provider @(\"" + id + "\")";
      this.verifiableCommand =
          "Set-CsPublicProvider -Identity " + id + " -VerificationLevel AlwaysVerifiable";
    }
  }

  /** A hosting provider with its allow reason. */
  private static final class HostingInfo {
    final HostingProvider provider;
    final String decidedBy;
    final Reason allowed;

    HostingInfo(HostingProvider h) {
      this.provider = h;
      this.decidedBy = "HostingProvider " + h.identity() + " (" + h.proxyFqdn() + ")";
      this.allowed =
          allow(
              RuleId.HOSTING_PROVIDER,
              "Enabled",
              decidedBy,
              "The remote party's domain is hosted by " + h.identity() + ", which is enabled.");
    }
  }

  /** An allowed-list entry with its allow reason. */
  private static final class AllowedInfo {
    final AllowedDomain entry;
    final Reason allowed;

    AllowedInfo(AllowedDomain a) {
      this.entry = a;
      this.allowed =
          allow(
              RuleId.ALLOWED_DOMAIN,
              "AllowedDomain",
              "AllowedDomain " + a.domain(),
              a.domain()
                  + " is on the allowed list"
                  + a.proxyFqdn().map(f -> ", pinned to the edge " + f).orElse("")
                  + ".");
    }
  }

  /** A policy in force for someone, with its allow reasons and how many users it is in force for. */
  private static final class PolicyInfo {
    final ExternalAccessPolicy policy;
    final int usersInForce;
    private final Reason federationOn;
    private final Reason publicOn;
    private final Reason publicAvOn;

    PolicyInfo(ExternalAccessPolicy policy, int usersInForce) {
      this.policy = policy;
      this.usersInForce = Math.max(1, usersInForce);
      this.federationOn = onReason(policy, PolicyFlag.FEDERATION);
      this.publicOn = onReason(policy, PolicyFlag.PUBLIC);
      this.publicAvOn = onReason(policy, PolicyFlag.PUBLIC_AV);
    }

    Reason on(PolicyFlag f) {
      return switch (f) {
        case FEDERATION -> federationOn;
        case PUBLIC -> publicOn;
        case PUBLIC_AV -> publicAvOn;
      };
    }

    private static Reason onReason(ExternalAccessPolicy policy, PolicyFlag f) {
      return allow(
          f.on,
          f.setting,
          "ExternalAccessPolicy " + policy.identity(),
          "The external access policy " + policy.identity() + " in force has " + f.setting
              + " on, so its users may " + f.what + ".");
    }
  }

  /** A declared user, their effective policy and how to name it in reasons. */
  private static final class UserInfo {
    final LocalUser user;
    final EffectivePolicy effective;
    final @Nullable PolicyInfo policy;
    final @Nullable ExternalAccessPolicy fallback;
    final String decidedBy;
    final @Nullable Domain sipDomain;

    UserInfo(
        LocalUser user,
        EffectivePolicy effective,
        @Nullable PolicyInfo policy,
        @Nullable ExternalAccessPolicy fallback) {
      this.user = user;
      this.effective = effective;
      this.policy = policy;
      this.fallback = fallback;
      Optional<String> host = user.sipUri().host().domainName();
      this.sipDomain = host.isPresent() ? parseDomain(host.get()) : null;
      String who = user.sipUri().toString();
      String id = effective.identity().map(PolicyIdentity::toString).orElse("none");
      switch (effective.basis()) {
        case USER_GRANT:
          decidedBy = "ExternalAccessPolicy " + id + ", per-user scope, granted to " + who;
          break;
        case SITE_POLICY:
          decidedBy =
              "ExternalAccessPolicy " + id + ", site scope, in force for " + who + " through site "
                  + effective.site().orElse("");
          break;
        case GLOBAL_POLICY:
          decidedBy = "ExternalAccessPolicy " + id + ", global scope, in force for " + who;
          break;
        case NONE_ASSIGNED:
        default:
          decidedBy = "no external access policy assigned to " + who;
          break;
      }
    }
  }

  /** The three policy settings the gates consult. */
  private enum PolicyFlag {
    FEDERATION(
        "EnableFederationAccess",
        RuleId.POLICY_FEDERATION_OFF,
        RuleId.POLICY_FEDERATION_ON,
        "communicate with federated and hosted organizations"),
    PUBLIC(
        "EnablePublicCloudAccess",
        RuleId.POLICY_PUBLIC_OFF,
        RuleId.POLICY_PUBLIC_ON,
        "communicate with public IM users such as Skype users"),
    PUBLIC_AV(
        "EnablePublicCloudAudioVideoAccess",
        RuleId.POLICY_PUBLIC_AV_OFF,
        RuleId.POLICY_PUBLIC_AV_ON,
        "call public IM users with audio or video");

    final String setting;
    final RuleId off;
    final RuleId on;
    final String what;

    PolicyFlag(String setting, RuleId off, RuleId on, String what) {
      this.setting = setting;
      this.off = off;
      this.on = on;
      this.what = what;
    }

    boolean isOn(ExternalAccessPolicy p) {
      switch (this) {
        case FEDERATION:
          return p.enableFederationAccess();
        case PUBLIC:
          return p.enablePublicCloudAccess();
        case PUBLIC_AV:
        default:
          return p.enablePublicCloudAudioVideoAccess();
      }
    }
  }
}
