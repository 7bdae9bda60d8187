package dev.edgewise.runbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.address.Domain;
import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import dev.edgewise.policy.CommunicationWithExternalOrgs;
import dev.edgewise.policy.ExternalAccessEvaluator;
import dev.edgewise.policy.ExternalAccessPolicy;
import dev.edgewise.policy.FederationConfiguration;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.OnlineTenantConfiguration;
import dev.edgewise.policy.OutboundRequest;
import dev.edgewise.policy.PolicyIdentity;
import dev.edgewise.policy.RemoteParty;
import dev.edgewise.policy.RuleId;
import dev.edgewise.policy.TrialTenantAccess;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Teams-era parameters of {@code Set-CsTenantFederationConfiguration} and of the external
 * access policy cmdlets, {@code Set-CsPrivacyConfiguration -EnablePrivacyMode}, and the split
 * domain's {@code -HomeProvider} declaration: read, refused where the product lacks them, printed
 * back.
 */
// Scripts are built line by line so that each line and column stays visible.
@SuppressWarnings("StringConcatToTextBlock")
class RunbookTeamsTest {

  static final String TEAMS =
      String.join(
          "\n",
          "# edgewise: Product TEAMS_TENANT",
          "# edgewise: SipDomain contoso.com",
          "# edgewise: User sip:alice@contoso.com",
          "");

  static final SipUri ALICE = SipUri.parse("sip:alice@contoso.com");

  static RunbookProblem first(String script) {
    RunbookException e = assertThrows(RunbookException.class, () -> Runbook.read(script), script);
    return e.problems().get(0);
  }

  @Test
  void theTenantsTeamsSettingsAreRead() {
    OnlineTenantConfiguration t =
        (OnlineTenantConfiguration)
            Runbook.read(
                    TEAMS
                        + "Set-CsTenantFederationConfiguration -AllowTeamsConsumer $true"
                        + " -AllowTeamsConsumerInbound $false -TreatDiscoveredPartnersAsUnverified 1"
                        + " -SharedSipAddressSpace $true -ExternalAccessWithTrialTenants 'allowed'\n"
                        + "Set-CsTenantFederationConfiguration -AllowedTrialTenantDomains"
                        + " @(\"fabrikam.com\", \"northwind.com\")\n"
                        + "Set-CsTenantFederationConfiguration -AllowedTrialTenantDomains"
                        + " @{Remove=\"fabrikam.com\"}\n")
                .configuration();
    assertTrue(t.allowTeamsConsumer());
    assertFalse(t.allowTeamsConsumerInbound());
    assertTrue(t.treatDiscoveredPartnersAsUnverified());
    assertTrue(t.sharedSipAddressSpace());
    assertEquals(TrialTenantAccess.ALLOWED, t.externalAccessWithTrialTenants());
    assertEquals(List.of(Domain.parse("northwind.com")), t.allowedTrialTenantDomains());
    // and the evaluator reads what the runbook set
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(t);
    assertTrue(ev.evaluate(new OutboundRequest(ALICE,
        RemoteParty.teamsConsumer(MicrosoftAccount.parse("kim@outlook.com")), Modality.IM))
        .isAllowed());
  }

  @Test
  void thePolicysTeamsSettingsAreRead() {
    FederationConfiguration c =
        Runbook.read(
                TEAMS
                    + "New-CsExternalAccessPolicy -Identity Partners -EnableFederationAccess $true"
                    + " -CommunicationWithExternalOrgs \"AllowSpecificExternalDomains\""
                    + " -AllowedExternalDomains @(\"fabrikam.com\")\n"
                    + "Set-CsExternalAccessPolicy -Identity Partners -EnableTeamsConsumerAccess"
                    + " $false -EnableTeamsConsumerInbound $false"
                    + " -AllowedExternalDomains @{Add=\"northwind.com\"}"
                    + " -BlockedExternalDomains tailspin.com\n"
                    + "Grant-CsExternalAccessPolicy -Identity alice@contoso.com -PolicyName Partners\n")
            .configuration();
    ExternalAccessPolicy p = c.policy(PolicyIdentity.tag("Partners")).orElseThrow();
    assertEquals(
        CommunicationWithExternalOrgs.ALLOW_SPECIFIC_EXTERNAL_DOMAINS,
        p.communicationWithExternalOrgs());
    assertEquals(
        List.of(Domain.parse("fabrikam.com"), Domain.parse("northwind.com")),
        p.allowedExternalDomains());
    assertEquals(List.of(Domain.parse("tailspin.com")), p.blockedExternalDomains());
    assertFalse(p.enableTeamsConsumerAccess());
    assertFalse(p.enableTeamsConsumerInbound());
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(c);
    assertTrue(ev.evaluate(OutboundRequest.of(ALICE, SipUri.parse("sip:erin@northwind.com"),
        Modality.IM)).isAllowed());
    assertTrue(ev.evaluate(OutboundRequest.of(ALICE, SipUri.parse("sip:tom@tailspin.com"),
        Modality.IM)).hasRule(RuleId.POLICY_DOMAIN_NOT_ALLOWED));
    // a list cleared with $null
    FederationConfiguration cleared =
        Runbook.read(
                "Set-CsExternalAccessPolicy -Identity Partners -AllowedExternalDomains $null\n", c)
            .configuration();
    assertEquals(
        List.of(),
        cleared.policy(PolicyIdentity.tag("Partners")).orElseThrow().allowedExternalDomains());
  }

  @Test
  void teamsParametersAreRefusedWhereTheProductLacksThem() {
    RunbookProblem tenant =
        first(
            "# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\n"
                + "Set-CsTenantFederationConfiguration -AllowTeamsConsumer $false");
    assertEquals(RunbookErrorKind.PARAMETER_NOT_ON_PRODUCT, tenant.kind());
    assertEquals(2, tenant.line());
    assertEquals(37, tenant.column());
    RunbookProblem policy =
        first("New-CsExternalAccessPolicy -Identity Tag:X -EnableTeamsConsumerAccess $false");
    assertEquals(RunbookErrorKind.PARAMETER_NOT_ON_PRODUCT, policy.kind());
    assertEquals(44, policy.column());
  }

  @Test
  void badValuesAreRefusedWithTheirPlace() {
    RunbookProblem trial =
        first(TEAMS + "Set-CsTenantFederationConfiguration -ExternalAccessWithTrialTenants Sometimes");
    assertEquals(RunbookErrorKind.INVALID_VALUE, trial.kind());
    assertEquals(4, trial.line());
    assertEquals(69, trial.column());
    RunbookProblem orgs =
        first(TEAMS + "New-CsExternalAccessPolicy -Identity P -CommunicationWithExternalOrgs Partly");
    assertEquals(RunbookErrorKind.INVALID_VALUE, orgs.kind());
    assertEquals(71, orgs.column());
    RunbookProblem list =
        first(TEAMS + "Set-CsTenantFederationConfiguration -AllowedTrialTenantDomains @{Remove=a.com}");
    assertEquals(RunbookErrorKind.NOT_FOUND, list.kind());
  }

  @Test
  void privacyModeIsReadOnEitherPlatform() {
    assertTrue(Runbook.read("Set-CsPrivacyConfiguration -EnablePrivacyMode $true")
        .configuration().enablePrivacyMode());
    assertTrue(Runbook.read("Set-CsPrivacyConfiguration -Identity global -EnablePrivacyMode 1")
        .configuration().enablePrivacyMode());
    assertTrue(Runbook.read(TEAMS + "Set-CsPrivacyConfiguration -EnablePrivacyMode $true")
        .configuration().enablePrivacyMode());
    RunbookProblem site =
        first("Set-CsPrivacyConfiguration -Identity site:Redmond -EnablePrivacyMode $true");
    assertEquals(RunbookErrorKind.NOT_MODELLED, site.kind());
    assertEquals(38, site.column());
    assertEquals(RunbookErrorKind.ALREADY_EXISTS,
        first("New-CsPrivacyConfiguration -Identity Global").kind());
    assertEquals(RunbookErrorKind.MISSING_PARAMETER,
        first("New-CsPrivacyConfiguration -EnablePrivacyMode $true").kind());
  }

  @Test
  void aUserIsHomedAtAHostingProvider() {
    String script =
        "# edgewise: SipDomain contoso.com\n"
            + "New-CsHostingProvider -Identity LyncOnline -ProxyFqdn sipfed.online.lync.com"
            + " -Enabled $true -EnabledSharedAddressSpace $true -HostsOCSUsers $true\n"
            + "# edgewise: User sip:dan@contoso.com -HomeProvider LyncOnline\n";
    OnPremisesConfiguration c = (OnPremisesConfiguration) Runbook.read(script).configuration();
    assertEquals(
        java.util.Optional.of("LyncOnline"),
        c.user(SipUri.parse("sip:dan@contoso.com")).orElseThrow().homeProvider());
    assertEquals(c, Runbook.read(Runbook.print(c)).configuration());
    // a home provider that does not share the address space is refused as the validator says
    RunbookProblem p = first(script.replace(" -EnabledSharedAddressSpace $true", ""));
    assertEquals(RunbookErrorKind.INVALID_CONFIGURATION, p.kind());
    assertTrue(p.message().startsWith("HOME_PROVIDER_NOT_SPLIT_DOMAIN"), p::message);
  }

  @Test
  void printReadsBackTheTeamsSettings() {
    FederationConfiguration c =
        Runbook.read(
                TEAMS
                    + "Set-CsTenantFederationConfiguration -AllowTeamsConsumerInbound $false"
                    + " -ExternalAccessWithTrialTenants Allowed -AllowedTrialTenantDomains a.com,b.com"
                    + " -SharedSipAddressSpace $true -TreatDiscoveredPartnersAsUnverified $true\n"
                    + "New-CsExternalAccessPolicy -Identity Partners -EnableFederationAccess $true"
                    + " -CommunicationWithExternalOrgs BlockSpecificExternalDomains"
                    + " -BlockedExternalDomains fabrikam.com -EnableTeamsConsumerInbound $false\n"
                    + "Set-CsPrivacyConfiguration -EnablePrivacyMode $true\n")
            .configuration();
    String printed = Runbook.print(c);
    assertEquals(c, Runbook.read(printed).configuration(), printed);
    assertTrue(printed.contains("-CommunicationWithExternalOrgs BlockSpecificExternalDomains"),
        printed);
    assertTrue(printed.contains("Set-CsPrivacyConfiguration -EnablePrivacyMode $true"), printed);
    OnlineTenantConfiguration fresh =
        (OnlineTenantConfiguration) Runbook.read("# edgewise: Product TEAMS_TENANT\n").configuration();
    assertEquals(c, Runbook.read(Runbook.diff(fresh, c), fresh).configuration());
  }
}
