package dev.edgewise.runbook.internal;

import dev.edgewise.address.Domain;
import dev.edgewise.address.NameDecoration;
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

/**
 * The on-premises provider cmdlets: {@code New-}, {@code Set-} and {@code Remove-CsPublicProvider},
 * and the same three of {@code CsHostingProvider}.
 */
final class ProviderCmdlets {

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
          "new-cspublicprovider",
          "set-cspublicprovider",
          "remove-cspublicprovider",
          "new-cshostingprovider",
          "set-cshostingprovider",
          "remove-cshostingprovider");

  private ProviderCmdlets() {}

  static boolean handles(String name) {
    return NAMES.contains(name);
  }

  static void apply(Ctx ctx, Statement st, String name) {
    switch (name) {
      case "new-cspublicprovider" -> publicNew(ctx, bind(ctx, st, PUBLIC));
      case "set-cspublicprovider" -> publicSet(ctx, bind(ctx, st, PUBLIC));
      case "remove-cspublicprovider" -> publicRemove(ctx, bind(ctx, st, Binder.IDENTITY_ONLY));
      case "new-cshostingprovider" -> hosting(ctx, bind(ctx, st, HOSTING), Verb.NEW);
      case "set-cshostingprovider" -> hosting(ctx, bind(ctx, st, HOSTING), Verb.SET);
      default -> hosting(ctx, bind(ctx, st, Binder.IDENTITY_ONLY), Verb.REMOVE);
    }
  }

  /**
   * Whether a new provider may take this identity and proxy FQDN: both are unique across public
   * and hosting providers. Reports the one taken.
   */
  private static boolean isFree(Ctx ctx, Binder b, String id, Domain fqdn) {
    if (ctx.providerIdentityTaken(id)) {
      b.report("Identity", RunbookErrorKind.ALREADY_EXISTS, "a provider " + id + " already exists");
      return false;
    }
    Optional<String> holder = ctx.proxyFqdnHolder(fqdn);
    if (holder.isPresent()) {
      b.report(
          "ProxyFqdn",
          RunbookErrorKind.DUPLICATE_PROXY_FQDN,
          "the provider " + holder.get() + " already uses " + fqdn + "; remove it first");
      return false;
    }
    return true;
  }

  private static Binder bind(Ctx ctx, Statement st, List<Binder.Spec> specs) {
    return Binder.bind(ctx.problems, ctx.product(), st, specs, "Identity");
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
    if (!isFree(ctx, b, id.get(), fqdn.get())) {
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
      // $null: the provider has no routing domain of its own.
      if (!b.isNull("NameDecorationRoutingDomain")) {
        b.domain("NameDecorationRoutingDomain").ifPresent(x::nameDecorationRoutingDomain);
      }
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
    int i = namedPublic(ctx, b);
    if (i < 0) {
      return;
    }
    List<PublicProvider> list = new ArrayList<>(ctx.config.publicProviders());
    PublicProvider.Builder x = list.get(i).toBuilder();
    b.bool("Enabled").ifPresent(x::enabled);
    b.verification("VerificationLevel").ifPresent(x::verificationLevel);
    list.set(i, x.build());
    ctx.config = ctx.onPrem().toBuilder().publicProviders(list).build();
  }

  /** The index of the public provider the statement's Identity names, or -1 (reported if absent). */
  private static int namedPublic(Ctx ctx, Binder b) {
    Optional<String> id = b.string("Identity");
    if (id.isEmpty()) {
      return -1;
    }
    int i = Ctx.indexIgnoringCase(publicIds(ctx), id.get());
    if (i < 0) {
      ctx.notFound(b, "Identity", "the public provider " + id.get());
    }
    return i;
  }

  private static void publicRemove(Ctx ctx, Binder b) {
    if (!b.require("Identity")) {
      return;
    }
    int i = namedPublic(ctx, b);
    if (i < 0) {
      return;
    }
    List<PublicProvider> list = new ArrayList<>(ctx.config.publicProviders());
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
      if (!isFree(ctx, b, id.get(), fqdn.get())) {
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
