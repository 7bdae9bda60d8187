package dev.edgewise.policy;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.edgewise.address.Domain;
import dev.edgewise.address.SipUri;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    // Two passes: decide each user's policy, count users per policy, then build the results.
    Map<SipUri, Optional<ExternalAccessPolicy>> chosen = new LinkedHashMap<>();
    Map<SipUri, EffectivePolicy.Basis> bases = new HashMap<>();
    Map<PolicyIdentity, Integer> counts = new HashMap<>();
    int unassigned = 0;
    for (LocalUser user : users.values()) {
      EffectivePolicy.Basis basis;
      Optional<ExternalAccessPolicy> granted =
          user.grantedPolicy().flatMap(id -> Optional.ofNullable(policies.get(id)));
      Optional<ExternalAccessPolicy> sitePolicy =
          online
              ? Optional.empty()
              : user.site().flatMap(s -> Optional.ofNullable(policies.get(PolicyIdentity.site(s))));
      Optional<ExternalAccessPolicy> result;
      if (granted.isPresent()) {
        basis = EffectivePolicy.Basis.USER_GRANT;
        result = granted;
      } else if (sitePolicy.isPresent()) {
        basis = EffectivePolicy.Basis.SITE_POLICY;
        result = sitePolicy;
      } else if (global.isPresent()) {
        basis = EffectivePolicy.Basis.GLOBAL_POLICY;
        result = global;
      } else {
        basis = EffectivePolicy.Basis.NONE_ASSIGNED;
        result = Optional.empty();
      }
      chosen.put(user.sipUri(), result);
      bases.put(user.sipUri(), basis);
      if (result.isPresent()) {
        counts.merge(result.get().identity(), 1, Integer::sum);
      } else {
        unassigned++;
      }
    }
    Map<SipUri, EffectivePolicy> e = new LinkedHashMap<>();
    for (Map.Entry<SipUri, Optional<ExternalAccessPolicy>> entry : chosen.entrySet()) {
      SipUri uri = entry.getKey();
      Optional<ExternalAccessPolicy> result = entry.getValue();
      Integer count = result.isPresent() ? counts.get(result.get().identity()) : null;
      int n = count == null ? unassigned : count;
      EffectivePolicy.Basis basis = bases.getOrDefault(uri, EffectivePolicy.Basis.NONE_ASSIGNED);
      LocalUser user = users.get(uri);
      Optional<String> site = user == null ? Optional.empty() : user.site();
      e.put(uri, new EffectivePolicy(uri, result, basis, site, n));
    }
    this.effective = ImmutableMap.copyOf(e);
    this.usersInForce = ImmutableMap.copyOf(counts);
  }

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
