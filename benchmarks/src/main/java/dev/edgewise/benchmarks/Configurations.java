package dev.edgewise.benchmarks;

import dev.edgewise.address.Domain;
import dev.edgewise.address.SipUri;
import dev.edgewise.policy.AccessEdgeConfiguration;
import dev.edgewise.policy.AllowedDomain;
import dev.edgewise.policy.BlockedDomain;
import dev.edgewise.policy.ExternalAccessPolicy;
import dev.edgewise.policy.LocalUser;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.PublicProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated federation configurations with {@code size} allowed and {@code size} blocked domains,
 * built through the public builders as an administrator's tooling would. Partner {@code i} is
 * {@code partner<i>.example}, blocked domain {@code i} is {@code blocked<i>.example}; the requests
 * the benchmarks send name the domain in the middle of each list, so a list scan does half its
 * work on average.
 */
final class Configurations {
  static final String LOCAL_USER = "sip:alice@contoso.com";

  private Configurations() {}

  static String allowedDomain(int i) {
    return "partner" + i + ".example";
  }

  static String blockedDomain(int i) {
    return "blocked" + i + ".example";
  }

  /** The allowed domains as plain strings, for the baselines that do not use Edgewise. */
  static List<String> allowedDomainNames(int size) {
    List<String> names = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      names.add(allowedDomain(i));
    }
    return names;
  }

  static OnPremisesConfiguration onPremises(int size) {
    OnPremisesConfiguration.Builder b =
        OnPremisesConfiguration.builder()
            .accessEdge(AccessEdgeConfiguration.builder().allowFederatedUsers(true).build())
            .globalPolicy(
                ExternalAccessPolicy.global().toBuilder()
                    .enableFederationAccess(true)
                    .enablePublicCloudAccess(true)
                    .build())
            .addPublicProviders(PublicProvider.skype())
            .addSipDomains(Domain.parse("contoso.com"))
            .addUsers(LocalUser.of(SipUri.parse(LOCAL_USER)));
    for (int i = 0; i < size; i++) {
      b.addAllowedDomains(AllowedDomain.of(Domain.parse(allowedDomain(i))));
      b.addBlockedDomains(BlockedDomain.of(Domain.parse(blockedDomain(i))));
    }
    return b.build();
  }
}
