package dev.edgewise.policy.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.edgewise.address.Domain;
import dev.edgewise.address.SipUri;
import dev.edgewise.policy.AccessEdgeConfiguration;
import dev.edgewise.policy.AllowedDomain;
import dev.edgewise.policy.BlockedDomain;
import dev.edgewise.policy.CapabilityPreset;
import dev.edgewise.policy.ConfigurationProblem;
import dev.edgewise.policy.EffectivePolicy;
import dev.edgewise.policy.ExternalAccessPolicy;
import dev.edgewise.policy.FederationConfiguration;
import dev.edgewise.policy.HostingProvider;
import dev.edgewise.policy.InvalidConfigurationException;
import dev.edgewise.policy.LocalUser;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.OnlineTenantConfiguration;
import dev.edgewise.policy.PolicyIdentity;
import dev.edgewise.policy.PublicProvider;
import dev.edgewise.policy.TenantAllowedDomains;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Uses the configuration API from outside its package, as the examples and callers do: the builders
 * are reachable although the generated classes behind them are package-private.
 */
class PublicApiTest {

  @Test
  void aCallerBuildsValidatesAndResolvesWithoutNamingGeneratedClasses() {
    Domain contoso = Domain.parse("contoso.com");
    SipUri alice = SipUri.parse("sip:alice@contoso.com");
    OnPremisesConfiguration c =
        OnPremisesConfiguration.builder()
            .accessEdge(AccessEdgeConfiguration.builder().allowFederatedUsers(true).build())
            .globalPolicy(
                ExternalAccessPolicy.global().toBuilder().enableFederationAccess(true).build())
            .addExternalAccessPolicies(
                ExternalAccessPolicy.builder()
                    .identity(PolicyIdentity.tag("NoPic"))
                    .enableFederationAccess(true)
                    .build())
            .addPublicProviders(
                PublicProvider.skype().toBuilder()
                    .capabilities(CapabilityPreset.WITH_VIDEO.modalities())
                    .build())
            .addHostingProviders(
                HostingProvider.builder()
                    .identity("LyncOnline")
                    .proxyFqdn(Domain.parse("sipfed.online.lync.com"))
                    .enabled(true)
                    .build())
            .addAllowedDomains(
                AllowedDomain.builder()
                    .domain(Domain.parse("fabrikam.com"))
                    .proxyFqdn(Domain.parse("sip.fabrikam.com"))
                    .build())
            .addBlockedDomains(BlockedDomain.of(Domain.parse("northwind.com")))
            .addSipDomains(contoso)
            .addUsers(LocalUser.builder().sipUri(alice).externalAccessPolicy("NoPic").build())
            .build();
    FederationConfiguration valid = c.requireValid();
    EffectivePolicy e = valid.effectivePolicy(alice).orElseThrow();
    assertEquals(Optional.of(PolicyIdentity.tag("NoPic")), e.identity());
    assertEquals(Optional.of(contoso), c.users().get(0).sipDomain());

    OnlineTenantConfiguration t =
        OnlineTenantConfiguration.freshTenant().toBuilder()
            .allowedDomains(TenantAllowedDomains.allowList(List.of(Domain.parse("fabrikam.com"))))
            .addBlockedDomains(Domain.parse("northwind.com"))
            .build();
    List<ConfigurationProblem> problems = t.validate();
    assertEquals(
        ConfigurationProblem.Code.BLOCKED_LIST_IGNORED_IN_ALLOW_LIST_MODE, problems.get(0).code());
    t.requireValid();

    InvalidConfigurationException ex =
        assertThrows(
            InvalidConfigurationException.class,
            () -> c.toBuilder().addSipDomains(contoso).build().requireValid());
    assertEquals(1, ex.errors().size());
  }
}
