package dev.edgewise.runbook;

import static dev.edgewise.runbook.RunbookScripts.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.edgewise.address.SipUri;
import dev.edgewise.policy.ExternalAccessPolicy;
import dev.edgewise.policy.FederationConfiguration;
import dev.edgewise.policy.LocalUser;
import dev.edgewise.policy.PolicyIdentity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The external access policy cmdlets and the grant, pinned where mutation testing found them
 * unpinned: each refusal with its kind, place and message, and the policy and grant each accepted
 * statement leaves.
 */
// Scripts are built line by line so that each line and column a row names stays visible.
@SuppressWarnings("StringConcatToTextBlock")
class RunbookPolicyCmdletsMutationTest {

  /** Each row: script, then every problem as RunbookProblem.toString(), joined by " | ". */
  private static final String[][] PROBLEMS = {
    {"# edgewise: SipDomain contoso.com\n# edgewise: User sip:alice@contoso.com\nGrant-CsExternalAccessPolicy -Identity alice@contoso.com",
      "3:1 MISSING_PARAMETER 'Grant-CsExternalAccessPolicy': Grant-CsExternalAccessPolicy needs -PolicyName"},
    {"# edgewise: SipDomain contoso.com\n# edgewise: User sip:alice@contoso.com\nGrant-CsExternalAccessPolicy -PolicyName X",
      "3:1 MISSING_PARAMETER 'Grant-CsExternalAccessPolicy': Grant-CsExternalAccessPolicy needs -Identity"},
    {"# edgewise: SipDomain contoso.com\n# edgewise: User sip:alice@contoso.com\nGrant-CsExternalAccessPolicy -Identity 'not a user' -PolicyName X",
      "3:40 INVALID_VALUE '\"not a user\"': not a user is not a SIP address"},
    {"# edgewise: SipDomain contoso.com\n# edgewise: User sip:alice@contoso.com\nGrant-CsExternalAccessPolicy -Identity @(x) -PolicyName X",
      "3:40 WRONG_TYPE '@(...)': -Identity takes a single string"},
    {"# edgewise: SipDomain contoso.com\n# edgewise: User sip:alice@contoso.com\nGrant-CsExternalAccessPolicy -Identity alice@contoso.com -PolicyName @(x)",
      "3:70 WRONG_TYPE '@(...)': -PolicyName takes a single string"},
    {"# edgewise: SipDomain contoso.com\n# edgewise: User sip:alice@contoso.com\nGrant-CsExternalAccessPolicy -Identity alice@contoso.com -PolicyName Nope",
      "3:70 NOT_FOUND 'Nope': the per-user policy Tag:Nope does not exist"},
    {"# edgewise: SipDomain contoso.com\n# edgewise: User sip:alice@contoso.com\nGrant-CsExternalAccessPolicy -Identity alice@contoso.com -PolicyName Global",
      "3:70 NOT_FOUND 'Global': the per-user policy Global does not exist"},
    {"# edgewise: SipDomain contoso.com\n# edgewise: User sip:alice@contoso.com\nGrant-CsExternalAccessPolicy -Identity alice@contoso.com -PolicyName 'Tag:'",
      "3:70 INVALID_VALUE '\"Tag:\"': a site or per-user policy name is empty: ''"},
    {"# edgewise: SipDomain contoso.com\n# edgewise: User sip:alice@contoso.com\nGrant-CsExternalAccessPolicy -Identity alice@contoso.com -PolicyName X -Global",
      "3:72 NOT_MODELLED '-Global': -Global of Grant-CsExternalAccessPolicy is not modelled by Edgewise yet | 3:70 NOT_FOUND 'X': the per-user policy Tag:X does not exist"},
    {"New-CsExternalAccessPolicy",
      "1:1 MISSING_PARAMETER 'New-CsExternalAccessPolicy': New-CsExternalAccessPolicy needs -Identity"},
    {"New-CsExternalAccessPolicy -Identity Global",
      "1:38 ALREADY_EXISTS 'Global': the policy Global already exists"},
    {"New-CsExternalAccessPolicy -Identity Site:Paris",
      "1:38 NOT_FOUND 'Site:Paris': the site Paris does not exist"},
    {"New-CsExternalAccessPolicy -Identity 'Tag:'",
      "1:38 INVALID_VALUE '\"Tag:\"': a site or per-user policy name is empty: ''"},
    {"New-CsExternalAccessPolicy -Identity X\nNew-CsExternalAccessPolicy -Identity Tag:X",
      "2:38 ALREADY_EXISTS 'Tag:X': the policy Tag:X already exists"},
    {"Remove-CsExternalAccessPolicy -Identity Nope",
      "1:41 NOT_FOUND 'Nope': the policy Tag:Nope does not exist"},
    {"Set-CsExternalAccessPolicy -Identity X -Description @(x)\n",
      "1:38 NOT_FOUND 'X': the policy Tag:X does not exist"},
  };

  @Test
  void everyRefusalHasItsKindPlaceAndMessage() {
    for (String[] row : PROBLEMS) {
      assertEquals(row[1], problems(row[0]), row[0]);
    }
  }

  private static final String PEOPLE =
      "# edgewise: SipDomain contoso.com\n# edgewise: User sip:alice@contoso.com\n";

  private static FederationConfiguration read(String... lines) {
    return Runbook.read(PEOPLE + String.join("\n", lines)).configuration();
  }

  @Test
  void aNewPolicyTakesItsSettingsAndAGrantNamesIt() {
    FederationConfiguration c =
        read(
            "New-CsExternalAccessPolicy -Identity NoPic -EnableFederationAccess 1"
                + " -EnablePublicCloudAccess 0 -EnablePublicCloudAudioVideoAccess 1"
                + " -EnableOutsideAccess 1 -EnableXmppAccess 1 -Description 'no PIC'",
            "Grant-CsExternalAccessPolicy alice@contoso.com -PolicyName tag:NoPic");
    assertEquals(
        List.of(
            ExternalAccessPolicy.allOff(PolicyIdentity.tag("NoPic")).toBuilder()
                .enableFederationAccess(true)
                .enablePublicCloudAudioVideoAccess(true)
                .enableOutsideAccess(true)
                .enableXmppAccess(true)
                .description("no PIC")
                .build()),
        c.externalAccessPolicies());
    assertEquals(
        List.of(
            LocalUser.builder()
                .sipUri(SipUri.parse("sip:alice@contoso.com"))
                .externalAccessPolicy("NoPic")
                .build()),
        c.users());
  }

  @Test
  void aGrantOfNullTakesThePolicyAwaySoItCanBeRemoved() {
    FederationConfiguration c =
        read(
            "New-CsExternalAccessPolicy -Identity NoPic",
            "Grant-CsExternalAccessPolicy -Identity sip:alice@contoso.com -PolicyName NoPic",
            "Grant-CsExternalAccessPolicy -Identity sip:alice@contoso.com -PolicyName $null",
            "Remove-CsExternalAccessPolicy -Identity NoPic");
    assertEquals(List.of(), c.externalAccessPolicies());
    assertEquals(Optional.empty(), c.users().get(0).externalAccessPolicy());
  }

  @Test
  void setChangesAndClearsTheDescription() {
    FederationConfiguration c =
        read(
            "New-CsExternalAccessPolicy -Identity NoPic -Description x",
            "Set-CsExternalAccessPolicy -Identity NoPic -Description $null -EnableFederationAccess $true");
    assertEquals(
        List.of(
            ExternalAccessPolicy.allOff(PolicyIdentity.tag("NoPic")).toBuilder()
                .enableFederationAccess(true)
                .build()),
        c.externalAccessPolicies());
  }

  @Test
  void aSitePolicyNeedsItsSite() {
    FederationConfiguration c =
        read("# edgewise: Site Paris", "New-CsExternalAccessPolicy -Identity Site:Paris -EnableXmppAccess 1");
    assertEquals(
        List.of(
            ExternalAccessPolicy.allOff(PolicyIdentity.site("Paris")).toBuilder()
                .enableXmppAccess(true)
                .build()),
        c.externalAccessPolicies());
  }
}
