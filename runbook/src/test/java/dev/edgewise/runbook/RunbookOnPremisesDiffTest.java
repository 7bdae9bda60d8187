package dev.edgewise.runbook;

import static dev.edgewise.runbook.RunbookScripts.domains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.edgewise.address.Domain;
import dev.edgewise.address.NameDecoration;
import dev.edgewise.core.Modality;
import dev.edgewise.policy.AccessEdgeConfiguration;
import dev.edgewise.policy.AllowedDomain;
import dev.edgewise.policy.BlockedDomain;
import dev.edgewise.policy.EdgeRouting;
import dev.edgewise.policy.HostingProvider;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.Product;
import dev.edgewise.policy.PublicProvider;
import dev.edgewise.policy.VerificationLevel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What {@link Runbook#diff} writes for what only an on-premises deployment has (the Access Edge,
 * the allowed and blocked domains, the public and hosting providers), statement by statement and
 * parameter by parameter: every setting that changes is written, no setting that stays is, and
 * the script read onto the first configuration reaches the second.
 */
// Expected scripts are built line by line so that each statement stays visible.
@SuppressWarnings("StringConcatToTextBlock")
class RunbookOnPremisesDiffTest {

  private static final OnPremisesConfiguration FRESH = OnPremisesConfiguration.freshInstall();
  /** A default route needs every public and hosting provider gone. */
  private static final OnPremisesConfiguration NO_PROVIDERS = FRESH.toBuilder().publicProviders(List.of()).build();
  /** A provider with the default name decoration claims Messenger's domains: Messenger goes. */
  private static final OnPremisesConfiguration NO_MESSENGER =
      FRESH.toBuilder().publicProviders(List.of(PublicProvider.yahoo(), PublicProvider.aim())).build();
  private static final Domain X = Domain.parse("x.example.com");
  private static final Domain H = Domain.parse("h.example.com");

  private static OnPremisesConfiguration edge(OnPremisesConfiguration c, AccessEdgeConfiguration e) {
    return c.toBuilder().accessEdge(e).build();
  }

  private static final AccessEdgeConfiguration EVERY_EDGE_SETTING_CHANGED =
      AccessEdgeConfiguration.builder()
          .allowFederatedUsers(true)
          .enablePartnerDiscovery(true)
          .allowOutsideUsers(false)
          .allowAnonymousUsers(true)
          .discoveredPartnerVerificationLevel(VerificationLevel.ALWAYS_UNVERIFIABLE)
          .enableArchivingDisclaimer(true)
          .markSourceVerifiableOnOutgoingMessages(false)
          .enableDiscoveredPartnerContactsLimit(false)
          .maxContactsPerDiscoveredPartner(5)
          .discoveredPartnerStandardRate(6)
          .discoveredPartnerReportPeriodMinutes(7)
          .keepCrlsUpToDateForPeers(false)
          .outgoingTlsCountForFederatedPartners(2)
          .beClearinghouse(true)
          .skypeSearchUrl("https://s")
          .dnsSrvCacheRecordCount(9)
          .routing(EdgeRouting.defaultRoute(Domain.parse("r.example.com"), VerificationLevel.ALWAYS_VERIFIABLE))
          .build();

  @Test
  void everyAccessEdgeSettingIsWrittenWhenItChangesBothWays() {
    OnPremisesConfiguration changed = edge(NO_PROVIDERS, EVERY_EDGE_SETTING_CHANGED);
    RunbookScripts.assertDiff(
        NO_PROVIDERS,
        changed,
        "Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true -EnablePartnerDiscovery $true"
            + " -AllowOutsideUsers $false -AllowAnonymousUsers $true"
            + " -DiscoveredPartnerVerificationLevel AlwaysUnverifiable -EnableArchivingDisclaimer $true"
            + " -MarkSourceVerifiableOnOutgoingMessages $false -EnableDiscoveredPartnerContactsLimit $false"
            + " -MaxContactsPerDiscoveredPartner 5 -DiscoveredPartnerStandardRate 6"
            + " -DiscoveredPartnerReportPeriodMinutes 7 -KeepCrlsUpToDateForPeers $false"
            + " -OutgoingTlsCountForFederatedPartners 2 -BeClearingHouse $true -SkypeSearchUrl https://s"
            + " -DnsSrvCacheRecordCount 9 -UseDefaultRouting -DefaultRouteFqdn r.example.com"
            + " -VerificationLevel AlwaysVerifiable");
    RunbookScripts.assertDiff(
        changed,
        NO_PROVIDERS,
        "Set-CsAccessEdgeConfiguration -AllowFederatedUsers $false -EnablePartnerDiscovery $false"
            + " -AllowOutsideUsers $true -AllowAnonymousUsers $false"
            + " -DiscoveredPartnerVerificationLevel UseSourceVerification -EnableArchivingDisclaimer $false"
            + " -MarkSourceVerifiableOnOutgoingMessages $true -EnableDiscoveredPartnerContactsLimit $true"
            + " -MaxContactsPerDiscoveredPartner 1000 -DiscoveredPartnerStandardRate 20"
            + " -DiscoveredPartnerReportPeriodMinutes 60 -KeepCrlsUpToDateForPeers $true"
            + " -OutgoingTlsCountForFederatedPartners 4 -BeClearingHouse $false -SkypeSearchUrl $null"
            + " -DnsSrvCacheRecordCount $null -UseDnsSrvRouting");
    RunbookScripts.assertDiff(FRESH, FRESH);
  }

  @Test
  void aDefaultRouteChangesOnlyWhatDiffers() {
    OnPremisesConfiguration route = edge(NO_PROVIDERS, EVERY_EDGE_SETTING_CHANGED);
    AccessEdgeConfiguration e = route.accessEdge();
    RunbookScripts.assertDiff(
        route,
        edge(route, e.toBuilder()
            .routing(EdgeRouting.defaultRoute(Domain.parse("s.example.com"), VerificationLevel.ALWAYS_VERIFIABLE))
            .build()),
        "Set-CsAccessEdgeConfiguration -DefaultRouteFqdn s.example.com");
    RunbookScripts.assertDiff(
        route,
        edge(route, e.toBuilder()
            .routing(EdgeRouting.defaultRoute(Domain.parse("r.example.com"), VerificationLevel.USE_SOURCE_VERIFICATION))
            .build()),
        "Set-CsAccessEdgeConfiguration -VerificationLevel UseSourceVerification");
  }

  @Test
  void allowedAndBlockedDomainsAreChangedInPlaceWithTheSettingsThatDiffer() {
    AllowedDomain full =
        AllowedDomain.builder()
            .domain(Domain.parse("a.com"))
            .proxyFqdn(Domain.parse("sip.a.com"))
            .comment("partner")
            .markForMonitoring(true)
            .verificationLevel(VerificationLevel.ALWAYS_UNVERIFIABLE)
            .build();
    BlockedDomain spam = BlockedDomain.builder().domain(Domain.parse("b.com")).comment("spam").build();
    OnPremisesConfiguration lists = FRESH.toBuilder().addAllowedDomains(full).addBlockedDomains(spam).build();
    RunbookScripts.assertDiff(
        FRESH,
        lists,
        "New-CsAllowedDomain -Identity a.com -ProxyFqdn sip.a.com -Comment partner"
            + " -MarkForMonitoring $true -VerificationLevel AlwaysUnverifiable",
        "New-CsBlockedDomain -Identity b.com -Comment spam");
    OnPremisesConfiguration cleared =
        FRESH.toBuilder()
            .addAllowedDomains(AllowedDomain.of(Domain.parse("a.com")))
            .addBlockedDomains(BlockedDomain.of(Domain.parse("b.com")))
            .build();
    RunbookScripts.assertDiff(
        lists,
        cleared,
        "Set-CsAllowedDomain -Identity a.com -ProxyFqdn $null -Comment $null -MarkForMonitoring $false"
            + " -VerificationLevel " + AllowedDomain.of(Domain.parse("a.com")).verificationLevel().cmdletName(),
        "Set-CsBlockedDomain -Identity b.com -Comment $null");
    RunbookScripts.assertDiff(
        cleared,
        lists,
        "Set-CsAllowedDomain -Identity a.com -ProxyFqdn sip.a.com -Comment partner"
            + " -MarkForMonitoring $true -VerificationLevel AlwaysUnverifiable",
        "Set-CsBlockedDomain -Identity b.com -Comment spam");
    RunbookScripts.assertDiff(FRESH, cleared, "New-CsAllowedDomain -Identity a.com", "New-CsBlockedDomain -Identity b.com");
    RunbookScripts.assertDiff(lists, FRESH, "Remove-CsBlockedDomain -Identity b.com", "Remove-CsAllowedDomain -Identity a.com");
  }

  @Test
  void anAllowedDomainsVerificationLevelNeedsSkypeForBusinessServer2015() {
    AllowedDomain unverifiable =
        AllowedDomain.builder()
            .domain(Domain.parse("a.com"))
            .verificationLevel(VerificationLevel.ALWAYS_UNVERIFIABLE)
            .build();
    for (Product p : List.of(Product.LYNC_SERVER_2013, Product.LYNC_SERVER_2013_CU5)) {
      OnPremisesConfiguration fresh = FRESH.toBuilder().product(p).build();
      assertThrows(
          IllegalArgumentException.class,
          () -> Runbook.diff(fresh, fresh.toBuilder().addAllowedDomains(unverifiable).build()),
          p.name());
    }
    OnPremisesConfiguration sfb2015 = FRESH.toBuilder().product(Product.SKYPE_FOR_BUSINESS_SERVER_2015).build();
    RunbookScripts.assertDiff(
        sfb2015,
        sfb2015.toBuilder().addAllowedDomains(unverifiable).build(),
        "New-CsAllowedDomain -Identity a.com -VerificationLevel AlwaysUnverifiable");
  }

  private static PublicProvider.Builder plainProvider() {
    return PublicProvider.builder().identity("X").proxyFqdn(X);
  }

  @Test
  void aNewPublicProviderWritesEveryNonDefaultSetting() {
    NameDecoration defaults = NameDecoration.defaults();
    // Set in this order so that the list is written in it.
    Set<Domain> excluded = new LinkedHashSet<>(domains("a.com", "r.example.com"));
    PublicProvider x =
        plainProvider()
            .enabled(true)
            .verificationLevel(VerificationLevel.USE_SOURCE_VERIFICATION)
            .iconUrl("icon")
            .nameDecorationRoutingDomain(Domain.parse("r.example.com"))
            .nameDecorationExcludedDomains(excluded)
            .enableSkypeIdRouting(true)
            .build();
    RunbookScripts.assertDiff(
        NO_MESSENGER,
        NO_MESSENGER.toBuilder().addPublicProviders(x).build(),
        "New-CsPublicProvider -Identity X -ProxyFqdn x.example.com -Enabled $true"
            + " -VerificationLevel UseSourceVerification -IconUrl icon"
            + " -NameDecorationRoutingDomain r.example.com -NameDecorationExcludedDomainList 'a.com,r.example.com'"
            + " -EnableSkypeIdRouting $true");
    PublicProvider search =
        plainProvider()
            .nameDecorationRoutingDomain(defaults.routingDomain())
            .nameDecorationExcludedDomains(defaults.excludedDomains())
            .enableSkypeDirectorySearch(true)
            .build();
    RunbookScripts.assertDiff(
        NO_MESSENGER,
        NO_MESSENGER.toBuilder().addPublicProviders(search).build(),
        "New-CsPublicProvider -Identity X -ProxyFqdn x.example.com -Enabled $false"
            + " -EnableSkypeDirectorySearch $true");
    // no decoration at all, and the default routing domain with other exclusions
    RunbookScripts.assertDiff(
        NO_MESSENGER,
        NO_MESSENGER.toBuilder().addPublicProviders(plainProvider().build()).build(),
        "New-CsPublicProvider -Identity X -ProxyFqdn x.example.com -Enabled $false"
            + " -NameDecorationRoutingDomain $null -NameDecorationExcludedDomainList $null");
    RunbookScripts.assertDiff(
        NO_MESSENGER,
        NO_MESSENGER.toBuilder()
            .addPublicProviders(
                plainProvider()
                    .nameDecorationRoutingDomain(defaults.routingDomain())
                    .nameDecorationExcludedDomains(Set.of(defaults.routingDomain()))
                    .build())
            .build(),
        "New-CsPublicProvider -Identity X -ProxyFqdn x.example.com -Enabled $false"
            + " -NameDecorationExcludedDomainList '" + defaults.routingDomain() + "'");
    RunbookScripts.assertDiff(
        NO_MESSENGER,
        NO_MESSENGER.toBuilder()
            .addPublicProviders(plainProvider().nameDecorationExcludedDomains(defaults.excludedDomains()).build())
            .build(),
        "New-CsPublicProvider -Identity X -ProxyFqdn x.example.com -Enabled $false"
            + " -NameDecorationRoutingDomain $null");
  }

  @Test
  void whatAProductLacksIsRefusedAndNotWritten() {
    OnPremisesConfiguration lync = FRESH.toBuilder().product(Product.LYNC_SERVER_2013).build();
    RunbookScripts.assertDiff(
        lync,
        lync.toBuilder().addPublicProviders(plainProvider().build()).build(),
        "New-CsPublicProvider -Identity X -ProxyFqdn x.example.com -Enabled $false");
    NameDecoration defaults = NameDecoration.defaults();
    assertThrows(
        IllegalArgumentException.class,
        () -> Runbook.diff(lync, lync.toBuilder()
            .addPublicProviders(plainProvider().nameDecorationRoutingDomain(defaults.routingDomain()).build())
            .build()));
    assertThrows(
        IllegalArgumentException.class,
        () -> Runbook.diff(lync, lync.toBuilder()
            .addPublicProviders(plainProvider().nameDecorationExcludedDomains(defaults.excludedDomains()).build())
            .build()));
    OnPremisesConfiguration cu5 = NO_MESSENGER.toBuilder().product(Product.LYNC_SERVER_2013_CU5).build();
    PublicProvider decorated =
        plainProvider()
            .nameDecorationRoutingDomain(defaults.routingDomain())
            .nameDecorationExcludedDomains(defaults.excludedDomains())
            .build();
    for (PublicProvider p :
        List.of(decorated.toBuilder().enableSkypeIdRouting(true).build(),
            decorated.toBuilder().enableSkypeDirectorySearch(true).build())) {
      assertThrows(
          IllegalArgumentException.class,
          () -> Runbook.diff(cu5, cu5.toBuilder().addPublicProviders(p).build()));
    }
    RunbookScripts.assertDiff(
        cu5,
        cu5.toBuilder().addPublicProviders(decorated).build(),
        "New-CsPublicProvider -Identity X -ProxyFqdn x.example.com -Enabled $false");
  }

  @Test
  void aPublicProviderIsSetOnlyWhenEnabledOrItsLevelChanges() {
    PublicProvider yahoo = PublicProvider.yahoo();
    OnPremisesConfiguration before = FRESH;
    assertEquals(yahoo, before.publicProviders().get(0));
    List<PublicProvider> rest = before.publicProviders().subList(1, before.publicProviders().size());
    OnPremisesConfiguration enabled =
        before.toBuilder()
            .publicProviders(
                concat(yahoo.toBuilder().enabled(true).verificationLevel(VerificationLevel.ALWAYS_UNVERIFIABLE).build(), rest))
            .build();
    RunbookScripts.assertDiff(
        before, enabled,
        "Set-CsPublicProvider -Identity Yahoo -Enabled $true -VerificationLevel AlwaysUnverifiable");
    OnPremisesConfiguration level =
        before.toBuilder()
            .publicProviders(concat(yahoo.toBuilder().verificationLevel(VerificationLevel.USE_SOURCE_VERIFICATION).build(), rest))
            .build();
    RunbookScripts.assertDiff(before, level, "Set-CsPublicProvider -Identity Yahoo -VerificationLevel UseSourceVerification");
    // capabilities alone are a declaration, not a cmdlet
    OnPremisesConfiguration video =
        before.toBuilder()
            .publicProviders(concat(yahoo.toBuilder().capabilities(Set.of(Modality.IM)).build(), rest))
            .build();
    RunbookScripts.assertDiff(before, video, "# edgewise: Capabilities Yahoo IM");
    // another proxy FQDN cannot be set: the provider is removed and created again
    OnPremisesConfiguration moved =
        before.toBuilder()
            .publicProviders(
                List.of(yahoo, PublicProvider.aim(), PublicProvider.messenger().toBuilder().proxyFqdn(X).build()))
            .build();
    RunbookScripts.assertDiff(
        before, moved,
        "Remove-CsPublicProvider -Identity Messenger",
        "New-CsPublicProvider -Identity Messenger -ProxyFqdn x.example.com -Enabled $false");
  }

  private static <T> List<T> concat(T first, List<T> rest) {
    List<T> out = new java.util.ArrayList<>();
    out.add(first);
    out.addAll(rest);
    return out;
  }

  private static HostingProvider.Builder hoster() {
    return HostingProvider.builder().identity("Hoster").proxyFqdn(H);
  }

  @Test
  void hostingProvidersWriteEverySettingThatDiffersAndTheirDomains() {
    HostingProvider full =
        hoster()
            .enabled(true)
            .enabledSharedAddressSpace(true)
            .hostsOcsUsers(true)
            .isLocal(true)
            .verificationLevel(VerificationLevel.ALWAYS_UNVERIFIABLE)
            .autodiscoverUrl("https://a")
            .sipClientPort(5061)
            .hostedDomains(Set.of(Domain.parse("f.com")))
            .build();
    OnPremisesConfiguration withFull = FRESH.toBuilder().addHostingProviders(full).build();
    RunbookScripts.assertDiff(
        FRESH,
        withFull,
        "New-CsHostingProvider -Identity Hoster -ProxyFqdn h.example.com -Enabled $true"
            + " -EnabledSharedAddressSpace $true -HostsOCSUsers $true -IsLocal $true"
            + " -VerificationLevel AlwaysUnverifiable -AutodiscoverUrl https://a -SipClientPort 5061",
        "# edgewise: HostedDomains Hoster f.com");
    OnPremisesConfiguration withPlain = FRESH.toBuilder().addHostingProviders(hoster().build()).build();
    RunbookScripts.assertDiff(FRESH, withPlain, "New-CsHostingProvider -Identity Hoster -ProxyFqdn h.example.com");
    RunbookScripts.assertDiff(
        withFull,
        withPlain,
        "Set-CsHostingProvider -Identity Hoster -Enabled " + (hoster().build().enabled() ? "$true" : "$false")
            + " -EnabledSharedAddressSpace $false -HostsOCSUsers $false -IsLocal $false"
            + " -VerificationLevel " + hoster().build().verificationLevel().cmdletName()
            + " -AutodiscoverUrl $null -SipClientPort " + hoster().build().sipClientPort(),
        "# edgewise: HostedDomains Hoster @()");
    // only the hosted domains change: a declaration, no cmdlet
    RunbookScripts.assertDiff(
        withPlain,
        FRESH.toBuilder().addHostingProviders(hoster().hostedDomains(Set.of(Domain.parse("g.com"))).build()).build(),
        "# edgewise: HostedDomains Hoster g.com");
    // a new proxy FQDN means a new provider, whose hosted domains are declared again
    OnPremisesConfiguration moved =
        FRESH.toBuilder().addHostingProviders(full.toBuilder().proxyFqdn(X).build()).build();
    RunbookScripts.assertDiff(
        withFull,
        moved,
        "Remove-CsHostingProvider -Identity Hoster",
        "New-CsHostingProvider -Identity Hoster -ProxyFqdn x.example.com -Enabled $true"
            + " -EnabledSharedAddressSpace $true -HostsOCSUsers $true -IsLocal $true"
            + " -VerificationLevel AlwaysUnverifiable -AutodiscoverUrl https://a -SipClientPort 5061",
        "# edgewise: HostedDomains Hoster f.com");
    RunbookScripts.assertDiff(withFull, FRESH, "Remove-CsHostingProvider -Identity Hoster");
  }

  @Test
  void theSecondOfTwoHostingProvidersIsChangedInPlace() {
    HostingProvider second =
        HostingProvider.builder().identity("Second").proxyFqdn(Domain.parse("s.example.com")).build();
    OnPremisesConfiguration two = FRESH.toBuilder().addHostingProviders(hoster().build(), second).build();
    RunbookScripts.assertDiff(
        two,
        FRESH.toBuilder().addHostingProviders(hoster().build(), second.toBuilder().isLocal(true).build()).build(),
        "Set-CsHostingProvider -Identity Second -IsLocal $true");
    RunbookScripts.assertDiff(two, two);
  }
}
