package dev.edgewise.policy;

import static dev.edgewise.policy.Fixtures.ALICE;
import static dev.edgewise.policy.Fixtures.base;
import static dev.edgewise.policy.Fixtures.baseOnline;
import static dev.edgewise.policy.Fixtures.d;
import static dev.edgewise.policy.Fixtures.sip;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.edgewise.address.NameDecoration;
import dev.edgewise.core.Modality;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each remediation defect of issue 10 item 5, pinned to the command Microsoft's cmdlet reference
 * documents for the product (see {@code docs/remediations.md} for the source of each).
 */
class RemediationsPerProductTest {

  private static final OutboundRequest TO_SKYPE =
      OutboundRequest.typed(ALICE, "bob@outlook.com", Modality.IM);

  private static Reason only(FederationConfiguration c, OutboundRequest r, RuleId rule) {
    Decision d = ExternalAccessEvaluator.compile(c).evaluate(r);
    for (Reason reason : d.reasons()) {
      if (reason.rule() == rule) {
        return reason;
      }
    }
    throw new AssertionError(rule + " not in " + d);
  }

  private static Optional<String> command(FederationConfiguration c, OutboundRequest r, RuleId rule) {
    return only(c, r, rule).remediation().map(Remediation::command);
  }

  @Test
  void onlineSkypeIsTheWindowsLiveProviderAndTheListReplacesTheEnabledSet() {
    OnlineTenantConfiguration none = baseOnline().toBuilder().publicProviders(List.of()).build();
    assertEquals(
        Optional.of("Set-CsTenantPublicProvider -Provider \"WindowsLive\""),
        command(none, TO_SKYPE, RuleId.PROVIDER_MISSING));
    OnlineTenantConfiguration yahooOnly =
        baseOnline().toBuilder()
            .publicProviders(
                List.of(
                    PublicProvider.yahoo().toBuilder().enabled(true).build(),
                    PublicProvider.skype().toBuilder().enabled(false).build()))
            .build();
    assertEquals(
        Optional.of("Set-CsTenantPublicProvider -Provider \"Yahoo\",\"WindowsLive\""),
        command(yahooOnly, TO_SKYPE, RuleId.PROVIDER_DISABLED));
  }

  private static OnlineTenantConfiguration noPicOnline(Product product) {
    return baseOnline().toBuilder()
        .product(product)
        .addExternalAccessPolicies(
            ExternalAccessPolicy.builder()
                .identity(PolicyIdentity.tag("NoPic"))
                .enableFederationAccess(true)
                .build())
        .users(
            List.of(
                LocalUser.builder().sipUri(ALICE).externalAccessPolicy("NoPic").build(),
                LocalUser.of(sip("sip:carol@contoso.com"))))
        .build();
  }

  @Test
  void skypeForBusinessOnlineGrantsAnotherPolicyInsteadOfSettingOne() {
    Remediation fix =
        only(noPicOnline(Product.SKYPE_FOR_BUSINESS_ONLINE), TO_SKYPE, RuleId.POLICY_PUBLIC_OFF)
            .remediation()
            .orElseThrow();
    assertEquals("Grant-CsExternalAccessPolicy -Identity sip:alice@contoso.com -PolicyName $Null",
        fix.command());
    assertEquals(Optional.empty(), fix.grantAlternative());
  }

  @Test
  void aTeamsTenantSetsThePolicyByItsName() {
    assertEquals(
        Optional.of("Set-CsExternalAccessPolicy -Identity NoPic -EnablePublicCloudAccess $True"),
        command(noPicOnline(Product.TEAMS_TENANT), TO_SKYPE, RuleId.POLICY_PUBLIC_OFF));
  }

  @Test
  void aConsumerMailDomainIsNeverRemediedWithAnAllowedDomain() {
    OutboundRequest gmail = OutboundRequest.of(ALICE, sip("sip:bob@gmail.com"), Modality.IM);
    assertEquals(Optional.empty(), command(base(), gmail, RuleId.DOMAIN_NOT_ALLOWED));
    OnlineTenantConfiguration allowList =
        baseOnline().toBuilder()
            .allowedDomains(TenantAllowedDomains.allowList(List.of(d("fabrikam.com"))))
            .build();
    assertEquals(Optional.empty(), command(allowList, gmail, RuleId.DOMAIN_NOT_ALLOWED));
    // A company domain still gets its entry.
    assertEquals(
        Optional.of("New-CsAllowedDomain -Identity northwind.com"),
        command(
            base(),
            OutboundRequest.of(ALICE, sip("sip:erin@northwind.com"), Modality.IM),
            RuleId.DOMAIN_NOT_ALLOWED));
  }

  @ParameterizedTest
  @CsvSource({
    "LYNC_SERVER_2013, ",
    "LYNC_SERVER_2013_CU5, ",
    "SKYPE_FOR_BUSINESS_SERVER_2015, Set-CsAllowedDomain -Identity fabrikam.com -VerificationLevel AlwaysVerifiable",
    "SKYPE_FOR_BUSINESS_SERVER_2019, Set-CsAllowedDomain -Identity fabrikam.com -VerificationLevel AlwaysVerifiable",
  })
  void allowedDomainVerificationExistsFromSkypeForBusinessServer2015(
      Product product, String expected) {
    OnPremisesConfiguration c =
        base().toBuilder()
            .product(product)
            .addAllowedDomains(
                AllowedDomain.builder()
                    .domain(d("fabrikam.com"))
                    // Lync Server 2013 has only the default, which an unmarked message fails too.
                    .verificationLevel(
                        product.hasAllowedDomainVerificationLevel()
                            ? VerificationLevel.ALWAYS_UNVERIFIABLE
                            : VerificationLevel.USE_SOURCE_VERIFICATION)
                    .build())
            .build();
    InboundRequest in =
        InboundRequest.builder()
            .remote(RemoteParty.of(sip("sip:dave@fabrikam.com")))
            .localUser(ALICE)
            .modality(Modality.IM)
            .arrival(Arrival.viaEdge(d("sip.fabrikam.com")))
            .build();
    Decision d = ExternalAccessEvaluator.compile(c).evaluate(in);
    assertEquals(List.of(RuleId.UNVERIFIED_NOT_IN_CONTACTS), d.reasons().stream().map(Reason::rule).toList());
    assertEquals(
        Optional.ofNullable(expected),
        d.reasons().get(0).remediation().map(Remediation::command));
  }

  @ParameterizedTest
  @CsvSource({"false, $False", "true, $True"})
  void dnsSrvRoutingNamesTheDiscoverySettingItRequires(boolean discovery, String value) {
    // A provider with a default route is a configuration error: no provider here.
    OnPremisesConfiguration c =
        base().toBuilder()
            .publicProviders(List.of())
            .accessEdge(
                AccessEdgeConfiguration.builder()
                    .allowFederatedUsers(true)
                    .enablePartnerDiscovery(discovery)
                    .routing(EdgeRouting.defaultRoute(
                        d("edge.clearinghouse.net"), VerificationLevel.ALWAYS_VERIFIABLE))
                    .build())
            .build();
    assertEquals(
        Optional.of(
            "Set-CsAccessEdgeConfiguration -UseDnsSrvRouting -EnablePartnerDiscovery " + value),
        command(c, TO_SKYPE, RuleId.DNS_SRV_ROUTING_REQUIRED));
  }

  private static final String NEW_SKYPE =
      "New-CsPublicProvider -Identity Skype -ProxyFqdn federation.messenger.msn.com"
          + " -VerificationLevel AlwaysVerifiable -Enabled $True";
  private static final String DECORATION =
      " -NameDecorationRoutingDomain msn.com"
          + " -NameDecorationExcludedDomainList \"msn.com,outlook.com,live.com,hotmail.com\"";
  private static final String SKYPE_ID =
      " -EnableSkypeIdRouting $True -EnableSkypeDirectorySearch $True";

  @Test
  void creatingSkypeUsesTheParametersEachProductHas() {
    OnPremisesConfiguration none = base().toBuilder().publicProviders(List.of()).build();
    assertEquals(
        Optional.of(NEW_SKYPE),
        command(none.toBuilder().product(Product.LYNC_SERVER_2013).build(), TO_SKYPE,
            RuleId.PROVIDER_MISSING));
    assertEquals(
        Optional.of(NEW_SKYPE + DECORATION),
        command(none.toBuilder().product(Product.LYNC_SERVER_2013_CU5).build(), TO_SKYPE,
            RuleId.PROVIDER_MISSING));
    for (Product p :
        List.of(Product.SKYPE_FOR_BUSINESS_SERVER_2015, Product.SKYPE_FOR_BUSINESS_SERVER_2019)) {
      assertEquals(
          Optional.of(NEW_SKYPE + DECORATION + SKYPE_ID),
          command(none.toBuilder().product(p).build(), TO_SKYPE, RuleId.PROVIDER_MISSING));
    }
    // The retired Messenger provider on Skype's FQDN is removed first, as the guide does.
    OnPremisesConfiguration messenger =
        none.toBuilder().addPublicProviders(PublicProvider.messenger()).build();
    assertEquals(
        Optional.of("Remove-CsPublicProvider -Identity Messenger; " + NEW_SKYPE + DECORATION + SKYPE_ID),
        command(messenger, TO_SKYPE, RuleId.PROVIDER_DISABLED));
  }

  /** Skype's proxy FQDN held by a provider whose decoration is not the deployment guide's. */
  private static OnPremisesConfiguration skypeFqdnHeldBy(PublicProvider holder, Product product) {
    return base().toBuilder().publicProviders(List.of(holder)).product(product).build();
  }

  @Test
  void aDecorationChangeIsRemoveAndRecreate() {
    // Providers cannot be changed in place: Remove-CsPublicProvider, then the guide's command.
    PublicProvider undecorated =
        PublicProvider.builder()
            .identity("Skype")
            .proxyFqdn(d("federation.messenger.msn.com"))
            .enabled(true)
            .build();
    assertEquals(
        Optional.of("Remove-CsPublicProvider -Identity Skype; " + NEW_SKYPE + DECORATION),
        command(
            skypeFqdnHeldBy(undecorated, Product.LYNC_SERVER_2013_CU5),
            TO_SKYPE,
            RuleId.PROVIDER_MISSING));
    assertEquals(
        Optional.of("Remove-CsPublicProvider -Identity Skype; " + NEW_SKYPE + DECORATION + SKYPE_ID),
        command(
            skypeFqdnHeldBy(undecorated, Product.SKYPE_FOR_BUSINESS_SERVER_2019),
            TO_SKYPE,
            RuleId.PROVIDER_MISSING));
    // An excluded list without outlook.com: bob@outlook.com reads as a federated domain, and the
    // remedy is the guide's list, not an allowed-domain entry.
    PublicProvider partial =
        PublicProvider.builder()
            .identity("Skype")
            .proxyFqdn(d("federation.messenger.msn.com"))
            .enabled(true)
            .nameDecoration(
                NameDecoration.of(d("msn.com"), List.of(d("msn.com"), d("live.com"))))
            .build();
    OutboundRequest toOutlook =
        OutboundRequest.of(ALICE, sip("sip:bob@outlook.com"), Modality.IM);
    for (Product p :
        List.of(Product.SKYPE_FOR_BUSINESS_SERVER_2015, Product.SKYPE_FOR_BUSINESS_SERVER_2019)) {
      assertEquals(
          Optional.of("Remove-CsPublicProvider -Identity Skype; " + NEW_SKYPE + DECORATION + SKYPE_ID),
          command(skypeFqdnHeldBy(partial, p), toOutlook, RuleId.DOMAIN_NOT_ALLOWED));
    }
    assertEquals(
        Optional.of("Remove-CsPublicProvider -Identity Skype; " + NEW_SKYPE + DECORATION),
        command(
            skypeFqdnHeldBy(partial, Product.LYNC_SERVER_2013_CU5),
            toOutlook,
            RuleId.DOMAIN_NOT_ALLOWED));
  }
}
