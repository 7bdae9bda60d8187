package dev.edgewise.runbook;

import static dev.edgewise.runbook.RunbookScripts.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.edgewise.address.Domain;
import dev.edgewise.policy.ExternalAccessPolicy;
import dev.edgewise.policy.OnPremisesConfiguration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How far a statement reaches, pinned where mutation testing found it unpinned: what a cmdlet
 * without -Identity acts on, where a problem about an absent parameter is placed, that a statement
 * refused for its identity or a missing mandatory parameter reads and looks up nothing further,
 * that a proxy FQDN is checked against the hosting providers too, and that a refused statement's
 * earlier settings do not reach the next one.
 */
// Scripts are built line by line so that each line and column a row names stays visible.
@SuppressWarnings("StringConcatToTextBlock")
class RunbookStatementReachTest {

  private static final String TEAMS = "# edgewise: Product TEAMS_TENANT\n";
  private static final String SFBO = "# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\n";

  /** Each row: script, then every problem as RunbookProblem.toString(), joined by " | ". */
  private static final String[][] PROBLEMS = {
    // without -Identity a policy cmdlet acts on Global; online that is refused, at the statement
    {TEAMS + "Set-CsExternalAccessPolicy -EnableFederationAccess 1",
      "2:1 NOT_MODELLED 'Set-CsExternalAccessPolicy': online, only per-user policies are modelled; Global is not"},
    {TEAMS + "Set-CsConferencingPolicy -Description d",
      "2:1 NOT_MODELLED 'Set-CsConferencingPolicy': online, only per-user conferencing policies are modelled; Global is not"},
    {"Set-CsExternalAccessPolicy -Identity @(a) -EnableFederationAccess 1",
      "1:38 WRONG_TYPE '@(...)': -Identity takes a single string"},
    {"Set-CsConferencingPolicy -Identity @(a) -Description d",
      "1:36 WRONG_TYPE '@(...)': -Identity takes a single string"},
    // a New refused for its identity reads none of its settings (the 5 is never looked at)
    {"New-CsExternalAccessPolicy -Identity Global -EnableFederationAccess 5",
      "1:38 ALREADY_EXISTS 'Global': the policy Global already exists"},
    {"New-CsExternalAccessPolicy -Identity Site:Nowhere -EnableFederationAccess 5",
      "1:38 NOT_FOUND 'Site:Nowhere': the site Nowhere does not exist"},
    {"New-CsConferencingPolicy -Identity Site:Nowhere -AllowAnonymousParticipantsInMeetings 5",
      "1:36 NOT_FOUND 'Site:Nowhere': the site Nowhere does not exist"},
    // a grant without -PolicyName is refused before its user is looked up
    {"Grant-CsExternalAccessPolicy -Identity sip:nobody@contoso.com",
      "1:1 MISSING_PARAMETER 'Grant-CsExternalAccessPolicy': Grant-CsExternalAccessPolicy needs -PolicyName"},
    // a proxy FQDN is taken by a hosting provider as by a public one
    {"New-CsHostingProvider -Identity H -ProxyFqdn sip.h.example -Enabled $true\n"
        + "New-CsHostingProvider -Identity H2 -ProxyFqdn sip.h.example -Enabled $true",
      "2:47 DUPLICATE_PROXY_FQDN 'sip.h.example': the provider H already uses sip.h.example; remove it first"},
    {"New-CsHostingProvider -Identity H -ProxyFqdn sip.h.example -Enabled $true\n"
        + "New-CsPublicProvider -Identity P -ProxyFqdn SIP.H.example -Enabled $true",
      "2:45 DUPLICATE_PROXY_FQDN 'SIP.H.example': the provider H already uses sip.h.example; remove it first"},
    // a statement refused halfway (its blocked domain) leaves public users allowed, as they were
    {SFBO + "Set-CsTenantFederationConfiguration -AllowPublicUsers $false -BlockedDomains 'bad d'\n"
        + "Set-CsTenantPublicProvider -Provider WindowsLive",
      "2:78 INVALID_VALUE '\"bad d\"': bad d is not a valid domain name"},
    // the same statement accepted does turn them off: the row above is the rollback's doing
    {SFBO + "Set-CsTenantFederationConfiguration -AllowPublicUsers $false -BlockedDomains bad.example\n"
        + "Set-CsTenantPublicProvider -Provider WindowsLive",
      "3:38 PUBLIC_USERS_OFF 'WindowsLive': public providers need AllowPublicUsers $true first"},
  };

  @Test
  void everyProblemHasItsKindPlaceAndMessage() {
    for (String[] row : PROBLEMS) {
      assertEquals(row[1], problems(row[0]), row[0]);
    }
  }

  @Test
  void withoutIdentityTheGlobalPolicyIsChangedAndReset() {
    OnPremisesConfiguration set =
        (OnPremisesConfiguration)
            Runbook.read("Set-CsExternalAccessPolicy -EnableFederationAccess $true -Description d")
                .configuration();
    assertEquals(
        ExternalAccessPolicy.global().toBuilder()
            .enableFederationAccess(true)
            .description("d")
            .build(),
        set.globalPolicy());
    assertEquals(List.of(), set.externalAccessPolicies());
    OnPremisesConfiguration reset =
        (OnPremisesConfiguration)
            Runbook.read("Remove-CsExternalAccessPolicy", set).configuration();
    assertEquals(ExternalAccessPolicy.global(), reset.globalPolicy());
  }

  /**
   * A target listing a SIP domain twice cannot be read from any runbook; the diff still declares
   * the second one, so reading it back is refused rather than silently giving another target.
   */
  @Test
  void aDuplicateInTheTargetIsDeclaredAgainNotDropped() {
    Domain contoso = Domain.parse("contoso.com");
    OnPremisesConfiguration from =
        OnPremisesConfiguration.freshInstall().toBuilder().sipDomains(List.of(contoso)).build();
    OnPremisesConfiguration to = from.toBuilder().sipDomains(List.of(contoso, contoso)).build();
    String script = Runbook.diff(from, to);
    assertEquals("# edgewise: SipDomain contoso.com\n", script);
    RunbookException e = assertThrows(RunbookException.class, () -> Runbook.read(script, from));
    assertEquals(
        "1:23 ALREADY_EXISTS 'contoso.com': the SIP domain is already declared",
        e.problems().get(0).toString());
  }
}
