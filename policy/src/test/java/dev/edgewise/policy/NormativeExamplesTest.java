package dev.edgewise.policy;

import static dev.edgewise.policy.Fixtures.ALICE;
import static dev.edgewise.policy.Fixtures.CAROL;
import static dev.edgewise.policy.Fixtures.CONTOSO;
import static dev.edgewise.policy.Fixtures.FABRIKAM;
import static dev.edgewise.policy.Fixtures.ZED;
import static dev.edgewise.policy.Fixtures.base;
import static dev.edgewise.policy.Fixtures.baseOnline;
import static dev.edgewise.policy.Fixtures.d;
import static dev.edgewise.policy.Fixtures.sip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sixteen normative examples of the domain brief, section 0.6, one test each. A denial is
 * checked for its exact list of rule ids (every denying gate, in order), an allowance for the rule
 * that admitted the remote party.
 */
class NormativeExamplesTest {

  static final SipUri BOB_OUTLOOK = sip("sip:bob@outlook.com");
  static final SipUri BOB_DECORATED = sip("sip:bob(fabrikam.com)@msn.com");

  static Decision out(FederationConfiguration c, SipUri user, SipUri remote, Modality m) {
    return ExternalAccessEvaluator.compile(c).evaluate(OutboundRequest.of(user, remote, m));
  }

  static List<RuleId> rules(Decision d) {
    List<RuleId> ids = new ArrayList<>();
    for (Reason r : d.reasons()) {
      ids.add(r.rule());
    }
    return ids;
  }

  static void assertDenied(Decision d, RuleId... expected) {
    assertEquals(Effect.DENY, d.effect(), () -> d.toString());
    assertEquals(List.of(expected), rules(d), () -> d.toString());
  }

  static void assertAllowedBy(Decision d, RuleId rule) {
    assertEquals(Effect.ALLOW, d.effect(), () -> d.toString());
    assertTrue(d.hasRule(rule), () -> d.toString());
  }

  static OnPremisesConfiguration withGlobal(ExternalAccessPolicy.Builder global) {
    return base().toBuilder().globalPolicy(global.build()).build();
  }

  static OnPremisesConfiguration withSkype(PublicProvider skype) {
    return base().toBuilder().publicProviders(List.of(skype)).build();
  }

  @Test
  void e1_aliceImsSkypeUserAtOutlook() {
    Decision d = out(base(), ALICE, BOB_OUTLOOK, Modality.IM);
    assertAllowedBy(d, RuleId.PUBLIC_PROVIDER);
    assertEquals(RemoteClass.PUBLIC_PROVIDER_USER, d.remoteClass());
    // typed as a person would, the same answer
    Decision typed =
        ExternalAccessEvaluator.compile(base())
            .evaluate(OutboundRequest.typed(ALICE, "bob@outlook.com", Modality.IM));
    assertEquals(d, typed);
  }

  @Test
  void e2_audioToDecoratedAccountNeedsTheAudioVideoFlag() {
    Decision d = out(base(), ALICE, BOB_DECORATED, Modality.AUDIO);
    assertDenied(d, RuleId.POLICY_PUBLIC_AV_OFF);
    Remediation fix = d.reasons().get(0).remediation().orElseThrow();
    assertEquals(
        "Set-CsExternalAccessPolicy -Identity Global -EnablePublicCloudAudioVideoAccess $True",
        fix.command());
    assertEquals(1, fix.otherUsersAffected()); // carol has Global too
  }

  @Test
  void e3_videoNeedsTheVideoPreset() {
    OnPremisesConfiguration av =
        withGlobal(Fixtures.baseGlobal().toBuilder().enablePublicCloudAudioVideoAccess(true));
    assertDenied(
        out(av, ALICE, BOB_DECORATED, Modality.VIDEO), RuleId.MODALITY_UNSUPPORTED_BY_PROVIDER);
    OnPremisesConfiguration withVideo =
        av.toBuilder()
            .publicProviders(
                List.of(
                    PublicProvider.skype().toBuilder()
                        .capabilities(CapabilityPreset.WITH_VIDEO.modalities())
                        .build()))
            .build();
    assertAllowedBy(out(withVideo, ALICE, BOB_DECORATED, Modality.VIDEO), RuleId.PUBLIC_PROVIDER);
  }

  @Test
  void e4_fileTransferNeverCrosses() {
    Decision d = out(base(), ALICE, BOB_OUTLOOK, Modality.FILE_TRANSFER);
    assertDenied(d, RuleId.MODALITY_UNSUPPORTED_BY_PROVIDER);
    assertTrue(d.reasons().get(0).remediation().isEmpty(), "no setting makes it cross");
  }

  @Test
  void e5_blockedAccountDomainBlocksTheDecoratedAccount() {
    OnPremisesConfiguration c =
        base().toBuilder().addBlockedDomains(BlockedDomain.of(FABRIKAM)).build();
    Decision d = out(c, ALICE, BOB_DECORATED, Modality.IM);
    assertDenied(d, RuleId.DOMAIN_BLOCKED);
    assertEquals("BlockedDomain fabrikam.com", d.reasons().get(0).decidedBy());
    assertEquals(
        "Remove-CsBlockedDomain -Identity fabrikam.com",
        d.reasons().get(0).remediation().orElseThrow().command());
  }

  @Test
  void e6_blockedRoutingDomainBlocksEveryDecoratedAccountButNotNativeOnes() {
    OnPremisesConfiguration c =
        base().toBuilder().addBlockedDomains(BlockedDomain.of(d("msn.com"))).build();
    Decision decorated = out(c, ALICE, BOB_DECORATED, Modality.IM);
    assertDenied(decorated, RuleId.DOMAIN_BLOCKED);
    assertEquals("BlockedDomain msn.com", decorated.reasons().get(0).decidedBy());
    assertAllowedBy(out(c, ALICE, BOB_OUTLOOK, Modality.IM), RuleId.PUBLIC_PROVIDER);
  }

  @Test
  void e7_everyDenyingGateIsReportedNotOnlyTheFirst() {
    OnPremisesConfiguration c =
        withSkype(PublicProvider.skype().toBuilder().enabled(false).build()).toBuilder()
            .accessEdge(AccessEdgeConfiguration.builder().allowFederatedUsers(false).build())
            .build();
    Decision d = out(c, ALICE, BOB_OUTLOOK, Modality.IM);
    assertDenied(d, RuleId.EDGE_FEDERATION_OFF, RuleId.PROVIDER_DISABLED);
    assertEquals(
        "Set-CsAccessEdgeConfiguration -AllowFederatedUsers $True",
        d.reasons().get(0).remediation().orElseThrow().command());
    assertEquals(
        "Set-CsPublicProvider -Identity Skype -Enabled $True",
        d.reasons().get(1).remediation().orElseThrow().command());
  }

  @Test
  void e8_alwaysUnverifiableDeliversOnlyFromContacts() {
    OnPremisesConfiguration c =
        withSkype(
            PublicProvider.skype().toBuilder()
                .verificationLevel(VerificationLevel.ALWAYS_UNVERIFIABLE)
                .build());
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(c);
    InboundRequest notInContacts =
        InboundRequest.builder()
            .remote(RemoteParty.of(BOB_OUTLOOK))
            .localUser(ALICE)
            .modality(Modality.IM)
            .arrival(Arrival.viaPublicProvider("Skype"))
            .build();
    assertDenied(ev.evaluate(notInContacts), RuleId.UNVERIFIED_NOT_IN_CONTACTS);
    Decision inContacts = ev.evaluate(notInContacts.toBuilder().senderInContacts(true).build());
    assertAllowedBy(inContacts, RuleId.PUBLIC_PROVIDER);
    assertTrue(inContacts.hasRule(RuleId.SENDER_VERIFIED));
  }

  @Test
  void e9_provisioningInProgressDeniesInTheProvisioningEra() {
    OnPremisesConfiguration c =
        base().toBuilder()
            .era(ConnectivityEra.PIC_PROVISIONING)
            .putPicProvisioning(CONTOSO, ProvisioningState.IN_PROGRESS)
            .build();
    Decision d = out(c, ALICE, BOB_OUTLOOK, Modality.IM);
    assertDenied(d, RuleId.PROVISIONING_INCOMPLETE);
    assertEquals("SIP domain contoso.com", d.reasons().get(0).decidedBy());
  }

  @Test
  void e10_undeclaredLocalUserIsDenied() {
    assertDenied(out(base(), ZED, BOB_OUTLOOK, Modality.IM), RuleId.UNKNOWN_LOCAL_USER);
  }

  @Test
  void e11_internalIsAllowedWithoutConsultingExternalAccess() {
    Decision d = out(base(), ALICE, CAROL, Modality.IM);
    assertAllowedBy(d, RuleId.INTERNAL);
    assertEquals(List.of(RuleId.INTERNAL), rules(d));
    assertEquals(RemoteClass.INTERNAL, d.remoteClass());
  }

  @Test
  void e12_perUserPolicyReplacesGlobalAsAWholeAndIsNamed() {
    OnPremisesConfiguration c =
        base().toBuilder()
            .addExternalAccessPolicies(
                ExternalAccessPolicy.builder()
                    .identity(PolicyIdentity.tag("NoPic"))
                    .enableFederationAccess(true)
                    .build())
            .users(
                List.of(
                    Fixtures.alice().toBuilder().externalAccessPolicy("NoPic").build(),
                    Fixtures.carol()))
            .build();
    Decision d = out(c, ALICE, BOB_OUTLOOK, Modality.IM);
    assertDenied(d, RuleId.POLICY_PUBLIC_OFF);
    Reason r = d.reasons().get(0);
    assertTrue(r.decidedBy().contains("Tag:NoPic"), r.decidedBy());
    assertTrue(r.decidedBy().contains("granted to sip:alice@contoso.com"), r.decidedBy());
    Remediation fix = r.remediation().orElseThrow();
    assertEquals(
        "Set-CsExternalAccessPolicy -Identity Tag:NoPic -EnablePublicCloudAccess $True",
        fix.command());
    assertEquals(0, fix.otherUsersAffected());
    // alice's site Redmond has no site policy, so revoking the grant falls back to Global
    assertEquals(
        "Grant-CsExternalAccessPolicy -Identity sip:alice@contoso.com -PolicyName $Null",
        fix.grantAlternative().orElseThrow());
  }

  @Test
  void e13_partnerDiscoveryAdmitsUnlistedDomains() {
    SipUri erin = sip("sip:erin@northwind.com");
    OnPremisesConfiguration on =
        base().toBuilder()
            .accessEdge(
                AccessEdgeConfiguration.builder()
                    .allowFederatedUsers(true)
                    .enablePartnerDiscovery(true)
                    .build())
            .build();
    Decision allowed = out(on, ALICE, erin, Modality.IM);
    assertAllowedBy(allowed, RuleId.DISCOVERED_PARTNER);
    assertEquals(RemoteClass.FEDERATED, allowed.remoteClass());
    Decision off = out(base(), ALICE, erin, Modality.IM);
    assertDenied(off, RuleId.DOMAIN_NOT_ALLOWED);
    assertEquals(
        "New-CsAllowedDomain -Identity northwind.com",
        off.reasons().get(0).remediation().orElseThrow().command());
  }

  @Test
  void e14_consumerMailDomainDenialSuggestsTheDecoratedForm() {
    Decision d =
        ExternalAccessEvaluator.compile(base())
            .evaluate(OutboundRequest.typed(ALICE, "bob@gmail.com", Modality.IM));
    assertDenied(d, RuleId.DOMAIN_NOT_ALLOWED);
    assertEquals(RemoteClass.FEDERATED, d.remoteClass());
    String why = d.reasons().get(0).explanation();
    assertTrue(why.contains("bob(gmail.com)@msn.com"), why);
    // the same address given as a SIP URI says the same
    String again =
        out(base(), ALICE, sip("sip:bob@gmail.com"), Modality.IM).reasons().get(0).explanation();
    assertTrue(again.contains("bob(gmail.com)@msn.com"), again);
    // a business domain gets no such hint
    String business =
        out(base(), ALICE, sip("sip:erin@northwind.com"), Modality.IM)
            .reasons()
            .get(0)
            .explanation();
    assertTrue(!business.contains("@msn.com"), business);
  }

  @Test
  void e15_onlineExternalAccessOffDeniesSkypeToo() {
    OnlineTenantConfiguration t = baseOnline().toBuilder().allowFederatedUsers(false).build();
    Decision d = out(t, ALICE, BOB_OUTLOOK, Modality.IM);
    assertDenied(d, RuleId.TENANT_FEDERATION_OFF);
    assertEquals(
        "Set-CsTenantFederationConfiguration -AllowFederatedUsers $True",
        d.reasons().get(0).remediation().orElseThrow().command());
  }

  @Test
  void e16_onlineAllowListNeverRestrictsSkypeUsers() {
    OnlineTenantConfiguration t =
        baseOnline().toBuilder()
            .allowedDomains(TenantAllowedDomains.allowList(List.of(FABRIKAM)))
            .build();
    assertAllowedBy(out(t, ALICE, BOB_OUTLOOK, Modality.IM), RuleId.PUBLIC_PROVIDER);
    Decision erin = out(t, ALICE, sip("sip:erin@northwind.com"), Modality.IM);
    assertDenied(erin, RuleId.DOMAIN_NOT_ALLOWED);
    assertAllowedBy(out(t, ALICE, sip("sip:dave@fabrikam.com"), Modality.IM), RuleId.ALLOWED_DOMAIN);
  }
}
