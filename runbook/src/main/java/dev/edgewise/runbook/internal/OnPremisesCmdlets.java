package dev.edgewise.runbook.internal;

import dev.edgewise.address.Domain;
import dev.edgewise.policy.AccessEdgeConfiguration;
import dev.edgewise.policy.AllowedDomain;
import dev.edgewise.policy.BlockedDomain;
import dev.edgewise.policy.EdgeRouting;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.VerificationLevel;
import dev.edgewise.runbook.RunbookErrorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The on-premises cmdlets: the Access Edge and the allowed and blocked domains here, the public and
 * hosting providers in {@link ProviderCmdlets}.
 */
final class OnPremisesCmdlets {

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
          .add("VerificationLevel", Binder.Type.VERIFICATION, ProviderCmdlets.SFB2015)
          .common()
          .build();

  private static final List<Binder.Spec> BLOCKED =
      new Binder.Specs()
          .add("Identity", Binder.Type.DOMAIN)
          .add("Domain", Binder.Type.DOMAIN)
          .add("Comment", Binder.Type.STRING)
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
          "remove-csblockeddomain");

  private OnPremisesCmdlets() {}

  static boolean handles(String name) {
    return NAMES.contains(name) || ProviderCmdlets.handles(name);
  }

  static void apply(Ctx ctx, Statement st, String name) {
    switch (name) {
      case "set-csaccessedgeconfiguration" -> edge(ctx, bind(ctx, st, EDGE));
      case "new-csalloweddomain" -> allowed(ctx, bind(ctx, st, ALLOWED), Verb.NEW);
      case "set-csalloweddomain" -> allowed(ctx, bind(ctx, st, ALLOWED), Verb.SET);
      case "remove-csalloweddomain" -> allowed(ctx, bind(ctx, st, Binder.IDENTITY_ONLY), Verb.REMOVE);
      case "new-csblockeddomain" -> blocked(ctx, bind(ctx, st, BLOCKED), Verb.NEW);
      case "set-csblockeddomain" -> blocked(ctx, bind(ctx, st, BLOCKED), Verb.SET);
      case "remove-csblockeddomain" -> blocked(ctx, bind(ctx, st, Binder.IDENTITY_ONLY), Verb.REMOVE);
      default -> ProviderCmdlets.apply(ctx, st, name);
    }
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
    // $null is reported below, in the route's own words.
    Optional<Domain> fqdn =
        b.isNull("DefaultRouteFqdn") ? Optional.empty() : b.domain("DefaultRouteFqdn");
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

}