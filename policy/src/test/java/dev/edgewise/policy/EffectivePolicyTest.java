package dev.edgewise.policy;

import static dev.edgewise.policy.Fixtures.ALICE;
import static dev.edgewise.policy.Fixtures.CAROL;
import static dev.edgewise.policy.Fixtures.ZED;
import static dev.edgewise.policy.Fixtures.base;
import static dev.edgewise.policy.Fixtures.baseOnline;
import static dev.edgewise.policy.Fixtures.sip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.address.SipUri;
import dev.edgewise.policy.EffectivePolicy.Basis;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Effective-policy resolution: user > site > global, as whole objects (domain brief 0.4 item 6).
 */
class EffectivePolicyTest {

  private static final ExternalAccessPolicy NO_PIC =
      ExternalAccessPolicy.builder()
          .identity(PolicyIdentity.tag("NoPic"))
          .enableFederationAccess(true)
          .build();
  private static final ExternalAccessPolicy ALL_ON =
      ExternalAccessPolicy.builder()
          .identity(PolicyIdentity.tag("AllOn"))
          .enableFederationAccess(true)
          .enablePublicCloudAccess(true)
          .enablePublicCloudAudioVideoAccess(true)
          .build();
  private static final ExternalAccessPolicy REDMOND =
      ExternalAccessPolicy.builder()
          .identity(PolicyIdentity.site("Redmond"))
          .enablePublicCloudAccess(true)
          .build();

  private static LocalUser alice(Optional<String> grant) {
    LocalUser.Builder b = LocalUser.builder().sipUri(ALICE).site("Redmond");
    grant.ifPresent(b::externalAccessPolicy);
    return b.build();
  }

  private static OnPremisesConfiguration onPrem(
      Optional<String> grant, boolean redmondPolicy, ExternalAccessPolicy... extra) {
    OnPremisesConfiguration.Builder b =
        base().toBuilder()
            .users(List.of(alice(grant), Fixtures.carol()))
            .addExternalAccessPolicies(NO_PIC)
            .addExternalAccessPolicies(extra);
    if (redmondPolicy) {
      b.addExternalAccessPolicies(REDMOND);
    }
    return b.build();
  }

  /** Grant, site policy present, user; expected identity, basis, users in force. */
  static Stream<Arguments> onPremisesTable() {
    return Stream.of(
        // user with grant: the grant wins over the site policy
        Arguments.of(Optional.of("NoPic"), true, ALICE, "Tag:NoPic", Basis.USER_GRANT, 1),
        Arguments.of(Optional.of("NoPic"), false, ALICE, "Tag:NoPic", Basis.USER_GRANT, 1),
        // user without grant, site with policy
        Arguments.of(Optional.empty(), true, ALICE, "site:Redmond", Basis.SITE_POLICY, 1),
        // user without grant, site without policy
        Arguments.of(Optional.empty(), false, ALICE, "Global", Basis.GLOBAL_POLICY, 2),
        // user in no site
        Arguments.of(Optional.empty(), true, CAROL, "Global", Basis.GLOBAL_POLICY, 1),
        Arguments.of(Optional.of("NoPic"), false, CAROL, "Global", Basis.GLOBAL_POLICY, 1));
  }

  @ParameterizedTest
  @MethodSource("onPremisesTable")
  void userBeforeSiteBeforeGlobal(
      Optional<String> grant,
      boolean redmondPolicy,
      SipUri user,
      String identity,
      Basis basis,
      int usersInForce) {
    OnPremisesConfiguration c = onPrem(grant, redmondPolicy);
    assertEquals(List.of(), c.validate());
    EffectivePolicy e = c.effectivePolicy(user).orElseThrow();
    assertEquals(user, e.user());
    assertEquals(Optional.of(PolicyIdentity.parse(identity)), e.identity());
    assertEquals(c.policy(PolicyIdentity.parse(identity)), e.policy());
    assertEquals(basis, e.basis());
    assertEquals(usersInForce, e.usersInForce());
    assertEquals(usersInForce, c.usersInForce(PolicyIdentity.parse(identity)));
    assertEquals(usersInForce > 1, e.isShared());
    assertTrue(e.explanation().startsWith(identity + " is in force for " + user), e.explanation());
  }

  @Test
  void thePolicyIsAWholeObjectWithoutFallback() {
    // Global allows federation; the site policy does not say so: the site policy decides alone.
    OnPremisesConfiguration c = onPrem(Optional.empty(), true);
    assertTrue(c.globalPolicy().enableFederationAccess());
    ExternalAccessPolicy inForce = c.effectivePolicy(ALICE).orElseThrow().policy().orElseThrow();
    assertEquals(REDMOND, inForce);
    assertFalse(inForce.enableFederationAccess());
    assertTrue(inForce.enablePublicCloudAccess());
  }

  @Test
  void anUnassignedPerUserPolicyIsInert() {
    OnPremisesConfiguration c = onPrem(Optional.empty(), false, ALL_ON);
    EffectivePolicy e = c.effectivePolicy(ALICE).orElseThrow();
    assertEquals(Basis.GLOBAL_POLICY, e.basis());
    assertEquals(0, c.usersInForce(ALL_ON.identity()));
    assertEquals(0, c.usersInForce(NO_PIC.identity()));
  }

  @Test
  void resettingTheGlobalPolicyRestoresTheDefaults() {
    OnPremisesConfiguration c = onPrem(Optional.empty(), false);
    assertTrue(
        c.effectivePolicy(CAROL).orElseThrow().policy().orElseThrow().enableFederationAccess());
    OnPremisesConfiguration reset = c.resetGlobalPolicy();
    assertEquals(ExternalAccessPolicy.global(), reset.globalPolicy());
    ExternalAccessPolicy inForce =
        reset.effectivePolicy(CAROL).orElseThrow().policy().orElseThrow();
    assertEquals(ExternalAccessPolicy.global(), inForce);
    assertFalse(inForce.enableFederationAccess());
    assertFalse(inForce.enablePublicCloudAccess());
    // Only the Global policy changed.
    assertEquals(c.externalAccessPolicies(), reset.externalAccessPolicies());
    assertEquals(c.toBuilder().globalPolicy(ExternalAccessPolicy.global()).build(), reset);
  }

  @Test
  void sharedPoliciesCountEveryUserTheyAreInForceFor() {
    OnPremisesConfiguration c =
        base().toBuilder()
            .addExternalAccessPolicies(NO_PIC)
            .users(
                List.of(
                    alice(Optional.of("NoPic")),
                    LocalUser.builder()
                        .sipUri(sip("sip:bob@contoso.com"))
                        .externalAccessPolicy("NoPic")
                        .build(),
                    Fixtures.carol(),
                    LocalUser.of(sip("sip:dave@contoso.com")),
                    LocalUser.builder()
                        .sipUri(sip("sip:erin@contoso.com"))
                        .site("Redmond")
                        .build()))
            .build();
    assertEquals(2, c.effectivePolicy(ALICE).orElseThrow().usersInForce());
    assertEquals(3, c.effectivePolicy(CAROL).orElseThrow().usersInForce());
    assertEquals(2, c.usersInForce(NO_PIC.identity()));
    assertEquals(3, c.usersInForce(PolicyIdentity.global()));
    assertTrue(
        c.effectivePolicy(ALICE)
            .orElseThrow()
            .explanation()
            .endsWith("(it is in force for 2 users)"));
  }

  @Test
  void anUndeclaredUserHasNoEffectivePolicy() {
    assertEquals(Optional.empty(), base().effectivePolicy(ZED));
    assertEquals(Optional.empty(), base().user(ZED));
    assertEquals(Optional.empty(), baseOnline().effectivePolicy(ZED));
  }

  @Test
  void onlineOnlyAnAssignedPerUserPolicyIsInForce() {
    OnlineTenantConfiguration t =
        baseOnline().toBuilder()
            .addExternalAccessPolicies(NO_PIC, ExternalAccessPolicy.global().toBuilder().build())
            .users(
                List.of(
                    LocalUser.builder().sipUri(ALICE).externalAccessPolicy("NoPic").build(),
                    Fixtures.carol()))
            .build();
    EffectivePolicy alice = t.effectivePolicy(ALICE).orElseThrow();
    assertEquals(Basis.USER_GRANT, alice.basis());
    assertEquals(Optional.of(NO_PIC), alice.policy());
    EffectivePolicy carol = t.effectivePolicy(CAROL).orElseThrow();
    assertEquals(Basis.NONE_ASSIGNED, carol.basis());
    assertEquals(Optional.empty(), carol.policy());
    assertEquals(Optional.empty(), carol.identity());
    assertEquals(1, carol.usersInForce());
    assertTrue(
        carol
            .explanation()
            .startsWith("No external access policy is assigned to sip:carol@contoso.com"));
    // The listed Global is ignored online (and warned about), never resolved.
    assertEquals(Optional.empty(), t.policy(PolicyIdentity.global()));
  }

  @Test
  void aGrantOfAMissingPolicyIsIgnoredByResolution() {
    OnPremisesConfiguration c =
        base().toBuilder().users(List.of(alice(Optional.of("Missing")), Fixtures.carol())).build();
    assertEquals(Basis.GLOBAL_POLICY, c.effectivePolicy(ALICE).orElseThrow().basis());
    assertThrows(InvalidConfigurationException.class, c::requireValid);
  }

  @Test
  void theResultChecksItsOwnConsistency() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new EffectivePolicy(ALICE, Optional.empty(), Basis.GLOBAL_POLICY, Optional.empty(), 1));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new EffectivePolicy(
                ALICE, Optional.of(NO_PIC), Basis.NONE_ASSIGNED, Optional.empty(), 1));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new EffectivePolicy(ALICE, Optional.of(NO_PIC), Basis.USER_GRANT, Optional.empty(), 0));
  }

  @Test
  void explanationsSayWhy() {
    assertEquals(
        "site:Redmond is in force for sip:alice@contoso.com: the user is in site Redmond and has no"
            + " per-user policy (it is in force for this user only)",
        onPrem(Optional.empty(), true).effectivePolicy(ALICE).orElseThrow().explanation());
    assertEquals(
        "Global is in force for sip:alice@contoso.com: no per-user policy is granted and site"
            + " Redmond has no site policy (it is in force for 2 users)",
        onPrem(Optional.empty(), false).effectivePolicy(ALICE).orElseThrow().explanation());
    assertEquals(
        "Global is in force for sip:carol@contoso.com: no per-user policy is granted and the user"
            + " is in no site (it is in force for 2 users)",
        onPrem(Optional.empty(), false).effectivePolicy(CAROL).orElseThrow().explanation());
    assertEquals(
        "Tag:NoPic is in force for sip:alice@contoso.com: it is granted to the user, and a per-user"
            + " policy overrides the site and Global policies (it is in force for this user only)",
        onPrem(Optional.of("NoPic"), true).effectivePolicy(ALICE).orElseThrow().explanation());
  }
}
