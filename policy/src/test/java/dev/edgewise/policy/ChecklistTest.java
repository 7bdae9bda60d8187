package dev.edgewise.policy;

import static dev.edgewise.policy.Fixtures.ALICE;
import static dev.edgewise.policy.Fixtures.CONTOSO;
import static dev.edgewise.policy.Fixtures.base;
import static dev.edgewise.policy.Fixtures.baseOnline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The enabling steps of public IM connectivity, computed from the evaluator's gates. */
class ChecklistTest {

  /** A fresh install with the organization's domain and users, nothing enabled. */
  static OnPremisesConfiguration freshInstall() {
    return OnPremisesConfiguration.freshInstall().toBuilder()
        .addSipDomains(CONTOSO)
        .addSites("Redmond")
        .addUsers(Fixtures.alice(), Fixtures.carol())
        .build();
  }

  @Test
  void freshInstallNeedsTheThreeOnPremisesSteps() {
    Checklist list =
        ExternalAccessEvaluator.compile(freshInstall())
            .checklist(ALICE, RemoteClass.PUBLIC_PROVIDER_USER);
    assertFalse(list.isSatisfied());
    assertTrue(list.isAchievable());
    assertEquals(
        List.of(
            "Set-CsAccessEdgeConfiguration -AllowFederatedUsers $True",
            "Remove-CsPublicProvider -Identity Messenger; New-CsPublicProvider -Identity Skype"
                + " -ProxyFqdn federation.messenger.msn.com -VerificationLevel AlwaysVerifiable"
                + " -Enabled $True -NameDecorationRoutingDomain msn.com"
                + " -NameDecorationExcludedDomainList \"msn.com,outlook.com,live.com,hotmail.com\""
                + " -EnableSkypeIdRouting $True -EnableSkypeDirectorySearch $True",
            "Set-CsExternalAccessPolicy -Identity Global -EnablePublicCloudAccess $True"),
        list.commands());
    assertEquals(RemoteClass.PUBLIC_PROVIDER_USER, list.remoteClass());
  }

  @Test
  void theBaseConfigurationNeedsNothingForImButTheAudioVideoFlagForAudio() {
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(base());
    assertTrue(ev.checklist(ALICE, RemoteClass.PUBLIC_PROVIDER_USER).isSatisfied());
    assertEquals(
        List.of(
            "Set-CsExternalAccessPolicy -Identity Global -EnablePublicCloudAudioVideoAccess $True"),
        ev.checklist(ALICE, RemoteClass.PUBLIC_PROVIDER_USER, Modality.AUDIO).commands());
  }

  @Test
  void provisioningIsAStepNoCmdletTakes() {
    OnPremisesConfiguration c = base().toBuilder().era(ConnectivityEra.PIC_PROVISIONING).build();
    Checklist list =
        ExternalAccessEvaluator.compile(c).checklist(ALICE, RemoteClass.PUBLIC_PROVIDER_USER);
    assertEquals(RuleId.PROVISIONING_INCOMPLETE, list.steps().get(0).rule());
    assertFalse(list.isAchievable());
    assertTrue(list.commands().isEmpty());
  }

  @Test
  void office365NeedsExternalAccessAndPublicImConnectivity() {
    OnlineTenantConfiguration t =
        baseOnline().toBuilder().allowFederatedUsers(false).allowPublicUsers(false).build();
    Checklist list =
        ExternalAccessEvaluator.compile(t).checklist(ALICE, RemoteClass.PUBLIC_PROVIDER_USER);
    assertEquals(
        List.of(
            "Set-CsTenantFederationConfiguration -AllowFederatedUsers $True",
            "Set-CsTenantFederationConfiguration -AllowPublicUsers $True"),
        list.commands());
  }

  @Test
  void federatedChecklistUsesAnAlreadyAllowedPartnerSoOnlySwitchesRemain() {
    OnPremisesConfiguration c =
        base().toBuilder()
            .accessEdge(AccessEdgeConfiguration.builder().allowFederatedUsers(false).build())
            .addAllowedDomains(AllowedDomain.of(Fixtures.FABRIKAM))
            .build();
    Checklist list = ExternalAccessEvaluator.compile(c).checklist(ALICE, RemoteClass.FEDERATED);
    assertEquals(
        List.of("Set-CsAccessEdgeConfiguration -AllowFederatedUsers $True"), list.commands());
  }

  @Test
  void aChecklistForOneRequestNamesItsDomain() {
    Checklist list =
        ExternalAccessEvaluator.compile(base())
            .checklist(
                OutboundRequest.of(ALICE, SipUri.parse("sip:erin@northwind.com"), Modality.IM));
    assertEquals(List.of("New-CsAllowedDomain -Identity northwind.com"), list.commands());
  }

  @Test
  void internalNeedsNothingAndUnmodelledCannotBeAchieved() {
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(freshInstall());
    assertTrue(ev.checklist(ALICE, RemoteClass.INTERNAL).isSatisfied());
    Checklist xmpp = ev.checklist(ALICE, RemoteClass.NOT_MODELLED);
    assertFalse(xmpp.isAchievable());
    Checklist hosted = ev.checklist(ALICE, RemoteClass.HOSTED);
    assertEquals(RuleId.PROVIDER_MISSING, hosted.steps().get(0).rule());
  }

  @Test
  void remoteUsersNeedTheOutsideAccessSwitchesNotAnExternalParty() {
    Checklist list =
        ExternalAccessEvaluator.compile(freshInstall()).checklist(ALICE, RemoteClass.REMOTE_USER);
    assertEquals(RemoteClass.REMOTE_USER, list.remoteClass());
    assertTrue(
        list.commands().contains("Set-CsExternalAccessPolicy -Identity Global -EnableOutsideAccess $True"),
        list::toString);
    for (Reason r : list.steps()) {
      assertTrue(r.rule().name().contains("OUTSIDE") || r.rule() == RuleId.UNKNOWN_LOCAL_USER, r::toString);
    }
  }

  @Test
  void anonymousParticipantsNeedWhatAMeetingJoinNeeds() {
    Checklist list =
        ExternalAccessEvaluator.compile(freshInstall()).checklist(ALICE, RemoteClass.ANONYMOUS);
    assertEquals(RemoteClass.ANONYMOUS, list.remoteClass());
    for (Reason r : list.steps()) {
      assertFalse(r.rule() == RuleId.ANONYMOUS_CONFERENCE_ONLY, r::toString);
    }
    assertTrue(
        list.commands().contains("Set-CsAccessEdgeConfiguration -AllowAnonymousUsers $True"),
        list::toString);
  }

  @Test
  void anAllowedSignInOrMeetingJoinLeavesNothingToChange() {
    OnPremisesConfiguration c =
        base().toBuilder()
            .accessEdge(base().accessEdge().toBuilder().allowAnonymousUsers(true).build())
            .globalPolicy(base().globalPolicy().toBuilder().enableOutsideAccess(true).build())
            .build();
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(c);
    assertTrue(ev.evaluate(SignInRequest.of(ALICE)).isAllowed());
    assertTrue(ev.evaluate(MeetingJoinRequest.anonymous(ALICE)).isAllowed());
    for (RemoteClass cls : List.of(RemoteClass.REMOTE_USER, RemoteClass.ANONYMOUS)) {
      Checklist list = ev.checklist(ALICE, cls, Modality.AUDIO);
      assertEquals(List.of(), list.steps(), list::toString);
      assertTrue(list.isSatisfied());
      assertEquals(
          "Checklist for sip:alice@contoso.com -> " + cls + " (audio): nothing to change",
          list.toString());
    }
  }

  @Test
  void theChecklistSaysWhoWhatAndEachStepWithItsCommand() {
    Checklist list =
        ExternalAccessEvaluator.compile(freshInstall())
            .checklist(ALICE, RemoteClass.PUBLIC_PROVIDER_USER, Modality.VIDEO);
    assertEquals(ALICE, list.localUser());
    assertEquals(Modality.VIDEO, list.modality());
    assertEquals(RemoteClass.PUBLIC_PROVIDER_USER, list.remoteClass());
    StringBuilder expected =
        new StringBuilder("Checklist for sip:alice@contoso.com -> PUBLIC_PROVIDER_USER (video)");
    for (Reason r : list.steps()) {
      expected.append("\n- ").append(r.rule()).append(": ").append(r.explanation());
      r.remediation().ifPresent(fix -> expected.append("\n  ").append(fix.command()));
    }
    assertEquals(expected.toString(), list.toString());
    assertTrue(
        list.toString().contains("\n  Set-CsAccessEdgeConfiguration -AllowFederatedUsers $True\n"),
        list::toString);
  }

  @Test
  void aStepWithoutACommandPrintsWithoutOne() {
    Checklist hosted =
        ExternalAccessEvaluator.compile(freshInstall()).checklist(ALICE, RemoteClass.HOSTED);
    Reason step = hosted.steps().get(0);
    assertEquals(
        "Checklist for sip:alice@contoso.com -> HOSTED (IM)\n- PROVIDER_MISSING: "
            + step.explanation(),
        hosted.toString());
  }
}
