package dev.edgewise.runbook;

import static dev.edgewise.runbook.RunbookScripts.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.edgewise.policy.ConferencingPolicy;
import dev.edgewise.policy.FederationConfiguration;
import dev.edgewise.policy.PolicyIdentity;
import dev.edgewise.policy.PublicProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A refused statement changes nothing: the statements after it see the configuration as it was
 * (a provider or policy refused as a duplicate, or with a parameter missing, is not there to be
 * set later). Also the refusals of the XMPP, policy and privacy cmdlets the other tables do not
 * list, and statements that name the second entry of a list.
 */
// Scripts are built line by line so that each line and column a row names stays visible.
@SuppressWarnings("StringConcatToTextBlock")
class RunbookRefusedStatementsEffectTest {

  private static final String XMPP = "# edgewise: Product SKYPE_FOR_BUSINESS_SERVER_2015\n";

  /** Each row: script, then every problem as RunbookProblem.toString(), joined by " | ". */
  private static final String[][] PROBLEMS = {
    // a refused New leaves neither the identity nor the proxy FQDN taken
    {"New-CsPublicProvider -Identity yahoo -ProxyFqdn x.example.com -Enabled 1\n"
        + "New-CsHostingProvider -Identity H -ProxyFqdn x.example.com",
      "1:32 ALREADY_EXISTS 'yahoo': a provider yahoo already exists"},
    {"New-CsPublicProvider -Identity X -ProxyFqdn sip.yahoo.com -Enabled 1\n"
        + "Set-CsPublicProvider -Identity X -Enabled 0",
      "1:45 DUPLICATE_PROXY_FQDN 'sip.yahoo.com': the provider Yahoo already uses sip.yahoo.com; remove it first"
          + " | 2:32 NOT_FOUND 'X': the public provider X does not exist"},
    {"New-CsPublicProvider -Identity X -ProxyFqdn x.example.com\n"
        + "Set-CsPublicProvider -Identity X -Enabled 0",
      "1:1 MISSING_PARAMETER 'New-CsPublicProvider': New-CsPublicProvider needs -Enabled"
          + " | 2:32 NOT_FOUND 'X': the public provider X does not exist"},
    {"New-CsHostingProvider -Identity H -ProxyFqdn sip.yahoo.com\n"
        + "Set-CsHostingProvider -Identity H -Enabled 1",
      "1:46 DUPLICATE_PROXY_FQDN 'sip.yahoo.com': the provider Yahoo already uses sip.yahoo.com; remove it first"
          + " | 2:33 NOT_FOUND 'H': the hosting provider H does not exist"},
    // a policy refused as a duplicate is not there once the first is removed
    {"New-CsExternalAccessPolicy -Identity Tag:X\n"
        + "New-CsExternalAccessPolicy -Identity Tag:X\n"
        + "Remove-CsExternalAccessPolicy -Identity Tag:X\n"
        + "Set-CsExternalAccessPolicy -Identity Tag:X -EnableFederationAccess 1",
      "2:38 ALREADY_EXISTS 'Tag:X': the policy Tag:X already exists | 4:38 NOT_FOUND 'Tag:X': the policy Tag:X does not exist"},
    {"New-CsConferencingPolicy -Identity Tag:X\n"
        + "New-CsConferencingPolicy -Identity Tag:X\n"
        + "Remove-CsConferencingPolicy -Identity Tag:X\n"
        + "Set-CsConferencingPolicy -Identity Tag:X -Description d",
      "2:36 ALREADY_EXISTS 'Tag:X': the conferencing policy Tag:X already exists | 4:36 NOT_FOUND 'Tag:X': the conferencing policy Tag:X does not exist"},
    {"New-CsExternalAccessPolicy -Identity Tag:X\n"
        + "Remove-CsExternalAccessPolicy -Identity Tag:X -EnableFederationAccess 1",
      "2:47 UNKNOWN_PARAMETER '-EnableFederationAccess': Remove-CsExternalAccessPolicy has no parameter -EnableFederationAccess"},
    {"New-CsConferencingPolicy -Identity Tag:X\n"
        + "Remove-CsConferencingPolicy -Identity Tag:X -AllowAnonymousParticipantsInMeetings 1",
      "2:45 UNKNOWN_PARAMETER '-AllowAnonymousParticipantsInMeetings': Remove-CsConferencingPolicy has no parameter -AllowAnonymousParticipantsInMeetings"},
    // removing the Global conferencing policy resets it, even when it was never changed
    {"Remove-CsConferencingPolicy -Identity Global", "OK"},
    {"Set-CsPrivacyConfiguration -Identity @(x) -EnablePrivacyMode 1", "1:38 WRONG_TYPE '@(...)': -Identity takes a single string"},
    {XMPP + "New-CsXmppAllowedPartner -Identity chat.example -AdditionalDomains @{Add='bad d'}", "2:74 INVALID_VALUE '\"bad d\"': bad d is not a valid domain name"},
    {XMPP + "New-CsXmppAllowedPartner -Identity chat.example -AdditionalDomains a.example\n"
        + "Set-CsXmppAllowedPartner -Identity chat.example -AdditionalDomains @{Add=a.example}",
      "3:68 ALREADY_EXISTS '@{...}': a.example is already on the list"},
    {XMPP + "New-CsXmppAllowedPartner -Identity chat.example\n"
        + "Set-CsXmppAllowedPartner -Identity chat.example -AdditionalDomains @{Frob=a.example}",
      "3:68 BAD_HASHTABLE '@{...}': a list parameter takes Add, Remove and Replace, not Frob"},
    {XMPP + "New-CsXmppAllowedPartner -Identity chat.example\n"
        + "Remove-CsXmppAllowedPartner -Identity chat.example -PartnerType Federated",
      "3:52 UNKNOWN_PARAMETER '-PartnerType': Remove-CsXmppAllowedPartner has no parameter -PartnerType"},
  };

  @Test
  void everyRefusalHasItsKindPlaceAndMessageAndChangesNothing() {
    for (String[] row : PROBLEMS) {
      assertEquals(row[1], problems(row[0]), row[0]);
    }
  }

  private static FederationConfiguration read(String script) {
    return Runbook.read(script).configuration();
  }

  @Test
  void theSecondProviderOfTheListIsTheOneSet() {
    assertEquals(
        List.of(PublicProvider.yahoo(), PublicProvider.aim().toBuilder().enabled(true).build(), PublicProvider.messenger()),
        read("Set-CsPublicProvider -Identity aol -Enabled 1").publicProviders());
  }

  @Test
  void conferencingPoliciesAreChangedWhereTheyAre() {
    PolicyIdentity x = PolicyIdentity.tag("X");
    assertEquals(
        List.of(ConferencingPolicy.builder().identity(x).build()),
        read("New-CsConferencingPolicy -Identity Tag:X -Description d\n"
            + "Set-CsConferencingPolicy -Identity Tag:X -Description $null")
            .conferencingPolicies());
    // the Global policy, once listed, is changed in place, not listed again
    assertEquals(
        List.of(
            ConferencingPolicy.global().toBuilder()
                .allowAnonymousParticipantsInMeetings(false)
                .description("d")
                .build()),
        read("Set-CsConferencingPolicy -Identity Global -AllowAnonymousParticipantsInMeetings $False\n"
            + "Set-CsConferencingPolicy -Identity Global -Description d")
            .conferencingPolicies());
  }
}
