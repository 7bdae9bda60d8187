package dev.edgewise.runbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The surface cmdlets (XMPP partners, conferencing policies, privacy), pinned where mutation
 * testing found them unpinned: each refusal with its kind, place and message.
 */
// Scripts are built line by line so that each line and column a row names stays visible.
@SuppressWarnings("StringConcatToTextBlock")
class RunbookSurfaceCmdletsMutationTest {

  /** Each row: script, then every problem as RunbookProblem.toString(), joined by " | ". */
  private static final String[][] PROBLEMS = {
    {"# edgewise: Product SKYPE_FOR_BUSINESS_SERVER_2015\nNew-CsXmppAllowedPartner",
      "2:1 MISSING_PARAMETER 'New-CsXmppAllowedPartner': New-CsXmppAllowedPartner needs -Identity"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_SERVER_2015\nNew-CsXmppAllowedPartner -Identity a.example\nNew-CsXmppAllowedPartner -Identity a.example",
      "3:36 ALREADY_EXISTS 'a.example': the XMPP partner a.example already exists"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_SERVER_2015\nSet-CsXmppAllowedPartner -Identity a.example -PartnerType Federated",
      "2:36 NOT_FOUND 'a.example': the XMPP partner a.example does not exist"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_SERVER_2015\nRemove-CsXmppAllowedPartner -Identity a.example",
      "2:39 NOT_FOUND 'a.example': the XMPP partner a.example does not exist"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_SERVER_2015\nNew-CsXmppAllowedPartner -Identity a.example -PartnerType Frob",
      "2:59 INVALID_VALUE 'Frob': Frob is not Federated, PublicVerified or PublicUnverified"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_SERVER_2015\nNew-CsXmppAllowedPartner -Identity a.example -PartnerType @(x)",
      "2:59 WRONG_TYPE '@(...)': -PartnerType takes a single string"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_SERVER_2015\nNew-CsXmppAllowedPartner -Identity a.example -AdditionalDomains @(x), 'bad d'",
      "2:65 WRONG_TYPE '@(...)': AdditionalDomains takes a domain name"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_SERVER_2015\nNew-CsXmppAllowedPartner -Identity a.example -Domain b.example",
      "2:54 DUPLICATE_PARAMETER 'b.example': give -Identity or -Domain, not both"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_SERVER_2015\nNew-CsXmppAllowedPartner -Identity a.example\nSet-CsXmppAllowedPartner -Identity a.example -AdditionalDomains @{Remove=b.example}",
      "3:65 NOT_FOUND '@{...}': b.example is not on the list"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_SERVER_2015\nNew-CsXmppAllowedPartner -Identity a.example -TlsNegotiation Required",
      "2:46 NOT_MODELLED '-TlsNegotiation': -TlsNegotiation of New-CsXmppAllowedPartner is not modelled by Edgewise yet"},
    {"New-CsXmppAllowedPartner -Identity a.example",
      "1:1 CMDLET_NOT_ON_PRODUCT 'New-CsXmppAllowedPartner': Skype for Business Server 2019 has no XMPP gateway, so no XMPP allowed partners"},
    {"New-CsConferencingPolicy",
      "1:1 MISSING_PARAMETER 'New-CsConferencingPolicy': New-CsConferencingPolicy needs -Identity"},
    {"New-CsConferencingPolicy -Identity Global",
      "1:36 ALREADY_EXISTS 'Global': the conferencing policy Global already exists"},
    {"New-CsConferencingPolicy -Identity X\nNew-CsConferencingPolicy -Identity X",
      "2:36 ALREADY_EXISTS 'X': the conferencing policy Tag:X already exists"},
    {"Set-CsConferencingPolicy -Identity X",
      "1:36 NOT_FOUND 'X': the conferencing policy Tag:X does not exist"},
    {"Remove-CsConferencingPolicy -Identity X",
      "1:39 NOT_FOUND 'X': the conferencing policy Tag:X does not exist"},
    {"New-CsConferencingPolicy -Identity Site:Paris",
      "1:36 NOT_FOUND 'Site:Paris': the site Paris does not exist"},
    {"# edgewise: SipDomain contoso.com\n# edgewise: User sip:alice@contoso.com\nNew-CsConferencingPolicy -Identity X\nGrant-CsConferencingPolicy -Identity alice@contoso.com -PolicyName X\nRemove-CsConferencingPolicy -Identity X",
      "5:39 POLICY_IN_USE 'X': the conferencing policy Tag:X is granted to sip:alice@contoso.com; grant another policy (or $null) first"},
    {"Grant-CsConferencingPolicy -Identity alice@contoso.com -PolicyName X",
      "1:38 NOT_FOUND 'alice@contoso.com': the user sip:alice@contoso.com (declare it with '# edgewise: User') does not exist"},
    {"New-CsConferencingPolicy -Identity X -AllowExternalUsersToRecordMeeting 1",
      "1:38 NOT_MODELLED '-AllowExternalUsersToRecordMeeting': -AllowExternalUsersToRecordMeeting of New-CsConferencingPolicy is not modelled by Edgewise yet"},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\nNew-CsConferencingPolicy -Identity X",
      "2:1 CMDLET_NOT_ON_PRODUCT 'New-CsConferencingPolicy': Skype for Business Online has only its predefined conferencing policies: change a user's policy with Grant-CsConferencingPolicy"},
    {"# edgewise: Product TEAMS_TENANT\nNew-CsConferencingPolicy -Identity Global",
      "2:36 NOT_MODELLED 'Global': online, only per-user conferencing policies are modelled; Global is not"},
    {"Set-CsPrivacyConfiguration -EnablePrivacyMode @(x)",
      "1:47 WRONG_TYPE '@(...)': -EnablePrivacyMode takes $true or $false (or 1 or 0)"},
    {"Set-CsPrivacyConfiguration -Identity Site:Paris -EnablePrivacyMode 1",
      "1:38 NOT_MODELLED 'Site:Paris': only the global privacy configuration is modelled; Site:Paris is not"},
    {"New-CsPrivacyConfiguration -Identity Global",
      "1:38 ALREADY_EXISTS 'Global': the global privacy configuration always exists; change it with Set-CsPrivacyConfiguration"},
    {"New-CsPrivacyConfiguration",
      "1:1 MISSING_PARAMETER 'New-CsPrivacyConfiguration': New-CsPrivacyConfiguration needs -Identity"},
    {"Remove-CsPrivacyConfiguration -Identity Global",
      "1:1 UNKNOWN_CMDLET 'Remove-CsPrivacyConfiguration': Remove-CsPrivacyConfiguration is not a cmdlet the runbook reader knows"},
  };

  @Test
  void everyRefusalHasItsKindPlaceAndMessage() {
    for (String[] row : PROBLEMS) {
      List<String> out = new ArrayList<>();
      try {
        Runbook.read(row[0]);
        out.add("OK");
      } catch (RunbookException e) {
        for (RunbookProblem p : e.problems()) {
          out.add(p.toString());
        }
      }
      assertEquals(row[1], String.join(" | ", out), row[0]);
    }
  }
}
