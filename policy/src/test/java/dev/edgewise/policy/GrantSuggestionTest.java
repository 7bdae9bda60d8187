package dev.edgewise.policy;

import static dev.edgewise.policy.ExternalAccessEvaluatorTest.evaluate;
import static dev.edgewise.policy.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A grant offered to fix one gate must not fail another: in a Teams tenant a per-user policy with
 * federation on can still block the domain through {@code CommunicationWithExternalOrgs}, and such
 * a policy is never the suggested grant.
 */
class GrantSuggestionTest {

  static final ExternalAccessPolicy BLOCKS_FABRIKAM =
      ExternalAccessPolicy.builder()
          .identity(PolicyIdentity.tag("BlocksFabrikam"))
          .enableFederationAccess(true)
          .communicationWithExternalOrgs(CommunicationWithExternalOrgs.BLOCK_SPECIFIC_EXTERNAL_DOMAINS)
          .addBlockedExternalDomains(d("fabrikam.com"))
          .build();

  static final ExternalAccessPolicy ALLOWS_NORTHWIND =
      ExternalAccessPolicy.builder()
          .identity(PolicyIdentity.tag("NorthwindOnly"))
          .enableFederationAccess(true)
          .communicationWithExternalOrgs(CommunicationWithExternalOrgs.ALLOW_SPECIFIC_EXTERNAL_DOMAINS)
          .addAllowedExternalDomains(d("northwind.com"))
          .build();

  static final ExternalAccessPolicy OPEN =
      ExternalAccessPolicy.builder()
          .identity(PolicyIdentity.tag("Open"))
          .enableFederationAccess(true)
          .build();

  /** Alice holds a policy with federation off; the others are declared after it, in order. */
  static OnlineTenantConfiguration tenant(ExternalAccessPolicy... others) {
    OnlineTenantConfiguration base =
        TeamsGatesTest.granted(p -> p.enableFederationAccess(false));
    return base.toBuilder().addExternalAccessPolicies(others).build();
  }

  static Optional<String> grant(OnlineTenantConfiguration c) {
    Decision d = evaluate(c, TeamsGatesTest.out(TeamsGatesTest.DAVE));
    Reason r =
        d.reasons().stream()
            .filter(x -> x.rule() == RuleId.POLICY_FEDERATION_OFF)
            .findFirst()
            .orElseThrow(() -> new AssertionError(d.toString()));
    return r.remediation().flatMap(Remediation::grantAlternative);
  }

  @Test
  void skipsPoliciesThatBlockTheDomainForTheOneThatAllowsIt() {
    assertEquals(
        Optional.of("Grant-CsExternalAccessPolicy -Identity sip:alice@contoso.com -PolicyName Open"),
        grant(tenant(BLOCKS_FABRIKAM, ALLOWS_NORTHWIND, OPEN)));
  }

  @Test
  void withOnlyBlockingPoliciesItRevokesTheGrantInstead() {
    // No per-user policy then: the tenant's lists decide, and they allow fabrikam.com.
    assertEquals(
        Optional.of("Grant-CsExternalAccessPolicy -Identity sip:alice@contoso.com -PolicyName $Null"),
        grant(tenant(BLOCKS_FABRIKAM, ALLOWS_NORTHWIND)));
  }

  @Test
  void theSuggestedGrantReallyAllows() {
    OnlineTenantConfiguration c = tenant(BLOCKS_FABRIKAM, OPEN);
    OnlineTenantConfiguration after =
        c.toBuilder()
            .users(
                java.util.List.of(
                    LocalUser.builder().sipUri(Fixtures.ALICE).externalAccessPolicy("Open").build(),
                    LocalUser.of(Fixtures.CAROL)))
            .build();
    assertTrue(
        evaluate(after, TeamsGatesTest.out(TeamsGatesTest.DAVE)).isAllowed(),
        "granting Open lets alice reach dave");
  }
}
