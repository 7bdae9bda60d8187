package dev.edgewise.runbook;

import static dev.edgewise.runbook.RunbookScripts.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.address.Domain;
import dev.edgewise.policy.AccessEdgeConfiguration;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.VerificationLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a statement's arguments bind to a cmdlet's parameters, pinned where mutation testing found
 * it unpinned: prefixes and case, exact names, switches, the positional value, parameters given
 * twice, not modelled or not on the product, and each value type's conversion and its refusal.
 */
// Scripts are built line by line so that each line and column a row names stays visible.
@SuppressWarnings("StringConcatToTextBlock")
class RunbookBinderMutationTest {

  /** Each row: script, then every problem as RunbookProblem.toString(), joined by " | ". */
  private static final String[][] PROBLEMS = {
    {"Set-CsAccessEdgeConfiguration -allowfed $true -ENABLEPARTNER 1",
      "OK"},
    {"Set-CsAccessEdgeConfiguration -Allow $true",
      "1:31 AMBIGUOUS_PARAMETER '-Allow': -Allow could be -AllowFederatedUsers, -AllowOutsideUsers, -AllowAnonymousUsers"},
    {"Set-CsAccessEdgeConfiguration -UseDnsSrvRouting -AllowFederatedUsers",
      "1:49 MISSING_PARAMETER '-AllowFederatedUsers': -AllowFederatedUsers needs a value"},
    {"Set-CsAccessEdgeConfiguration -AllowFederatedUsers -UseDnsSrvRouting",
      "1:31 MISSING_PARAMETER '-AllowFederatedUsers': -AllowFederatedUsers needs a value"},
    {"Set-CsAccessEdgeConfiguration -UseDnsSrvRouting:$false",
      "OK"},
    {"Set-CsAccessEdgeConfiguration -WhatIf",
      "1:31 NOT_MODELLED '-WhatIf': -WhatIf of Set-CsAccessEdgeConfiguration is not modelled by Edgewise yet"},
    {"Set-CsAccessEdgeConfiguration -WhatIf $true -AllowFederatedUsers $true",
      "1:31 NOT_MODELLED '-WhatIf': -WhatIf of Set-CsAccessEdgeConfiguration is not modelled by Edgewise yet"},
    {"Set-CsAccessEdgeConfiguration -Frob 1 -AllowFederatedUsers $true",
      "1:31 UNKNOWN_PARAMETER '-Frob': Set-CsAccessEdgeConfiguration has no parameter -Frob"},
    {"Set-CsAccessEdgeConfiguration -Frob -AllowFederatedUsers $true",
      "1:31 UNKNOWN_PARAMETER '-Frob': Set-CsAccessEdgeConfiguration has no parameter -Frob"},
    {"Set-CsAccessEdgeConfiguration -Frob:1 2",
      "1:31 UNKNOWN_PARAMETER '-Frob': Set-CsAccessEdgeConfiguration has no parameter -Frob | 1:39 NOT_FOUND '2': the Access Edge configuration is Global"},
    {"Set-CsAccessEdgeConfiguration Global Other",
      "1:38 UNEXPECTED_ARGUMENT 'Other': this value belongs to no parameter of Set-CsAccessEdgeConfiguration"},
    {"Set-CsAccessEdgeConfiguration Other",
      "1:31 NOT_FOUND 'Other': the Access Edge configuration is Global"},
    {"Set-CsAccessEdgeConfiguration -Identity global -AllowFederatedUsers $true",
      "OK"},
    {"Set-CsAccessEdgeConfiguration -Force -AllowFederatedUsers $true",
      "OK"},
    {"Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true -allowfederatedusers $true",
      "1:58 DUPLICATE_PARAMETER '-allowfederatedusers': -AllowFederatedUsers is given twice"},
    {"Set-CsAccessEdgeConfiguration -AllowFederatedUsers $null",
      "1:52 WRONG_TYPE '$null': -AllowFederatedUsers takes $true or $false (or 1 or 0)"},
    {"Set-CsAccessEdgeConfiguration -AllowFederatedUsers 0 -EnablePartnerDiscovery -1",
      "1:78 WRONG_TYPE '-1': -EnablePartnerDiscovery takes $true or $false (or 1 or 0)"},
    {"Set-CsAccessEdgeConfiguration -MaxContactsPerDiscoveredPartner $true",
      "1:64 WRONG_TYPE '$true': -MaxContactsPerDiscoveredPartner takes a whole number"},
    {"Set-CsAccessEdgeConfiguration -MaxContactsPerDiscoveredPartner -2147483648",
      "1:1 INVALID_VALUE 'Set-CsAccessEdgeConfiguration': MaxContactsPerDiscoveredPartner must be at least 0: -2147483648"},
    {"Set-CsAccessEdgeConfiguration -MaxContactsPerDiscoveredPartner 2147483647 -DiscoveredPartnerStandardRate -2147483649",
      "1:106 WRONG_TYPE '-2147483649': -DiscoveredPartnerStandardRate takes a whole number"},
    {"Set-CsAccessEdgeConfiguration -DiscoveredPartnerVerificationLevel 0",
      "OK"},
    {"Set-CsAccessEdgeConfiguration -DiscoveredPartnerVerificationLevel 1",
      "OK"},
    {"Set-CsAccessEdgeConfiguration -DiscoveredPartnerVerificationLevel 2",
      "OK"},
    {"Set-CsAccessEdgeConfiguration -DiscoveredPartnerVerificationLevel 3",
      "1:67 INVALID_VALUE '3': -DiscoveredPartnerVerificationLevel takes AlwaysVerifiable, AlwaysUnverifiable or UseSourceVerification"},
    {"Set-CsAccessEdgeConfiguration -DiscoveredPartnerVerificationLevel -1",
      "1:67 INVALID_VALUE '-1': -DiscoveredPartnerVerificationLevel takes AlwaysVerifiable, AlwaysUnverifiable or UseSourceVerification"},
    {"Set-CsAccessEdgeConfiguration -DiscoveredPartnerVerificationLevel alwaysverifiable",
      "OK"},
    {"Set-CsAccessEdgeConfiguration -DiscoveredPartnerVerificationLevel Nope",
      "1:67 INVALID_VALUE 'Nope': -DiscoveredPartnerVerificationLevel takes AlwaysVerifiable, AlwaysUnverifiable or UseSourceVerification"},
    {"Set-CsAccessEdgeConfiguration -DiscoveredPartnerVerificationLevel $true",
      "1:67 WRONG_TYPE '$true': -DiscoveredPartnerVerificationLevel takes a verification level name"},
    {"Set-CsAccessEdgeConfiguration -SkypeSearchUrl @(a)",
      "1:47 WRONG_TYPE '@(...)': -SkypeSearchUrl takes a single string"},
    {"Set-CsAccessEdgeConfiguration -SkypeSearchUrl 12",
      "OK"},
    {"====\nSet-CsAccessEdgeConfiguration -UseDefaultRouting -DefaultRouteFqdn @(a) -VerificationLevel AlwaysVerifiable",
      "1:1 UNEXPECTED_TOKEN '====': a statement starts with a cmdlet name, such as Set-CsAccessEdgeConfiguration | 2:68 WRONG_TYPE '@(...)': -DefaultRouteFqdn takes a domain name"},
    {"Set-CsAccessEdgeConfiguration -UseDefaultRouting -DefaultRouteFqdn 'bad domain' -VerificationLevel AlwaysVerifiable",
      "1:68 INVALID_VALUE '\"bad domain\"': bad domain is not a valid domain name"},
    {"New-CsAllowedDomain",
      "1:1 MISSING_PARAMETER 'New-CsAllowedDomain': New-CsAllowedDomain needs -Identity"},
    {"New-CsAllowedDomain -Comment x",
      "1:1 MISSING_PARAMETER 'New-CsAllowedDomain': New-CsAllowedDomain needs -Identity"},
    {"New-CsAllowedDomain -Identity a.com -Domain b.com",
      "1:45 INVALID_VALUE 'b.com': -Identity and -Domain name different domains"},
    {"New-CsAllowedDomain -Identity a.com -Domain a.com -Comment x",
      "OK"},
    {"New-CsAllowedDomain -Domain a.com -Comment x",
      "OK"},
    {"New-CsAllowedDomain a.com -Identity b.com",
      "1:27 DUPLICATE_PARAMETER '-Identity': -Identity is given twice"},
    {"# edgewise: Product LYNC_SERVER_2013\nNew-CsAllowedDomain a.com -VerificationLevel AlwaysVerifiable",
      "2:27 PARAMETER_NOT_ON_PRODUCT '-VerificationLevel': New-CsAllowedDomain has no -VerificationLevel on Lync Server 2013"},
    {"Remove-CsAllowedDomain -Identity a.com -Confirm:$false",
      "1:40 NOT_MODELLED '-Confirm': -Confirm of Remove-CsAllowedDomain is not modelled by Edgewise yet | 1:34 NOT_FOUND 'a.com': the allowed domain a.com does not exist"},
    {"Remove-CsAllowedDomain -Identity a.com -Confirm $false\n",
      "1:40 NOT_MODELLED '-Confirm': -Confirm of Remove-CsAllowedDomain is not modelled by Edgewise yet | 1:34 NOT_FOUND 'a.com': the allowed domain a.com does not exist"},
  };

  @Test
  void everyBindingProblemHasItsKindPlaceAndMessage() {
    for (String[] row : PROBLEMS) {
      assertEquals(row[1], problems(row[0]), row[0]);
    }
  }

  private static AccessEdgeConfiguration edge(String script) {
    return ((OnPremisesConfiguration) Runbook.read(script).configuration()).accessEdge();
  }

  @Test
  void namesIgnoreCaseAndMayBeCutToAUniquePrefix() {
    AccessEdgeConfiguration e = edge("Set-CsAccessEdgeConfiguration -allowfed $true -ENABLEPARTNER 1");
    assertTrue(e.allowFederatedUsers());
    assertTrue(e.enablePartnerDiscovery());
    assertTrue(edge("Set-CsAccessEdgeConfiguration -Identity global -AllowFederatedUsers $true").allowFederatedUsers());
    assertTrue(edge("Set-CsAccessEdgeConfiguration Global -Force -AllowFederatedUsers 1").allowFederatedUsers());
  }

  @Test
  void numbersAndNamesReadAsVerificationLevels() {
    VerificationLevel[] inferred = {
      VerificationLevel.ALWAYS_VERIFIABLE,
      VerificationLevel.ALWAYS_UNVERIFIABLE,
      VerificationLevel.USE_SOURCE_VERIFICATION
    };
    for (int n = 0; n < 3; n++) {
      RunbookResult r =
          Runbook.read("Set-CsAccessEdgeConfiguration -DiscoveredPartnerVerificationLevel " + n);
      assertEquals(
          inferred[n],
          ((OnPremisesConfiguration) r.configuration()).accessEdge().discoveredPartnerVerificationLevel());
      assertEquals(
          List.of(
              "1:67 NUMERIC_VERIFICATION_LEVEL_INFERRED '" + n + "': read " + n + " as "
                  + inferred[n].cmdletName()
                  + " through the inferred table (0, 1, 2 in the documented enum order);"
                  + " write the name instead"),
          r.warnings().stream().map(RunbookProblem::toString).toList());
    }
    assertEquals(
        VerificationLevel.ALWAYS_VERIFIABLE,
        edge("Set-CsAccessEdgeConfiguration -DiscoveredPartnerVerificationLevel alwaysverifiable")
            .discoveredPartnerVerificationLevel());
  }

  @Test
  void aNumberIsAStringWhereAStringIsTaken() {
    assertEquals("12", edge("Set-CsAccessEdgeConfiguration -SkypeSearchUrl 12").skypeSearchUrl().orElseThrow());
  }

  @Test
  void domainMayStandForIdentity() {
    for (String s :
        List.of(
            "New-CsAllowedDomain -Domain a.com -Comment x",
            "New-CsAllowedDomain -Identity a.com -Domain a.com -Comment x")) {
      OnPremisesConfiguration c = (OnPremisesConfiguration) Runbook.read(s).configuration();
      assertEquals(Domain.parse("a.com"), c.allowedDomains().get(0).domain(), s);
      assertEquals("x", c.allowedDomains().get(0).comment().orElseThrow(), s);
    }
  }

  @Test
  void aBareCommonSwitchIsNotModelledRatherThanMissingAValue() {
    // Regression: -WhatIf, -Confirm and Grant-'s -Global are switches; docs/runbook.md refuses
    // them as NOT_MODELLED, but a bare one was reported as a parameter missing its value.
    assertEquals(
        "1:31 NOT_MODELLED '-WhatIf': -WhatIf of Set-CsAccessEdgeConfiguration is not modelled by"
            + " Edgewise yet",
        problems("Set-CsAccessEdgeConfiguration -WhatIf -AllowFederatedUsers $true"));
    assertEquals(
        "1:30 NOT_MODELLED '-Confirm': -Confirm of Remove-CsBlockedDomain is not modelled by"
            + " Edgewise yet | 1:24 NOT_FOUND 'a.com': the blocked domain a.com does not exist",
        problems("Remove-CsBlockedDomain a.com -Confirm"));
    assertEquals(
        "4:72 NOT_MODELLED '-Global': -Global of Grant-CsExternalAccessPolicy is not modelled by"
            + " Edgewise yet",
        problems(
            String.join(
                "\n",
                "# edgewise: SipDomain contoso.com",
                "# edgewise: User sip:alice@contoso.com",
                "New-CsExternalAccessPolicy -Identity X",
                "Grant-CsExternalAccessPolicy -Identity alice@contoso.com -PolicyName X -Global")));
  }
}
