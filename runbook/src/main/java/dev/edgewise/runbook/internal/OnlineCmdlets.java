package dev.edgewise.runbook.internal;

import dev.edgewise.address.Domain;
import dev.edgewise.policy.OnlineTenantConfiguration;
import dev.edgewise.policy.PublicProvider;
import dev.edgewise.policy.TenantAllowedDomains;
import dev.edgewise.runbook.RunbookErrorKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The online tenant cmdlets: the tenant federation configuration and public providers. */
final class OnlineCmdlets {

  static final String FEDERATION = "set-cstenantfederationconfiguration";
  static final String PUBLIC = "set-cstenantpublicprovider";

  private static final List<Binder.Spec> FEDERATION_SPECS =
      new Binder.Specs()
          .add("Identity", Binder.Type.STRING)
          .add("AllowFederatedUsers", Binder.Type.BOOL)
          .add("AllowPublicUsers", Binder.Type.BOOL)
          .add("BlockAllSubdomains", Binder.Type.BOOL)
          .add("AllowedDomains", Binder.Type.ANY)
          .add("BlockedDomains", Binder.Type.ANY)
          .add("AllowTeamsConsumer", Binder.Type.BOOL, TeamsCmdlets.TEAMS)
          .add("AllowTeamsConsumerInbound", Binder.Type.BOOL, TeamsCmdlets.TEAMS)
          .add("TreatDiscoveredPartnersAsUnverified", Binder.Type.BOOL, TeamsCmdlets.TEAMS)
          .add("SharedSipAddressSpace", Binder.Type.BOOL, TeamsCmdlets.TEAMS)
          .add("ExternalAccessWithTrialTenants", Binder.Type.STRING, TeamsCmdlets.TEAMS)
          .add("AllowedTrialTenantDomains", Binder.Type.ANY, TeamsCmdlets.TEAMS)
          .notModelled(
              "RestrictTeamsConsumerToExternalUserProfiles",
              "AllowedDomainsAsAList",
              "CustomizeFederation")
          .common()
          .build();

  private static final List<Binder.Spec> PUBLIC_SPECS =
      new Binder.Specs().add("Provider", Binder.Type.ANY).common().build();

  /** The names {@code Set-CsTenantPublicProvider} takes, and the provider identities they mean. */
  private static final Map<String, List<String>> PROVIDER_NAMES =
      Map.of(
          "windowslive", List.of("skype", "msn", "messenger"),
          "aol", List.of("aol"),
          "yahoo", List.of("yahoo"));

  private OnlineCmdlets() {}

  static boolean handles(String name) {
    return name.equals(FEDERATION) || name.equals(PUBLIC);
  }

  static void apply(Ctx ctx, Statement st, String name) {
    if (name.equals(PUBLIC)) {
      publicProviders(ctx, Binder.bind(ctx.problems, ctx.product(), st, PUBLIC_SPECS, "Provider"));
    } else {
      federation(ctx, Binder.bind(ctx.problems, ctx.product(), st, FEDERATION_SPECS, "Identity"));
    }
  }

  /** The online name of a provider identity, if it has one. */
  static Optional<String> onlineName(String identity) {
    String id = identity.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, List<String>> e : PROVIDER_NAMES.entrySet()) {
      if (e.getValue().contains(id)) {
        return Optional.of(
            e.getKey().equals("windowslive") ? "WindowsLive" : e.getKey().equals("aol") ? "AOL" : "Yahoo");
      }
    }
    return Optional.empty();
  }

  private static void federation(Ctx ctx, Binder b) {
    if (b.has("Identity")) {
      Optional<String> id = b.string("Identity");
      if (id.isPresent() && !id.get().equalsIgnoreCase("Global")) {
        b.report("Identity", RunbookErrorKind.NOT_FOUND, "the tenant federation configuration is Global");
        return;
      }
    }
    OnlineTenantConfiguration t = ctx.online();
    OnlineTenantConfiguration.Builder x = t.toBuilder();
    b.bool("AllowFederatedUsers").ifPresent(x::allowFederatedUsers);
    b.bool("AllowPublicUsers").ifPresent(x::allowPublicUsers);
    b.bool("BlockAllSubdomains").ifPresent(x::blockAllSubdomains);
    b.raw("AllowedDomains").flatMap(v -> allowed(ctx, v, t.allowedDomains())).ifPresent(x::allowedDomains);
    b.raw("BlockedDomains").flatMap(v -> blocked(ctx, v, t.blockedDomains())).ifPresent(x::blockedDomains);
    TeamsCmdlets.tenant(ctx, b, x, t);
    ctx.config = x.build();
  }

  private static Optional<TenantAllowedDomains> allowed(Ctx ctx, Val v, TenantAllowedDomains current) {
    if (v instanceof Val.Call call) {
      String name = call.statement().name().toLowerCase(Locale.ROOT);
      if (name.equals("new-csedgeallowallknowndomains")) {
        if (!call.statement().args().isEmpty()) {
          ctx.problems.add(RunbookErrorKind.UNEXPECTED_ARGUMENT, v, "New-CsEdgeAllowAllKnownDomains takes no parameters");
          return Optional.empty();
        }
        return Optional.of(TenantAllowedDomains.allowAllKnownDomains());
      }
      if (name.equals("new-csedgeallowlist")) {
        Binder b =
            Binder.bind(
                ctx.problems,
                ctx.product(),
                call.statement(),
                new Binder.Specs().add("AllowedDomain", Binder.Type.ANY).build(),
                "AllowedDomain");
        if (!b.has("AllowedDomain")) {
          return Optional.of(TenantAllowedDomains.allowList(List.of()));
        }
        return domains(ctx, b.raw("AllowedDomain").orElseThrow()).map(TenantAllowedDomains::allowList);
      }
    }
    if (v instanceof Val.Hash h) {
      List<Domain> base =
          current instanceof TenantAllowedDomains.AllowList l ? l.domains() : List.of();
      if (!current.isAllowList() && !h.entries().containsKey("Replace")
          && !containsIgnoringCase(h, "replace")) {
        ctx.problems.add(
            RunbookErrorKind.INVALID_VALUE,
            v,
            "the tenant allows all known domains; Add and Remove need an allow list (use Replace)");
        return Optional.empty();
      }
      return edit(ctx, h, base).map(TenantAllowedDomains::allowList);
    }
    ctx.problems.add(
        RunbookErrorKind.WRONG_TYPE,
        v,
        "-AllowedDomains takes (New-CsEdgeAllowAllKnownDomains), (New-CsEdgeAllowList -AllowedDomain"
            + " ...) or @{Add=...; Remove=...; Replace=...}");
    return Optional.empty();
  }

  private static boolean containsIgnoringCase(Val.Hash h, String key) {
    for (String k : h.entries().keySet()) {
      if (k.equalsIgnoreCase(key)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<List<Domain>> blocked(Ctx ctx, Val v, List<Domain> current) {
    if (v instanceof Val.Null) {
      return Optional.of(List.of());
    }
    if (v instanceof Val.Hash h) {
      return edit(ctx, h, current);
    }
    return domains(ctx, v);
  }

  /** {@code @{Add=...; Remove=...; Replace=...}}: Replace, or Remove then Add. */
  static Optional<List<Domain>> edit(Ctx ctx, Val.Hash h, List<Domain> current) {
    Optional<List<Domain>> add = Optional.of(List.of());
    Optional<List<Domain>> remove = Optional.of(List.of());
    Optional<List<Domain>> replace = Optional.empty();
    for (Map.Entry<String, Val> e : h.entries().entrySet()) {
      String key = e.getKey().toLowerCase(Locale.ROOT);
      switch (key) {
        case "add" -> add = domains(ctx, e.getValue());
        case "remove" -> remove = domains(ctx, e.getValue());
        case "replace" -> replace = domains(ctx, e.getValue());
        default -> {
          ctx.problems.add(
              RunbookErrorKind.BAD_HASHTABLE, h, "a list parameter takes Add, Remove and Replace, not " + e.getKey());
          return Optional.empty();
        }
      }
    }
    if (add.isEmpty() || remove.isEmpty()) {
      return Optional.empty();
    }
    boolean hasReplace = containsIgnoringCase(h, "replace");
    if (hasReplace) {
      if (h.entries().size() > 1) {
        ctx.problems.add(RunbookErrorKind.BAD_HASHTABLE, h, "Replace goes alone, without Add or Remove");
        return Optional.empty();
      }
      return replace;
    }
    List<Domain> out = new ArrayList<>(current);
    boolean ok = true;
    for (Domain d : remove.get()) {
      if (!out.remove(d)) {
        ctx.problems.add(RunbookErrorKind.NOT_FOUND, h, d + " is not on the list");
        ok = false;
      }
    }
    for (Domain d : add.get()) {
      if (out.contains(d)) {
        ctx.problems.add(RunbookErrorKind.ALREADY_EXISTS, h, d + " is already on the list");
        ok = false;
      } else {
        out.add(d);
      }
    }
    return ok ? Optional.of(out) : Optional.empty();
  }

  /** Domains: strings, {@code (New-CsEdgeDomainPattern -Domain x)} or lists of either. */
  static Optional<List<Domain>> domains(Ctx ctx, Val v) {
    List<Val> items = v instanceof Val.Arr a ? a.items() : List.of(v);
    List<Domain> out = new ArrayList<>();
    boolean ok = true;
    for (Val item : items) {
      Optional<Domain> d;
      if (item instanceof Val.Call call
          && call.statement().name().equalsIgnoreCase("New-CsEdgeDomainPattern")) {
        Binder b =
            Binder.bind(
                ctx.problems,
                ctx.product(),
                call.statement(),
                new Binder.Specs().add("Domain", Binder.Type.DOMAIN).build(),
                "Domain");
        d = b.require("Domain") ? b.domain("Domain") : Optional.empty();
      } else {
        d = Binder.domainOf(ctx.problems, item, "a domain list");
      }
      if (d.isEmpty()) {
        ok = false;
      } else {
        out.add(d.get());
      }
    }
    return ok ? Optional.of(out) : Optional.empty();
  }

  private static void publicProviders(Ctx ctx, Binder b) {
    if (!b.require("Provider")) {
      return;
    }
    Val v = b.raw("Provider").orElseThrow();
    List<Val> items = v instanceof Val.Arr a ? a.items() : List.of(v);
    Set<String> enabled = new LinkedHashSet<>();
    for (Val item : items) {
      Optional<String> text = Binder.text(item);
      String key = text.map(t -> t.toLowerCase(Locale.ROOT)).orElse("");
      if (text.isEmpty() || !PROVIDER_NAMES.containsKey(key)) {
        ctx.problems.add(RunbookErrorKind.INVALID_VALUE, item, "-Provider takes WindowsLive, AOL and Yahoo");
        return;
      }
      enabled.add(key);
    }
    OnlineTenantConfiguration t = ctx.online();
    if (!t.allowPublicUsers()) {
      b.report("Provider", RunbookErrorKind.PUBLIC_USERS_OFF, "public providers need AllowPublicUsers $true first");
      return;
    }
    List<PublicProvider> list = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (PublicProvider p : t.publicProviders()) {
      Optional<String> online = onlineName(p.identity());
      String key = online.map(n -> n.toLowerCase(Locale.ROOT)).orElse("");
      seen.add(key);
      list.add(p.toBuilder().enabled(enabled.contains(key)).build());
    }
    for (String name : enabled) {
      if (!seen.contains(name)) {
        b.report("Provider", RunbookErrorKind.NOT_FOUND, "the tenant has no public provider " + name);
        return;
      }
    }
    ctx.config = t.toBuilder().publicProviders(list).build();
  }
}
