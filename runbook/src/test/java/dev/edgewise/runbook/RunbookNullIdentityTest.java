package dev.edgewise.runbook;

import static dev.edgewise.runbook.RunbookScripts.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.edgewise.address.Domain;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.PublicProvider;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code $null} where a name is expected (an identity, a proxy FQDN, a domain, a string setting
 * that {@code $null} does not clear) is reported as a wrong type. It used to read as "not given",
 * so that {@code New-CsPublicProvider -Identity $null ...} or {@code Grant-CsExternalAccessPolicy
 * -Identity $null ...} read without a problem and changed nothing. Settings that {@code $null}
 * clears still take it.
 */
@SuppressWarnings("StringConcatToTextBlock")
class RunbookNullIdentityTest {

  private static final String SFBO = "# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\n";
  private static final String XMPP = "# edgewise: Product SKYPE_FOR_BUSINESS_SERVER_2015\n";

  /** Each row: script, then every problem as RunbookProblem.toString(), joined by " | ". */
  private static final String[][] PROBLEMS = {
    {"New-CsPublicProvider -Identity $null -ProxyFqdn x.example.com -Enabled 1",
      "1:32 WRONG_TYPE '$null': -Identity takes a single string"},
    {"New-CsPublicProvider -Identity X -ProxyFqdn $null -Enabled 1",
      "1:45 WRONG_TYPE '$null': -ProxyFqdn takes a domain name"},
    {"Set-CsPublicProvider -Identity $null -Enabled $true",
      "1:32 WRONG_TYPE '$null': -Identity takes a single string"},
    {"Remove-CsPublicProvider -Identity $null",
      "1:35 WRONG_TYPE '$null': -Identity takes a single string"},
    {"New-CsHostingProvider -Identity H -ProxyFqdn $null",
      "1:46 WRONG_TYPE '$null': -ProxyFqdn takes a domain name"},
    {"Set-CsExternalAccessPolicy -Identity $null -EnableFederationAccess $true",
      "1:38 WRONG_TYPE '$null': -Identity takes a single string"},
    {"Remove-CsConferencingPolicy -Identity $null",
      "1:39 WRONG_TYPE '$null': -Identity takes a single string"},
    {"Grant-CsExternalAccessPolicy -Identity $null -PolicyName $null",
      "1:40 WRONG_TYPE '$null': -Identity takes a single string"},
    {"Set-CsAllowedDomain -Identity $null",
      "1:31 WRONG_TYPE '$null': -Identity takes a domain name"},
    {"New-CsBlockedDomain -Identity x.example -Domain $null",
      "1:49 WRONG_TYPE '$null': -Domain takes a domain name"},
    {"Set-CsAccessEdgeConfiguration -Identity $null -AllowFederatedUsers $true",
      "1:41 WRONG_TYPE '$null': -Identity takes a single string"},
    {"Set-CsPrivacyConfiguration -Identity $null -EnablePrivacyMode $true",
      "1:38 WRONG_TYPE '$null': -Identity takes a single string"},
    {SFBO + "Set-CsTenantFederationConfiguration -Identity $null -AllowPublicUsers $false",
      "2:47 WRONG_TYPE '$null': -Identity takes a single string"},
    {SFBO + "# edgewise: Policy -Identity $null",
      "2:30 WRONG_TYPE '$null': -Identity takes a single string"},
    {XMPP + "New-CsXmppAllowedPartner -Identity $null",
      "2:36 WRONG_TYPE '$null': -Identity takes a domain name"},
    {XMPP + "New-CsXmppAllowedPartner -Identity chat.example -PartnerType $null",
      "2:62 WRONG_TYPE '$null': -PartnerType takes a single string"},
    // a default route's next hop keeps its own message, once
    {"Set-CsAccessEdgeConfiguration -UseDefaultRouting -DefaultRouteFqdn $null -VerificationLevel AlwaysVerifiable",
      "1:68 WRONG_TYPE '$null': a default route needs a next hop"},
  };

  @Test
  void aNullNameIsAWrongType() {
    for (String[] row : PROBLEMS) {
      assertEquals(row[1], problems(row[0]), row[0]);
    }
  }

  @Test
  void settingsThatNullClearsStillTakeIt() {
    OnPremisesConfiguration c =
        (OnPremisesConfiguration)
            Runbook.read(
                    "New-CsPublicProvider -Identity X -ProxyFqdn x.example.com -Enabled 1"
                        + " -IconUrl $null -NameDecorationRoutingDomain $null"
                        + " -NameDecorationExcludedDomainList $null\n"
                        + "Set-CsAccessEdgeConfiguration -SkypeSearchUrl $null\n"
                        + "Set-CsExternalAccessPolicy -Description $null")
                .configuration();
    PublicProvider x = c.publicProviders().get(c.publicProviders().size() - 1);
    assertEquals("X", x.identity());
    assertEquals(Domain.parse("x.example.com"), x.proxyFqdn());
    assertEquals(Optional.empty(), x.iconUrl());
    assertEquals(Optional.empty(), x.nameDecorationRoutingDomain());
    assertEquals(Set.of(), x.nameDecorationExcludedDomains());
    assertEquals(Optional.empty(), c.accessEdge().skypeSearchUrl());
    assertEquals(Optional.empty(), c.globalPolicy().description());
  }
}
