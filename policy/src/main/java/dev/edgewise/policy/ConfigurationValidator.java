package dev.edgewise.policy;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import dev.edgewise.address.Domain;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds every contradiction of a configuration (domain brief, section 0.4 item 7, and the checks
 * the server makes when objects are created). Each check groups entries by a key in sorted maps, so
 * the result depends only on the multiset of entries, never on the order they were added.
 */
final class ConfigurationValidator {

  private static final Comparator<ConfigurationProblem> ORDER =
      Comparator.comparing(ConfigurationProblem::code)
          .thenComparing(ConfigurationProblem::subject)
          .thenComparing(ConfigurationProblem::message);

  private final List<ConfigurationProblem> problems = new ArrayList<>();

  private ConfigurationValidator() {}

  static List<ConfigurationProblem> validate(FederationConfiguration c) {
    ConfigurationValidator v = new ConfigurationValidator();
    v.common(c);
    if (c instanceof OnPremisesConfiguration onPremises) {
      v.onPremises(onPremises);
    } else if (c instanceof OnlineTenantConfiguration online) {
      v.online(online);
    }
    v.problems.sort(ORDER);
    return ImmutableList.copyOf(v.problems);
  }

  static void requireValid(List<ConfigurationProblem> problems) {
    for (ConfigurationProblem p : problems) {
      if (p.isError()) {
        throw new InvalidConfigurationException(problems);
      }
    }
  }

  private void add(ConfigurationProblem.Code code, String subject, String message) {
    problems.add(new ConfigurationProblem(code, subject, message));
  }

  // --- checks both shapes share ------------------------------------------------------------

  private void common(FederationConfiguration c) {
    Set<Domain> sipDomains = new HashSet<>(c.sipDomains());

    for (Map.Entry<String, Integer> e : countByText(c.sipDomains()).entrySet()) {
      if (e.getValue() > 1) {
        add(
            ConfigurationProblem.Code.DUPLICATE_SIP_DOMAIN,
            "SipDomain:" + e.getKey(),
            "The SIP domain "
                + e.getKey()
                + " is declared "
                + e.getValue()
                + " times; declare it once.");
      }
    }

    TreeMap<String, Integer> userCounts = new TreeMap<>();
    for (LocalUser u : c.users()) {
      userCounts.merge(u.sipUri().toString(), 1, Integer::sum);
    }
    for (Map.Entry<String, Integer> e : userCounts.entrySet()) {
      if (e.getValue() > 1) {
        add(
            ConfigurationProblem.Code.DUPLICATE_USER,
            "User:" + e.getKey(),
            "The user "
                + e.getKey()
                + " is declared "
                + e.getValue()
                + " times; a SIP URI identifies one user.");
      }
    }

    Set<String> sites =
        c instanceof OnPremisesConfiguration onPremises ? onPremises.sites() : Set.of();
    Set<PolicyIdentity> listedPolicies = new HashSet<>();
    for (ExternalAccessPolicy p : c.externalAccessPolicies()) {
      listedPolicies.add(p.identity());
    }
    for (LocalUser u : c.users()) {
      String who = u.sipUri().toString();
      Optional<String> site = u.site();
      if (site.isPresent() && !sites.contains(site.get())) {
        add(
            ConfigurationProblem.Code.USER_IN_UNKNOWN_SITE,
            "User:" + who,
            c.platform() == Platform.ONLINE
                ? "The user "
                    + who
                    + " is placed in site "
                    + site.get()
                    + ", but an online tenant has no sites; remove the site."
                : "The user "
                    + who
                    + " is placed in site "
                    + site.get()
                    + ", which the organization does not have; declare the site or move the user.");
      }
      Optional<Domain> domain = u.sipDomain();
      if (domain.isEmpty() || !sipDomains.contains(domain.get())) {
        add(
            ConfigurationProblem.Code.USER_OUTSIDE_SIP_DOMAINS,
            "User:" + who,
            "The user "
                + who
                + " is not in one of the organization's SIP domains "
                + sortedText(c.sipDomains())
                + "; add the SIP domain or correct the address.");
      }
      Optional<PolicyIdentity> granted = u.grantedPolicy();
      if (granted.isPresent() && !listedPolicies.contains(granted.get())) {
        add(
            ConfigurationProblem.Code.GRANT_OF_UNKNOWN_POLICY,
            "User:" + who,
            "The user "
                + who
                + " is granted "
                + granted.get()
                + ", which does not exist; create it with New-CsExternalAccessPolicy -Identity "
                + granted.get().name()
                + " or grant an existing policy.");
      }
    }

    TreeMap<String, Integer> policyCounts = new TreeMap<>();
    if (c instanceof OnPremisesConfiguration) {
      policyCounts.put(PolicyIdentity.global().toString(), 1);
    }
    for (ExternalAccessPolicy p : c.externalAccessPolicies()) {
      policyCounts.merge(p.identity().toString(), 1, Integer::sum);
    }
    for (Map.Entry<String, Integer> e : policyCounts.entrySet()) {
      if (e.getValue() > 1) {
        add(
            ConfigurationProblem.Code.DUPLICATE_POLICY_IDENTITY,
            "ExternalAccessPolicy:" + e.getKey(),
            e.getKey().equals(PolicyIdentity.global().toString())
                ? "A policy named Global is listed, but the Global policy always exists; set it"
                    + " as the global policy instead."
                : "The policy "
                    + e.getKey()
                    + " is declared "
                    + e.getValue()
                    + " times; identities are unique.");
      }
    }

    for (String d : sortedTextSet(c.picProvisioning().keySet())) {
      if (!containsText(c.sipDomains(), d)) {
        add(
            ConfigurationProblem.Code.PROVISIONING_FOR_UNKNOWN_SIP_DOMAIN,
            "PicProvisioning:" + d,
            "A PIC provisioning state is given for "
                + d
                + ", which is not one of the organization's SIP domains; it is never consulted.");
      }
    }

    publicProviderDecoration(c.publicProviders());
  }

  private void publicProviderDecoration(List<PublicProvider> providers) {
    TreeMap<String, List<String>> claims = new TreeMap<>();
    for (PublicProvider p : providers) {
      Optional<Domain> routing = p.nameDecorationRoutingDomain();
      if (routing.isPresent() && !p.nameDecorationExcludedDomains().contains(routing.get())) {
        add(
            ConfigurationProblem.Code.ROUTING_DOMAIN_NOT_EXCLUDED,
            "PublicProvider:" + p.identity(),
            "The public provider "
                + p.identity()
                + " routes decorated accounts through "
                + routing.get()
                + ", which is missing from its NameDecorationExcludedDomainList "
                + sortedTextSet(p.nameDecorationExcludedDomains())
                + "; add it, or its own accounts would be written decorated (alice("
                + routing.get()
                + ")@"
                + routing.get()
                + "), which the provider never reads.");
      }
      for (Domain d : p.providerDomains()) {
        claims.computeIfAbsent(d.toString(), k -> new ArrayList<>()).add(p.identity());
      }
    }
    for (Map.Entry<String, List<String>> e : claims.entrySet()) {
      if (e.getValue().size() > 1) {
        add(
            ConfigurationProblem.Code.PUBLIC_PROVIDER_DOMAIN_CLAIMED_TWICE,
            "Domain:" + e.getKey(),
            "The domain "
                + e.getKey()
                + " is a name-decoration domain of more than one public provider "
                + sorted(e.getValue())
                + "; its users could not be told apart.");
      }
    }
  }

  // --- on-premises -------------------------------------------------------------------------

  private void onPremises(OnPremisesConfiguration c) {
    List<Domain> allowed = new ArrayList<>();
    for (AllowedDomain a : c.allowedDomains()) {
      allowed.add(a.domain());
    }
    List<Domain> blocked = new ArrayList<>();
    for (BlockedDomain b : c.blockedDomains()) {
      blocked.add(b.domain());
    }
    duplicates(allowed, "AllowedDomain:", "allowed list");
    duplicates(blocked, "BlockedDomain:", "blocked list");
    TreeSet<String> both = new TreeSet<>(countByText(allowed).keySet());
    both.retainAll(countByText(blocked).keySet());
    for (String d : both) {
      add(
          ConfigurationProblem.Code.DOMAIN_ON_BOTH_LISTS,
          "Domain:" + d,
          "The domain "
              + d
              + " is on both the allowed and the blocked list, which the server"
              + " refuses; remove it from one (Remove-CsAllowedDomain -Identity "
              + d
              + " or Remove-CsBlockedDomain -Identity "
              + d
              + ").");
    }
    ownDomainsListed(c.sipDomains(), allowed, "AllowedDomain:", "allowed list");
    ownDomainsListed(c.sipDomains(), blocked, "BlockedDomain:", "blocked list");

    EdgeRouting routing = c.accessEdge().routing();
    if (!routing.isDnsSrv()) {
      for (PublicProvider p : c.publicProviders()) {
        providerWithDefaultRoute("PublicProvider:", "public provider", p.identity());
      }
      for (HostingProvider h : c.hostingProviders()) {
        providerWithDefaultRoute("HostingProvider:", "hosting provider", h.identity());
      }
      if (c.accessEdge().enablePartnerDiscovery()) {
        add(
            ConfigurationProblem.Code.PARTNER_DISCOVERY_WITHOUT_DNS_SRV,
            "AccessEdgeConfiguration:Global",
            "EnablePartnerDiscovery is on, but partner discovery needs DNS SRV routing and the"
                + " edge uses a default route; the setting has no effect.");
      }
    }

    providerUniqueness(c.publicProviders(), c.hostingProviders());

    for (String policy : sitePolicyNames(c.externalAccessPolicies())) {
      if (!c.sites().contains(policy)) {
        add(
            ConfigurationProblem.Code.SITE_POLICY_FOR_UNKNOWN_SITE,
            "ExternalAccessPolicy:" + PolicyIdentity.site(policy),
            "The policy "
                + PolicyIdentity.site(policy)
                + " is for a site the organization does"
                + " not have; declare the site or remove the policy.");
      }
    }

    hostedDomains(c);
  }

  private void providerWithDefaultRoute(String kind, String noun, String identity) {
    add(
        ConfigurationProblem.Code.PROVIDER_WITH_DEFAULT_ROUTING,
        kind + identity,
        "The "
            + noun
            + " "
            + identity
            + " cannot be used with a default route; remove every"
            + " public and hosting provider before setting UseDefaultRouting, or use DNS SRV"
            + " routing.");
  }

  private void providerUniqueness(List<PublicProvider> publics, List<HostingProvider> hosts) {
    TreeMap<String, List<String>> byIdentity = new TreeMap<>();
    TreeMap<String, List<String>> byFqdn = new TreeMap<>();
    for (PublicProvider p : publics) {
      String label = "public provider " + p.identity();
      byIdentity
          .computeIfAbsent(Ascii.toLowerCase(p.identity()), k -> new ArrayList<>())
          .add(label);
      byFqdn.computeIfAbsent(p.proxyFqdn().toString(), k -> new ArrayList<>()).add(label);
    }
    for (HostingProvider h : hosts) {
      String label = "hosting provider " + h.identity();
      byIdentity
          .computeIfAbsent(Ascii.toLowerCase(h.identity()), k -> new ArrayList<>())
          .add(label);
      byFqdn.computeIfAbsent(h.proxyFqdn().toString(), k -> new ArrayList<>()).add(label);
    }
    for (Map.Entry<String, List<String>> e : byIdentity.entrySet()) {
      if (e.getValue().size() > 1) {
        add(
            ConfigurationProblem.Code.DUPLICATE_PROVIDER_IDENTITY,
            "Provider:" + e.getKey(),
            "Provider identities are unique across public and hosting providers, ignoring case,"
                + " but "
                + sorted(e.getValue())
                + " share one; remove or rename all but one.");
      }
    }
    for (Map.Entry<String, List<String>> e : byFqdn.entrySet()) {
      if (e.getValue().size() > 1) {
        add(
            ConfigurationProblem.Code.DUPLICATE_PROVIDER_PROXY_FQDN,
            "ProxyFqdn:" + e.getKey(),
            "Proxy FQDNs are unique across public and hosting providers, but "
                + sorted(e.getValue())
                + " share "
                + e.getKey()
                + "; remove all but one (the published Skype instructions remove MSN before"
                + " creating Skype).");
      }
    }
  }

  private void hostedDomains(OnPremisesConfiguration c) {
    TreeMap<String, List<String>> hosted = new TreeMap<>();
    for (HostingProvider h : c.hostingProviders()) {
      for (Domain d : h.hostedDomains()) {
        hosted.computeIfAbsent(d.toString(), k -> new ArrayList<>()).add(h.identity());
      }
    }
    Set<String> publicDomains = new HashSet<>();
    for (PublicProvider p : c.publicProviders()) {
      for (Domain d : p.providerDomains()) {
        publicDomains.add(d.toString());
      }
    }
    for (Map.Entry<String, List<String>> e : hosted.entrySet()) {
      if (e.getValue().size() > 1) {
        add(
            ConfigurationProblem.Code.HOSTED_DOMAIN_CLAIMED_TWICE,
            "Domain:" + e.getKey(),
            "The domain "
                + e.getKey()
                + " is declared hosted by more than one hosting provider "
                + sorted(e.getValue())
                + "; declare it for one.");
      }
      if (publicDomains.contains(e.getKey())) {
        add(
            ConfigurationProblem.Code.HOSTED_DOMAIN_SHADOWED_BY_PUBLIC_PROVIDER,
            "Domain:" + e.getKey(),
            "The domain "
                + e.getKey()
                + " is declared hosted by "
                + sorted(e.getValue())
                + " but is also a public provider's domain; its users are treated as public"
                + " provider users.");
      }
    }
  }

  // --- online ------------------------------------------------------------------------------

  private void online(OnlineTenantConfiguration c) {
    List<Domain> allowed =
        c.allowedDomains() instanceof TenantAllowedDomains.AllowList list
            ? list.domains()
            : List.of();
    duplicates(allowed, "TenantAllowedDomain:", "tenant's allowed list");
    duplicates(c.blockedDomains(), "TenantBlockedDomain:", "tenant's blocked list");
    ownDomainsListed(c.sipDomains(), allowed, "TenantAllowedDomain:", "tenant's allowed list");
    ownDomainsListed(
        c.sipDomains(), c.blockedDomains(), "TenantBlockedDomain:", "tenant's blocked list");
    if (c.allowedDomains().isAllowList() && !c.blockedDomains().isEmpty()) {
      add(
          ConfigurationProblem.Code.BLOCKED_LIST_IGNORED_IN_ALLOW_LIST_MODE,
          "TenantFederationConfiguration:Global",
          "External Access allows only listed domains, so the blocked list "
              + sortedText(c.blockedDomains())
              + " is ignored; remove it, or allow all known"
              + " domains for it to apply.");
    }
    for (ExternalAccessPolicy p : c.externalAccessPolicies()) {
      if (p.scope() != PolicyScope.USER) {
        add(
            ConfigurationProblem.Code.POLICY_IGNORED_ONLINE,
            "ExternalAccessPolicy:" + p.identity(),
            "The policy "
                + p.identity()
                + " is ignored: online, only per-user policies that"
                + " are assigned to users apply.");
      }
    }
  }

  // --- shared helpers ----------------------------------------------------------------------

  private void duplicates(List<Domain> entries, String kind, String listName) {
    for (Map.Entry<String, Integer> e : countByText(entries).entrySet()) {
      if (e.getValue() > 1) {
        add(
            ConfigurationProblem.Code.DUPLICATE_DOMAIN_ENTRY,
            kind + e.getKey(),
            "The domain "
                + e.getKey()
                + " is on the "
                + listName
                + " "
                + e.getValue()
                + " times; the server refuses duplicates.");
      }
    }
  }

  private void ownDomainsListed(
      List<Domain> sipDomains, List<Domain> entries, String kind, String listName) {
    Set<String> own = sortedTextSet(sipDomains);
    for (String d : countByText(entries).keySet()) {
      if (own.contains(d)) {
        add(
            ConfigurationProblem.Code.SIP_DOMAIN_ON_DOMAIN_LIST,
            kind + d,
            "The organization's own SIP domain "
                + d
                + " is on the "
                + listName
                + "; internal traffic never consults it.");
      }
    }
  }

  private static Set<String> sitePolicyNames(List<ExternalAccessPolicy> policies) {
    TreeSet<String> names = new TreeSet<>();
    for (ExternalAccessPolicy p : policies) {
      if (p.scope() == PolicyScope.SITE) {
        names.add(p.identity().name());
      }
    }
    return names;
  }

  private static Map<String, Integer> countByText(Iterable<Domain> domains) {
    TreeMap<String, Integer> counts = new TreeMap<>();
    for (Domain d : domains) {
      counts.merge(d.toString(), 1, Integer::sum);
    }
    return counts;
  }

  private static boolean containsText(List<Domain> domains, String text) {
    for (Domain d : domains) {
      if (d.toString().equals(text)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> sortedTextSet(Iterable<? extends Domain> domains) {
    TreeSet<String> s = new TreeSet<>();
    for (Domain d : domains) {
      s.add(d.toString());
    }
    return s;
  }

  private static String sortedText(Iterable<? extends Domain> domains) {
    return sortedTextSet(domains).toString();
  }

  private static String sorted(List<String> labels) {
    List<String> copy = new ArrayList<>(labels);
    copy.sort(Comparator.naturalOrder());
    return copy.toString();
  }
}
