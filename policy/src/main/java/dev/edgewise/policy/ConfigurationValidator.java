package dev.edgewise.policy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import dev.edgewise.address.Domain;
import dev.edgewise.policy.internal.eval.CompiledConfiguration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds every contradiction of a configuration (each {@link ConfigurationProblem.Code}, among them
 * the checks the server makes when objects are created). It reads the configuration's entries
 * and, for every cross-check (is this a SIP domain, is that domain on the other list, which
 * providers claim a domain), the one compiled form ({@link CompiledConfiguration}), never the
 * configuration's own queries. Problems are sorted at the end, so the result depends only on the
 * multiset of entries, never on the order they were added; look-ups are hashed, so a list of a
 * million domains costs a pass, not a sort.
 */
final class ConfigurationValidator {

  private static final Comparator<ConfigurationProblem> ORDER =
      Comparator.comparing(ConfigurationProblem::code)
          .thenComparing(ConfigurationProblem::subject)
          .thenComparing(ConfigurationProblem::message);

  private final List<ConfigurationProblem> problems = new ArrayList<>();
  private final CompiledConfiguration compiled;

  private ConfigurationValidator(CompiledConfiguration compiled) {
    this.compiled = compiled;
  }

  static List<ConfigurationProblem> validate(CompiledConfiguration compiled) {
    ConfigurationValidator v = new ConfigurationValidator(compiled);
    FederationConfiguration c = compiled.source();
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

  void add(ConfigurationProblem.Code code, String subject, String message) {
    problems.add(new ConfigurationProblem(code, subject, message));
  }

  // --- checks both shapes share ------------------------------------------------------------

  private void common(FederationConfiguration c) {
    for (Map.Entry<Domain, Integer> e : repeated(c.sipDomains()).entrySet()) {
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

    duplicateUsers(c.users());

    Set<String> sites =
        c instanceof OnPremisesConfiguration onPremises ? onPremises.sites() : Set.of();
    for (String site : new TreeSet<>(sites)) {
      Optional<String> wrong = ConfigurationNames.problem(site);
      if (wrong.isPresent()) {
        String quoted = ConfigurationNames.excerpt(site);
        add(
            ConfigurationProblem.Code.INVALID_NAME,
            "Site:" + quoted,
            "The site name "
                + quoted
                + " "
                + wrong.get()
                + "; no policy or user could reference it.");
      }
    }
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
      if (domain.isEmpty() || !compiled.isSipDomain(domain.get())) {
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

    for (Domain d : c.picProvisioning().keySet()) {
      if (!compiled.isSipDomain(d)) {
        add(
            ConfigurationProblem.Code.PROVISIONING_FOR_UNKNOWN_SIP_DOMAIN,
            "PicProvisioning:" + d,
            "A PIC provisioning state is given for "
                + d
                + ", which is not one of the organization's SIP domains; it is never consulted.");
      }
    }

    ProviderValidation.publicProviders(this, compiled);
    ProductValidation.check(this, c);
    SurfaceValidation.check(this, c);
    TeamsValidation.check(this, c);
  }

  /**
   * Users are compared as {@link SipUri} values, so one user written two ways ({@code
   * sip:alice@contoso.com}, {@code sip:alice@CONTOSO.COM}, {@code sip:%61lice@contoso.com}) is a
   * duplicate: otherwise the second entry's grant would be silently ignored.
   */
  private void duplicateUsers(List<LocalUser> users) {
    TreeMap<String, List<String>> written = new TreeMap<>();
    for (LocalUser u : users) {
      written
          .computeIfAbsent(u.sipUri().canonical().toString(), k -> new ArrayList<>())
          .add(u.sipUri().toString());
    }
    for (Map.Entry<String, List<String>> e : written.entrySet()) {
      List<String> forms = e.getValue();
      if (forms.size() > 1) {
        TreeSet<String> distinct = new TreeSet<>(forms);
        add(
            ConfigurationProblem.Code.DUPLICATE_USER,
            "User:" + e.getKey(),
            "The user "
                + e.getKey()
                + " is declared "
                + forms.size()
                + " times"
                + (distinct.size() > 1 ? " (written " + distinct + ")" : "")
                + "; a SIP URI identifies one user, and only the first entry's site and grant"
                + " would count.");
      }
    }
  }

  // --- on-premises -------------------------------------------------------------------------

  private void onPremises(OnPremisesConfiguration c) {
    // Views, not copies: read only when the compiled form counts fewer domains than entries.
    List<Domain> allowed = Lists.transform(c.allowedDomains(), AllowedDomain::domain);
    List<Domain> blocked = Lists.transform(c.blockedDomains(), BlockedDomain::domain);
    duplicates(allowed, compiled.allowedDomainCount(), "AllowedDomain:", "allowed list");
    duplicates(blocked, compiled.blockedDomainCount(), "BlockedDomain:", "blocked list");
    Set<Domain> both = new HashSet<>();
    for (Domain d : allowed) {
      if (compiled.isOnBlockedList(d)) {
        both.add(d);
      }
    }
    for (Domain d : both) {
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
    for (Domain own : new HashSet<>(c.sipDomains())) {
      if (compiled.allowedEntry(own) != null) {
        ownDomainListed(own, "AllowedDomain:", "allowed list");
      }
      if (compiled.isOnBlockedList(own)) {
        ownDomainListed(own, "BlockedDomain:", "blocked list");
      }
    }

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

    ProviderValidation.uniqueness(this, c.publicProviders(), c.hostingProviders());

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

    ProviderValidation.hostedDomains(this, compiled);
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

  // --- online ------------------------------------------------------------------------------

  private void online(OnlineTenantConfiguration c) {
    List<Domain> allowed =
        c.allowedDomains() instanceof TenantAllowedDomains.AllowList list
            ? list.domains()
            : List.of();
    duplicates(
        allowed, compiled.tenantAllowedDomainCount(), "TenantAllowedDomain:", "tenant's allowed list");
    duplicates(
        c.blockedDomains(),
        compiled.blockedDomainCount(),
        "TenantBlockedDomain:",
        "tenant's blocked list");
    for (Domain own : new HashSet<>(c.sipDomains())) {
      if (compiled.isOnTenantAllowList(own)) {
        ownDomainListed(own, "TenantAllowedDomain:", "tenant's allowed list");
      }
      if (compiled.isOnBlockedList(own)) {
        ownDomainListed(own, "TenantBlockedDomain:", "tenant's blocked list");
      }
    }
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

  /**
   * Reports the domains listed more than once; {@code distinct} is how many different ones the
   * compiled form holds, so a list without repeats costs no second pass.
   */
  private void duplicates(List<Domain> entries, int distinct, String kind, String listName) {
    if (distinct == entries.size()) {
      return;
    }
    for (Map.Entry<Domain, Integer> e : repeated(entries).entrySet()) {
      {
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

  private void ownDomainListed(Domain d, String kind, String listName) {
    add(
        ConfigurationProblem.Code.SIP_DOMAIN_ON_DOMAIN_LIST,
        kind + d,
        "The organization's own SIP domain "
            + d
            + " is on the "
            + listName
            + "; internal traffic never consults it.");
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

  /** Domains in the order of their canonical names, which is also their equality. */
  static final Comparator<Domain> BY_NAME = Comparator.comparing(Domain::toString);

  /**
   * The domains listed more than once, with how often. One hashed pass: a sorted map of every
   * entry cost most of a million-domain compile; only the repeated few are kept.
   */
  private static Map<Domain, Integer> repeated(List<Domain> domains) {
    Set<Domain> seen = new HashSet<>(Math.max(16, domains.size() * 2));
    Map<Domain, Integer> repeats = new HashMap<>();
    for (Domain d : domains) {
      if (!seen.add(d)) {
        repeats.merge(d, 2, (was, one) -> was + 1);
      }
    }
    return repeats;
  }

  static Set<Domain> sortedSet(Iterable<? extends Domain> domains) {
    TreeSet<Domain> s = new TreeSet<>(BY_NAME);
    for (Domain d : domains) {
      s.add(d);
    }
    return s;
  }

  static String sortedText(Iterable<? extends Domain> domains) {
    return sortedSet(domains).toString();
  }

  static String sorted(List<String> labels) {
    List<String> copy = new ArrayList<>(labels);
    copy.sort(Comparator.naturalOrder());
    return copy.toString();
  }
}
