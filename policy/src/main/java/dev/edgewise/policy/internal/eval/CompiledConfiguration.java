package dev.edgewise.policy.internal.eval;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Lists;
import dev.edgewise.address.Domain;
import dev.edgewise.address.NameDecoration;
import dev.edgewise.address.SipUri;
import dev.edgewise.policy.AllowedDomain;
import dev.edgewise.policy.BlockedDomain;
import dev.edgewise.policy.ConnectivityEra;
import dev.edgewise.policy.EffectivePolicy;
import dev.edgewise.policy.ExternalAccessPolicy;
import dev.edgewise.policy.FederationConfiguration;
import dev.edgewise.policy.HostingProvider;
import dev.edgewise.policy.LocalUser;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.OnlineTenantConfiguration;
import dev.edgewise.policy.Platform;
import dev.edgewise.policy.PolicyIdentity;
import dev.edgewise.policy.PolicyScope;
import dev.edgewise.policy.Product;
import dev.edgewise.policy.PublicProvider;
import dev.edgewise.policy.TenantAllowedDomains;
import dev.edgewise.policy.internal.DomainSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The one compiled form of a {@link FederationConfiguration}: every look-up the evaluator, the
 * checklist and the configuration's own queries need (users and their effective policies, policies
 * by identity, SIP domains, providers by domain, allowed and blocked domains, the name decoration
 * in force), built once so that no reader scans a list. The configuration records stay plain data;
 * this is the only place that knows how their entries relate.
 *
 * <p>On a configuration with duplicates the first entry wins; such a configuration has errors and
 * is refused by the evaluator anyway.
 */
public final class CompiledConfiguration {

  private final FederationConfiguration source;
  private final @Nullable OnPremisesConfiguration onPrem;
  private final @Nullable OnlineTenantConfiguration online;
  private final boolean sharedSipAddressSpace;
  private final DomainSet sipDomains;
  private final ImmutableMap<PolicyIdentity, ExternalAccessPolicy> policies;
  private final ImmutableMap<SipUri, UserEntry> users;
  private final ImmutableMap<PolicyIdentity, Integer> usersInForce;
  private final ImmutableList<ExternalAccessPolicy> grantable;
  private final ImmutableMap<Domain, PublicProvider> publicByDomain;
  /** Every public provider claiming each domain, in declaration order: the validator's look-up. */
  private final ImmutableListMultimap<Domain, PublicProvider> publicClaims;
  private final ImmutableMap<Domain, HostingProvider> hostedByDomain;
  /** Every hosting provider declaring each domain hosted, in declaration order. */
  private final ImmutableListMultimap<Domain, HostingProvider> hostedClaims;
  /**
   * The on-premises allowed list by domain, the first entry for each: one open-addressing table
   * ({@link DomainSet#index}), which {@link #knownDomain} also asks, since at a million entries a
   * map beside a set would hold the list twice more.
   */
  private final DomainSet allowedByDomain;
  private final DomainSet blocked;
  private final DomainSet tenantAllowList;
  /**
   * Every domain the configuration names (SIP domains, provider, hosted, allowed, blocked and
   * allow-list domains, the decoration's), so that a host's text finds the listed {@code Domain}
   * without building one; see {@link #knownDomain}.
   */
  private final DomainSet known;

  private final NameDecoration decoration;
  private final @Nullable PublicProvider decoratingProvider;
  private final boolean discoveryEffective;
  private final ConnectivityEra era;
  /** The providers that no longer serve in the era, by identity: no allocation on look-up. */
  private final Set<PublicProvider> retired;
  /** Conferencing policies and XMPP partners. */
  private final SurfaceIndex surface;
  /** Split domain: the users homed at a declared hosting provider, and that provider. */
  private final ImmutableMap<SipUri, HostingProvider> homedUsers;

  private CompiledConfiguration(FederationConfiguration c) {
    this.source = c;
    this.onPrem = c instanceof OnPremisesConfiguration p ? p : null;
    this.online = c instanceof OnlineTenantConfiguration t ? t : null;
    this.sharedSipAddressSpace = online != null
        && c.product() == Product.TEAMS_TENANT
        && online.sharedSipAddressSpace();
    this.sipDomains = DomainSet.of(c.sipDomains());

    Map<Domain, PublicProvider> pub = new LinkedHashMap<>();
    ImmutableListMultimap.Builder<Domain, PublicProvider> pubClaims = ImmutableListMultimap.builder();
    @Nullable PublicProvider decorating = null;
    for (PublicProvider p : c.publicProviders()) {
      for (Domain d : p.providerDomains()) {
        pub.putIfAbsent(d, p);
        pubClaims.put(d, p);
      }
      if (decorating == null && p.nameDecoration().isPresent()) {
        decorating = p;
      }
    }
    this.publicByDomain = ImmutableMap.copyOf(pub);
    this.publicClaims = pubClaims.build();
    this.era = c.era();
    Set<PublicProvider> gone = Collections.newSetFromMap(new IdentityHashMap<>());
    for (PublicProvider p : c.publicProviders()) {
      if (!p.servesIn(era)) {
        gone.add(p);
      }
    }
    this.retired = Collections.unmodifiableSet(gone);
    this.decoratingProvider = decorating;
    this.decoration =
        decorating == null
            ? NameDecoration.defaults()
            : decorating.nameDecoration().orElse(NameDecoration.defaults());

    Map<Domain, HostingProvider> hosted = new LinkedHashMap<>();
    ImmutableListMultimap.Builder<Domain, HostingProvider> hostClaims =
        ImmutableListMultimap.builder();
    List<AllowedDomain> allowed = List.of();
    List<Domain> blockedList = List.of();
    List<Domain> tenantAllowed = List.of();
    OnPremisesConfiguration p = onPrem;
    OnlineTenantConfiguration t = online;
    @Nullable ExternalAccessPolicy global = null;
    if (p != null) {
      global = p.globalPolicy();
      for (HostingProvider h : p.hostingProviders()) {
        for (Domain d : h.hostedDomains()) {
          hosted.putIfAbsent(d, h);
          hostClaims.put(d, h);
        }
      }
      allowed = p.allowedDomains();
      // Views, not copies: the sets below read each list once.
      blockedList = Lists.transform(p.blockedDomains(), BlockedDomain::domain);
      this.discoveryEffective =
          p.accessEdge().enablePartnerDiscovery() && p.accessEdge().routing().isDnsSrv();
    } else {
      this.discoveryEffective = false;
    }
    if (t != null) {
      blockedList = t.blockedDomains();
      if (t.allowedDomains() instanceof TenantAllowedDomains.AllowList list) {
        tenantAllowed = list.domains();
      }
    }
    this.hostedByDomain = ImmutableMap.copyOf(hosted);
    this.hostedClaims = hostClaims.build();
    this.allowedByDomain = DomainSet.index(allowed, AllowedDomain::domain);
    this.blocked = DomainSet.of(blockedList);
    this.tenantAllowList = DomainSet.of(tenantAllowed);
    // The allowed and blocked lists have sets of their own, asked after this one (knownDomain).
    List<Domain> named = new ArrayList<>(tenantAllowed.size() + 16);
    named.addAll(c.sipDomains());
    named.addAll(pub.keySet());
    named.add(decoration.routingDomain());
    named.addAll(decoration.excludedDomains());
    named.addAll(hosted.keySet());
    named.addAll(tenantAllowed);
    this.known = DomainSet.of(named);

    Map<PolicyIdentity, ExternalAccessPolicy> byId = new LinkedHashMap<>();
    if (global != null) {
      byId.put(global.identity(), global);
    }
    boolean isOnline = c.platform() == Platform.ONLINE;
    ImmutableList.Builder<ExternalAccessPolicy> tags = ImmutableList.builder();
    for (ExternalAccessPolicy policy : c.externalAccessPolicies()) {
      // Online, only per-user policies are consulted; the validator warns about the others.
      if (!isOnline || policy.scope() == PolicyScope.USER) {
        byId.putIfAbsent(policy.identity(), policy);
      }
      if (policy.scope() == PolicyScope.USER) {
        tags.add(policy);
      }
    }
    this.policies = ImmutableMap.copyOf(byId);
    this.grantable = tags.build();
    this.users = UserIndex.entries(c, policies, global, isOnline);
    Map<PolicyIdentity, Integer> counts = new HashMap<>();
    for (UserEntry u : users.values()) {
      ExternalAccessPolicy inForce = u.policy();
      if (inForce != null) {
        counts.put(inForce.identity(), u.effective().usersInForce());
      }
    }
    this.usersInForce = ImmutableMap.copyOf(counts);
    this.surface = SurfaceIndex.of(c);
    this.homedUsers = UserIndex.homedUsers(c, p);
  }

  /** Compiles a configuration; it is not validated here. */
  public static CompiledConfiguration of(FederationConfiguration configuration) {
    return new CompiledConfiguration(configuration);
  }

  // --- what the configuration's queries read ------------------------------------------------

  /** The configuration this was compiled from. */
  public FederationConfiguration source() {
    return source;
  }

  /** The product, which decides the cmdlet syntax of remediations. */
  public Product product() {
    return source.product();
  }

  /** The connectivity era the configuration describes. */
  public ConnectivityEra era() {
    return era;
  }

  /**
   * Returns whether the provider (one of this configuration's) still serves in the era; see
   * {@link PublicProvider#servesIn(ConnectivityEra)}.
   */
  public boolean serves(PublicProvider p) {
    return !retired.contains(p);
  }

  /** Returns whether this is an online tenant. */
  public boolean isOnline() {
    return online != null;
  }

  /** The on-premises configuration, or null online. */
  public @Nullable OnPremisesConfiguration onPremises() {
    return onPrem;
  }

  /** The online configuration, or null on-premises. */
  public @Nullable OnlineTenantConfiguration onlineTenant() {
    return online;
  }

  /** Returns whether the domain is one of the organization's SIP domains (exact match). */
  public boolean isSipDomain(Domain d) {
    return sipDomains.contains(d);
  }

  /** Returns whether {@code text[from, to)} (canonical) names one of the SIP domains. */
  public boolean isSipDomain(String text, int from, int to) {
    return sipDomains.get(text, from, to) != null;
  }

  /** Returns the declared user, if any. */
  public Optional<LocalUser> user(SipUri uri) {
    UserEntry u = users.get(uri);
    return u == null ? Optional.empty() : Optional.of(u.user());
  }

  /** Returns the declared user with their effective policy, or null. */
  public @Nullable UserEntry userEntry(SipUri uri) {
    return users.get(uri);
  }

  /** Returns the number of declared users. */
  public int userCount() {
    return users.size();
  }

  /** Returns the policy with this identity, the on-premises Global included. */
  public Optional<ExternalAccessPolicy> policy(PolicyIdentity id) {
    return Optional.ofNullable(policies.get(id));
  }

  /** Returns the effective policy of a declared user. */
  public Optional<EffectivePolicy> effectivePolicy(SipUri uri) {
    UserEntry u = users.get(uri);
    return u == null ? Optional.empty() : Optional.of(u.effective());
  }

  /** The policies a user can have in force (the on-premises Global included), each once. */
  public Collection<ExternalAccessPolicy> policiesInForce() {
    return policies.values();
  }

  /** Returns how many declared users the policy is in force for. */
  public int usersInForce(PolicyIdentity id) {
    Integer n = usersInForce.get(id);
    return n == null ? 0 : n;
  }

  // --- what the gates read --------------------------------------------------------------------

  /** The per-user policies, in declaration order: candidates for a narrower grant. */
  public List<ExternalAccessPolicy> grantablePolicies() {
    return grantable;
  }

  /** The public provider whose routing or excluded domains include {@code d}, or null. */
  public @Nullable PublicProvider publicProviderServing(Domain d) {
    return publicByDomain.get(d);
  }

  /**
   * Returns the domain the configuration names whose canonical name is {@code text[0, end)}, or
   * null: how a host's normalized text finds a {@code Domain} without building one. Null says only
   * that no list names it, not that the text is no domain name.
   */
  public @Nullable Domain knownDomain(String text, int end) {
    @Nullable Domain d = known.get(text, 0, end);
    if (d == null) {
      d = allowedByDomain.get(text, 0, end);
    }
    return d != null ? d : blocked.get(text, 0, end);
  }

  /**
   * Returns whether a domain written as {@code text[from, to)} (canonical) could match the blocked
   * list: it, or online with {@code BlockAllSubdomains} any parent, is listed. The allow/deny
   * answer asks this of a decorated account's domain before deciding it need not read it exactly.
   */
  public boolean mayBeBlocked(String text, int from, int to) {
    OnlineTenantConfiguration t = online;
    if (t != null && t.blockAllSubdomains()) {
      return blocked.findSelfOrAncestor(text, from, to) != null;
    }
    return blocked.get(text, from, to) != null;
  }

  /** The number of distinct domains on the on-premises allowed list. */
  public int allowedDomainCount() {
    return allowedByDomain.size();
  }

  /** The number of distinct domains on the blocked list (on-premises or the tenant's). */
  public int blockedDomainCount() {
    return blocked.size();
  }

  /** The number of distinct domains on the tenant's allow list. */
  public int tenantAllowedDomainCount() {
    return tenantAllowList.size();
  }

  /** The hosting provider declared to host {@code d}, or null. */
  public @Nullable HostingProvider hostingProviderOf(Domain d) {
    return hostedByDomain.get(d);
  }

  /** The on-premises allowed-list entry for {@code d}, or null. */
  public @Nullable AllowedDomain allowedEntry(Domain d) {
    return (AllowedDomain) allowedByDomain.value(d);
  }

  /** Returns whether {@code d} is on the online tenant's allow list. */
  public boolean isOnTenantAllowList(Domain d) {
    return tenantAllowList.contains(d);
  }

  /**
   * Returns the blocked entry that matches {@code d} (itself, or online with {@code
   * BlockAllSubdomains} its nearest listed parent), or null.
   */
  public @Nullable String blockedEntry(Domain d) {
    OnlineTenantConfiguration t = online;
    if (t != null && t.blockAllSubdomains()) {
      return blocked.findSelfOrAncestor(d);
    }
    return blocked.contains(d) ? d.toString() : null;
  }

  /** The name decoration in force: the first decorating public provider's, else the defaults. */
  public NameDecoration decoration() {
    return decoration;
  }

  /** The public provider whose decoration is in force, or null when none decorates. */
  public @Nullable PublicProvider decoratingProvider() {
    return decoratingProvider;
  }

  /** Conferencing policies in force and XMPP partners by domain. */
  public SurfaceIndex surface() {
    return surface;
  }

  /** Partner discovery admits domains: it is on and the edge routes by DNS SRV. */
  public boolean discoveryEffective() {
    return discoveryEffective;
  }

  // --- what the validator's cross-checks read -------------------------------------------------

  /** Every public provider claiming {@code d}, in declaration order; empty when none does. */
  public List<PublicProvider> publicProvidersClaiming(Domain d) {
    return publicClaims.get(d);
  }

  /** The domains public providers claim, each once, in declaration order. */
  public Set<Domain> publicProviderDomains() {
    return publicClaims.keySet();
  }

  /** Every hosting provider declaring {@code d} hosted, in declaration order. */
  public List<HostingProvider> hostingProvidersOf(Domain d) {
    return hostedClaims.get(d);
  }

  /** The domains hosting providers declare, each once, in declaration order. */
  public Set<Domain> hostedDomains() {
    return hostedClaims.keySet();
  }

  /** Returns whether {@code d} itself is on the blocked list (on-premises or the tenant's). */
  public boolean isOnBlockedList(Domain d) {
    return blocked.contains(d);
  }

  /**
   * Split domain: the hosting provider a declared user of an own SIP domain is homed at, or null
   * for a user homed on the organization's own servers (or not declared).
   */
  public @Nullable HostingProvider homeProviderOf(SipUri user) {
    // Most configurations home nobody elsewhere: skip hashing the URI (its canonical text) then.
    return homedUsers.isEmpty() ? null : homedUsers.get(user);
  }

  /** {@code EnablePrivacyMode} of the privacy configuration. */
  public boolean enablePrivacyMode() {
    return source.enablePrivacyMode();
  }

  /**
   * Returns whether this is a Teams tenant with {@code SharedSipAddressSpace}: its SIP domains are
   * shared with an on-premises deployment (the setting exists in no other product).
   */
  public boolean sharesSipAddressSpace() {
    return sharedSipAddressSpace;
  }

  /** Returns whether the product is the Teams-era tenant, the only one with Teams settings. */
  public boolean isTeamsTenant() {
    return source.product() == Product.TEAMS_TENANT;
  }

  // --- what the checklist reads ---------------------------------------------------------------

  /** The organization's first SIP domain. */
  public Optional<Domain> firstSipDomain() {
    List<Domain> d = source.sipDomains();
    return d.isEmpty() ? Optional.empty() : Optional.of(d.get(0));
  }

  /** The first domain a hosting provider hosts. */
  public Optional<Domain> firstHostedDomain() {
    for (Domain d : hostedByDomain.keySet()) {
      return Optional.of(d);
    }
    return Optional.empty();
  }

  /** The first declared XMPP partner's domain. */
  public Optional<Domain> firstXmppDomain() {
    List<dev.edgewise.policy.XmppPartner> x = source.xmppPartners();
    return x.isEmpty() ? Optional.empty() : Optional.of(x.get(0).domain());
  }

  /** A federated domain the configuration already admits, so a checklist names no domain step. */
  public Optional<Domain> admittedPartnerDomain() {
    OnPremisesConfiguration p = onPrem;
    if (p != null) {
      // Declaration order, as the first entry for each domain is the one in force.
      for (AllowedDomain a : p.allowedDomains()) {
        if (!blocked.contains(a.domain())) {
          return Optional.of(a.domain());
        }
      }
    }
    OnlineTenantConfiguration t = online;
    if (t != null && t.allowedDomains() instanceof TenantAllowedDomains.AllowList list) {
      for (Domain d : list.domains()) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
