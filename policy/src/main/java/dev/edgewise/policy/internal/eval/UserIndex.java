package dev.edgewise.policy.internal.eval;

import com.google.common.collect.ImmutableMap;
import dev.edgewise.address.SipUri;
import dev.edgewise.policy.EffectivePolicy;
import dev.edgewise.policy.ExternalAccessPolicy;
import dev.edgewise.policy.FederationConfiguration;
import dev.edgewise.policy.HostingProvider;
import dev.edgewise.policy.LocalUser;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.PolicyIdentity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The configuration's users as {@link CompiledConfiguration} keeps them: the external access
 * policy in force for each (docs/policy.md, "Which policy is in force") and, in a split domain,
 * the hosting provider a user is homed at.
 */
final class UserIndex {

  private UserIndex() {}

  /**
   * Decides each user's policy (user > site > global, whole objects; a grant of a missing policy
   * is ignored), counting users per policy first so that every result carries its count.
   */
  static ImmutableMap<SipUri, UserEntry> entries(
      FederationConfiguration c,
      Map<PolicyIdentity, ExternalAccessPolicy> policies,
      @Nullable ExternalAccessPolicy global,
      boolean isOnline) {
    Map<SipUri, LocalUser> declared = new LinkedHashMap<>();
    for (LocalUser user : c.users()) {
      declared.putIfAbsent(user.sipUri(), user);
    }
    List<Choice> choices = new ArrayList<>(declared.size());
    Map<PolicyIdentity, Integer> counts = new HashMap<>();
    int unassigned = 0;
    for (LocalUser user : declared.values()) {
      Choice choice = choose(policies, user, isOnline, global);
      choices.add(choice);
      ExternalAccessPolicy p = choice.policy();
      if (p != null) {
        counts.merge(p.identity(), 1, Integer::sum);
      } else {
        unassigned++;
      }
    }
    Map<SipUri, UserEntry> out = new LinkedHashMap<>();
    for (Choice choice : choices) {
      ExternalAccessPolicy p = choice.policy();
      Integer count = p == null ? null : counts.get(p.identity());
      SipUri uri = choice.user().sipUri();
      EffectivePolicy effective =
          new EffectivePolicy(
              uri,
              Optional.ofNullable(p),
              choice.basis(),
              choice.user().site(),
              count == null ? unassigned : count);
      @Nullable ExternalAccessPolicy fallback =
          isOnline ? null : fallbackPolicy(policies, choice.user(), global);
      out.put(uri, new UserEntry(choice.user(), effective, p, fallback));
    }
    return ImmutableMap.copyOf(out);
  }

  private static Choice choose(
      Map<PolicyIdentity, ExternalAccessPolicy> policies,
      LocalUser user,
      boolean isOnline,
      @Nullable ExternalAccessPolicy global) {
    Optional<PolicyIdentity> grant = user.grantedPolicy();
    if (grant.isPresent()) {
      ExternalAccessPolicy granted = policies.get(grant.get());
      if (granted != null) {
        return new Choice(user, granted, EffectivePolicy.Basis.USER_GRANT);
      }
    }
    if (!isOnline && user.site().isPresent()) {
      ExternalAccessPolicy site = policies.get(PolicyIdentity.site(user.site().get()));
      if (site != null) {
        return new Choice(user, site, EffectivePolicy.Basis.SITE_POLICY);
      }
    }
    return global != null
        ? new Choice(user, global, EffectivePolicy.Basis.GLOBAL_POLICY)
        : new Choice(user, null, EffectivePolicy.Basis.NONE_ASSIGNED);
  }

  /** The policy a user falls back to without a per-user grant (on-premises only). */
  private static @Nullable ExternalAccessPolicy fallbackPolicy(
      Map<PolicyIdentity, ExternalAccessPolicy> policies,
      LocalUser user,
      @Nullable ExternalAccessPolicy global) {
    if (user.site().isPresent()) {
      ExternalAccessPolicy site = policies.get(PolicyIdentity.site(user.site().get()));
      if (site != null) {
        return site;
      }
    }
    return global;
  }

  /** One user's policy in force and why. */
  private record Choice(
      LocalUser user, @Nullable ExternalAccessPolicy policy, EffectivePolicy.Basis basis) {}

  /** Users whose home provider names a declared hosting provider (identities ignore case). */
  static ImmutableMap<SipUri, HostingProvider> homedUsers(
      FederationConfiguration c, @Nullable OnPremisesConfiguration p) {
    Map<SipUri, HostingProvider> out = new LinkedHashMap<>();
    if (p == null) {
      return ImmutableMap.of();
    }
    for (LocalUser u : c.users()) {
      Optional<String> home = u.homeProvider();
      if (home.isEmpty()) {
        continue;
      }
      for (HostingProvider h : p.hostingProviders()) {
        if (h.identity().equalsIgnoreCase(home.get())) {
          out.putIfAbsent(u.sipUri(), h);
          break;
        }
      }
    }
    return ImmutableMap.copyOf(out);
  }

}
