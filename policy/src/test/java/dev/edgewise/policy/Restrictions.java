package dev.edgewise.policy;

import dev.edgewise.address.Domain;
import dev.edgewise.core.Modality;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Every single-step restriction of a configuration, for the monotonicity property: adding a
 * blocked domain, turning an enabling switch off (edge and tenant switches, partner discovery,
 * each policy setting), disabling a provider, removing an allowed domain, removing a capability,
 * moving to the era of retired Skype interop (which closes public IM and opens nothing; moving
 * between the two earlier eras is not a restriction, since provisioning only gates the first).
 *
 * <p>One exception, on purpose: an on-premises allowed domain is removed only while partner
 * discovery is off. With discovery on, removing it makes the domain a discovered partner, which
 * lifts its {@code ProxyFqdn} pin and trades its verification level for the discovered-partner
 * level: a real relaxation, not a restriction.
 */
final class Restrictions {

  private Restrictions() {}

  static List<FederationConfiguration> of(FederationConfiguration c) {
    return c instanceof OnPremisesConfiguration p ? onPremises(p) : online((OnlineTenantConfiguration) c);
  }

  private static List<FederationConfiguration> onPremises(OnPremisesConfiguration c) {
    List<FederationConfiguration> out = new ArrayList<>();
    Set<Domain> listed = new java.util.HashSet<>();
    for (AllowedDomain a : c.allowedDomains()) {
      listed.add(a.domain());
    }
    for (BlockedDomain b : c.blockedDomains()) {
      listed.add(b.domain());
    }
    for (Domain d : ExternalAccessEvaluatorProperties.DOMAINS) {
      if (!listed.contains(d)) {
        out.add(c.toBuilder().addBlockedDomains(BlockedDomain.of(d)).build());
      }
    }
    AccessEdgeConfiguration edge = c.accessEdge();
    out.add(c.toBuilder().era(ConnectivityEra.SKYPE_INTEROP_RETIRED).build());
    out.add(c.toBuilder().accessEdge(edge.toBuilder().allowFederatedUsers(false).build()).build());
    out.add(c.toBuilder().accessEdge(edge.toBuilder().enablePartnerDiscovery(false).build()).build());
    for (UnaryOperator<ExternalAccessPolicy> off : switchesOff()) {
      out.add(c.toBuilder().globalPolicy(off.apply(c.globalPolicy())).build());
      for (int i = 0; i < c.externalAccessPolicies().size(); i++) {
        List<ExternalAccessPolicy> policies = new ArrayList<>(c.externalAccessPolicies());
        policies.set(i, off.apply(policies.get(i)));
        out.add(c.toBuilder().externalAccessPolicies(policies).build());
      }
    }
    for (int i = 0; i < c.publicProviders().size(); i++) {
      List<PublicProvider> providers = new ArrayList<>(c.publicProviders());
      providers.set(i, providers.get(i).toBuilder().enabled(false).build());
      out.add(c.toBuilder().publicProviders(providers).build());
      for (PublicProvider lesser : withoutOneCapability(c.publicProviders().get(i))) {
        List<PublicProvider> fewer = new ArrayList<>(c.publicProviders());
        fewer.set(i, lesser);
        out.add(c.toBuilder().publicProviders(fewer).build());
      }
    }
    for (int i = 0; i < c.hostingProviders().size(); i++) {
      List<HostingProvider> hosts = new ArrayList<>(c.hostingProviders());
      hosts.set(i, hosts.get(i).toBuilder().enabled(false).build());
      out.add(c.toBuilder().hostingProviders(hosts).build());
    }
    if (!edge.enablePartnerDiscovery()) {
      for (int i = 0; i < c.allowedDomains().size(); i++) {
        List<AllowedDomain> allowed = new ArrayList<>(c.allowedDomains());
        allowed.remove(i);
        out.add(c.toBuilder().allowedDomains(allowed).build());
      }
    }
    return out;
  }

  private static List<FederationConfiguration> online(OnlineTenantConfiguration c) {
    List<FederationConfiguration> out = new ArrayList<>();
    for (Domain d : ExternalAccessEvaluatorProperties.DOMAINS) {
      if (!c.blockedDomains().contains(d)) {
        out.add(c.toBuilder().addBlockedDomains(d).build());
      }
    }
    out.add(c.toBuilder().era(ConnectivityEra.SKYPE_INTEROP_RETIRED).build());
    out.add(c.toBuilder().allowFederatedUsers(false).build());
    out.add(c.toBuilder().allowPublicUsers(false).build());
    for (UnaryOperator<ExternalAccessPolicy> off : switchesOff()) {
      for (int i = 0; i < c.externalAccessPolicies().size(); i++) {
        List<ExternalAccessPolicy> policies = new ArrayList<>(c.externalAccessPolicies());
        policies.set(i, off.apply(policies.get(i)));
        out.add(c.toBuilder().externalAccessPolicies(policies).build());
      }
    }
    for (int i = 0; i < c.publicProviders().size(); i++) {
      List<PublicProvider> providers = new ArrayList<>(c.publicProviders());
      providers.set(i, providers.get(i).toBuilder().enabled(false).build());
      out.add(c.toBuilder().publicProviders(providers).build());
      for (PublicProvider lesser : withoutOneCapability(c.publicProviders().get(i))) {
        List<PublicProvider> fewer = new ArrayList<>(c.publicProviders());
        fewer.set(i, lesser);
        out.add(c.toBuilder().publicProviders(fewer).build());
      }
    }
    if (c.allowedDomains() instanceof TenantAllowedDomains.AllowList list) {
      for (int i = 0; i < list.domains().size(); i++) {
        List<Domain> allowed = new ArrayList<>(list.domains());
        allowed.remove(i);
        out.add(c.toBuilder().allowedDomains(TenantAllowedDomains.allowList(allowed)).build());
      }
    }
    return out;
  }

  private static List<UnaryOperator<ExternalAccessPolicy>> switchesOff() {
    return List.of(
        p -> p.toBuilder().enableFederationAccess(false).build(),
        p -> p.toBuilder().enablePublicCloudAccess(false).build(),
        p -> p.toBuilder().enablePublicCloudAudioVideoAccess(false).build());
  }

  private static List<PublicProvider> withoutOneCapability(PublicProvider p) {
    List<PublicProvider> out = new ArrayList<>();
    for (Modality m : p.capabilities()) {
      Set<Modality> fewer = EnumSet.noneOf(Modality.class);
      fewer.addAll(p.capabilities());
      fewer.remove(m);
      out.add(p.toBuilder().capabilities(fewer).build());
    }
    return out;
  }
}
