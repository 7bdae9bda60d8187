package dev.edgewise.runbook;

import static dev.edgewise.runbook.RunbookScripts.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.edgewise.address.Domain;
import dev.edgewise.address.NameDecoration;
import dev.edgewise.policy.AllowedDomain;
import dev.edgewise.policy.FederationConfiguration;
import dev.edgewise.policy.HostingProvider;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.PublicProvider;
import dev.edgewise.policy.VerificationLevel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The on-premises cmdlets (Access Edge routing, allowed and blocked domains, public and hosting
 * providers), pinned where mutation testing found them unpinned: each refusal the server makes,
 * with its kind, place and message, and every setting each accepted statement writes.
 */
// Scripts are built line by line so that each line and column a row names stays visible.
@SuppressWarnings("StringConcatToTextBlock")
class RunbookOnPremisesCmdletsMutationTest {

  /** Each row: script, then every problem as RunbookProblem.toString(), joined by " | ". */
  private static final String[][] PROBLEMS = {
    {"New-CsPublicProvider",
      "1:1 MISSING_PARAMETER 'New-CsPublicProvider': New-CsPublicProvider needs -Identity | 1:1 MISSING_PARAMETER 'New-CsPublicProvider': New-CsPublicProvider needs -ProxyFqdn | 1:1 MISSING_PARAMETER 'New-CsPublicProvider': New-CsPublicProvider needs -Enabled"},
    {"New-CsPublicProvider -Identity X",
      "1:1 MISSING_PARAMETER 'New-CsPublicProvider': New-CsPublicProvider needs -ProxyFqdn | 1:1 MISSING_PARAMETER 'New-CsPublicProvider': New-CsPublicProvider needs -Enabled"},
    {"New-CsPublicProvider -Identity yahoo -ProxyFqdn x.example.com -Enabled 1",
      "1:32 ALREADY_EXISTS 'yahoo': a provider yahoo already exists"},
    {"New-CsPublicProvider -Identity X -ProxyFqdn sip.yahoo.com -Enabled 1",
      "1:45 DUPLICATE_PROXY_FQDN 'sip.yahoo.com': the provider Yahoo already uses sip.yahoo.com; remove it first"},
    {"New-CsPublicProvider -Identity X -ProxyFqdn 'bad fqdn' -Enabled 1",
      "1:45 INVALID_VALUE '\"bad fqdn\"': bad fqdn is not a valid domain name"},
    {"New-CsPublicProvider -Identity @(x) -ProxyFqdn x.example.com -Enabled 1",
      "1:32 WRONG_TYPE '@(...)': -Identity takes a single string"},
    {"New-CsPublicProvider -Identity X -ProxyFqdn x.example.com -Enabled 1 -NameDecorationExcludedDomainList @(a.com, @(b)) -NameDecorationRoutingDomain 'bad d'",
      "1:148 INVALID_VALUE '\"bad d\"': bad d is not a valid domain name | 1:113 WRONG_TYPE '@(...)': -NameDecorationExcludedDomainList takes domain names"},
    {"New-CsPublicProvider -Identity X -ProxyFqdn x.example.com -Enabled 1 -NameDecorationExcludedDomainList \"a.com,,bad d\"",
      "1:104 INVALID_VALUE '\"a.com,,bad d\"': bad d is not a valid domain name"},
    {"Set-CsPublicProvider",
      "1:1 MISSING_PARAMETER 'Set-CsPublicProvider': Set-CsPublicProvider needs -Identity"},
    {"Set-CsPublicProvider -Identity Nope -Enabled 1",
      "1:32 NOT_FOUND 'Nope': the public provider Nope does not exist"},
    {"Set-CsPublicProvider -Identity yahoo -IconUrl x -EnableSkypeIdRouting 1",
      "1:47 RECREATION_REQUIRED 'x': Set-CsPublicProvider changes only -Enabled and -VerificationLevel; remove the provider and create it again to change -IconUrl | 1:71 RECREATION_REQUIRED '1': Set-CsPublicProvider changes only -Enabled and -VerificationLevel; remove the provider and create it again to change -EnableSkypeIdRouting"},
    {"Set-CsPublicProvider -Identity @(x)",
      "1:32 WRONG_TYPE '@(...)': -Identity takes a single string"},
    {"Remove-CsPublicProvider",
      "1:1 MISSING_PARAMETER 'Remove-CsPublicProvider': Remove-CsPublicProvider needs -Identity"},
    {"Remove-CsPublicProvider -Identity Nope",
      "1:35 NOT_FOUND 'Nope': the public provider Nope does not exist"},
    {"New-CsHostingProvider -Identity H",
      "1:1 MISSING_PARAMETER 'New-CsHostingProvider': New-CsHostingProvider needs -ProxyFqdn"},
    {"New-CsHostingProvider -Identity H -ProxyFqdn @(x)",
      "1:46 WRONG_TYPE '@(...)': -ProxyFqdn takes a domain name"},
    {"New-CsHostingProvider -Identity yahoo -ProxyFqdn h.example.com",
      "1:33 ALREADY_EXISTS 'yahoo': a provider yahoo already exists"},
    {"New-CsHostingProvider -Identity H -ProxyFqdn sip.yahoo.com",
      "1:46 DUPLICATE_PROXY_FQDN 'sip.yahoo.com': the provider Yahoo already uses sip.yahoo.com; remove it first"},
    {"Set-CsHostingProvider -Identity H -Enabled 1",
      "1:33 NOT_FOUND 'H': the hosting provider H does not exist"},
    {"New-CsHostingProvider -Identity H -ProxyFqdn h.example.com\nSet-CsHostingProvider -Identity h -ProxyFqdn x.example.com",
      "2:46 RECREATION_REQUIRED 'x.example.com': Set-CsHostingProvider cannot change -ProxyFqdn; remove the provider and create it again"},
    {"New-CsHostingProvider -Identity H -ProxyFqdn h.example.com -SipClientPort 70000",
      "1:1 INVALID_VALUE 'New-CsHostingProvider': SipClientPort must be 1 to 65535: 70000"},
    {"New-CsHostingProvider -Identity H -ProxyFqdn h.example.com\nNew-CsHostingProvider -Identity h -ProxyFqdn x.example.com",
      "2:33 ALREADY_EXISTS 'h': a provider h already exists"},
    {"Remove-CsHostingProvider -Identity H",
      "1:36 NOT_FOUND 'H': the hosting provider H does not exist"},
    {"Remove-CsHostingProvider",
      "1:1 MISSING_PARAMETER 'Remove-CsHostingProvider': Remove-CsHostingProvider needs -Identity"},
    {"Remove-CsHostingProvider -Identity @(x)",
      "1:36 WRONG_TYPE '@(...)': -Identity takes a single string"},
    {"Set-CsAccessEdgeConfiguration -UseDnsSrvRouting -UseDefaultRouting",
      "1:49 INVALID_VALUE '$true': -UseDnsSrvRouting and -UseDefaultRouting exclude each other"},
    {"Set-CsAccessEdgeConfiguration -UseDnsSrvRouting -DefaultRouteFqdn x.com",
      "1:67 NOT_MODELLED 'x.com': a default route kept beside DNS SRV routing is not modelled"},
    {"Set-CsAccessEdgeConfiguration -UseDnsSrvRouting -VerificationLevel AlwaysVerifiable",
      "1:68 NOT_MODELLED 'AlwaysVerifiable': a default route kept beside DNS SRV routing is not modelled"},
    {"Set-CsAccessEdgeConfiguration -DefaultRouteFqdn x.com",
      "1:49 NOT_MODELLED 'x.com': a default route kept beside DNS SRV routing is not modelled; add -UseDefaultRouting"},
    {"Set-CsAccessEdgeConfiguration -VerificationLevel AlwaysVerifiable",
      "1:50 NOT_MODELLED 'AlwaysVerifiable': a default route kept beside DNS SRV routing is not modelled; add -UseDefaultRouting"},
    {"Set-CsAccessEdgeConfiguration -UseDefaultRouting",
      "1:1 MISSING_PARAMETER 'Set-CsAccessEdgeConfiguration': Set-CsAccessEdgeConfiguration needs -DefaultRouteFqdn"},
    {"Set-CsAccessEdgeConfiguration -UseDefaultRouting -DefaultRouteFqdn x.com",
      "1:1 MISSING_PARAMETER 'Set-CsAccessEdgeConfiguration': Set-CsAccessEdgeConfiguration needs -VerificationLevel"},
    {"Set-CsAccessEdgeConfiguration -UseDefaultRouting -DefaultRouteFqdn $null -VerificationLevel AlwaysVerifiable",
      "1:68 WRONG_TYPE '$null': a default route needs a next hop"},
    {"Set-CsAccessEdgeConfiguration -Identity @(x)",
      "1:41 WRONG_TYPE '@(...)': -Identity takes a single string"},
    {"Set-CsAccessEdgeConfiguration -DnsSrvCacheRecordCount @(x)",
      "1:55 WRONG_TYPE '@(...)': -DnsSrvCacheRecordCount takes a whole number"},
    {"New-CsAllowedDomain -Identity a.com\nNew-CsAllowedDomain -Identity a.com",
      "2:31 ALREADY_EXISTS 'a.com': a.com is already allowed"},
    {"New-CsAllowedDomain -Identity a.com\nNew-CsBlockedDomain -Identity a.com",
      "2:31 DOMAIN_ON_OTHER_LIST 'a.com': a.com is on the allowed list; remove it there first"},
    {"Set-CsAllowedDomain -Identity a.com -Comment x",
      "1:31 NOT_FOUND 'a.com': the allowed domain a.com does not exist"},
    {"Set-CsBlockedDomain -Identity a.com -Comment x",
      "1:31 NOT_FOUND 'a.com': the blocked domain a.com does not exist"},
    {"Remove-CsBlockedDomain -Identity a.com",
      "1:34 NOT_FOUND 'a.com': the blocked domain a.com does not exist"},
    {"New-CsBlockedDomain -Identity a.com\nNew-CsBlockedDomain -Identity a.com",
      "2:31 ALREADY_EXISTS 'a.com': a.com is already blocked"},
    {"New-CsBlockedDomain -Identity a.com -Domain b.com\n",
      "1:45 INVALID_VALUE 'b.com': -Identity and -Domain name different domains"},
  };

  @Test
  void everyRefusalHasItsKindPlaceAndMessage() {
    for (String[] row : PROBLEMS) {
      assertEquals(row[1], problems(row[0]), row[0]);
    }
  }

  private static FederationConfiguration read(String... lines) {
    return Runbook.read(String.join("\n", lines)).configuration();
  }

  private static PublicProvider provider(FederationConfiguration c, String identity) {
    return c.publicProviders().stream().filter(p -> p.identity().equals(identity)).findFirst().orElseThrow();
  }

  private static final Domain X = Domain.parse("x.example.com");

  @Test
  void aNewPublicProviderTakesEverySettingGiven() {
    assertEquals(
        PublicProvider.builder().identity("X").proxyFqdn(X).enabled(true).build(),
        provider(
            read(
                "# edgewise: Product LYNC_SERVER_2013",
                "New-CsPublicProvider -Identity X -ProxyFqdn x.example.com -Enabled 1"),
            "X"));
    // from Lync Server 2013 CU5 on, a new provider starts with the default name decoration
    NameDecoration defaults = NameDecoration.defaults();
    assertEquals(
        PublicProvider.builder()
            .identity("X")
            .proxyFqdn(X)
            .enabled(true)
            .nameDecorationRoutingDomain(defaults.routingDomain())
            .nameDecorationExcludedDomains(defaults.excludedDomains())
            .build(),
        provider(
            read(
                "Remove-CsPublicProvider -Identity Messenger",
                "New-CsPublicProvider -Identity X -ProxyFqdn x.example.com -Enabled 1"),
            "X"));
    assertEquals(
        PublicProvider.builder()
            .identity("X")
            .proxyFqdn(X)
            .enabled(false)
            .verificationLevel(VerificationLevel.ALWAYS_VERIFIABLE)
            .iconUrl("i")
            .nameDecorationRoutingDomain(Domain.parse("r.example.com"))
            .nameDecorationExcludedDomains(Set.of(Domain.parse("a.com"), Domain.parse("r.example.com")))
            .enableSkypeIdRouting(true)
            .enableSkypeDirectorySearch(true)
            .build(),
        provider(
            read(
                "Remove-CsPublicProvider -Identity Messenger",
                "New-CsPublicProvider -Identity X -ProxyFqdn x.example.com -Enabled $false"
                    + " -VerificationLevel AlwaysVerifiable -IconUrl i"
                    + " -NameDecorationRoutingDomain r.example.com"
                    + " -NameDecorationExcludedDomainList 'a.com,, r.example.com'"
                    + " -EnableSkypeIdRouting 1 -EnableSkypeDirectorySearch 1"),
            "X"));
    assertEquals(
        PublicProvider.builder()
            .identity("X")
            .proxyFqdn(X)
            .enabled(true)
            .nameDecorationRoutingDomain(Domain.parse("a.com"))
            .nameDecorationExcludedDomains(Set.of(Domain.parse("a.com"), Domain.parse("b.com")))
            .build(),
        provider(
            read(
                "Remove-CsPublicProvider -Identity Messenger",
                "New-CsPublicProvider -Identity X -ProxyFqdn x.example.com -Enabled 1 -IconUrl $null"
                    + " -NameDecorationRoutingDomain a.com -NameDecorationExcludedDomainList a.com,b.com"),
            "X"));
  }

  @Test
  void setPublicProviderChangesEnabledAndVerificationOnly() {
    PublicProvider yahoo =
        provider(read("Set-CsPublicProvider -Identity yahoo -Enabled 1 -VerificationLevel AlwaysUnverifiable"), "Yahoo");
    assertEquals(
        PublicProvider.yahoo().toBuilder()
            .enabled(true)
            .verificationLevel(VerificationLevel.ALWAYS_UNVERIFIABLE)
            .build(),
        yahoo);
    assertEquals(
        List.of("AOL", "Messenger"),
        read("Remove-CsPublicProvider -Identity YAHOO").publicProviders().stream()
            .map(PublicProvider::identity)
            .toList());
  }

  @Test
  void hostingProvidersAreCreatedChangedAndRemoved() {
    OnPremisesConfiguration c =
        (OnPremisesConfiguration)
            read(
                "New-CsHostingProvider -Identity H -ProxyFqdn h.example.com -Enabled 1"
                    + " -EnabledSharedAddressSpace 1 -HostsOCSUsers 1 -IsLocal 1"
                    + " -VerificationLevel AlwaysUnverifiable -AutodiscoverUrl https://a -SipClientPort 5061");
    HostingProvider h =
        HostingProvider.builder()
            .identity("H")
            .proxyFqdn(Domain.parse("h.example.com"))
            .enabled(true)
            .enabledSharedAddressSpace(true)
            .hostsOcsUsers(true)
            .isLocal(true)
            .verificationLevel(VerificationLevel.ALWAYS_UNVERIFIABLE)
            .autodiscoverUrl("https://a")
            .sipClientPort(5061)
            .build();
    assertEquals(List.of(h), c.hostingProviders());
    OnPremisesConfiguration changed =
        (OnPremisesConfiguration)
            Runbook.read("Set-CsHostingProvider -Identity h -AutodiscoverUrl $null -Enabled 0", c)
                .configuration();
    assertEquals(
        List.of(h.toBuilder().autodiscoverUrl(Optional.empty()).enabled(false).build()),
        changed.hostingProviders());
    assertEquals(
        List.of(),
        ((OnPremisesConfiguration) Runbook.read("Remove-CsHostingProvider -Identity H", c).configuration())
            .hostingProviders());
  }

  @Test
  void setAllowedDomainChangesAndClearsSettings() {
    OnPremisesConfiguration c =
        (OnPremisesConfiguration)
            read(
                "New-CsAllowedDomain -Identity a.com -ProxyFqdn sip.a.com -Comment x -MarkForMonitoring 1"
                    + " -VerificationLevel AlwaysVerifiable");
    AllowedDomain a =
        AllowedDomain.builder()
            .domain(Domain.parse("a.com"))
            .proxyFqdn(Domain.parse("sip.a.com"))
            .comment("x")
            .markForMonitoring(true)
            .verificationLevel(VerificationLevel.ALWAYS_VERIFIABLE)
            .build();
    assertEquals(List.of(a), c.allowedDomains());
    OnPremisesConfiguration changed =
        (OnPremisesConfiguration)
            Runbook.read("Set-CsAllowedDomain a.com -ProxyFqdn $null -Comment $null", c).configuration();
    assertEquals(
        List.of(a.toBuilder().proxyFqdn(Optional.empty()).comment(Optional.empty()).build()),
        changed.allowedDomains());
    OnPremisesConfiguration blocked =
        (OnPremisesConfiguration)
            read("New-CsBlockedDomain -Identity b.com -Comment spam", "Set-CsBlockedDomain b.com -Comment $null");
    assertEquals(Optional.empty(), blocked.blockedDomains().get(0).comment());
    assertEquals(
        List.of(),
        ((OnPremisesConfiguration) Runbook.read("Remove-CsAllowedDomain a.com", c).configuration()).allowedDomains());
  }
}
