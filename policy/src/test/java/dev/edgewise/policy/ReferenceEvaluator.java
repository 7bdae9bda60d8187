package dev.edgewise.policy;

import dev.edgewise.address.AddressParseException;
import dev.edgewise.address.ContactAddress;
import dev.edgewise.address.Domain;
import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.address.NameDecoration;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The gate table of the domain brief (section 0.3) written out as plainly as possible, for
 * differential testing: list scans instead of hash look-ups, the configuration's own lists instead
 * of compiled ones, no explanations, no remediation. Slow and obviously right, or at least wrong
 * differently from the evaluator. It reads the same interpretations the evaluator documents
 * (discovery needs DNS SRV; unmarked federated messages are unverified; online, the blocked list is
 * ignored in allow-list mode and the provider must be enabled).
 */
final class ReferenceEvaluator {

  /** What the reference decides: the effect, the class and the set of rule ids. */
  record Result(Effect effect, RemoteClass remoteClass, Set<RuleId> rules) {}

  private ReferenceEvaluator() {}

  /** The remote party as the table sees it. */
  private static final class Remote {
    RemoteClass cls = RemoteClass.NOT_MODELLED;
    Domain domain = Domain.parse("invalid.invalid");
    Domain accountDomain = Domain.parse("invalid.invalid");
    PublicProvider provider; // may stay null: no provider serves it
    HostingProvider hosting;
  }

  static Result outbound(FederationConfiguration c, OutboundRequest r) {
    return decide(c, r.localUser(), r.remote(), r.modality(), null);
  }

  static Result inbound(FederationConfiguration c, InboundRequest r) {
    return decide(c, r.localUser(), r.remote(), r.modality(), r);
  }

  private static Result decide(
      FederationConfiguration c, SipUri localUser, RemoteParty party, Modality m, InboundRequest in) {
    Set<RuleId> allows = EnumSet.noneOf(RuleId.class);
    Set<RuleId> denies = EnumSet.noneOf(RuleId.class);
    LocalUser user = null;
    for (LocalUser u : c.users()) {
      if (u.sipUri().equals(localUser)) {
        user = u;
      }
    }
    if (user == null) {
      denies.add(RuleId.UNKNOWN_LOCAL_USER);
    }
    Remote remote = classify(c, party);
    boolean onPrem = c instanceof OnPremisesConfiguration;
    ExternalAccessPolicy policy = user == null ? null : effectivePolicy(c, user);
    boolean hasPolicy = policy != null;
    switch (remote.cls) {
      case INTERNAL:
        if (user != null) {
          allows.add(RuleId.INTERNAL);
        }
        break;
      case NOT_MODELLED:
        denies.add(RuleId.NOT_MODELLED);
        break;
      case FEDERATED:
      case HOSTED:
        if (onPrem) {
          OnPremisesConfiguration p = (OnPremisesConfiguration) c;
          gate(p.accessEdge().allowFederatedUsers(), RuleId.EDGE_FEDERATION_ON,
              RuleId.EDGE_FEDERATION_OFF, allows, denies);
          if (remote.cls == RemoteClass.HOSTED) {
            gate(remote.hosting.enabled(), RuleId.HOSTING_PROVIDER, RuleId.PROVIDER_DISABLED,
                allows, denies);
            gate(!blockedOnPrem(p, remote.domain), RuleId.DOMAIN_NOT_BLOCKED,
                RuleId.DOMAIN_BLOCKED, allows, denies);
            if (hasPolicy) {
              gate(policy.enableFederationAccess(), RuleId.POLICY_FEDERATION_ON,
                  RuleId.POLICY_FEDERATION_OFF, allows, denies);
            }
            break;
          }
          gate(!blockedOnPrem(p, remote.domain), RuleId.DOMAIN_NOT_BLOCKED,
              RuleId.DOMAIN_BLOCKED, allows, denies);
          AllowedDomain allowed = null;
          for (AllowedDomain a : p.allowedDomains()) {
            if (a.domain().equals(remote.domain)) {
              allowed = a;
            }
          }
          boolean discovery =
              p.accessEdge().enablePartnerDiscovery() && p.accessEdge().routing().isDnsSrv();
          if (allowed != null) {
            boolean pinned = in != null && allowed.proxyFqdn().isPresent();
            boolean fromPin =
                pinned
                    && in.arrival() instanceof Arrival.EdgeRoute e
                    && e.edgeFqdn().equals(allowed.proxyFqdn().get());
            gate(!pinned || fromPin, RuleId.ALLOWED_DOMAIN, RuleId.PROXY_FQDN_MISMATCH,
                allows, denies);
          } else {
            gate(discovery, RuleId.DISCOVERED_PARTNER, RuleId.DOMAIN_NOT_ALLOWED, allows, denies);
          }
          if (hasPolicy) {
            gate(policy.enableFederationAccess(), RuleId.POLICY_FEDERATION_ON,
                RuleId.POLICY_FEDERATION_OFF, allows, denies);
          }
          if (in != null) {
            VerificationLevel level = null;
            if (p.accessEdge().routing() instanceof EdgeRouting.DefaultRoute dr
                && in.arrival() instanceof Arrival.DefaultRoute) {
              level = dr.verificationLevel();
            } else if (allowed != null) {
              level = allowed.verificationLevel();
            } else if (discovery) {
              level = p.accessEdge().discoveredPartnerVerificationLevel();
            }
            if (level != null) {
              boolean ok =
                  level == VerificationLevel.ALWAYS_VERIFIABLE
                      || (level == VerificationLevel.USE_SOURCE_VERIFICATION
                          && in.verificationMark())
                      || in.senderInContacts();
              gate(ok, RuleId.SENDER_VERIFIED, RuleId.UNVERIFIED_NOT_IN_CONTACTS, allows, denies);
            }
          }
        } else {
          OnlineTenantConfiguration t = (OnlineTenantConfiguration) c;
          gate(t.allowFederatedUsers(), RuleId.TENANT_FEDERATION_ON,
              RuleId.TENANT_FEDERATION_OFF, allows, denies);
          if (t.allowedDomains() instanceof TenantAllowedDomains.AllowList list) {
            gate(list.domains().contains(remote.domain), RuleId.ALLOWED_DOMAIN,
                RuleId.DOMAIN_NOT_ALLOWED, allows, denies);
          } else {
            gate(!blockedOnline(t, remote.domain), RuleId.ALL_KNOWN_DOMAINS_ALLOWED,
                RuleId.DOMAIN_BLOCKED, allows, denies);
          }
          if (hasPolicy) {
            gate(policy.enableFederationAccess(), RuleId.POLICY_FEDERATION_ON,
                RuleId.POLICY_FEDERATION_OFF, allows, denies);
          }
        }
        break;
      case ANONYMOUS:
        denies.add(RuleId.ANONYMOUS_CONFERENCE_ONLY);
        break;
      case XMPP_PARTNER:
        if (!c.product().hasXmppGateway()) {
          denies.add(RuleId.XMPP_NOT_SUPPORTED);
          break;
        }
        if (onPrem) {
          gate(((OnPremisesConfiguration) c).accessEdge().allowFederatedUsers(),
              RuleId.EDGE_FEDERATION_ON, RuleId.EDGE_FEDERATION_OFF, allows, denies);
        }
        boolean declared = false;
        for (XmppPartner x : c.xmppPartners()) {
          declared |= x.domains().contains(remote.domain);
        }
        gate(declared, RuleId.XMPP_PARTNER, RuleId.XMPP_PARTNER_MISSING, allows, denies);
        if (hasPolicy) {
          gate(policy.enableXmppAccess(), RuleId.POLICY_XMPP_ON, RuleId.POLICY_XMPP_OFF,
              allows, denies);
          gate(policy.enableFederationAccess(), RuleId.POLICY_FEDERATION_ON,
              RuleId.POLICY_FEDERATION_OFF, allows, denies);
        }
        gate(m == Modality.IM || m == Modality.PRESENCE, RuleId.XMPP_MODALITY_CARRIED,
            RuleId.XMPP_IM_AND_PRESENCE_ONLY, allows, denies);
        break;
      case PUBLIC_PROVIDER_USER:
      default:
        PublicProvider provider = remote.provider;
        // The era row first: where public IM does not reach the party, the rest does not apply.
        boolean reached = true;
        if (!c.era().carriesPublicIm()) {
          denies.add(RuleId.SKYPE_INTEROP_RETIRED);
          reached = false;
        }
        if (provider != null && !provider.servesIn(c.era())) {
          denies.add(RuleId.PROVIDER_RETIRED);
          reached = false;
        }
        if (!reached) {
          break;
        }
        if (onPrem) {
          OnPremisesConfiguration p = (OnPremisesConfiguration) c;
          gate(p.accessEdge().allowFederatedUsers(), RuleId.EDGE_FEDERATION_ON,
              RuleId.EDGE_FEDERATION_OFF, allows, denies);
          gate(p.accessEdge().routing().isDnsSrv(), RuleId.DNS_SRV_ROUTING,
              RuleId.DNS_SRV_ROUTING_REQUIRED, allows, denies);
          providerGate(provider, allows, denies);
          boolean blocked =
              blockedOnPrem(p, remote.accountDomain) || blockedOnPrem(p, remote.domain);
          gate(!blocked, RuleId.DOMAIN_NOT_BLOCKED, RuleId.DOMAIN_BLOCKED, allows, denies);
          if (hasPolicy) {
            gate(policy.enablePublicCloudAccess(), RuleId.POLICY_PUBLIC_ON,
                RuleId.POLICY_PUBLIC_OFF, allows, denies);
            if (m == Modality.AUDIO || m == Modality.VIDEO) {
              gate(policy.enablePublicCloudAudioVideoAccess(), RuleId.POLICY_PUBLIC_AV_ON,
                  RuleId.POLICY_PUBLIC_AV_OFF, allows, denies);
            }
          }
          if (provider != null) {
            gate(provider.capabilities().contains(m), RuleId.MODALITY_SUPPORTED_BY_PROVIDER,
                RuleId.MODALITY_UNSUPPORTED_BY_PROVIDER, allows, denies);
          }
          if (p.era() == ConnectivityEra.PIC_PROVISIONING) {
            Domain own = Domain.parse(localUser.host().domainName().orElse("invalid.invalid"));
            gate(p.picProvisioningState(own) == ProvisioningState.ACTIVATED,
                RuleId.PROVISIONING_COMPLETE, RuleId.PROVISIONING_INCOMPLETE, allows, denies);
          }
          if (in != null && provider != null) {
            VerificationLevel level = provider.verificationLevel();
            if (level == VerificationLevel.ALWAYS_UNVERIFIABLE) {
              gate(in.senderInContacts(), RuleId.SENDER_VERIFIED,
                  RuleId.UNVERIFIED_NOT_IN_CONTACTS, allows, denies);
            } else if (level == VerificationLevel.USE_SOURCE_VERIFICATION) {
              gate(in.verificationMark(), RuleId.SENDER_VERIFIED,
                  RuleId.VERIFICATION_MARK_MISSING, allows, denies);
            } else {
              allows.add(RuleId.SENDER_VERIFIED);
            }
          }
        } else {
          OnlineTenantConfiguration t = (OnlineTenantConfiguration) c;
          gate(t.allowFederatedUsers(), RuleId.TENANT_FEDERATION_ON,
              RuleId.TENANT_FEDERATION_OFF, allows, denies);
          gate(t.allowPublicUsers(), RuleId.TENANT_PUBLIC_USERS_ON,
              RuleId.TENANT_PUBLIC_USERS_OFF, allows, denies);
          providerGate(provider, allows, denies);
          if (!t.allowedDomains().isAllowList()) {
            boolean blocked =
                blockedOnline(t, remote.accountDomain) || blockedOnline(t, remote.domain);
            gate(!blocked, RuleId.DOMAIN_NOT_BLOCKED, RuleId.DOMAIN_BLOCKED, allows, denies);
          }
          if (provider != null) {
            gate(provider.capabilities().contains(m), RuleId.MODALITY_SUPPORTED_BY_PROVIDER,
                RuleId.MODALITY_UNSUPPORTED_BY_PROVIDER, allows, denies);
          }
          if (hasPolicy) {
            gate(policy.enablePublicCloudAccess(), RuleId.POLICY_PUBLIC_ON,
                RuleId.POLICY_PUBLIC_OFF, allows, denies);
            if (m == Modality.AUDIO || m == Modality.VIDEO) {
              gate(policy.enablePublicCloudAudioVideoAccess(), RuleId.POLICY_PUBLIC_AV_ON,
                  RuleId.POLICY_PUBLIC_AV_OFF, allows, denies);
            }
          }
        }
        // Issue 11: a Microsoft account on an own SIP domain, while public IM is on.
        boolean publicImOn =
            onPrem
                ? provider != null && provider.enabled()
                : ((OnlineTenantConfiguration) c).allowPublicUsers();
        if (publicImOn && c.sipDomains().contains(remote.accountDomain)) {
          denies.add(RuleId.ACCOUNT_ON_OWN_DOMAIN);
        }
        break;
    }
    if (!denies.isEmpty()) {
      return new Result(Effect.DENY, remote.cls, denies);
    }
    Set<RuleId> admitting =
        EnumSet.of(RuleId.INTERNAL, RuleId.ALLOWED_DOMAIN, RuleId.DISCOVERED_PARTNER,
            RuleId.HOSTING_PROVIDER, RuleId.PUBLIC_PROVIDER, RuleId.ALL_KNOWN_DOMAINS_ALLOWED,
            RuleId.XMPP_PARTNER);
    for (RuleId r : allows) {
      if (admitting.contains(r)) {
        return new Result(Effect.ALLOW, remote.cls, allows);
      }
    }
    return new Result(Effect.DENY, remote.cls, EnumSet.of(RuleId.DEFAULT_DENY));
  }

  private static void gate(
      boolean passes, RuleId allow, RuleId deny, Set<RuleId> allows, Set<RuleId> denies) {
    if (passes) {
      allows.add(allow);
    } else {
      denies.add(deny);
    }
  }

  private static void providerGate(PublicProvider p, Set<RuleId> allows, Set<RuleId> denies) {
    if (p == null) {
      denies.add(RuleId.PROVIDER_MISSING);
    } else {
      gate(p.enabled(), RuleId.PUBLIC_PROVIDER, RuleId.PROVIDER_DISABLED, allows, denies);
    }
  }

  private static boolean blockedOnPrem(OnPremisesConfiguration p, Domain d) {
    for (BlockedDomain b : p.blockedDomains()) {
      if (b.domain().equals(d)) {
        return true;
      }
    }
    return false;
  }

  private static boolean blockedOnline(OnlineTenantConfiguration t, Domain d) {
    for (Domain b : t.blockedDomains()) {
      if (b.equals(d) || (t.blockAllSubdomains() && d.isSubdomainOf(b))) {
        return true;
      }
    }
    return false;
  }

  /** User > site > global, as a whole object; online only an assigned per-user policy. */
  private static ExternalAccessPolicy effectivePolicy(FederationConfiguration c, LocalUser u) {
    if (u.externalAccessPolicy().isPresent()) {
      for (ExternalAccessPolicy p : c.externalAccessPolicies()) {
        if (p.identity().equals(PolicyIdentity.tag(u.externalAccessPolicy().get()))) {
          return p;
        }
      }
    }
    if (!(c instanceof OnPremisesConfiguration onPrem)) {
      return null;
    }
    if (u.site().isPresent()) {
      for (ExternalAccessPolicy p : c.externalAccessPolicies()) {
        if (p.identity().equals(PolicyIdentity.site(u.site().get()))) {
          return p;
        }
      }
    }
    return onPrem.globalPolicy();
  }

  // --- classification, section 0.2 item 5 ----------------------------------------------------

  private static NameDecoration decoration(FederationConfiguration c) {
    for (PublicProvider p : c.publicProviders()) {
      if (p.nameDecoration().isPresent()) {
        return p.nameDecoration().get();
      }
    }
    return NameDecoration.defaults();
  }

  private static Remote classify(FederationConfiguration c, RemoteParty party) {
    if (party instanceof RemoteParty.Address a) {
      return classifyUri(c, a.uri());
    }
    if (party instanceof RemoteParty.Account a) {
      return classifyAccount(c, a.account());
    }
    if (party instanceof RemoteParty.Typed t) {
      ContactAddress typed = ContactAddress.classify(t.text(), decoration(c));
      if (typed instanceof ContactAddress.SipAddress s) {
        return classifyUri(c, s.uri());
      }
      if (typed instanceof ContactAddress.NativeAccount n) {
        return classifyAccount(c, n.account());
      }
      if (typed instanceof ContactAddress.DecoratedAccount d) {
        return classifyAccount(c, d.account());
      }
      if (typed instanceof ContactAddress.Ambiguous a) {
        return classifyUri(c, a.federatedUser());
      }
    }
    if (party instanceof RemoteParty.Unmodelled u) {
      switch (u.kind()) {
        case ANONYMOUS_USER:
          Remote anonymous = new Remote();
          anonymous.cls = RemoteClass.ANONYMOUS;
          return anonymous;
        case REMOTE_SIGN_IN:
          return classify(c, RemoteParty.typed(u.description()));
        case XMPP_PARTNER:
        default:
          String jid = u.description().trim();
          if (jid.toLowerCase(java.util.Locale.ROOT).startsWith("xmpp:")) {
            jid = jid.substring(5);
          }
          if (jid.indexOf('/') >= 0) {
            jid = jid.substring(0, jid.indexOf('/'));
          }
          Optional<Domain> d = Domain.tryParse(jid.substring(jid.lastIndexOf('@') + 1));
          Remote x = new Remote();
          if (d.isPresent() && jid.lastIndexOf('@') != 0) {
            x.cls = RemoteClass.XMPP_PARTNER;
            x.domain = d.get();
          }
          return x;
      }
    }
    return new Remote();
  }

  private static Remote classifyUri(FederationConfiguration c, SipUri u) {
    Remote r = new Remote();
    Optional<String> host = u.host().domainName();
    if (host.isEmpty() || Domain.tryParse(host.get()).isEmpty()) {
      return r;
    }
    Domain d = Domain.parse(host.get());
    r.domain = d;
    if (c.sipDomains().contains(d)) {
      r.cls = RemoteClass.INTERNAL;
      return r;
    }
    for (PublicProvider p : c.publicProviders()) {
      if (p.providerDomains().contains(d)) {
        r.cls = RemoteClass.PUBLIC_PROVIDER_USER;
        r.provider = p;
        r.accountDomain = d;
        if (p.nameDecoration().isPresent()) {
          try {
            r.accountDomain = p.nameDecoration().get().decode(u.toString()).domain();
          } catch (AddressParseException e) {
            r.accountDomain = d;
          }
        }
        return r;
      }
    }
    // Issue 10 item 6: Microsoft's own domains (under the decoration in force) are Microsoft
    // accounts whether or not a provider serves them, as typed text is read.
    NameDecoration rules = decoration(c);
    if (rules.isExcluded(d) || rules.routingDomain().equals(d)) {
      r.cls = RemoteClass.PUBLIC_PROVIDER_USER;
      for (PublicProvider p : c.publicProviders()) {
        if (p.nameDecoration().isPresent() && r.provider == null) {
          r.provider = p;
        }
      }
      try {
        r.accountDomain = rules.decode(u.toString()).domain();
      } catch (AddressParseException e) {
        r.accountDomain = d;
      }
      return r;
    }
    if (c instanceof OnPremisesConfiguration onPrem) {
      for (HostingProvider h : onPrem.hostingProviders()) {
        if (h.hostedDomains().contains(d)) {
          r.cls = RemoteClass.HOSTED;
          r.hosting = h;
          return r;
        }
      }
    }
    for (XmppPartner x : c.xmppPartners()) {
      if (x.domains().contains(d)) {
        r.cls = RemoteClass.XMPP_PARTNER;
        return r;
      }
    }
    r.cls = RemoteClass.FEDERATED;
    return r;
  }

  private static Remote classifyAccount(FederationConfiguration c, MicrosoftAccount a) {
    Remote r = new Remote();
    r.cls = RemoteClass.PUBLIC_PROVIDER_USER;
    r.accountDomain = a.domain();
    List<PublicProvider> providers = c.publicProviders();
    for (PublicProvider p : providers) {
      if (p.nameDecorationExcludedDomains().contains(a.domain())) {
        r.provider = p;
        r.domain = a.domain();
        return r;
      }
    }
    for (PublicProvider p : providers) {
      if (p.nameDecoration().isPresent()) {
        r.provider = p;
        r.domain = p.nameDecoration().get().routingDomain();
        return r;
      }
    }
    NameDecoration defaults = NameDecoration.defaults();
    r.domain = defaults.isExcluded(a.domain()) ? a.domain() : defaults.routingDomain();
    return r;
  }
}
