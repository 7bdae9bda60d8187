package dev.edgewise.policy;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.edgewise.address.Domain;
import dev.edgewise.address.SipUri;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hash look-ups over one configuration, built once per configuration (lazily) so that user, policy
 * and effective-policy queries do not scan lists. On a configuration with duplicates the first
 * entry wins; such a configuration has errors anyway.
 */
final class ConfigurationIndex {

  private final ImmutableSet<Domain> sipDomains;
  private final ImmutableMap<SipUri, LocalUser> users;
  private final ImmutableMap<PolicyIdentity, ExternalAccessPolicy> policies;
  private final ImmutableMap<SipUri, EffectivePolicy> effective;
  private final ImmutableMap<PolicyIdentity, Integer> usersInForce;

  ConfigurationIndex(FederationConfiguration c, Optional<ExternalAccessPolicy> global) {
    this.sipDomains = ImmutableSet.copyOf(c.sipDomains());

    Map<SipUri, LocalUser> u = new LinkedHashMap<>();
    for (LocalUser user : c.users()) {
      u.putIfAbsent(user.sipUri(), user);
    }
    this.users = ImmutableMap.copyOf(u);

    Map<PolicyIdentity, ExternalAccessPolicy> p = new LinkedHashMap<>();
    global.ifPresent(g -> p.put(g.identity(), g));
    boolean online = c.platform() == Platform.ONLINE;
    for (ExternalAccessPolicy policy : c.externalAccessPolicies()) {
      // Online, only per-user policies are consulted; the validator warns about the others.
      if (!online || policy.scope() == PolicyScope.USER) {
        p.putIfAbsent(policy.identity(), policy);
      }
    }
    this.policies = ImmutableMap.copyOf(p);

    // Two passes: decide each user's policy and count users per policy, then build the results,
    // which carry the counts.
    List<Choice> choices = new ArrayList<>(users.size());
    Map<PolicyIdentity, Integer> counts = new HashMap<>();
    int unassigned = 0;
    for (LocalUser user : users.values()) {
      Choice choice = choose(policies, user, online, global);
      choices.add(choice);
      if (choice.policy().isPresent()) {
        counts.merge(choice.policy().get().identity(), 1, Integer::sum);
      } else {
        unassigned++;
      }
    }
    Map<SipUri, EffectivePolicy> e = new LinkedHashMap<>();
    for (Choice choice : choices) {
      Integer count =
          choice.policy().isPresent() ? counts.get(choice.policy().get().identity()) : null;
      SipUri uri = choice.user().sipUri();
      e.put(
          uri,
          new EffectivePolicy(
              uri,
              choice.policy(),
              choice.basis(),
              choice.user().site(),
              count == null ? unassigned : count));
    }
    this.effective = ImmutableMap.copyOf(e);
    this.usersInForce = ImmutableMap.copyOf(counts);
  }

  /** User > site > global, whole objects; a grant of a missing policy is ignored. */
  private static Choice choose(
      Map<PolicyIdentity, ExternalAccessPolicy> policies,
      LocalUser user,
      boolean online,
      Optional<ExternalAccessPolicy> global) {
    Optional<ExternalAccessPolicy> granted =
        user.grantedPolicy().flatMap(id -> Optional.ofNullable(policies.get(id)));
    if (granted.isPresent()) {
      return new Choice(user, granted, EffectivePolicy.Basis.USER_GRANT);
    }
    if (!online) {
      Optional<ExternalAccessPolicy> sitePolicy =
          user.site().flatMap(s -> Optional.ofNullable(policies.get(PolicyIdentity.site(s))));
      if (sitePolicy.isPresent()) {
        return new Choice(user, sitePolicy, EffectivePolicy.Basis.SITE_POLICY);
      }
    }
    return global.isPresent()
        ? new Choice(user, global, EffectivePolicy.Basis.GLOBAL_POLICY)
        : new Choice(user, Optional.empty(), EffectivePolicy.Basis.NONE_ASSIGNED);
  }

  private record Choice(
      LocalUser user, Optional<ExternalAccessPolicy> policy, EffectivePolicy.Basis basis) {}

  boolean isSipDomain(Domain d) {
    return sipDomains.contains(d);
  }

  Optional<LocalUser> user(SipUri uri) {
    return Optional.ofNullable(users.get(uri));
  }

  Optional<ExternalAccessPolicy> policy(PolicyIdentity id) {
    return Optional.ofNullable(policies.get(id));
  }

  Optional<EffectivePolicy> effectivePolicy(SipUri uri) {
    return Optional.ofNullable(effective.get(uri));
  }

  int usersInForce(PolicyIdentity id) {
    Integer n = usersInForce.get(id);
    return n == null ? 0 : n;
  }
}
