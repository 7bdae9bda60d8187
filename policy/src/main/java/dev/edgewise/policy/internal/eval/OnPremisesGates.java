package dev.edgewise.policy.internal.eval;

import dev.edgewise.address.Domain;
import dev.edgewise.policy.AllowedDomain;
import dev.edgewise.policy.Arrival;
import dev.edgewise.policy.ConnectivityEra;
import dev.edgewise.policy.EdgeRouting;
import dev.edgewise.policy.HostingProvider;
import dev.edgewise.policy.InboundRequest;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.ProvisioningState;
import dev.edgewise.policy.PublicProvider;
import dev.edgewise.policy.RuleId;
import dev.edgewise.policy.VerificationLevel;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/** The on-premises rows of the gate table: Access Edge, allowed and blocked lists, providers. */
final class OnPremisesGates {
  private final CompiledConfiguration config;
  private final SharedGates shared;

  OnPremisesGates(CompiledConfiguration config, SharedGates shared) {
    this.config = config;
    this.shared = shared;
  }

  private OnPremisesConfiguration onPrem() {
    OnPremisesConfiguration p = config.onPremises();
    if (p == null) {
      throw new IllegalStateException("not an on-premises configuration");
    }
    return p;
  }

  void federated(Ask a, Verdicts v) {
    Domain d = a.party.requireDomain();
    edge(v);
    shared.blocked(a, v);
    @Nullable AllowedDomain allowed = config.allowedEntry(d);
    InboundRequest in = a.inbound;
    if (allowed != null) {
      // The pin is read only for an inbound request: an outbound one never consults it.
      Optional<Domain> pin = in == null ? Optional.empty() : allowed.proxyFqdn();
      if (in != null
          && pin.isPresent()
          && !(in.arrival() instanceof Arrival.EdgeRoute e && e.edgeFqdn().equals(pin.get()))) {
        v.found(RuleId.PROXY_FQDN_MISMATCH, "ProxyFqdn", Detail.NONE, d, pin.get().toString());
      } else {
        v.found(RuleId.ALLOWED_DOMAIN, "AllowedDomain", d);
      }
    } else if (config.discoveryEffective()) {
      v.found(RuleId.DISCOVERED_PARTNER, "EnablePartnerDiscovery");
    } else {
      v.found(RuleId.DOMAIN_NOT_ALLOWED, "AllowedDomain", d);
    }
    shared.policy(a, v, PolicyFlag.FEDERATION);
    if (in != null) {
      federatedVerification(v, d, allowed, in);
    }
  }

  private void federatedVerification(
      Verdicts v, Domain d, @Nullable AllowedDomain allowed, InboundRequest in) {
    VerificationLevel level;
    Detail source;
    String setting = "VerificationLevel";
    EdgeRouting routing = onPrem().accessEdge().routing();
    if (routing instanceof EdgeRouting.DefaultRoute dr
        && in.arrival() instanceof Arrival.DefaultRoute) {
      level = dr.verificationLevel();
      source = Detail.DEFAULT_ROUTE;
    } else if (allowed != null) {
      level = allowed.verificationLevel();
      source = Detail.ALLOWED_DOMAIN;
    } else if (config.discoveryEffective()) {
      level = onPrem().accessEdge().discoveredPartnerVerificationLevel();
      source = Detail.DISCOVERED_PARTNER;
      setting = "DiscoveredPartnerVerificationLevel";
    } else {
      return; // neither allowed nor discovered: the domain gate already denied, nothing to verify
    }
    boolean verified =
        level == VerificationLevel.ALWAYS_VERIFIABLE
            || (level == VerificationLevel.USE_SOURCE_VERIFICATION && in.verificationMark())
            || in.senderInContacts();
    v.found(
        verified ? RuleId.SENDER_VERIFIED : RuleId.UNVERIFIED_NOT_IN_CONTACTS,
        setting,
        source,
        d,
        null);
  }

  void hosted(Ask a, Verdicts v) {
    Domain d = a.party.requireDomain();
    HostingProvider h = a.party.requireHosting();
    edge(v);
    v.found(
        h.enabled() ? RuleId.HOSTING_PROVIDER : RuleId.PROVIDER_DISABLED,
        "Enabled",
        Detail.HOSTING_PROVIDER,
        d,
        null);
    shared.blocked(a, v);
    shared.policy(a, v, PolicyFlag.FEDERATION);
  }

  void publicUser(Ask a, Verdicts v) {
    OnPremisesConfiguration p = onPrem();
    if (!shared.era(a, v)) {
      return;
    }
    edge(v);
    v.found(
        p.accessEdge().routing().isDnsSrv()
            ? RuleId.DNS_SRV_ROUTING
            : RuleId.DNS_SRV_ROUTING_REQUIRED,
        "UseDnsSrvRouting");
    shared.provider(a, v);
    shared.publicBlocked(a, v);
    shared.policy(a, v, PolicyFlag.PUBLIC);
    if (a.modality.isAudioVideo()) {
      shared.policy(a, v, PolicyFlag.PUBLIC_AV);
    }
    shared.capability(a, v);
    if (p.era() == ConnectivityEra.PIC_PROVISIONING) {
      provisioning(a, v, p);
    }
    InboundRequest in = a.inbound;
    PublicProvider provider = a.party.provider;
    if (in != null && provider != null) {
      providerVerification(v, provider, in);
    }
  }

  private void edge(Verdicts v) {
    v.found(
        onPrem().accessEdge().allowFederatedUsers()
            ? RuleId.EDGE_FEDERATION_ON
            : RuleId.EDGE_FEDERATION_OFF,
        "AllowFederatedUsers");
  }

  private static void provisioning(Ask a, Verdicts v, OnPremisesConfiguration p) {
    Domain own = a.localDomain();
    ProvisioningState state =
        own == null ? ProvisioningState.NOT_REQUESTED : p.picProvisioningState(own);
    v.found(
        state.isActivated() ? RuleId.PROVISIONING_COMPLETE : RuleId.PROVISIONING_INCOMPLETE,
        "PIC provisioning",
        Detail.NONE,
        own,
        null);
  }

  private static void providerVerification(Verdicts v, PublicProvider p, InboundRequest in) {
    RuleId rule =
        switch (p.verificationLevel()) {
          case ALWAYS_VERIFIABLE -> RuleId.SENDER_VERIFIED;
          case ALWAYS_UNVERIFIABLE -> in.senderInContacts()
              ? RuleId.SENDER_VERIFIED
              : RuleId.UNVERIFIED_NOT_IN_CONTACTS;
          case USE_SOURCE_VERIFICATION -> in.verificationMark()
              ? RuleId.SENDER_VERIFIED
              : RuleId.VERIFICATION_MARK_MISSING;
        };
    v.found(rule, "VerificationLevel", Detail.PUBLIC_PROVIDER, null, null);
  }
}
