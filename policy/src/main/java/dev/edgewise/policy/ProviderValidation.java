package dev.edgewise.policy;

import com.google.common.base.Ascii;
import dev.edgewise.address.Domain;
import dev.edgewise.policy.internal.eval.CompiledConfiguration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The validator's checks of public and hosting providers: their name-decoration settings, the
 * domains they claim, and the identities and proxy FQDNs that must be unique. Which providers
 * claim a domain is read from the compiled form, the same look-up the evaluator uses; domains are
 * compared as {@link Domain} values.
 */
final class ProviderValidation {

  private ProviderValidation() {}

  static void publicProviders(ConfigurationValidator v, CompiledConfiguration compiled) {
    FederationConfiguration c = compiled.source();
    for (PublicProvider p : c.publicProviders()) {
      Optional<Domain> routing = p.nameDecorationRoutingDomain();
      if (routing.isPresent() && !p.nameDecorationExcludedDomains().contains(routing.get())) {
        v.add(
            ConfigurationProblem.Code.ROUTING_DOMAIN_NOT_EXCLUDED,
            "PublicProvider:" + p.identity(),
            "The public provider "
                + p.identity()
                + " routes decorated accounts through "
                + routing.get()
                + ", which is missing from its NameDecorationExcludedDomainList "
                + ConfigurationValidator.sortedText(p.nameDecorationExcludedDomains())
                + "; add it, or its own accounts would be written decorated (alice("
                + routing.get()
                + ")@"
                + routing.get()
                + "), which the provider never reads.");
      }
    }
    for (Domain d : compiled.publicProviderDomains()) {
      List<PublicProvider> claiming = compiled.publicProvidersClaiming(d);
      if (claiming.size() > 1) {
        v.add(
            ConfigurationProblem.Code.PUBLIC_PROVIDER_DOMAIN_CLAIMED_TWICE,
            "Domain:" + d,
            "The domain "
                + d
                + " is a domain of more than one public provider "
                + ConfigurationValidator.sorted(publicIdentities(claiming))
                + "; its users could not be told apart.");
      }
    }
    // An own SIP domain that is also a provider's domain would be internal one way and a
    // public-provider party the other way; refuse it rather than pick one reading.
    for (Domain own : new HashSet<>(c.sipDomains())) {
      List<PublicProvider> providers = compiled.publicProvidersClaiming(own);
      if (!providers.isEmpty()) {
        v.add(
            ConfigurationProblem.Code.SIP_DOMAIN_IS_PUBLIC_PROVIDER_DOMAIN,
            "SipDomain:" + own,
            "The organization's own SIP domain "
                + own
                + " is also a domain of the public provider "
                + ConfigurationValidator.sorted(publicIdentities(providers))
                + ", so its users would be both internal and the provider's users; remove the"
                + " SIP domain or the provider.");
      }
    }
  }

  static void uniqueness(
      ConfigurationValidator v, List<PublicProvider> publics, List<HostingProvider> hosts) {
    TreeMap<String, List<String>> byIdentity = new TreeMap<>();
    TreeMap<Domain, List<String>> byFqdn = new TreeMap<>(ConfigurationValidator.BY_NAME);
    for (PublicProvider p : publics) {
      String label = "public provider " + p.identity();
      byIdentity
          .computeIfAbsent(Ascii.toLowerCase(p.identity()), k -> new ArrayList<>())
          .add(label);
      byFqdn.computeIfAbsent(p.proxyFqdn(), k -> new ArrayList<>()).add(label);
    }
    for (HostingProvider h : hosts) {
      String label = "hosting provider " + h.identity();
      byIdentity
          .computeIfAbsent(Ascii.toLowerCase(h.identity()), k -> new ArrayList<>())
          .add(label);
      byFqdn.computeIfAbsent(h.proxyFqdn(), k -> new ArrayList<>()).add(label);
    }
    for (Map.Entry<String, List<String>> e : byIdentity.entrySet()) {
      if (e.getValue().size() > 1) {
        v.add(
            ConfigurationProblem.Code.DUPLICATE_PROVIDER_IDENTITY,
            "Provider:" + e.getKey(),
            "Provider identities are unique across public and hosting providers, ignoring case,"
                + " but "
                + ConfigurationValidator.sorted(e.getValue())
                + " share one; remove or rename all but one.");
      }
    }
    for (Map.Entry<Domain, List<String>> e : byFqdn.entrySet()) {
      if (e.getValue().size() > 1) {
        v.add(
            ConfigurationProblem.Code.DUPLICATE_PROVIDER_PROXY_FQDN,
            "ProxyFqdn:" + e.getKey(),
            "Proxy FQDNs are unique across public and hosting providers, but "
                + ConfigurationValidator.sorted(e.getValue())
                + " share "
                + e.getKey()
                + "; remove all but one (the published Skype instructions remove Messenger"
                + " before creating Skype).");
      }
    }
  }

  static void hostedDomains(ConfigurationValidator v, CompiledConfiguration compiled) {
    for (Domain d : compiled.hostedDomains()) {
      List<String> hosts = hostingIdentities(compiled.hostingProvidersOf(d));
      if (hosts.size() > 1) {
        v.add(
            ConfigurationProblem.Code.HOSTED_DOMAIN_CLAIMED_TWICE,
            "Domain:" + d,
            "The domain "
                + d
                + " is declared hosted by more than one hosting provider "
                + ConfigurationValidator.sorted(hosts)
                + "; declare it for one.");
      }
      if (compiled.publicProviderServing(d) != null) {
        v.add(
            ConfigurationProblem.Code.HOSTED_DOMAIN_SHADOWED_BY_PUBLIC_PROVIDER,
            "Domain:" + d,
            "The domain "
                + d
                + " is declared hosted by "
                + ConfigurationValidator.sorted(hosts)
                + " but is also a public provider's domain; its users are treated as public"
                + " provider users.");
      }
    }
  }

  private static List<String> publicIdentities(List<PublicProvider> providers) {
    List<String> out = new ArrayList<>(providers.size());
    for (PublicProvider p : providers) {
      out.add(p.identity());
    }
    return out;
  }

  private static List<String> hostingIdentities(List<HostingProvider> providers) {
    List<String> out = new ArrayList<>(providers.size());
    for (HostingProvider h : providers) {
      out.add(h.identity());
    }
    return out;
  }
}
