package dev.edgewise.runbook;

import static dev.edgewise.runbook.RunbookScripts.domains;
import static dev.edgewise.runbook.RunbookScripts.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.edgewise.address.Domain;
import dev.edgewise.policy.FederationConfiguration;
import dev.edgewise.policy.OnlineTenantConfiguration;
import dev.edgewise.policy.PublicProvider;
import dev.edgewise.policy.TenantAllowedDomains;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The online tenant cmdlets, the policy cmdlets both platforms share and the interpreter's
 * dispatch, pinned where mutation testing found them unpinned: each refusal with its kind, place
 * and message, and what the list edits ({@code @{Add; Remove; Replace}}) leave.
 */
// Scripts are built line by line so that each line and column a row names stays visible.
@SuppressWarnings("StringConcatToTextBlock")
class RunbookOnlineCmdletsMutationTest {

  /** Each row: script, then every problem as RunbookProblem.toString(), joined by " | ". */
  private static final String[][] PROBLEMS = {
    {"# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\nSet-CsTenantFederationConfiguration -Identity Other -AllowFederatedUsers 0",
      "2:47 NOT_FOUND 'Other': the tenant federation configuration is Global"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\nSet-CsTenantFederationConfiguration -AllowedDomains (New-CsEdgeAllowAllKnownDomains -X 1)",
      "2:53 UNEXPECTED_ARGUMENT '(New-CsEdgeAllowAllKnownDomains ...)': New-CsEdgeAllowAllKnownDomains takes no parameters"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\nSet-CsTenantFederationConfiguration -AllowedDomains @{Add=a.com}",
      "2:53 INVALID_VALUE '@{...}': the tenant allows all known domains; Add and Remove need an allow list (use Replace)"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\nSet-CsTenantFederationConfiguration -AllowedDomains a.com",
      "2:53 WRONG_TYPE 'a.com': -AllowedDomains takes (New-CsEdgeAllowAllKnownDomains), (New-CsEdgeAllowList -AllowedDomain ...) or @{Add=...; Remove=...; Replace=...}"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\nSet-CsTenantFederationConfiguration -AllowedDomains (New-CsEdgeDomainPattern -Domain a.com)",
      "2:53 WRONG_TYPE '(New-CsEdgeDomainPattern ...)': -AllowedDomains takes (New-CsEdgeAllowAllKnownDomains), (New-CsEdgeAllowList -AllowedDomain ...) or @{Add=...; Remove=...; Replace=...}"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\nSet-CsTenantFederationConfiguration -BlockedDomains @{Frob=a.com}",
      "2:53 BAD_HASHTABLE '@{...}': a list parameter takes Add, Remove and Replace, not Frob"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\nSet-CsTenantFederationConfiguration -BlockedDomains @{Remove=a.com}",
      "2:53 NOT_FOUND '@{...}': a.com is not on the list"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\nSet-CsTenantFederationConfiguration -BlockedDomains a.com\nSet-CsTenantFederationConfiguration -BlockedDomains @{Add=a.com}",
      "3:53 ALREADY_EXISTS '@{...}': a.com is already on the list"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\nSet-CsTenantFederationConfiguration -BlockedDomains @{Add='bad d'; Remove=b.com}",
      "2:59 INVALID_VALUE '\"bad d\"': bad d is not a valid domain name"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\nSet-CsTenantFederationConfiguration -BlockedDomains @{Remove='bad d'}",
      "2:62 INVALID_VALUE '\"bad d\"': bad d is not a valid domain name"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\nSet-CsTenantFederationConfiguration -BlockedDomains @{replace=a.com; add=b.com}",
      "2:53 BAD_HASHTABLE '@{...}': Replace goes alone, without Add or Remove"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\nSet-CsTenantFederationConfiguration -BlockedDomains (New-CsEdgeDomainPattern)",
      "2:54 MISSING_PARAMETER 'New-CsEdgeDomainPattern': New-CsEdgeDomainPattern needs -Domain"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\nSet-CsTenantFederationConfiguration -BlockedDomains (New-CsEdgeDomainPattern -Domain 'bad d'), c.com",
      "2:86 INVALID_VALUE '\"bad d\"': bad d is not a valid domain name"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\nSet-CsTenantPublicProvider",
      "2:1 MISSING_PARAMETER 'Set-CsTenantPublicProvider': Set-CsTenantPublicProvider needs -Provider"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\nSet-CsTenantPublicProvider -Provider Frob",
      "2:38 INVALID_VALUE 'Frob': -Provider takes WindowsLive, AOL and Yahoo"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\nSet-CsTenantPublicProvider -Provider @(x)",
      "2:40 INVALID_VALUE 'x': -Provider takes WindowsLive, AOL and Yahoo"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\nSet-CsTenantPublicProvider -Provider @(WindowsLive, @(x))",
      "2:53 INVALID_VALUE '@(...)': -Provider takes WindowsLive, AOL and Yahoo"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\nSet-CsTenantPublicProvider -Provider Yahoo",
      "2:38 NOT_FOUND 'Yahoo': the tenant has no public provider yahoo"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\nSet-CsTenantPublicProvider -Provider AOL",
      "2:38 NOT_FOUND 'AOL': the tenant has no public provider aol"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\nSet-CsAccessEdgeConfiguration -AllowFederatedUsers 1",
      "2:1 CMDLET_NOT_ON_PRODUCT 'Set-CsAccessEdgeConfiguration': Set-CsAccessEdgeConfiguration does not exist on Skype for Business Online"},
    {"Set-CsTenantFederationConfiguration -AllowFederatedUsers 1",
      "1:1 CMDLET_NOT_ON_PRODUCT 'Set-CsTenantFederationConfiguration': Set-CsTenantFederationConfiguration does not exist on Skype for Business Server 2019"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\nNew-CsExternalAccessPolicy -Identity X",
      "2:1 CMDLET_NOT_ON_PRODUCT 'New-CsExternalAccessPolicy': Skype for Business Online has only its predefined policies: change a user's policy with Grant-CsExternalAccessPolicy, and declare the predefined ones with '# edgewise: Policy'"},
    {"# edgewise: Product TEAMS_TENANT\nNew-CsExternalAccessPolicy -Identity Global",
      "2:38 NOT_MODELLED 'Global': online, only per-user policies are modelled; Global is not"},
    {"# edgewise: Product TEAMS_TENANT\nSet-CsExternalAccessPolicy -Identity Tag:Nope -EnableFederationAccess 1",
      "2:38 NOT_FOUND 'Tag:Nope': the policy Tag:Nope does not exist"},
    {"# edgewise: Product TEAMS_TENANT\nRemove-CsExternalAccessPolicy -Identity Nope",
      "2:41 NOT_FOUND 'Nope': the policy Tag:Nope does not exist"},
    {"Set-CsExternalAccessPolicy -Identity Site:Nope -EnableFederationAccess 1",
      "1:38 NOT_FOUND 'Site:Nope': the policy site:Nope does not exist"},
    {"Set-CsMeetingConfiguration -X 1",
      "1:1 NOT_MODELLED 'Set-CsMeetingConfiguration': Set-CsMeetingConfiguration changes settings Edgewise does not model yet"},
    {"New-CsEdgeAllowList -AllowedDomain a.com",
      "1:1 UNEXPECTED_TOKEN 'New-CsEdgeAllowList': New-CsEdgeAllowList builds a value; use it inside a parameter, in brackets"},
    {"Grant-CsExternalAccessPolicy -Identity nobody@contoso.com -PolicyName X",
      "1:40 NOT_FOUND 'nobody@contoso.com': the user sip:nobody@contoso.com (declare it with '# edgewise: User') does not exist"},
    {"Set-CsExternalAccessPolicy -Identity Global -EnableTeamsConsumerAccess 1\n",
      "1:45 PARAMETER_NOT_ON_PRODUCT '-EnableTeamsConsumerAccess': Set-CsExternalAccessPolicy has no -EnableTeamsConsumerAccess on Skype for Business Server 2019"},
  };

  @Test
  void everyRefusalHasItsKindPlaceAndMessage() {
    for (String[] row : PROBLEMS) {
      assertEquals(row[1], problems(row[0]), row[0]);
    }
  }

  private static OnlineTenantConfiguration online(String... lines) {
    return (OnlineTenantConfiguration)
        Runbook.read("# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\n" + String.join("\n", lines))
            .configuration();
  }

  @Test
  void listEditsRemoveThenAdd() {
    assertEquals(
        domains("a.com", "c.com", "d.com"),
        online(
                "Set-CsTenantFederationConfiguration -BlockedDomains a.com,b.com,c.com",
                "Set-CsTenantFederationConfiguration -BlockedDomains @{ADD=d.com; remove=b.com}")
            .blockedDomains());
    assertEquals(
        domains("x.com"),
        online(
                "Set-CsTenantFederationConfiguration -BlockedDomains a.com,b.com",
                "Set-CsTenantFederationConfiguration -BlockedDomains @{REPLACE=x.com}")
            .blockedDomains());
    assertEquals(
        List.of(),
        online(
                "Set-CsTenantFederationConfiguration -BlockedDomains a.com",
                "Set-CsTenantFederationConfiguration -BlockedDomains $null")
            .blockedDomains());
    assertEquals(
        domains("a.com", "b.com"),
        online("Set-CsTenantFederationConfiguration -BlockedDomains"
                + " (New-CsEdgeDomainPattern -Domain a.com), (New-CsEdgeDomainPattern b.com)")
            .blockedDomains());
  }

  @Test
  void allowedDomainsTakeTheThreeForms() {
    assertEquals(
        TenantAllowedDomains.allowList(domains("b.com", "c.com")),
        online(
                "Set-CsTenantFederationConfiguration -AllowedDomains @{replace=a.com,b.com}",
                "Set-CsTenantFederationConfiguration -AllowedDomains @{Add=c.com; Remove=a.com}")
            .allowedDomains());
    assertEquals(
        TenantAllowedDomains.allowList(List.of()),
        online("Set-CsTenantFederationConfiguration -AllowedDomains (New-CsEdgeAllowList)").allowedDomains());
    assertEquals(
        TenantAllowedDomains.allowAllKnownDomains(),
        online(
                "Set-CsTenantFederationConfiguration -AllowedDomains @{Replace=a.com}",
                "Set-CsTenantFederationConfiguration -AllowedDomains (new-csedgeallowallknowndomains)")
            .allowedDomains());
  }

  @Test
  void tenantSettingsAndPublicProviders() {
    OnlineTenantConfiguration t =
        online(
            "Set-CsTenantFederationConfiguration -Identity global -AllowFederatedUsers 0"
                + " -AllowPublicUsers 1 -BlockAllSubdomains 1",
            "Set-CsTenantPublicProvider -Provider @()");
    assertEquals(false, t.allowFederatedUsers());
    assertEquals(true, t.allowPublicUsers());
    assertEquals(true, t.blockAllSubdomains());
    assertEquals(
        List.of(false), t.publicProviders().stream().map(PublicProvider::enabled).toList());
    FederationConfiguration teams =
        Runbook.read(
                "# edgewise: Product TEAMS_TENANT\n"
                    + "Set-CsTenantPublicProvider -Provider @()\n"
                    + "Set-CsTenantPublicProvider -Provider windowslive")
            .configuration();
    assertEquals(
        List.of(true), teams.publicProviders().stream().map(PublicProvider::enabled).toList());
  }
}
