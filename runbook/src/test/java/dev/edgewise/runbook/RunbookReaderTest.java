package dev.edgewise.runbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.address.Domain;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import dev.edgewise.policy.Decision;
import dev.edgewise.policy.ExternalAccessEvaluator;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.OutboundRequest;
import dev.edgewise.policy.PublicProvider;
import dev.edgewise.policy.VerificationLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader: syntax errors and refusals with line and column, the seeds' runbook. */
// Scripts are built line by line so that each line and column the table names stays visible.
@SuppressWarnings("StringConcatToTextBlock")
class RunbookReaderTest {

  private static final String PEOPLE =
      String.join("\n", "# edgewise: SipDomain contoso.com", "# edgewise: User sip:alice@contoso.com", "");

  /** Each row: script, expected kind, line, column of the first problem. */
  private static final Object[][] ERRORS = {
    {"Set-CsAccessEdgeConfiguration -AllowFederatedUsers 'yes'", RunbookErrorKind.WRONG_TYPE, 1, 52},
    {"Set-CsAccessEdgeConfiguration -AllowFederatedUsers \"unterminated", RunbookErrorKind.UNTERMINATED_STRING, 1, 52},
    {"<# never closed\nSet-CsAccessEdgeConfiguration", RunbookErrorKind.UNTERMINATED_COMMENT, 1, 1},
    {"Set-CsAccessEdgeConfiguration -AllowFederatedUsers $x", RunbookErrorKind.VARIABLE_NOT_SUPPORTED, 1, 52},
    {"Get-CsPublicProvider | Set-CsPublicProvider -Enabled 1", RunbookErrorKind.UNEXPECTED_CHARACTER, 1, 22},
    {"'text'", RunbookErrorKind.UNEXPECTED_TOKEN, 1, 1},
    {"\n\nSet-CsTenantFederationConfiguration -BlockedDomains @(\"a.com\"", RunbookErrorKind.UNTERMINATED_GROUP, 3, 53},
    {"Set-CsTenantFederationConfiguration -BlockedDomains @{Add}", RunbookErrorKind.BAD_HASHTABLE, 1, 55},
    {"# edgewise: Frobnicate x", RunbookErrorKind.BAD_DECLARATION, 1, 13},
    {"Set-CsFrobnicator -X 1", RunbookErrorKind.UNKNOWN_CMDLET, 1, 1},
    {"Set-CsPrivacyConfiguration -AutoInitiateContacts $true", RunbookErrorKind.NOT_MODELLED, 1, 28},
    {"Set-CsTenantFederationConfiguration -AllowPublicUsers $true", RunbookErrorKind.CMDLET_NOT_ON_PRODUCT, 1, 1},
    {"Set-CsAccessEdgeConfiguration -Frob $true", RunbookErrorKind.UNKNOWN_PARAMETER, 1, 31},
    {"Set-CsAccessEdgeConfiguration -Allow $true", RunbookErrorKind.AMBIGUOUS_PARAMETER, 1, 31},
    {"# edgewise: Product LYNC_SERVER_2013\nNew-CsAllowedDomain -Identity a.com -VerificationLevel AlwaysVerifiable",
      RunbookErrorKind.PARAMETER_NOT_ON_PRODUCT, 2, 37},
    {"Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true -AllowFederatedUsers $false",
      RunbookErrorKind.DUPLICATE_PARAMETER, 1, 58},
    {"New-CsPublicProvider -Identity X -ProxyFqdn x.example.com", RunbookErrorKind.MISSING_PARAMETER, 1, 1},
    {"Remove-CsAllowedDomain a.com b.com", RunbookErrorKind.UNEXPECTED_ARGUMENT, 1, 30},
    {"New-CsAllowedDomain -Identity 'not a domain'", RunbookErrorKind.INVALID_VALUE, 1, 31},
    {"New-CsAllowedDomain -Identity a.com\nNew-CsAllowedDomain -Identity a.com", RunbookErrorKind.ALREADY_EXISTS, 2, 31},
    // Lync Server 2010's name for the Messenger provider; later fresh installs call it Messenger.
    {"Remove-CsPublicProvider -Identity MSN", RunbookErrorKind.NOT_FOUND, 1, 35},
    {"New-CsBlockedDomain -Identity a.com\nNew-CsAllowedDomain -Identity a.com", RunbookErrorKind.DOMAIN_ON_OTHER_LIST, 2, 31},
    {"New-CsPublicProvider -Identity Skype -ProxyFqdn federation.messenger.msn.com -Enabled 1",
      RunbookErrorKind.DUPLICATE_PROXY_FQDN, 1, 49},
    {"Set-CsPublicProvider -Identity Messenger -ProxyFqdn other.example.com", RunbookErrorKind.RECREATION_REQUIRED, 1, 53},
    {String.join("\n", "# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE",
        "Set-CsTenantFederationConfiguration -AllowPublicUsers $false",
        "Set-CsTenantPublicProvider -Provider WindowsLive"), RunbookErrorKind.PUBLIC_USERS_OFF, 3, 38},
    {PEOPLE + String.join("\n", "New-CsExternalAccessPolicy -Identity NoPic",
        "Grant-CsExternalAccessPolicy -Identity alice@contoso.com -PolicyName NoPic",
        "Remove-CsExternalAccessPolicy -Identity NoPic"), RunbookErrorKind.POLICY_IN_USE, 5, 41},
    {"# edgewise: User sip:alice@contoso.com", RunbookErrorKind.INVALID_CONFIGURATION, 0, 0},
  };

  @Test
  void everyErrorHasItsKindLineAndColumn() {
    for (Object[] row : ERRORS) {
      String script = (String) row[0];
      RunbookException e = assertThrows(RunbookException.class, () -> Runbook.read(script), script);
      RunbookProblem p = e.problems().get(0);
      assertEquals(row[1], p.kind(), script + " -> " + e.problems());
      assertEquals(row[2], p.line(), script + " -> " + p);
      assertEquals(row[3], p.column(), script + " -> " + p);
    }
  }

  @Test
  void allProblemsAreReportedAtOnce() {
    RunbookException e =
        assertThrows(
            RunbookException.class,
            () ->
                Runbook.read(
                    String.join(
                        "\n", "Set-CsFoo", "Set-CsAccessEdgeConfiguration -AllowFederatedUsers 2; Set-CsBar")));
    assertEquals(3, e.problems().size(), e.problems().toString());
    assertEquals(2, e.problems().get(1).line());
    assertEquals(2, e.problems().get(2).line());
  }

  @Test
  void syntaxSubsetReads() {
    RunbookResult r =
        Runbook.read(
            String.join(
                "\n",
                "<# block",
                " comment #> set-csaccessedgeconfiguration -allowfed:$TRUE `",
                "  -EnablePartnerDiscovery 1 ; # trailing",
                "New-CsAllowedDomain -Identity fabrikam.com -Comment 'it''s' -ProxyFqdn \"sip.fabrikam.com\"",
                "New-CsBlockedDomain -Identity \u201cnorthwind.com\u201d -Comment \"a`tb\"\"c\"",
                "Set-CsAccessEdgeConfiguration -UseDnsSrvRouting -DiscoveredPartnerVerificationLevel 1"));
    OnPremisesConfiguration c = (OnPremisesConfiguration) r.configuration();
    assertTrue(c.accessEdge().allowFederatedUsers());
    assertTrue(c.accessEdge().enablePartnerDiscovery());
    assertEquals("it's", c.allowedDomains().get(0).comment().orElseThrow());
    assertEquals("a\tb\"c", c.blockedDomains().get(0).comment().orElseThrow());
    assertTrue(c.accessEdge().routing().isDnsSrv());
    assertEquals(
        VerificationLevel.ALWAYS_UNVERIFIABLE, c.accessEdge().discoveredPartnerVerificationLevel());
    assertEquals(RunbookErrorKind.NUMERIC_VERIFICATION_LEVEL_INFERRED, r.warnings().get(0).kind());
  }

  @Test
  void removingTheGlobalPolicyResetsIt() {
    RunbookResult r =
        Runbook.read(
            String.join(
                "\n",
                "Set-CsExternalAccessPolicy -Identity Global -EnableFederationAccess $true",
                "Remove-CsExternalAccessPolicy -Identity Global"));
    assertEquals(
        OnPremisesConfiguration.freshInstall(), r.configuration());
  }

  private static final String SEED_RUNBOOK =
      String.join(
          "\n",
          "Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true",
          "Remove-CsPublicProvider -Identity Messenger",
          "New-CsPublicProvider -Identity Skype -ProxyFqdn federation.messenger.msn.com"
              + " -IconUrl \u201c\u201d -VerificationLevel 2 -Enabled 1",
          "Set-CsExternalAccessPolicy -Identity Global -EnablePublicCloudAccess $true",
          "");

  @Test
  void seedRunbookReadsOnAFreshInstallWithItsOneWarning() {
    // The fresh install names the Messenger provider "Messenger", as the published runbook
    // expects; only the numeric verification level is worth a warning.
    RunbookResult r = Runbook.read(PEOPLE + SEED_RUNBOOK);
    assertEquals(1, r.warnings().size(), r.warnings().toString());
    assertEquals(RunbookErrorKind.NUMERIC_VERIFICATION_LEVEL_INFERRED, r.warnings().get(0).kind());
    assertEquals(5, r.warnings().get(0).line());
    assertTrue(
        r.configuration().publicProviders().stream().noneMatch(p -> p.identity().equals("Messenger")));
  }

  @Test
  void aHistoricProviderReCreatedOnItsProxyFqdnKeepsItsServiceFacts() {
    RunbookResult r =
        Runbook.read(
            "Remove-CsPublicProvider -Identity Yahoo\n"
                + "New-CsPublicProvider -Identity Y2 -ProxyFqdn sip.yahoo.com -Enabled $true"
                + " -NameDecorationRoutingDomain $null -NameDecorationExcludedDomainList $null\n");
    PublicProvider y2 =
        r.configuration().publicProviders().stream()
            .filter(p -> p.identity().equals("Y2"))
            .findFirst()
            .orElseThrow();
    assertEquals(PublicProvider.yahoo().consumerDomains(), y2.consumerDomains());
    assertEquals(PublicProvider.yahoo().connectivityEnded(), y2.connectivityEnded());
  }

  @Test
  void seedRunbookAllowsImWithBobAtOutlookCom() {
    OnPremisesConfiguration base =
        OnPremisesConfiguration.freshInstall().toBuilder()
            .publicProviders(
                List.of(
                    PublicProvider.yahoo(),
                    PublicProvider.aim(),
                    PublicProvider.messenger().toBuilder().identity("Messenger").build()))
            .build();
    RunbookResult r = Runbook.read(PEOPLE + SEED_RUNBOOK, base);
    assertEquals(RunbookErrorKind.NUMERIC_VERIFICATION_LEVEL_INFERRED, r.warnings().get(0).kind());
    assertEquals(5, r.warnings().get(0).line());
    PublicProvider skype = r.configuration().publicProviders().get(2);
    assertEquals(VerificationLevel.USE_SOURCE_VERIFICATION, skype.verificationLevel());
    Decision d =
        ExternalAccessEvaluator.compile(r.configuration())
            .evaluate(
                OutboundRequest.of(
                    SipUri.parse("sip:alice@contoso.com"), SipUri.parse("sip:bob@outlook.com"), Modality.IM));
    assertTrue(d.isAllowed(), d.toString());
    assertTrue(r.configuration().isSipDomain(Domain.parse("contoso.com")));
  }

  @Test
  void whatIfNamesTheRequestsThatChange() {
    OnPremisesConfiguration base =
        (OnPremisesConfiguration)
            Runbook.read(PEOPLE + "Remove-CsPublicProvider -Identity Messenger\n" + SEED_RUNBOOK.substring(SEED_RUNBOOK.indexOf("New-")))
                .configuration();
    OutboundRequest im =
        OutboundRequest.of(SipUri.parse("sip:alice@contoso.com"), SipUri.parse("sip:bob@outlook.com"), Modality.IM);
    OutboundRequest fed =
        OutboundRequest.of(SipUri.parse("sip:alice@contoso.com"), SipUri.parse("sip:x@fabrikam.com"), Modality.IM);
    List<WhatIfChange> changes =
        Runbook.whatIf(base, "Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true", List.of(im, fed));
    WhatIfChange change =
        changes.stream().filter(c -> c.request().equals(im)).findFirst().orElseThrow();
    assertFalse(change.before().isAllowed());
    assertTrue(change.after().isAllowed());
    for (WhatIfChange c : changes) {
      if (c.request().equals(fed)) {
        assertFalse(c.after().isAllowed(), "fabrikam.com is on no allowed list");
      }
    }
  }
}
