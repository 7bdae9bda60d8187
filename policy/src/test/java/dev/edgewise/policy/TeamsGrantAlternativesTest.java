package dev.edgewise.policy;

import static dev.edgewise.policy.Fixtures.ALICE;
import static dev.edgewise.policy.Fixtures.CAROL;
import static dev.edgewise.policy.Fixtures.baseOnline;
import static dev.edgewise.policy.Fixtures.d;
import static dev.edgewise.policy.Fixtures.sip;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.core.Modality;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which existing per-user policy a Teams tenant's denial offers to grant instead of changing the
 * policy in force: the first one, in declaration order, under which every per-user gate of the
 * request passes (the consumer switches in the request's direction, federation with a {@code
 * CommunicationWithExternalOrgs} that admits the domain); for a public provider's user the
 * external-domain setting is not asked. Also who an organization-wide Teams command affects when
 * the local user is not declared.
 */
class TeamsGrantAlternativesTest {

  private static final RemoteParty KIM =
      RemoteParty.teamsConsumer(MicrosoftAccount.parse("kim@outlook.com"));

  /** One row: alice has {@code inForce}; the tenant declares {@code others} after it. */
  record Row(
      String name,
      ExternalAccessPolicy inForce,
      List<ExternalAccessPolicy> others,
      Object request,
      RuleId denied,
      Optional<String> grant) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Row> rows() {
    ExternalAccessPolicy noConsumer = policy("NoConsumer", p -> p.enableTeamsConsumerAccess(false));
    ExternalAccessPolicy consumerOut =
        policy("ConsumerOut", p -> p.enableTeamsConsumerAccess(true).enableTeamsConsumerInbound(false));
    ExternalAccessPolicy consumerBoth =
        policy("ConsumerBoth", p -> p.enableTeamsConsumerAccess(true).enableTeamsConsumerInbound(true));
    ExternalAccessPolicy blockFabrikam =
        policy("BlockFabrikam", p -> blocking(p, "fabrikam.com"));
    ExternalAccessPolicy federationOff =
        policy("FederationOff", p -> p.enableFederationAccess(false)
            .communicationWithExternalOrgs(CommunicationWithExternalOrgs.ALLOW_ALL_EXTERNAL_DOMAINS));
    ExternalAccessPolicy organizationDefault = policy("OrganizationDefault", p -> p);
    ExternalAccessPolicy allowNorthwind = policy("AllowNorthwind", p -> allowing(p, "northwind.com"));
    ExternalAccessPolicy alsoBlockFabrikam =
        policy("AlsoBlockFabrikam", p -> blocking(p, "fabrikam.com"));
    ExternalAccessPolicy blockNorthwind = policy("BlockNorthwind", p -> blocking(p, "northwind.com"));
    ExternalAccessPolicy allowFabrikam = policy("AllowFabrikam", p -> allowing(p, "fabrikam.com"));
    OutboundRequest toDave =
        new OutboundRequest(ALICE, RemoteParty.of(sip("sip:dave@fabrikam.com")), Modality.IM);
    return Stream.of(
        new Row("consumer, outbound: the first policy with consumer access", noConsumer,
            List.of(consumerOut, consumerBoth), new OutboundRequest(ALICE, KIM, Modality.IM),
            RuleId.POLICY_TEAMS_CONSUMER_OFF, grantOf("ConsumerOut")),
        new Row("consumer, inbound: the first policy with inbound consumer access too", noConsumer,
            List.of(consumerOut, consumerBoth),
            InboundRequest.builder()
                .remote(KIM)
                .localUser(ALICE)
                .modality(Modality.IM)
                .arrival(Arrival.viaPublicProvider("Skype"))
                .build(),
            RuleId.POLICY_TEAMS_CONSUMER_OFF, grantOf("ConsumerBoth")),
        new Row("consumer, no candidate", noConsumer,
            List.of(policy("AlsoNoConsumer", p -> p.enableTeamsConsumerAccess(false))),
            new OutboundRequest(ALICE, KIM, Modality.IM), RuleId.POLICY_TEAMS_CONSUMER_OFF,
            Optional.empty()),
        new Row("federated: skips federation off, OrganizationDefault, other allowed domains and"
                + " the same block", blockFabrikam,
            List.of(federationOff, organizationDefault, allowNorthwind, alsoBlockFabrikam,
                blockNorthwind, allowFabrikam),
            toDave, RuleId.POLICY_DOMAIN_BLOCKED, grantOf("BlockNorthwind")),
        new Row("federated: a policy allowing the domain", blockFabrikam,
            List.of(federationOff, organizationDefault, allowNorthwind, allowFabrikam),
            toDave, RuleId.POLICY_DOMAIN_BLOCKED, grantOf("AllowFabrikam")),
        new Row("federated: nothing admits the domain", blockFabrikam,
            List.of(federationOff, organizationDefault, allowNorthwind, alsoBlockFabrikam),
            toDave, RuleId.POLICY_DOMAIN_BLOCKED, Optional.empty()),
        new Row("public provider's user: the external-domain setting is not asked",
            policy("PublicOff", p -> p.enablePublicCloudAccess(false)),
            List.of(policy("PublicOnNorthwind",
                p -> allowing(p.enablePublicCloudAccess(true), "northwind.com"))),
            new OutboundRequest(
                ALICE, RemoteParty.of(sip("sip:bob(fabrikam.com)@msn.com")), Modality.IM),
            RuleId.POLICY_PUBLIC_OFF, grantOf("PublicOnNorthwind")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theGrantIsTheFirstPolicyUnderWhichTheRequestPasses(Row row) {
    OnlineTenantConfiguration c =
        teams().toBuilder()
            .addExternalAccessPolicies(row.inForce())
            .addAllExternalAccessPolicies(row.others())
            .users(
                List.of(
                    LocalUser.builder()
                        .sipUri(ALICE)
                        .externalAccessPolicy(row.inForce().identity().name())
                        .build(),
                    LocalUser.of(CAROL)))
            .build();
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(c);
    Decision decision =
        row.request() instanceof InboundRequest in
            ? ev.evaluate(in)
            : ev.evaluate((OutboundRequest) row.request());
    Remediation fix =
        decision.reasons().stream()
            .filter(r -> r.rule() == row.denied())
            .findFirst()
            .flatMap(Reason::remediation)
            .orElseThrow(() -> new AssertionError(decision.toString()));
    assertEquals(row.grant(), fix.grantAlternative());
    // The policy is alice's alone: changing it affects nobody else.
    assertEquals(0, fix.otherUsersAffected());
  }

  /**
   * An organization-wide Teams command affects every declared user but the one asking: all of
   * them when the local user is not declared.
   */
  @ParameterizedTest
  @MethodSource("askers")
  void anOrganizationWideTeamsCommandCountsTheOtherDeclaredUsers(String localUser, int others) {
    OnlineTenantConfiguration c = teams().toBuilder().allowTeamsConsumer(false).build();
    Decision decision =
        ExternalAccessEvaluator.compile(c)
            .evaluate(new OutboundRequest(sip(localUser), KIM, Modality.IM));
    Remediation fix =
        decision.reasons().stream()
            .filter(r -> r.rule() == RuleId.TEAMS_CONSUMER_OFF)
            .findFirst()
            .flatMap(Reason::remediation)
            .orElseThrow(() -> new AssertionError(decision.toString()));
    assertEquals("Set-CsTenantFederationConfiguration -AllowTeamsConsumer $True", fix.command());
    assertEquals(others, fix.otherUsersAffected());
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> askers() {
    return Stream.of(
        org.junit.jupiter.params.provider.Arguments.of("sip:alice@contoso.com", 1),
        org.junit.jupiter.params.provider.Arguments.of("sip:zed@contoso.com", 2));
  }

  private static OnlineTenantConfiguration teams() {
    return baseOnline().toBuilder().product(Product.TEAMS_TENANT).build();
  }

  private static Optional<String> grantOf(String policy) {
    return Optional.of("Grant-CsExternalAccessPolicy -Identity sip:alice@contoso.com -PolicyName "
        + policy);
  }

  private static ExternalAccessPolicy policy(
      String name, UnaryOperator<ExternalAccessPolicy.Builder> f) {
    return f.apply(
            ExternalAccessPolicy.builder()
                .identity(PolicyIdentity.tag(name))
                .enableFederationAccess(true))
        .build();
  }

  private static ExternalAccessPolicy.Builder allowing(ExternalAccessPolicy.Builder p, String d) {
    return p.communicationWithExternalOrgs(
            CommunicationWithExternalOrgs.ALLOW_SPECIFIC_EXTERNAL_DOMAINS)
        .addAllowedExternalDomains(d(d));
  }

  private static ExternalAccessPolicy.Builder blocking(ExternalAccessPolicy.Builder p, String d) {
    return p.communicationWithExternalOrgs(
            CommunicationWithExternalOrgs.BLOCK_SPECIFIC_EXTERNAL_DOMAINS)
        .addBlockedExternalDomains(d(d));
  }
}
