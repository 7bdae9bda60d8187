package dev.edgewise.runbook.internal;

import dev.edgewise.address.Domain;
import dev.edgewise.address.NameDecoration;
import dev.edgewise.policy.AccessEdgeConfiguration;
import dev.edgewise.policy.AllowedDomain;
import dev.edgewise.policy.BlockedDomain;
import dev.edgewise.policy.EdgeRouting;
import dev.edgewise.policy.HostingProvider;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.Product;
import dev.edgewise.policy.PublicProvider;
import dev.edgewise.policy.VerificationLevel;
import dev.edgewise.runbook.RunbookErrorKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The on-premises cmdlets: Access Edge, allowed and blocked domains, public and hosting providers. */
final class OnPremisesCmdlets {

  /** Products with the CU5 name-decoration parameters. */
  static final Set<Product> DECORATION =
      EnumSet.of(
          Product.LYNC_SERVER_2013_CU5,
          Product.SKYPE_FOR_BUSINESS_SERVER_2015,
          Product.SKYPE_FOR_BUSINESS_SERVER_2019);

  /** Products from Skype for Business Server 2015. */
  static final Set<Product> SFB2015 =
      EnumSet.of(Product.SKYPE_FOR_BUSINESS_SERVER_2015, Product.SKYPE_FOR_BUSINESS_SERVER_2019);

  private static final Binder.Type B = Binder.Type.BOOL;
  private static final Binder.Type I = Binder.Type.INT;

  private static final List<Binder.Spec> EDGE =
      new Binder.Specs()
          .add("Identity", Binder.Type.STRING)
          .add("AllowFederatedUsers", B)
          .add("EnablePartnerDiscovery", B)
          .add("AllowOutsideUsers", B)
          .add("AllowAnonymousUsers", B)
          .add("UseDnsSrvRouting", Binder.Type.SWITCH)
          .add("UseDefaultRouting", Binder.Type.SWITCH)
          .add("DefaultRouteFqdn", Binder.Type.DOMAIN)
          .add("VerificationLevel", Binder.Type.VERIFICATION)
          .add("DiscoveredPartnerVerificationLevel", Binder.Type.VERIFICATION)
          .add("EnableArchivingDisclaimer", B)
          .add("MarkSourceVerifiableOnOutgoingMessages", B)
          .add("EnableDiscoveredPartnerContactsLimit", B)
          .add("MaxContactsPerDiscoveredPartner", I)
          .add("DiscoveredPartnerStandardRate", I)
          .add("DiscoveredPartnerReportPeriodMinutes", I)
          .add("KeepCrlsUpToDateForPeers", B)
          .add("OutgoingTlsCountForFederatedPartners", I)
          .add("BeClearingHouse", B)
          .add("SkypeSearchUrl", Binder.Type.STRING)
          .add("DnsSrvCacheRecordCount", I)
          .notModelled("RoutingMethod", "CertificatesToBeExcluded")
          .common()
          .build();

  private static final List<Binder.Spec> ALLOWED =
      new Binder.Specs()
          .add("Identity", Binder.Type.DOMAIN)
          .add("Domain", Binder.Type.DOMAIN)
          .add("ProxyFqdn", Binder.Type.DOMAIN)
          .add("Comment", Binder.Type.STRING)
          .add("MarkForMonitoring", B)
          .add("VerificationLevel", Binder.Type.VERIFICATION, SFB2015)
          .common()
          .build();

  private static final List<Binder.Spec> BLOCKED =
      new Binder.Specs()
          .add("Identity", Binder.Type.DOMAIN)
          .add("Domain", Binder.Type.DOMAIN)
          .add("Comment", Binder.Type.STRING)
          .common()
          .build();

  private static final List<Binder.Spec> IDENTITY_ONLY =
      new Binder.Specs().add("Identity", Binder.Type.STRING).common().build();

  private static final List<Binder.Spec> PUBLIC =
      new Binder.Specs()
          .add("Identity", Binder.Type.STRING)
          .add("ProxyFqdn", Binder.Type.DOMAIN)
          .add("Enabled", B)
          .add("VerificationLevel", Binder.Type.VERIFICATION)
          .add("IconUrl", Binder.Type.STRING)
          .add("NameDecorationRoutingDomain", Binder.Type.DOMAIN, DECORATION)
          .add("NameDecorationExcludedDomainList", Binder.Type.ANY, DECORATION)
          .add("EnableSkypeIdRouting", B, SFB2015)
          .add("EnableSkypeDirectorySearch", B, SFB2015)
          .notModelled("NameDecorationDomain")
          .common()
          .build();

  private static final List<Binder.Spec> HOSTING =
      new Binder.Specs()
          .add("Identity", Binder.Type.STRING)
          .add("ProxyFqdn", Binder.Type.DOMAIN)
          .add("Enabled", B)
          .add("EnabledSharedAddressSpace", B)
          .add("HostsOCSUsers", B)
          .add("IsLocal", B)
          .add("VerificationLevel", Binder.Type.VERIFICATION)
          .add("AutodiscoverUrl", Binder.Type.STRING)
          .add("SipClientPort", I)
          .common()
          .build();

  private static final Set<String> NAMES =
      Set.of(
          "set-csaccessedgeconfiguration",
          "new-csalloweddomain",
          "set-csalloweddomain",
          "remove-csalloweddomain",
          "new-csblockeddomain",
          "set-csblockeddomain",
          "remove-csblockeddomain",
          "new-cspublicprovider",
          "set-cspublicprovider",
          "remove-cspublicprovider",
          "new-cshostingprovider",
          "set-cshostingprovider",
          "remove-cshostingprovider");

  private OnPremisesCmdlets() {}

  static boolean handles(String name) {
    return NAMES.contains(name);
  }

  static void apply(Ctx ctx, Statement st, String name) {
    switch (name) {
      case "set-csaccessedgeconfiguration" -> edge(ctx, bind(ctx, st, EDGE));
      case "new-csalloweddomain" -> allowed(ctx, bind(ctx, st, ALLOWED), Verb.NEW);
      case "set-csalloweddomain" -> allowed(ctx, bind(ctx, st, ALLOWED), Verb.SET);
      case "remove-csalloweddomain" -> allowed(ctx, bind(ctx, st, IDENTITY_ONLY), Verb.REMOVE);
      case "new-csblockeddomain" -> blocked(ctx, bind(ctx, st, BLOCKED), Verb.NEW);
      case "set-csblockeddomain" -> blocked(ctx, bind(ctx, st, BLOCKED), Verb.SET);
      case "remove-csblockeddomain" -> blocked(ctx, bind(ctx, st, IDENTITY_ONLY), Verb.REMOVE);
      case "new-cspublicprovider" -> publicNew(ctx, bind(ctx, st, PUBLIC));
      case "set-cspublicprovider" -> publicSet(ctx, bind(ctx, st, PUBLIC));
      case "remove-cspublicprovider" -> publicRemove(ctx, bind(ctx, st, IDENTITY_ONLY));
      case "new-cshostingprovider" -> hosting(ctx, bind(ctx, st, HOSTING), Verb.NEW);
      case "set-cshostingprovider" -> hosting(ctx, bind(ctx, st, HOSTING), Verb.SET);
      default -> hosting(ctx, bind(ctx, st, IDENTITY_ONLY), Verb.REMOVE);
    }
  }

  enum Verb {
    NEW,
    SET,
    REMOVE
  }

  private static Binder bind(Ctx ctx, Statement st, List<Binder.Spec> specs) {
    return Binder.bind(ctx.problems, ctx.product(), st, specs, "Identity");
  }

  // --- Access Edge ------------------------------------------------------------------------------

  private static void edge(Ctx ctx, Binder b) {
    if (b.has("Identity")) {
      Optional<String> id = b.string("Identity");
      if (id.isPresent() && !id.get().equalsIgnoreCase("Global")) {
        b.report("Identity", RunbookErrorKind.NOT_FOUND, "the Access Edge configuration is Global");
        return;
      }
    }
    AccessEdgeConfiguration e = ctx.onPrem().accessEdge();
    AccessEdgeConfiguration.Builder x = e.toBuilder();
    b.bool("AllowFederatedUsers").ifPresent(x::allowFederatedUsers);
    b.bool("EnablePartnerDiscovery").ifPresent(x::enablePartnerDiscovery);
    b.bool("AllowOutsideUsers").ifPresent(x::allowOutsideUsers);
    b.bool("AllowAnonymousUsers").ifPresent(x::allowAnonymousUsers);
    b.verification("DiscoveredPartnerVerificationLevel")
        .ifPresent(x::discoveredPartnerVerificationLevel);
    b.bool("EnableArchivingDisclaimer").ifPresent(x::enableArchivingDisclaimer);
    b.bool("MarkSourceVerifiableOnOutgoingMessages")
        .ifPresent(x::markSourceVerifiableOnOutgoingMessages);
    b.bool("EnableDiscoveredPartnerContactsLimit")
        .ifPresent(x::enableDiscoveredPartnerContactsLimit);
    b.integer("MaxContactsPerDiscoveredPartner").ifPresent(x::maxContactsPerDiscoveredPartner);
    b.integer("DiscoveredPartnerStandardRate").ifPresent(x::discoveredPartnerStandardRate);
    b.integer("DiscoveredPartnerReportPeriodMinutes")
        .ifPresent(x::discoveredPartnerReportPeriodMinutes);
    b.bool("KeepCrlsUpToDateForPeers").ifPresent(x::keepCrlsUpToDateForPeers);
    b.integer("OutgoingTlsCountForFederatedPartners")
        .ifPresent(x::outgoingTlsCountForFederatedPartners);
    b.bool("BeClearingHouse").ifPresent(x::beClearinghouse);
    if (b.isNull("SkypeSearchUrl")) {
      x.skypeSearchUrl(Optional.empty());
    } else {
      b.string("SkypeSearchUrl").ifPresent(x::skypeSearchUrl);
    }
    if (b.isNull("DnsSrvCacheRecordCount")) {
      x.dnsSrvCacheRecordCount(java.util.OptionalInt.empty());
    } else {
      b.integer("DnsSrvCacheRecordCount").ifPresent(x::dnsSrvCacheRecordCount);
    }
    x.routing(routing(b, e.routing()).orElse(e.routing()));
    ctx.config = ctx.onPrem().toBuilder().accessEdge(x.build()).build();
  }

  private static Optional<EdgeRouting> routing(Binder b, EdgeRouting current) {
    boolean srv = b.bool("UseDnsSrvRouting").orElse(false);
    boolean def = b.bool("UseDefaultRouting").orElse(false);
    Optional<Domain> fqdn = b.domain("DefaultRouteFqdn");
    Optional<VerificationLevel> level = b.verification("VerificationLevel");
    if (srv && def) {
      b.report(
          "UseDefaultRouting",
          RunbookErrorKind.INVALID_VALUE,
          "-UseDnsSrvRouting and -UseDefaultRouting exclude each other");
      return Optional.empty();
    }
    if (srv) {
      if (b.has("DefaultRouteFqdn") || b.has("VerificationLevel")) {
        b.report(
            b.has("DefaultRouteFqdn") ? "DefaultRouteFqdn" : "VerificationLevel",
            RunbookErrorKind.NOT_MODELLED,
            "a default route kept beside DNS SRV routing is not modelled");
        return Optional.empty();
      }
      return Optional.of(EdgeRouting.dnsSrv());
    }
    boolean isDefault = current instanceof EdgeRouting.DefaultRoute;
    if (!def && !isDefault) {
      if (b.has("DefaultRouteFqdn") || b.has("VerificationLevel")) {
        b.report(
            b.has("DefaultRouteFqdn") ? "DefaultRouteFqdn" : "VerificationLevel",
            RunbookErrorKind.NOT_MODELLED,
            "a default route kept beside DNS SRV routing is not modelled; add -UseDefaultRouting");
      }
      return Optional.empty();
    }
    if (!def && !b.has("DefaultRouteFqdn") && !b.has("VerificationLevel")) {
      return Optional.empty();
    }
    Optional<Domain> oldFqdn = Optional.empty();
    Optional<VerificationLevel> oldLevel = Optional.empty();
    if (current instanceof EdgeRouting.DefaultRoute r) {
      oldFqdn = Optional.of(r.defaultRouteFqdn());
      oldLevel = Optional.of(r.verificationLevel());
    }
    Optional<Domain> f = b.has("DefaultRouteFqdn") ? fqdn : oldFqdn;
    Optional<VerificationLevel> v = b.has("VerificationLevel") ? level : oldLevel;
    if (f.isEmpty() && !b.has("DefaultRouteFqdn")) {
      b.require("DefaultRouteFqdn");
      return Optional.empty();
    }
    if (v.isEmpty() && !b.has("VerificationLevel")) {
      b.require("VerificationLevel");
      return Optional.empty();
    }
    if (b.isNull("DefaultRouteFqdn")) {
      b.report("DefaultRouteFqdn", RunbookErrorKind.WRONG_TYPE, "a default route needs a next hop");
    }
    if (f.isEmpty() || v.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(EdgeRouting.defaultRoute(f.get(), v.get()));
  }

  // --- allowed and blocked domains --------------------------------------------------------------

  private static Optional<Domain> domainIdentity(Binder b) {
    Optional<Domain> id = b.domain("Identity");
    Optional<Domain> d = b.has("Domain") ? b.domain("Domain") : Optional.empty();
    if (!b.has("Identity") && !b.has("Domain")) {
      b.require("Identity");
      return Optional.empty();
    }
    if (id.isPresent() && d.isPresent() && !id.get().equals(d.get())) {
      b.report("Domain", RunbookErrorKind.INVALID_VALUE, "-Identity and -Domain name different domains");
      return Optional.empty();
    }
    return id.isPresent() ? id : d;
  }

  private static void allowed(Ctx ctx, Binder b, Verb verb) {
    Optional<Domain> d = domainIdentity(b);
    if (d.isEmpty()) {
      return;
    }
    OnPremisesConfiguration c = ctx.onPrem();
    boolean blocked = c.blockedDomains().stream().anyMatch(x -> x.domain().equals(d.get()));
    editDomainList(
            ctx, b, verb, d.get(), c.allowedDomains(), AllowedDomain::domain, blocked,
            "allowed", "blocked", AllowedDomain::of, OnPremisesCmdlets::allowedSettings)
        .ifPresent(list -> ctx.config = c.toBuilder().allowedDomains(list).build());
  }

  /**
   * New, Set or Remove of one entry of the allowed or blocked list, refused as the server refuses
   * it: a New of a listed domain or of one on the other list, a Set or Remove of a missing one.
   * Returns the edited list, or empty after reporting the refusal.
   */
  private static <T> Optional<List<T>> editDomainList(
      Ctx ctx,
      Binder b,
      Verb verb,
      Domain d,
      List<T> entries,
      Function<T, Domain> domainOf,
      boolean onOtherList,
      String listName,
      String otherListName,
      Function<Domain, T> create,
      BiFunction<Binder, T, T> settings) {
    List<T> list = new ArrayList<>(entries);
    int i = -1;
    for (int k = 0; k < list.size(); k++) {
      if (domainOf.apply(list.get(k)).equals(d)) {
        i = k;
      }
    }
    if (verb == Verb.NEW) {
      if (i >= 0) {
        b.report("Identity", RunbookErrorKind.ALREADY_EXISTS, d + " is already " + listName);
        return Optional.empty();
      }
      if (onOtherList) {
        b.report(
            "Identity",
            RunbookErrorKind.DOMAIN_ON_OTHER_LIST,
            d + " is on the " + otherListName + " list; remove it there first");
        return Optional.empty();
      }
      list.add(settings.apply(b, create.apply(d)));
    } else if (i < 0) {
      ctx.notFound(b, "Identity", "the " + listName + " domain " + d);
      return Optional.empty();
    } else if (verb == Verb.SET) {
      list.set(i, settings.apply(b, list.get(i)));
    } else {
      list.remove(i);
    }
    return Optional.of(list);
  }

  private static AllowedDomain allowedSettings(Binder b, AllowedDomain a) {
    AllowedDomain.Builder x = a.toBuilder();
    if (b.isNull("ProxyFqdn")) {
      x.proxyFqdn(Optional.empty());
    } else {
      b.domain("ProxyFqdn").ifPresent(x::proxyFqdn);
    }
    if (b.isNull("Comment")) {
      x.comment(Optional.empty());
    } else {
      b.string("Comment").ifPresent(x::comment);
    }
    b.bool("MarkForMonitoring").ifPresent(x::markForMonitoring);
    b.verification("VerificationLevel").ifPresent(x::verificationLevel);
    return x.build();
  }

  private static void blocked(Ctx ctx, Binder b, Verb verb) {
    Optional<Domain> d = domainIdentity(b);
    if (d.isEmpty()) {
      return;
    }
    OnPremisesConfiguration c = ctx.onPrem();
    boolean allowed = c.allowedDomains().stream().anyMatch(x -> x.domain().equals(d.get()));
    editDomainList(
            ctx, b, verb, d.get(), c.blockedDomains(), BlockedDomain::domain, allowed,
            "blocked", "allowed", BlockedDomain::of, OnPremisesCmdlets::blockedSettings)
        .ifPresent(list -> ctx.config = c.toBuilder().blockedDomains(list).build());
  }

  private static BlockedDomain blockedSettings(Binder b, BlockedDomain d) {
    BlockedDomain.Builder x = d.toBuilder();
    if (b.isNull("Comment")) {
      x.comment(Optional.empty());
    } else {
      b.string("Comment").ifPresent(x::comment);
    }
    return x.build();
  }

  // --- public providers -------------------------------------------------------------------------

  private static List<String> publicIds(Ctx ctx) {
    List<String> ids = new ArrayList<>();
    for (PublicProvider p : ctx.config.publicProviders()) {
      ids.add(p.identity());
    }
    return ids;
  }

  private static void publicNew(Ctx ctx, Binder b) {
    // Every missing required parameter is reported, not only the first.
    boolean complete = b.require("Identity");
    complete &= b.require("ProxyFqdn");
    complete &= b.require("Enabled");
    if (!complete) {
      return;
    }
    Optional<String> id = b.string("Identity");
    Optional<Domain> fqdn = b.domain("ProxyFqdn");
    if (id.isEmpty() || fqdn.isEmpty()) {
      return;
    }
    if (ctx.providerIdentityTaken(id.get())) {
      b.report("Identity", RunbookErrorKind.ALREADY_EXISTS, "a provider " + id.get() + " already exists");
      return;
    }
    Optional<String> holder = ctx.proxyFqdnHolder(fqdn.get());
    if (holder.isPresent()) {
      b.report(
          "ProxyFqdn",
          RunbookErrorKind.DUPLICATE_PROXY_FQDN,
          "the provider " + holder.get() + " already uses " + fqdn.get() + "; remove it first");
      return;
    }
    boolean decorates = DECORATION.contains(ctx.product());
    NameDecoration defaults = NameDecoration.defaults();
    PublicProvider.Builder x = PublicProvider.builder().identity(id.get()).proxyFqdn(fqdn.get());
    serviceFacts(fqdn.get(), x);
    b.bool("Enabled").ifPresent(x::enabled);
    b.verification("VerificationLevel").ifPresent(x::verificationLevel);
    if (!b.isNull("IconUrl")) {
      b.string("IconUrl").ifPresent(x::iconUrl);
    }
    if (b.has("NameDecorationRoutingDomain")) {
      b.domain("NameDecorationRoutingDomain").ifPresent(x::nameDecorationRoutingDomain);
    } else if (decorates) {
      x.nameDecorationRoutingDomain(defaults.routingDomain());
    }
    if (b.has("NameDecorationExcludedDomainList")) {
      domainList(ctx, b, "NameDecorationExcludedDomainList").ifPresent(x::nameDecorationExcludedDomains);
    } else if (decorates) {
      x.nameDecorationExcludedDomains(defaults.excludedDomains());
    }
    b.bool("EnableSkypeIdRouting").ifPresent(x::enableSkypeIdRouting);
    b.bool("EnableSkypeDirectorySearch").ifPresent(x::enableSkypeDirectorySearch);
    List<PublicProvider> list = new ArrayList<>(ctx.config.publicProviders());
    list.add(x.build());
    ctx.config = ctx.onPrem().toBuilder().publicProviders(list).build();
  }

  /**
   * The facts no cmdlet sets but the server knew of the service behind a proxy FQDN: the consumer
   * domains of the historic Yahoo! and AOL services and the day their connectivity ended. A
   * provider re-created on their FQDN is the same service, whatever its identity.
   */
  static void serviceFacts(Domain proxyFqdn, PublicProvider.Builder x) {
    for (PublicProvider known : List.of(PublicProvider.yahoo(), PublicProvider.aim())) {
      if (known.proxyFqdn().equals(proxyFqdn)) {
        x.consumerDomains(known.consumerDomains());
        known.connectivityEnded().ifPresent(x::connectivityEnded);
      }
    }
  }

  /** {@code "a.com,b.com"} as the cmdlet takes it, or a list; {@code $null} or "" is empty. */
  static Optional<Set<Domain>> domainList(Ctx ctx, Binder b, String param) {
    Val v = b.raw(param).orElseThrow();
    Set<Domain> out = new LinkedHashSet<>();
    if (v instanceof Val.Null) {
      return Optional.of(out);
    }
    List<Val> items = v instanceof Val.Arr a ? a.items() : List.of(v);
    boolean ok = true;
    for (Val item : items) {
      Optional<String> text = Binder.text(item);
      if (text.isEmpty()) {
        ctx.problems.add(RunbookErrorKind.WRONG_TYPE, item, "-" + param + " takes domain names");
        ok = false;
        continue;
      }
      for (String part : text.get().split(",", -1)) {
        String t = part.trim();
        if (t.isEmpty()) {
          continue;
        }
        Optional<Domain> d = Domain.tryParse(t);
        if (d.isEmpty()) {
          ctx.problems.add(RunbookErrorKind.INVALID_VALUE, item, t + " is not a valid domain name");
          ok = false;
        } else {
          out.add(d.get());
        }
      }
    }
    return ok ? Optional.of(out) : Optional.empty();
  }

  private static final List<String> RECREATE =
      List.of(
          "ProxyFqdn",
          "IconUrl",
          "NameDecorationRoutingDomain",
          "NameDecorationExcludedDomainList",
          "EnableSkypeIdRouting",
          "EnableSkypeDirectorySearch");

  private static void publicSet(Ctx ctx, Binder b) {
    if (!b.require("Identity")) {
      return;
    }
    for (String p : RECREATE) {
      if (b.has(p)) {
        b.report(
            p,
            RunbookErrorKind.RECREATION_REQUIRED,
            "Set-CsPublicProvider changes only -Enabled and -VerificationLevel; remove the provider"
                + " and create it again to change -" + p);
      }
    }
    Optional<String> id = b.string("Identity");
    if (id.isEmpty()) {
      return;
    }
    List<PublicProvider> list = new ArrayList<>(ctx.config.publicProviders());
    int i = Ctx.indexIgnoringCase(publicIds(ctx), id.get());
    if (i < 0) {
      ctx.notFound(b, "Identity", "the public provider " + id.get());
      return;
    }
    PublicProvider.Builder x = list.get(i).toBuilder();
    b.bool("Enabled").ifPresent(x::enabled);
    b.verification("VerificationLevel").ifPresent(x::verificationLevel);
    list.set(i, x.build());
    ctx.config = ctx.onPrem().toBuilder().publicProviders(list).build();
  }

  private static void publicRemove(Ctx ctx, Binder b) {
    if (!b.require("Identity")) {
      return;
    }
    Optional<String> id = b.string("Identity");
    if (id.isEmpty()) {
      return;
    }
    List<PublicProvider> list = new ArrayList<>(ctx.config.publicProviders());
    int i = Ctx.indexIgnoringCase(publicIds(ctx), id.get());
    if (i < 0) {
      ctx.notFound(b, "Identity", "the public provider " + id.get());
      return;
    }
    list.remove(i);
    ctx.config = ctx.onPrem().toBuilder().publicProviders(list).build();
  }

  // --- hosting providers ------------------------------------------------------------------------

  private static void hosting(Ctx ctx, Binder b, Verb verb) {
    if (!b.require("Identity")) {
      return;
    }
    Optional<String> id = b.string("Identity");
    if (id.isEmpty()) {
      return;
    }
    OnPremisesConfiguration c = ctx.onPrem();
    List<HostingProvider> list = new ArrayList<>(c.hostingProviders());
    List<String> ids = new ArrayList<>();
    for (HostingProvider h : list) {
      ids.add(h.identity());
    }
    int i = Ctx.indexIgnoringCase(ids, id.get());
    if (verb == Verb.NEW) {
      if (!b.require("ProxyFqdn")) {
        return;
      }
      Optional<Domain> fqdn = b.domain("ProxyFqdn");
      if (fqdn.isEmpty()) {
        return;
      }
      if (ctx.providerIdentityTaken(id.get())) {
        b.report("Identity", RunbookErrorKind.ALREADY_EXISTS, "a provider " + id.get() + " already exists");
        return;
      }
      Optional<String> holder = ctx.proxyFqdnHolder(fqdn.get());
      if (holder.isPresent()) {
        b.report(
            "ProxyFqdn",
            RunbookErrorKind.DUPLICATE_PROXY_FQDN,
            "the provider " + holder.get() + " already uses " + fqdn.get() + "; remove it first");
        return;
      }
      list.add(hostingSettings(b, HostingProvider.builder().identity(id.get()).proxyFqdn(fqdn.get())));
    } else if (i < 0) {
      ctx.notFound(b, "Identity", "the hosting provider " + id.get());
      return;
    } else if (verb == Verb.SET) {
      if (b.has("ProxyFqdn")) {
        b.report(
            "ProxyFqdn",
            RunbookErrorKind.RECREATION_REQUIRED,
            "Set-CsHostingProvider cannot change -ProxyFqdn; remove the provider and create it again");
        return;
      }
      list.set(i, hostingSettings(b, list.get(i).toBuilder()));
    } else {
      list.remove(i);
    }
    ctx.config = c.toBuilder().hostingProviders(list).build();
  }

  private static HostingProvider hostingSettings(Binder b, HostingProvider.Builder x) {
    b.bool("Enabled").ifPresent(x::enabled);
    b.bool("EnabledSharedAddressSpace").ifPresent(x::enabledSharedAddressSpace);
    b.bool("HostsOCSUsers").ifPresent(x::hostsOcsUsers);
    b.bool("IsLocal").ifPresent(x::isLocal);
    b.verification("VerificationLevel").ifPresent(x::verificationLevel);
    if (b.isNull("AutodiscoverUrl")) {
      x.autodiscoverUrl(Optional.empty());
    } else {
      b.string("AutodiscoverUrl").ifPresent(x::autodiscoverUrl);
    }
    b.integer("SipClientPort").ifPresent(x::sipClientPort);
    return x.build();
  }
}
