package dev.edgewise.policy;

import static dev.edgewise.policy.Fixtures.ALICE;
import static dev.edgewise.policy.Fixtures.CAROL;
import static dev.edgewise.policy.Fixtures.base;
import static dev.edgewise.policy.Fixtures.baseOnline;
import static dev.edgewise.policy.Fixtures.d;
import static dev.edgewise.policy.Fixtures.sip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.policy.ConfigurationProblem.Code;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator's Teams and split-domain checks, each with a clean near miss: settings a product
 * lacks, the Global policy's {@code CommunicationWithExternalOrgs}, and users homed at a hosting
 * provider.
 */
class TeamsValidationTest {

  static final HostingProvider SPLIT =
      HostingProvider.builder()
          .identity("LyncOnline")
          .proxyFqdn(d("sipfed.online.lync.com"))
          .enabled(true)
          .enabledSharedAddressSpace(true)
          .hostsOcsUsers(true)
          .build();

  static OnPremisesConfiguration split(HostingProvider h, String home) {
    return base().toBuilder()
        .addHostingProviders(h)
        .addUsers(LocalUser.homedAt(sip("sip:dan@contoso.com"), home))
        .build();
  }

  static Stream<Arguments> rules() {
    OnlineTenantConfiguration teams = TeamsGatesTest.teams();
    ExternalAccessPolicy blockAll =
        ExternalAccessPolicy.builder()
            .identity(PolicyIdentity.tag("Closed"))
            .communicationWithExternalOrgs(CommunicationWithExternalOrgs.BLOCK_ALL_EXTERNAL_DOMAINS)
            .build();
    // Only the blocked list differs from the defaults.
    ExternalAccessPolicy blockOne =
        ExternalAccessPolicy.builder()
            .identity(PolicyIdentity.tag("BlockOne"))
            .addBlockedExternalDomains(d("northwind.com"))
            .build();
    return Stream.of(
        Arguments.of(
            Code.SETTING_NOT_IN_PRODUCT,
            teams.toBuilder().allowTeamsConsumer(false).build(),
            baseOnline().toBuilder().allowTeamsConsumer(false).build(),
            "TenantFederationConfiguration:Global"),
        Arguments.of(
            Code.SETTING_NOT_IN_PRODUCT,
            teams.toBuilder().addExternalAccessPolicies(blockAll).build(),
            base().toBuilder().addExternalAccessPolicies(blockAll).build(),
            "ExternalAccessPolicy:Tag:Closed"),
        Arguments.of(
            Code.GLOBAL_POLICY_EXTERNAL_ORGS_NOT_DEFAULT,
            teams.toBuilder().addExternalAccessPolicies(blockAll).build(),
            // online, a listed Global policy is ignored with a warning, and still checked
            teams.toBuilder()
                .addExternalAccessPolicies(
                    blockAll.toBuilder().identity(PolicyIdentity.global()).build())
                .build(),
            "ExternalAccessPolicy:Global"),
        Arguments.of(
            Code.SETTING_NOT_IN_PRODUCT,
            teams.toBuilder().sharedSipAddressSpace(true).build(),
            baseOnline().toBuilder().sharedSipAddressSpace(true).build(),
            "TenantFederationConfiguration:Global"),
        Arguments.of(
            Code.SETTING_NOT_IN_PRODUCT,
            teams.toBuilder().addExternalAccessPolicies(blockOne).build(),
            base().toBuilder().addExternalAccessPolicies(blockOne).build(),
            "ExternalAccessPolicy:Tag:BlockOne"),
        Arguments.of(
            // on-premises, the Global policy is a setting of its own, checked like the listed ones
            Code.SETTING_NOT_IN_PRODUCT,
            base(),
            base().toBuilder()
                .globalPolicy(
                    base().globalPolicy().toBuilder().enableTeamsConsumerAccess(false).build())
                .build(),
            "ExternalAccessPolicy:Global"),
        Arguments.of(
            Code.GLOBAL_POLICY_EXTERNAL_ORGS_NOT_DEFAULT,
            base(),
            base().toBuilder()
                .globalPolicy(
                    base().globalPolicy().toBuilder()
                        .communicationWithExternalOrgs(
                            CommunicationWithExternalOrgs.BLOCK_ALL_EXTERNAL_DOMAINS)
                        .build())
                .build(),
            "ExternalAccessPolicy:Global"),
        Arguments.of(
            Code.HOME_PROVIDER_MISSING,
            split(SPLIT, "LyncOnline"),
            split(SPLIT, "Elsewhere"),
            "User:sip:dan@contoso.com"),
        Arguments.of(
            Code.HOME_PROVIDER_MISSING,
            split(SPLIT, "lynconline"),
            baseOnline().toBuilder()
                .addUsers(LocalUser.homedAt(sip("sip:dan@contoso.com"), "OnPremises"))
                .build(),
            "User:sip:dan@contoso.com"),
        Arguments.of(
            Code.HOME_PROVIDER_NOT_SPLIT_DOMAIN,
            split(SPLIT, "LyncOnline"),
            split(SPLIT.toBuilder().enabledSharedAddressSpace(false).build(), "LyncOnline"),
            "User:sip:dan@contoso.com"),
        Arguments.of(
            Code.HOME_PROVIDER_NOT_SPLIT_DOMAIN,
            split(SPLIT, "LyncOnline"),
            split(SPLIT.toBuilder().hostsOcsUsers(false).build(), "LyncOnline"),
            "User:sip:dan@contoso.com"));
  }

  @ParameterizedTest(name = "{0} {3}")
  @MethodSource("rules")
  void eachRuleHasAValidNearMissAndAnInvalidCase(
      Code code, FederationConfiguration valid, FederationConfiguration invalid, String subject) {
    assertEquals(List.of(), valid.validate(), "the near miss is clean");
    List<ConfigurationProblem> found =
        invalid.validate().stream().filter(p -> p.code() == code).toList();
    assertEquals(1, found.size(), () -> invalid.validate().toString());
    ConfigurationProblem p = found.get(0);
    assertEquals(subject, p.subject());
    assertTrue(p.message().endsWith("."), p.message());
    InvalidConfigurationException e =
        assertThrows(InvalidConfigurationException.class, invalid::requireValid);
    assertTrue(e.errors().contains(p));
  }

  @Test
  void teamsDefaultsAreNotSettingsOfTheirOwn() {
    assertEquals(List.of(), baseOnline().validate());
    assertEquals(List.of(), base().validate());
    assertEquals(List.of(), TeamsGatesTest.teams().validate());
    assertEquals(
        List.of(),
        TeamsGatesTest.granted(p -> p.enableTeamsConsumerInbound(false)
                .addAllowedExternalDomains(d("fabrikam.com")))
            .validate());
  }

  @Test
  void aMissingHomeProviderIsExplainedForEachShape() {
    LocalUser dan = LocalUser.homedAt(sip("sip:dan@contoso.com"), "Elsewhere");
    assertEquals(
        List.of(
            "The user sip:dan@contoso.com is homed at the hosting provider Elsewhere, which an"
                + " online tenant cannot have; remove the home provider."),
        baseOnline().toBuilder().addUsers(dan).build().validate().stream()
            .map(ConfigurationProblem::message)
            .toList());
    assertEquals(
        List.of(
            "The user sip:dan@contoso.com is homed at the hosting provider Elsewhere, which does"
                + " not exist; create it with New-CsHostingProvider or correct the name."),
        base().toBuilder().addUsers(dan).build().validate().stream()
            .map(ConfigurationProblem::message)
            .toList());
  }

  @Test
  void aHomedUserNeedsNoOtherDeclaration() {
    OnPremisesConfiguration c = split(SPLIT, "LyncOnline");
    assertEquals(List.of(), c.validate());
    assertTrue(c.user(sip("sip:dan@contoso.com")).orElseThrow().homeProvider().isPresent());
    assertTrue(c.user(ALICE).orElseThrow().homeProvider().isEmpty());
    assertTrue(c.user(CAROL).isPresent());
  }
}
