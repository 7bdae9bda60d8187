package dev.edgewise.policy;

import static dev.edgewise.policy.Fixtures.ALICE;
import static dev.edgewise.policy.Fixtures.CONTOSO;
import static dev.edgewise.policy.Fixtures.FABRIKAM;
import static dev.edgewise.policy.Fixtures.base;
import static dev.edgewise.policy.Fixtures.baseOnline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every configuration change of the normative examples (domain brief 0.6) can be written with the
 * builders and is valid, so the evaluator's tests start from configurations this model accepts.
 */
class NormativeConfigurationsTest {

  static Stream<Arguments> examples() {
    OnPremisesConfiguration b = base();
    return Stream.of(
        Arguments.of("E1 base", b),
        Arguments.of(
            "E3 Global A/V on, video preset",
            b.toBuilder()
                .globalPolicy(
                    b.globalPolicy().toBuilder().enablePublicCloudAudioVideoAccess(true).build())
                .publicProviders(
                    List.of(
                        PublicProvider.skype().toBuilder()
                            .capabilities(CapabilityPreset.WITH_VIDEO.modalities())
                            .build()))
                .build()),
        Arguments.of(
            "E5 blocked fabrikam.com",
            b.toBuilder().addBlockedDomains(BlockedDomain.of(FABRIKAM)).build()),
        Arguments.of(
            "E6 blocked msn.com",
            b.toBuilder().addBlockedDomains(BlockedDomain.of(Fixtures.d("msn.com"))).build()),
        Arguments.of(
            "E7 federation off, Skype disabled",
            b.toBuilder()
                .accessEdge(b.accessEdge().toBuilder().allowFederatedUsers(false).build())
                .publicProviders(List.of(PublicProvider.skype().toBuilder().enabled(false).build()))
                .build()),
        Arguments.of(
            "E8 Skype AlwaysUnverifiable",
            b.toBuilder()
                .publicProviders(
                    List.of(
                        PublicProvider.skype().toBuilder()
                            .verificationLevel(VerificationLevel.ALWAYS_UNVERIFIABLE)
                            .build()))
                .build()),
        Arguments.of(
            "E9 PIC provisioning in progress",
            b.toBuilder()
                .era(ConnectivityEra.PIC_PROVISIONING)
                .putPicProvisioning(CONTOSO, ProvisioningState.IN_PROGRESS)
                .build()),
        Arguments.of(
            "E12 NoPic granted to alice",
            b.toBuilder()
                .addExternalAccessPolicies(
                    ExternalAccessPolicy.builder()
                        .identity(PolicyIdentity.tag("NoPic"))
                        .enableFederationAccess(true)
                        .build())
                .users(
                    List.of(
                        Fixtures.alice().toBuilder().externalAccessPolicy("NoPic").build(),
                        Fixtures.carol()))
                .build()),
        Arguments.of(
            "E13 partner discovery on",
            b.toBuilder()
                .accessEdge(b.accessEdge().toBuilder().enablePartnerDiscovery(true).build())
                .build()),
        Arguments.of(
            "E15 online, External Access off",
            baseOnline().toBuilder().allowFederatedUsers(false).build()),
        Arguments.of(
            "E16 online, only fabrikam.com allowed",
            baseOnline().toBuilder()
                .allowedDomains(TenantAllowedDomains.allowList(List.of(FABRIKAM)))
                .build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void isValid(String name, FederationConfiguration c) {
    assertEquals(List.of(), c.validate());
    assertSame(c, c.requireValid());
    assertFalse(c.effectivePolicy(ALICE).isEmpty());
  }
}
