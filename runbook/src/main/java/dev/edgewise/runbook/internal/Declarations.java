package dev.edgewise.runbook.internal;

import dev.edgewise.address.Domain;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import dev.edgewise.policy.ConnectivityEra;
import dev.edgewise.policy.ExternalAccessPolicy;
import dev.edgewise.policy.HostingProvider;
import dev.edgewise.policy.LocalUser;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.OnlineTenantConfiguration;
import dev.edgewise.policy.PolicyIdentity;
import dev.edgewise.policy.Product;
import dev.edgewise.policy.ProvisioningState;
import dev.edgewise.policy.PublicProvider;
import dev.edgewise.runbook.RunbookErrorKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code # edgewise:} declarations: what real cmdlets set elsewhere (topology, users, product,
 * era, PIC provisioning) or what is no cmdlet setting at all (provider capabilities, hosted
 * domains, Skype for Business Online's predefined policies). See {@code docs/runbook.md}.
 */
final class Declarations {

  private Declarations() {}

  static Optional<Product> product(Problems problems, Statement st) {
    List<Val> pos = positional(problems, st, 1, Set.of());
    if (pos.size() != 1) {
      return Optional.empty();
    }
    Optional<String> t = Binder.text(pos.get(0));
    for (Product p : Product.values()) {
      if (t.isPresent() && p.name().equalsIgnoreCase(t.get())) {
        return Optional.of(p);
      }
    }
    problems.add(RunbookErrorKind.BAD_DECLARATION, pos.get(0), "not a product, such as SKYPE_FOR_BUSINESS_SERVER_2019");
    return Optional.empty();
  }

  /** The positional values; named parameters must be among {@code named}. */
  private static List<Val> positional(Problems problems, Statement st, int count, Set<String> named) {
    List<Val> out = new ArrayList<>();
    List<Statement.Arg> args = st.args();
    for (int i = 0; i < args.size(); i++) {
      Statement.Arg a = args.get(i);
      if (a instanceof Statement.Value v) {
        out.add(v.value());
      } else {
        Statement.Param p = (Statement.Param) a;
        boolean valued = p.attached() != null;
        if (!valued && i + 1 < args.size() && args.get(i + 1) instanceof Statement.Value) {
          i++; // the parameter's value
          valued = true;
        }
        if (!named.contains(p.name().toLowerCase(Locale.ROOT))) {
          problems.add(
              RunbookErrorKind.BAD_DECLARATION, p.line(), p.col(), "-" + p.name(), st.name() + " has no -" + p.name());
          return List.of();
        }
        // Every named parameter of a declaration takes a value, as a cmdlet's does: a bare one is
        // reported, never read as "not given".
        if (!valued) {
          problems.add(
              RunbookErrorKind.MISSING_PARAMETER, p.line(), p.col(), "-" + p.name(), "-" + p.name() + " needs a value");
          return List.of();
        }
      }
    }
    if (out.size() != count) {
      problems.add(
          RunbookErrorKind.BAD_DECLARATION,
          st.line(),
          st.col(),
          st.name(),
          st.name() + " takes " + count + (count == 1 ? " value" : " values"));
      return List.of();
    }
    return out;
  }

  private static Map<String, Val> named(Statement st) {
    Map<String, Val> out = new LinkedHashMap<>();
    List<Statement.Arg> args = st.args();
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i) instanceof Statement.Param p) {
        Val v = p.attached();
        if (v == null && i + 1 < args.size() && args.get(i + 1) instanceof Statement.Value next) {
          v = next.value();
        }
        if (v != null) {
          out.put(p.name().toLowerCase(Locale.ROOT), v);
        }
      }
    }
    return out;
  }

  static void apply(Ctx ctx, Statement st) {
    Problems pr = ctx.problems;
    String name = st.name().toLowerCase(Locale.ROOT);
    switch (name) {
      case "era" -> {
        List<Val> v = positional(pr, st, 1, Set.of());
        if (!v.isEmpty()) {
          Optional<ConnectivityEra> era = enumOf(ConnectivityEra.class, v.get(0));
          if (era.isEmpty()) {
            pr.add(RunbookErrorKind.BAD_DECLARATION, v.get(0), "not an era, such as DNS_SRV_DISCOVERY");
          } else if (ctx.isOnPrem()) {
            ctx.config = ctx.onPrem().toBuilder().era(era.get()).build();
          } else {
            ctx.config = ctx.online().toBuilder().era(era.get()).build();
          }
        }
      }
      case "sipdomain", "removesipdomain" -> sipDomain(ctx, st, name.startsWith("remove"));
      case "site", "removesite" -> site(ctx, st, name.startsWith("remove"));
      case "user" -> user(ctx, st);
      case "removeuser" -> removeUser(ctx, st);
      case "picprovisioning" -> pic(ctx, st);
      case "capabilities" -> capabilities(ctx, st);
      case "hosteddomains" -> hostedDomains(ctx, st);
      case "policy" -> policy(ctx, st);
      case "removepolicy" -> removePolicy(ctx, st);
      default ->
          pr.add(
              RunbookErrorKind.BAD_DECLARATION,
              st.line(),
              st.col(),
              st.name(),
              st.name() + " is not an edgewise declaration (see docs/runbook.md)");
    }
  }

  private static <E extends Enum<E>> Optional<E> enumOf(Class<E> type, Val v) {
    Optional<String> t = Binder.text(v);
    for (E e : java.util.EnumSet.allOf(type)) {
      if (t.isPresent() && e.name().equalsIgnoreCase(t.get())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static void sipDomain(Ctx ctx, Statement st, boolean remove) {
    List<Val> v = positional(ctx.problems, st, 1, Set.of());
    if (v.isEmpty()) {
      return;
    }
    Optional<Domain> d = Binder.domainOf(ctx.problems, v.get(0), st.name());
    if (d.isEmpty()) {
      return;
    }
    List<Domain> list = new ArrayList<>(ctx.config.sipDomains());
    if (remove ? !list.remove(d.get()) : list.contains(d.get())) {
      ctx.problems.add(
          remove ? RunbookErrorKind.NOT_FOUND : RunbookErrorKind.ALREADY_EXISTS,
          v.get(0),
          remove ? "the SIP domain is not declared" : "the SIP domain is already declared");
      return;
    }
    if (!remove) {
      list.add(d.get());
    }
    if (ctx.isOnPrem()) {
      ctx.config = ctx.onPrem().toBuilder().sipDomains(list).build();
    } else {
      ctx.config = ctx.online().toBuilder().sipDomains(list).build();
    }
  }

  private static boolean onPremOnly(Ctx ctx, Statement st) {
    if (!ctx.isOnPrem()) {
      ctx.problems.add(
          RunbookErrorKind.BAD_DECLARATION, st.line(), st.col(), st.name(), st.name() + " is on-premises only");
      return false;
    }
    return true;
  }

  private static void site(Ctx ctx, Statement st, boolean remove) {
    List<Val> v = positional(ctx.problems, st, 1, Set.of());
    if (v.isEmpty() || !onPremOnly(ctx, st)) {
      return;
    }
    Optional<String> name = Binder.text(v.get(0));
    if (name.isEmpty()) {
      ctx.problems.add(RunbookErrorKind.WRONG_TYPE, v.get(0), "a site is named by a string");
      return;
    }
    PolicyIdentity.site(name.get()); // checks the name
    Set<String> sites = new LinkedHashSet<>(ctx.onPrem().sites());
    if (remove ? !sites.remove(name.get()) : !sites.add(name.get())) {
      ctx.problems.add(
          remove ? RunbookErrorKind.NOT_FOUND : RunbookErrorKind.ALREADY_EXISTS,
          v.get(0),
          remove ? "the site is not declared" : "the site is already declared");
      return;
    }
    ctx.config = ctx.onPrem().toBuilder().sites(sites).build();
  }

  private static Optional<SipUri> uri(Ctx ctx, Val v) {
    Optional<String> t = Binder.text(v);
    Optional<SipUri> u = t.flatMap(Ctx::userUri);
    if (u.isEmpty()) {
      ctx.problems.add(RunbookErrorKind.INVALID_VALUE, v, "not a SIP address");
    }
    return u;
  }

  /**
   * {@code User <sip-uri> [-Site <name>] [-HomeProvider <hosting provider>]}: declares the user, or
   * moves a declared one; a home provider puts the user at a hosting provider (split domain).
   */
  private static void user(Ctx ctx, Statement st) {
    List<Val> v = positional(ctx.problems, st, 1, Set.of("site", "homeprovider"));
    if (v.isEmpty()) {
      return;
    }
    Optional<SipUri> u = uri(ctx, v.get(0));
    if (u.isEmpty()) {
      return;
    }
    Optional<String> site = Optional.empty();
    Val siteVal = named(st).get("site");
    if (siteVal != null) {
      if (!onPremOnly(ctx, st)) {
        return;
      }
      site = Binder.text(siteVal);
      if (site.isEmpty()) {
        ctx.problems.add(RunbookErrorKind.WRONG_TYPE, siteVal, "a site is named by a string");
        return;
      }
    }
    Optional<String> home = Optional.empty();
    Val homeVal = named(st).get("homeprovider");
    if (homeVal != null) {
      home = Binder.text(homeVal);
      if (home.isEmpty()) {
        ctx.problems.add(RunbookErrorKind.WRONG_TYPE, homeVal, "a hosting provider is named by a string");
        return;
      }
    }
    List<LocalUser> users = new ArrayList<>(ctx.config.users());
    int i = ctx.userIndex(u.get());
    if (i >= 0) {
      users.set(i, users.get(i).toBuilder().site(site).homeProvider(home).build());
    } else {
      users.add(LocalUser.builder().sipUri(u.get()).site(site).homeProvider(home).build());
    }
    SharedCmdlets.setUsers(ctx, users);
  }

  private static void removeUser(Ctx ctx, Statement st) {
    List<Val> v = positional(ctx.problems, st, 1, Set.of());
    if (v.isEmpty()) {
      return;
    }
    Optional<SipUri> u = uri(ctx, v.get(0));
    if (u.isEmpty()) {
      return;
    }
    int i = ctx.userIndex(u.get());
    if (i < 0) {
      ctx.problems.add(RunbookErrorKind.NOT_FOUND, v.get(0), "the user is not declared");
      return;
    }
    List<LocalUser> users = new ArrayList<>(ctx.config.users());
    users.remove(i);
    SharedCmdlets.setUsers(ctx, users);
  }

  /** {@code PicProvisioning <sip-domain> <NOT_REQUESTED|IN_PROGRESS|ACTIVATED|$null>}. */
  private static void pic(Ctx ctx, Statement st) {
    List<Val> v = positional(ctx.problems, st, 2, Set.of());
    if (v.isEmpty()) {
      return;
    }
    Optional<Domain> d = Binder.domainOf(ctx.problems, v.get(0), st.name());
    if (d.isEmpty()) {
      return;
    }
    Map<Domain, ProvisioningState> map = new LinkedHashMap<>(ctx.config.picProvisioning());
    if (v.get(1) instanceof Val.Null) {
      map.remove(d.get());
    } else {
      Optional<ProvisioningState> s = enumOf(ProvisioningState.class, v.get(1));
      if (s.isEmpty()) {
        ctx.problems.add(RunbookErrorKind.BAD_DECLARATION, v.get(1), "not a provisioning state, such as ACTIVATED");
        return;
      }
      map.put(d.get(), s.get());
    }
    if (ctx.isOnPrem()) {
      ctx.config = ctx.onPrem().toBuilder().picProvisioning(map).build();
    } else {
      ctx.config = ctx.online().toBuilder().picProvisioning(map).build();
    }
  }

  private static List<Val> items(Val v) {
    if (v instanceof Val.Arr a) {
      return a.items();
    }
    return v instanceof Val.Null ? List.of() : List.of(v);
  }

  /** {@code Capabilities <public-provider> <modality>,...}. */
  private static void capabilities(Ctx ctx, Statement st) {
    List<Val> v = positional(ctx.problems, st, 2, Set.of());
    if (v.isEmpty()) {
      return;
    }
    Optional<String> id = Binder.text(v.get(0));
    Set<Modality> modalities = EnumSet.noneOf(Modality.class);
    for (Val item : items(v.get(1))) {
      Optional<Modality> m = Binder.text(item).flatMap(Modality::fromName);
      if (m.isEmpty()) {
        ctx.problems.add(RunbookErrorKind.BAD_DECLARATION, item, "not a modality, such as IM");
        return;
      }
      modalities.add(m.get());
    }
    List<PublicProvider> list = new ArrayList<>(ctx.config.publicProviders());
    List<String> ids = new ArrayList<>();
    for (PublicProvider p : list) {
      ids.add(p.identity());
    }
    int i = id.isPresent() ? Ctx.indexIgnoringCase(ids, id.get()) : -1;
    if (i < 0) {
      ctx.problems.add(RunbookErrorKind.NOT_FOUND, v.get(0), "no public provider has this identity");
      return;
    }
    list.set(i, list.get(i).toBuilder().capabilities(modalities).build());
    if (ctx.isOnPrem()) {
      ctx.config = ctx.onPrem().toBuilder().publicProviders(list).build();
    } else {
      ctx.config = ctx.online().toBuilder().publicProviders(list).build();
    }
  }

  /** {@code HostedDomains <hosting-provider> <domain>,...} (or {@code @()}). */
  private static void hostedDomains(Ctx ctx, Statement st) {
    List<Val> v = positional(ctx.problems, st, 2, Set.of());
    if (v.isEmpty() || !onPremOnly(ctx, st)) {
      return;
    }
    Set<Domain> domains = new LinkedHashSet<>();
    for (Val item : items(v.get(1))) {
      Optional<Domain> d = Binder.domainOf(ctx.problems, item, st.name());
      if (d.isEmpty()) {
        return;
      }
      domains.add(d.get());
    }
    OnPremisesConfiguration c = ctx.onPrem();
    List<HostingProvider> list = new ArrayList<>(c.hostingProviders());
    List<String> ids = new ArrayList<>();
    for (HostingProvider h : list) {
      ids.add(h.identity());
    }
    Optional<String> id = Binder.text(v.get(0));
    int i = id.isPresent() ? Ctx.indexIgnoringCase(ids, id.get()) : -1;
    if (i < 0) {
      ctx.problems.add(RunbookErrorKind.NOT_FOUND, v.get(0), "no hosting provider has this identity");
      return;
    }
    list.set(i, list.get(i).toBuilder().hostedDomains(domains).build());
    ctx.config = c.toBuilder().hostingProviders(list).build();
  }

  private static final List<Binder.Spec> POLICY =
      new Binder.Specs()
          .add("Identity", Binder.Type.STRING)
          .add("EnableFederationAccess", Binder.Type.BOOL)
          .add("EnablePublicCloudAccess", Binder.Type.BOOL)
          .add("EnablePublicCloudAudioVideoAccess", Binder.Type.BOOL)
          .add("EnableOutsideAccess", Binder.Type.BOOL)
          .add("EnableXmppAccess", Binder.Type.BOOL)
          .add("Description", Binder.Type.STRING)
          .build();

  private static boolean sfbOnlineOnly(Ctx ctx, Statement st) {
    if (ctx.product() != Product.SKYPE_FOR_BUSINESS_ONLINE) {
      ctx.problems.add(
          RunbookErrorKind.BAD_DECLARATION,
          st.line(),
          st.col(),
          st.name(),
          "policies are declared only for Skype for Business Online; use the cmdlets elsewhere");
      return false;
    }
    return true;
  }

  /** {@code Policy -Identity <tag> -Enable... }: declares (or redeclares) a predefined policy. */
  private static void policy(Ctx ctx, Statement st) {
    if (!sfbOnlineOnly(ctx, st)) {
      return;
    }
    Binder b = Binder.bind(ctx.problems, ctx.product(), st, POLICY, "Identity");
    if (!b.require("Identity")) {
      return;
    }
    Optional<PolicyIdentity> id = b.string("Identity").map(PolicyIdentity::parse);
    if (id.isEmpty()) {
      return;
    }
    List<ExternalAccessPolicy> list = new ArrayList<>(ctx.config.externalAccessPolicies());
    int i = -1;
    for (int k = 0; k < list.size(); k++) {
      if (list.get(k).identity().equals(id.get())) {
        i = k;
      }
    }
    ExternalAccessPolicy p = SharedCmdlets.settings(b, ExternalAccessPolicy.allOff(id.get()));
    if (i >= 0) {
      list.set(i, p);
    } else {
      list.add(p);
    }
    SharedCmdlets.setPolicies(ctx, list);
  }

  private static void removePolicy(Ctx ctx, Statement st) {
    if (!sfbOnlineOnly(ctx, st)) {
      return;
    }
    List<Val> v = positional(ctx.problems, st, 1, Set.of());
    if (v.isEmpty()) {
      return;
    }
    Optional<PolicyIdentity> id = Binder.text(v.get(0)).map(PolicyIdentity::parse);
    List<ExternalAccessPolicy> list = new ArrayList<>(ctx.config.externalAccessPolicies());
    boolean removed = id.isPresent() && list.removeIf(p -> p.identity().equals(id.get()));
    if (!removed) {
      ctx.problems.add(RunbookErrorKind.NOT_FOUND, v.get(0), "the policy is not declared");
      return;
    }
    OnlineTenantConfiguration t = ctx.online();
    ctx.config = t.toBuilder().externalAccessPolicies(list).build();
  }
}
