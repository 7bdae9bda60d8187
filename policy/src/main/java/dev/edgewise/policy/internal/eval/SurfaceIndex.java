package dev.edgewise.policy.internal.eval;

import com.google.common.collect.ImmutableMap;
import dev.edgewise.address.Domain;
import dev.edgewise.address.SipUri;
import dev.edgewise.policy.ConferencingPolicy;
import dev.edgewise.policy.EffectivePolicy;
import dev.edgewise.policy.FederationConfiguration;
import dev.edgewise.policy.LocalUser;
import dev.edgewise.policy.Platform;
import dev.edgewise.policy.PolicyIdentity;
import dev.edgewise.policy.PolicyScope;
import dev.edgewise.policy.XmppPartner;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The compiled look-ups for conferencing policies (which one is in force for each organizer, and
 * for how many users) and XMPP allowed partners (by every domain they declare). Built once with
 * {@link CompiledConfiguration}; on a configuration with duplicates the first entry wins.
 */
public final class SurfaceIndex {

  /** The conferencing policy in force for one user, and why. */
  public record InForce(
      ConferencingPolicy policy,
      EffectivePolicy.Basis basis,
      @Nullable ConferencingPolicy fallback) {}

  private final boolean online;
  private final ImmutableMap<PolicyIdentity, ConferencingPolicy> byId;
  private final ImmutableMap<SipUri, InForce> inForce;
  private final ImmutableMap<PolicyIdentity, Integer> counts;
  private final ImmutableMap<Domain, XmppPartner> xmppByDomain;
  private final List<ConferencingPolicy> grantable;

  private SurfaceIndex(FederationConfiguration c) {
    this.online = c.platform() == Platform.ONLINE;
    Map<PolicyIdentity, ConferencingPolicy> ids = new LinkedHashMap<>();
    if (!online) {
      ids.put(PolicyIdentity.global(), ConferencingPolicy.global());
    }
    Map<PolicyIdentity, ConferencingPolicy> listed = new LinkedHashMap<>();
    for (ConferencingPolicy p : c.conferencingPolicies()) {
      // Online, only per-user policies exist; the validator warns about the others.
      if (!online || p.scope() == PolicyScope.USER) {
        listed.putIfAbsent(p.identity(), p);
      }
    }
    ids.putAll(listed);
    this.byId = ImmutableMap.copyOf(ids);
    this.grantable =
        byId.values().stream().filter(p -> p.scope() == PolicyScope.USER).toList();
    Map<SipUri, InForce> users = new LinkedHashMap<>();
    Map<PolicyIdentity, Integer> n = new HashMap<>();
    for (LocalUser u : c.users()) {
      if (users.containsKey(u.sipUri())) {
        continue;
      }
      InForce f = choose(byId, online, u);
      users.put(u.sipUri(), f);
      n.merge(f.policy().identity(), 1, Integer::sum);
    }
    this.inForce = ImmutableMap.copyOf(users);
    this.counts = ImmutableMap.copyOf(n);
    Map<Domain, XmppPartner> xmpp = new LinkedHashMap<>();
    for (XmppPartner x : c.xmppPartners()) {
      for (Domain d : x.domains()) {
        xmpp.putIfAbsent(d, x);
      }
    }
    this.xmppByDomain = ImmutableMap.copyOf(xmpp);
  }

  static SurfaceIndex of(FederationConfiguration c) {
    return new SurfaceIndex(c);
  }

  private static InForce choose(
      Map<PolicyIdentity, ConferencingPolicy> byId, boolean online, LocalUser u) {
    @Nullable ConferencingPolicy fallback = fallback(byId, online, u);
    Optional<PolicyIdentity> grant = u.grantedConferencingPolicy();
    if (grant.isPresent()) {
      ConferencingPolicy granted = byId.get(grant.get());
      if (granted != null) {
        return new InForce(granted, EffectivePolicy.Basis.USER_GRANT, fallback);
      }
    }
    if (!online && u.site().isPresent()) {
      ConferencingPolicy site = byId.get(PolicyIdentity.site(u.site().get()));
      if (site != null) {
        return new InForce(site, EffectivePolicy.Basis.SITE_POLICY, fallback);
      }
    }
    if (!online) {
      return new InForce(requireGlobal(byId), EffectivePolicy.Basis.GLOBAL_POLICY, fallback);
    }
    // Online with no per-user policy: the service default, which admits anonymous participants.
    return new InForce(ConferencingPolicy.global(), EffectivePolicy.Basis.NONE_ASSIGNED, fallback);
  }

  private static @Nullable ConferencingPolicy fallback(
      Map<PolicyIdentity, ConferencingPolicy> byId, boolean online, LocalUser u) {
    if (online) {
      return ConferencingPolicy.global();
    }
    if (u.site().isPresent()) {
      ConferencingPolicy site = byId.get(PolicyIdentity.site(u.site().get()));
      if (site != null) {
        return site;
      }
    }
    return requireGlobal(byId);
  }

  private static ConferencingPolicy requireGlobal(Map<PolicyIdentity, ConferencingPolicy> byId) {
    ConferencingPolicy g = byId.get(PolicyIdentity.global());
    if (g == null) {
      throw new IllegalStateException("on-premises without a Global conferencing policy");
    }
    return g;
  }

  /** The conferencing policy in force for a declared user, or null for an undeclared one. */
  public @Nullable InForce conferencing(SipUri user) {
    return inForce.get(user);
  }

  /** How many declared users the conferencing policy is in force for. */
  public int conferencingUsers(PolicyIdentity id) {
    Integer c = counts.get(id);
    return c == null ? 0 : c;
  }

  /** The per-user conferencing policies, in declaration order: candidates for a grant. */
  public List<ConferencingPolicy> grantableConferencing() {
    return grantable;
  }

  /** The XMPP allowed partner declaring {@code d}, or null. */
  public @Nullable XmppPartner xmppPartner(Domain d) {
    return xmppByDomain.get(d);
  }
}
