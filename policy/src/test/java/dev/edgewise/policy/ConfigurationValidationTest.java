package dev.edgewise.policy;

import static dev.edgewise.policy.Fixtures.ALICE;
import static dev.edgewise.policy.Fixtures.CONTOSO;
import static dev.edgewise.policy.Fixtures.FABRIKAM;
import static dev.edgewise.policy.Fixtures.NORTHWIND;
import static dev.edgewise.policy.Fixtures.base;
import static dev.edgewise.policy.Fixtures.baseOnline;
import static dev.edgewise.policy.Fixtures.d;
import static dev.edgewise.policy.Fixtures.sip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.policy.ConfigurationProblem.Code;
import dev.edgewise.policy.ConfigurationProblem.Severity;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every validation rule with a valid near miss and an invalid configuration (domain brief 0.4 item
 * 7); every problem reported at once; errors fail {@code requireValid}, warnings do not.
 */
class ConfigurationValidationTest {

  private static final EdgeRouting DEFAULT_ROUTE =
      EdgeRouting.defaultRoute(d("edge.partner.net"), VerificationLevel.ALWAYS_UNVERIFIABLE);

  private static OnPremisesConfiguration.Builder onPrem() {
    return base().toBuilder();
  }

  private static OnPremisesConfiguration.Builder defaultRouted() {
    return onPrem()
        .publicProviders(List.of())
        .accessEdge(base().accessEdge().toBuilder().routing(DEFAULT_ROUTE).build());
  }

  private static ExternalAccessPolicy tag(String name) {
    return ExternalAccessPolicy.allOff(PolicyIdentity.tag(name));
  }

  private static ExternalAccessPolicy site(String name) {
    return ExternalAccessPolicy.allOff(PolicyIdentity.site(name));
  }

  private static HostingProvider hoster(String identity, String fqdn, String... hosted) {
    HostingProvider.Builder b = HostingProvider.builder().identity(identity).proxyFqdn(d(fqdn));
    for (String h : hosted) {
      b.addHostedDomains(d(h));
    }
    return b.build();
  }

  private static TenantAllowedDomains allowList(String... domains) {
    return TenantAllowedDomains.allowList(Stream.of(domains).map(Fixtures::d).toList());
  }

  /** Code, a valid near miss, an invalid configuration, and the subject of the one problem. */
  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of(
            Code.DOMAIN_ON_BOTH_LISTS,
            onPrem()
                .addAllowedDomains(AllowedDomain.of(FABRIKAM))
                .addBlockedDomains(BlockedDomain.of(NORTHWIND))
                .build(),
            onPrem()
                .addAllowedDomains(AllowedDomain.of(FABRIKAM))
                .addBlockedDomains(BlockedDomain.of(d("Fabrikam.COM.")))
                .build(),
            "Domain:fabrikam.com"),
        Arguments.of(
            Code.DUPLICATE_DOMAIN_ENTRY,
            onPrem()
                .addAllowedDomains(AllowedDomain.of(FABRIKAM), AllowedDomain.of(NORTHWIND))
                .build(),
            onPrem()
                .addAllowedDomains(
                    AllowedDomain.of(FABRIKAM),
                    AllowedDomain.builder().domain(FABRIKAM).comment("again").build())
                .build(),
            "AllowedDomain:fabrikam.com"),
        Arguments.of(
            Code.DUPLICATE_DOMAIN_ENTRY,
            onPrem()
                .addBlockedDomains(BlockedDomain.of(FABRIKAM), BlockedDomain.of(NORTHWIND))
                .build(),
            onPrem()
                .addBlockedDomains(BlockedDomain.of(NORTHWIND), BlockedDomain.of(NORTHWIND))
                .build(),
            "BlockedDomain:northwind.com"),
        Arguments.of(
            Code.DUPLICATE_DOMAIN_ENTRY,
            baseOnline().toBuilder()
                .allowedDomains(allowList("fabrikam.com", "northwind.com"))
                .build(),
            baseOnline().toBuilder()
                .allowedDomains(allowList("fabrikam.com", "fabrikam.com"))
                .build(),
            "TenantAllowedDomain:fabrikam.com"),
        Arguments.of(
            Code.DUPLICATE_DOMAIN_ENTRY,
            baseOnline().toBuilder().addBlockedDomains(FABRIKAM).build(),
            baseOnline().toBuilder().addBlockedDomains(FABRIKAM, FABRIKAM).build(),
            "TenantBlockedDomain:fabrikam.com"),
        Arguments.of(
            Code.PROVIDER_WITH_DEFAULT_ROUTING,
            defaultRouted().build(),
            defaultRouted().addPublicProviders(PublicProvider.skype()).build(),
            "PublicProvider:Skype"),
        Arguments.of(
            Code.PROVIDER_WITH_DEFAULT_ROUTING,
            defaultRouted().build(),
            defaultRouted().addHostingProviders(hoster("Hoster", "edge.hoster.net")).build(),
            "HostingProvider:Hoster"),
        Arguments.of(
            Code.DUPLICATE_PROVIDER_IDENTITY,
            onPrem().addHostingProviders(hoster("LyncOnline", "sipfed.online.lync.com")).build(),
            onPrem().addHostingProviders(hoster("skype", "sipfed.online.lync.com")).build(),
            "Provider:skype"),
        Arguments.of(
            Code.DUPLICATE_PROVIDER_PROXY_FQDN,
            onPrem().addHostingProviders(hoster("Hoster", "edge.hoster.net")).build(),
            onPrem().addHostingProviders(hoster("Hoster", "federation.messenger.msn.com")).build(),
            "ProxyFqdn:federation.messenger.msn.com"),
        Arguments.of(
            Code.GRANT_OF_UNKNOWN_POLICY,
            onPrem()
                .addExternalAccessPolicies(tag("NoPic"))
                .users(List.of(Fixtures.alice().toBuilder().externalAccessPolicy("NoPic").build()))
                .build(),
            onPrem()
                .addExternalAccessPolicies(tag("NoPic"))
                .users(List.of(Fixtures.alice().toBuilder().externalAccessPolicy("NoPicc").build()))
                .build(),
            "User:sip:alice@contoso.com"),
        Arguments.of(
            Code.GRANT_OF_UNKNOWN_POLICY,
            baseOnline().toBuilder()
                .addExternalAccessPolicies(tag("NoPic"))
                .users(
                    List.of(
                        LocalUser.builder().sipUri(ALICE).externalAccessPolicy("NoPic").build()))
                .build(),
            baseOnline().toBuilder()
                .users(
                    List.of(
                        LocalUser.builder().sipUri(ALICE).externalAccessPolicy("NoPic").build()))
                .build(),
            "User:sip:alice@contoso.com"),
        Arguments.of(
            Code.ROUTING_DOMAIN_NOT_EXCLUDED,
            onPrem().build(),
            onPrem()
                .publicProviders(
                    List.of(
                        PublicProvider.skype().toBuilder()
                            .nameDecorationExcludedDomains(
                                Set.of(d("outlook.com"), d("live.com"), d("hotmail.com")))
                            .build()))
                .build(),
            "PublicProvider:Skype"),
        Arguments.of(
            Code.DUPLICATE_POLICY_IDENTITY,
            onPrem().addExternalAccessPolicies(tag("NoPic"), site("Redmond")).build(),
            onPrem().addExternalAccessPolicies(tag("NoPic"), site("Redmond"), tag("NoPic")).build(),
            "ExternalAccessPolicy:Tag:NoPic"),
        Arguments.of(
            Code.DUPLICATE_POLICY_IDENTITY,
            onPrem().addExternalAccessPolicies(tag("Globals")).build(),
            onPrem().addExternalAccessPolicies(ExternalAccessPolicy.global()).build(),
            "ExternalAccessPolicy:Global"),
        Arguments.of(
            Code.SITE_POLICY_FOR_UNKNOWN_SITE,
            onPrem().addExternalAccessPolicies(site("Redmond")).build(),
            onPrem().addExternalAccessPolicies(site("Paris")).build(),
            "ExternalAccessPolicy:site:Paris"),
        Arguments.of(
            Code.DUPLICATE_USER,
            onPrem().addUsers(LocalUser.of(sip("sip:dave@contoso.com"))).build(),
            onPrem().addUsers(LocalUser.of(ALICE)).build(),
            "User:sip:alice@contoso.com"),
        Arguments.of(
            Code.USER_IN_UNKNOWN_SITE,
            onPrem()
                .addSites("Paris")
                .addUsers(
                    LocalUser.builder().sipUri(sip("sip:dave@contoso.com")).site("Paris").build())
                .build(),
            onPrem()
                .addUsers(
                    LocalUser.builder().sipUri(sip("sip:dave@contoso.com")).site("Paris").build())
                .build(),
            "User:sip:dave@contoso.com"),
        Arguments.of(
            Code.USER_IN_UNKNOWN_SITE,
            baseOnline(),
            baseOnline().toBuilder()
                .addUsers(
                    LocalUser.builder().sipUri(sip("sip:dave@contoso.com")).site("Redmond").build())
                .build(),
            "User:sip:dave@contoso.com"),
        Arguments.of(
            Code.USER_OUTSIDE_SIP_DOMAINS,
            onPrem()
                .addSipDomains(FABRIKAM)
                .addUsers(LocalUser.of(sip("sip:dave@fabrikam.com")))
                .build(),
            onPrem().addUsers(LocalUser.of(sip("sip:dave@fabrikam.com"))).build(),
            "User:sip:dave@fabrikam.com"),
        Arguments.of(
            Code.DUPLICATE_SIP_DOMAIN,
            onPrem().addSipDomains(FABRIKAM).build(),
            onPrem().addSipDomains(d("CONTOSO.com")).build(),
            "SipDomain:contoso.com"),
        Arguments.of(
            Code.HOSTED_DOMAIN_CLAIMED_TWICE,
            onPrem()
                .addHostingProviders(
                    hoster("A", "edge.a.net", "fabrikam.com"),
                    hoster("B", "edge.b.net", "northwind.com"))
                .build(),
            onPrem()
                .addHostingProviders(
                    hoster("A", "edge.a.net", "fabrikam.com"),
                    hoster("B", "edge.b.net", "fabrikam.com"))
                .build(),
            "Domain:fabrikam.com"),
        Arguments.of(
            Code.PUBLIC_PROVIDER_DOMAIN_CLAIMED_TWICE,
            onPrem().addPublicProviders(PublicProvider.yahoo()).build(),
            onPrem()
                .addPublicProviders(
                    PublicProvider.builder()
                        .identity("Other")
                        .proxyFqdn(d("sip.other.example"))
                        .addNameDecorationExcludedDomains(d("live.com"))
                        .build())
                .build(),
            "Domain:live.com"),
        Arguments.of(
            Code.BLOCKED_LIST_IGNORED_IN_ALLOW_LIST_MODE,
            baseOnline().toBuilder().addBlockedDomains(NORTHWIND).build(),
            baseOnline().toBuilder()
                .allowedDomains(allowList("fabrikam.com"))
                .addBlockedDomains(NORTHWIND)
                .build(),
            "TenantFederationConfiguration:Global"),
        Arguments.of(
            Code.PARTNER_DISCOVERY_WITHOUT_DNS_SRV,
            onPrem()
                .accessEdge(base().accessEdge().toBuilder().enablePartnerDiscovery(true).build())
                .build(),
            defaultRouted()
                .accessEdge(
                    base().accessEdge().toBuilder()
                        .routing(DEFAULT_ROUTE)
                        .enablePartnerDiscovery(true)
                        .build())
                .build(),
            "AccessEdgeConfiguration:Global"),
        Arguments.of(
            Code.SIP_DOMAIN_ON_DOMAIN_LIST,
            onPrem().addBlockedDomains(BlockedDomain.of(FABRIKAM)).build(),
            onPrem().addBlockedDomains(BlockedDomain.of(CONTOSO)).build(),
            "BlockedDomain:contoso.com"),
        Arguments.of(
            Code.SIP_DOMAIN_ON_DOMAIN_LIST,
            baseOnline().toBuilder().allowedDomains(allowList("fabrikam.com")).build(),
            baseOnline().toBuilder().allowedDomains(allowList("contoso.com")).build(),
            "TenantAllowedDomain:contoso.com"),
        Arguments.of(
            Code.PROVISIONING_FOR_UNKNOWN_SIP_DOMAIN,
            onPrem().putPicProvisioning(CONTOSO, ProvisioningState.ACTIVATED).build(),
            onPrem().putPicProvisioning(FABRIKAM, ProvisioningState.ACTIVATED).build(),
            "PicProvisioning:fabrikam.com"),
        Arguments.of(
            Code.POLICY_IGNORED_ONLINE,
            baseOnline().toBuilder().addExternalAccessPolicies(tag("NoPic")).build(),
            baseOnline().toBuilder().addExternalAccessPolicies(site("Redmond")).build(),
            "ExternalAccessPolicy:site:Redmond"),
        Arguments.of(
            Code.HOSTED_DOMAIN_SHADOWED_BY_PUBLIC_PROVIDER,
            onPrem()
                .addHostingProviders(hoster("Hoster", "edge.hoster.net", "fabrikam.com"))
                .build(),
            onPrem()
                .addHostingProviders(hoster("Hoster", "edge.hoster.net", "outlook.com"))
                .build(),
            "Domain:outlook.com"),
        Arguments.of(
            Code.SIP_DOMAIN_IS_PUBLIC_PROVIDER_DOMAIN,
            onPrem().addSipDomains(FABRIKAM).build(),
            onPrem().addSipDomains(d("Outlook.com")).build(),
            "SipDomain:outlook.com"),
        Arguments.of(
            Code.INVALID_NAME,
            onPrem().addSites("Paris").build(),
            onPrem().addSites("Paris:West").build(),
            "Site:'Paris:West'"),
        Arguments.of(
            Code.SETTING_NOT_IN_PRODUCT,
            onPrem()
                .product(Product.SKYPE_FOR_BUSINESS_SERVER_2015)
                .publicProviders(
                    List.of(PublicProvider.skype().toBuilder().enableSkypeIdRouting(true).build()))
                .build(),
            onPrem()
                .product(Product.LYNC_SERVER_2013_CU5)
                .publicProviders(
                    List.of(PublicProvider.skype().toBuilder().enableSkypeIdRouting(true).build()))
                .build(),
            "PublicProvider:Skype"),
        Arguments.of(
            Code.XMPP_WITHOUT_GATEWAY,
            onPrem()
                .product(Product.SKYPE_FOR_BUSINESS_SERVER_2015)
                .addXmppPartners(XmppPartner.of(d("jabber.example")))
                .build(),
            onPrem()
                .product(Product.SKYPE_FOR_BUSINESS_SERVER_2019)
                .addXmppPartners(XmppPartner.of(d("jabber.example")))
                .build(),
            "XmppAllowedPartner"),
        Arguments.of(
            Code.XMPP_WITHOUT_GATEWAY,
            baseOnline(),
            baseOnline().toBuilder().addXmppPartners(XmppPartner.of(d("jabber.example"))).build(),
            "XmppAllowedPartner"),
        Arguments.of(
            Code.DUPLICATE_DOMAIN_ENTRY,
            onPrem()
                .product(Product.LYNC_SERVER_2013_CU5)
                .addXmppPartners(
                    XmppPartner.of(d("jabber.example")), XmppPartner.of(d("chat.example")))
                .build(),
            onPrem()
                .product(Product.LYNC_SERVER_2013_CU5)
                .addXmppPartners(
                    XmppPartner.of(d("jabber.example")),
                    XmppPartner.builder().domain(d("chat.example"))
                        .addAdditionalDomains(d("Jabber.Example")).build())
                .build(),
            "XmppAllowedPartner:jabber.example"),
        Arguments.of(
            Code.GRANT_OF_UNKNOWN_POLICY,
            onPrem()
                .addConferencingPolicies(conferencing("Closed"))
                .users(List.of(Fixtures.alice().toBuilder().conferencingPolicy("Closed").build()))
                .build(),
            onPrem()
                .addConferencingPolicies(conferencing("Closed"))
                .users(List.of(Fixtures.alice().toBuilder().conferencingPolicy("Open").build()))
                .build(),
            "User:sip:alice@contoso.com"),
        Arguments.of(
            Code.DUPLICATE_POLICY_IDENTITY,
            onPrem().addConferencingPolicies(conferencing("Closed"), conferencing("Open")).build(),
            onPrem().addConferencingPolicies(conferencing("Closed"), conferencing("Closed")).build(),
            "ConferencingPolicy:Tag:Closed"),
        Arguments.of(
            Code.POLICY_IGNORED_ONLINE,
            baseOnline().toBuilder().addConferencingPolicies(conferencing("Closed")).build(),
            baseOnline().toBuilder().addConferencingPolicies(ConferencingPolicy.global()).build(),
            "ConferencingPolicy:Global"),
        Arguments.of(
            Code.SITE_POLICY_FOR_UNKNOWN_SITE,
            onPrem()
                .addConferencingPolicies(
                    ConferencingPolicy.builder().identity(PolicyIdentity.site("Redmond")).build())
                .build(),
            onPrem()
                .addConferencingPolicies(
                    ConferencingPolicy.builder().identity(PolicyIdentity.site("Paris")).build())
                .build(),
            "ConferencingPolicy:site:Paris"));
  }

  private static ConferencingPolicy conferencing(String tag) {
    return ConferencingPolicy.builder()
        .identity(PolicyIdentity.tag(tag))
        .allowAnonymousParticipantsInMeetings(false)
        .build();
  }

  @ParameterizedTest(name = "{0} {3}")
  @MethodSource("rules")
  void eachRuleHasAValidNearMissAndAnInvalidCase(
      Code code, FederationConfiguration valid, FederationConfiguration invalid, String subject) {
    assertEquals(List.of(), valid.validate(), "the near miss is clean");
    assertSame(valid, valid.requireValid());
    List<ConfigurationProblem> found =
        invalid.validate().stream().filter(p -> p.code() == code).toList();
    assertEquals(1, found.size(), () -> invalid.validate().toString());
    ConfigurationProblem p = found.get(0);
    assertEquals(subject, p.subject());
    assertEquals(code.severity(), p.severity());
    assertTrue(!p.message().isEmpty() && p.message().endsWith("."), p.message());
    if (code.severity() == Severity.ERROR) {
      InvalidConfigurationException e =
          assertThrows(InvalidConfigurationException.class, invalid::requireValid);
      assertTrue(e.errors().contains(p));
    } else {
      assertSame(invalid, invalid.requireValid(), "warnings never fail");
    }
  }

  @Test
  void everyCodeButTheReadersOwnIsExercised() {
    Set<Code> covered =
        Stream.concat(rules(), TeamsValidationTest.rules())
            .map(a -> (Code) a.get()[0])
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Code.class)));
    Set<Code> expected = EnumSet.allOf(Code.class);
    expected.remove(Code.NUMERIC_VERIFICATION_LEVEL_INFERRED);
    assertEquals(expected, covered);
  }

  @Test
  void theBaseConfigurationsAreClean() {
    assertEquals(List.of(), base().validate());
    assertEquals(List.of(), baseOnline().validate());
  }

  @Test
  void freshInstallPlusSkypeWithoutRemovingMessengerIsRefused() {
    OnPremisesConfiguration c =
        OnPremisesConfiguration.freshInstall().toBuilder()
            .addPublicProviders(PublicProvider.skype())
            .build();
    List<Code> codes = c.validate().stream().map(ConfigurationProblem::code).toList();
    assertEquals(
        List.of(
            Code.DUPLICATE_PROVIDER_PROXY_FQDN,
            Code.PUBLIC_PROVIDER_DOMAIN_CLAIMED_TWICE,
            Code.PUBLIC_PROVIDER_DOMAIN_CLAIMED_TWICE,
            Code.PUBLIC_PROVIDER_DOMAIN_CLAIMED_TWICE,
            Code.PUBLIC_PROVIDER_DOMAIN_CLAIMED_TWICE),
        codes);
    assertTrue(
        c.validate().get(0).message().contains("[public provider Messenger, public provider Skype]"));
  }

  @Test
  void everyProblemIsReportedAtOnceInCodeOrder() {
    OnPremisesConfiguration c =
        base().toBuilder()
            .addAllowedDomains(AllowedDomain.of(FABRIKAM))
            .addBlockedDomains(BlockedDomain.of(FABRIKAM), BlockedDomain.of(CONTOSO))
            .accessEdge(
                base().accessEdge().toBuilder()
                    .routing(DEFAULT_ROUTE)
                    .enablePartnerDiscovery(true)
                    .build())
            .addHostingProviders(hoster("skype", "federation.messenger.msn.com"))
            .addUsers(
                LocalUser.builder()
                    .sipUri(sip("sip:dave@fabrikam.com"))
                    .site("Paris")
                    .externalAccessPolicy("Missing")
                    .build())
            .addExternalAccessPolicies(site("Paris"))
            .build();
    List<String> got = c.validate().stream().map(p -> p.code() + " " + p.subject()).toList();
    assertEquals(
        List.of(
            "DOMAIN_ON_BOTH_LISTS Domain:fabrikam.com",
            "PROVIDER_WITH_DEFAULT_ROUTING HostingProvider:skype",
            "PROVIDER_WITH_DEFAULT_ROUTING PublicProvider:Skype",
            "DUPLICATE_PROVIDER_IDENTITY Provider:skype",
            "DUPLICATE_PROVIDER_PROXY_FQDN ProxyFqdn:federation.messenger.msn.com",
            "GRANT_OF_UNKNOWN_POLICY User:sip:dave@fabrikam.com",
            "SITE_POLICY_FOR_UNKNOWN_SITE ExternalAccessPolicy:site:Paris",
            "USER_IN_UNKNOWN_SITE User:sip:dave@fabrikam.com",
            "USER_OUTSIDE_SIP_DOMAINS User:sip:dave@fabrikam.com",
            "PARTNER_DISCOVERY_WITHOUT_DNS_SRV AccessEdgeConfiguration:Global",
            "SIP_DOMAIN_ON_DOMAIN_LIST BlockedDomain:contoso.com"),
        got);
    InvalidConfigurationException e =
        assertThrows(InvalidConfigurationException.class, c::requireValid);
    assertEquals(9, e.errors().size());
    assertEquals(2, e.warnings().size());
    assertTrue(
        e.getMessage().startsWith("9 configuration errors: DOMAIN_ON_BOTH_LISTS"), e.getMessage());
    assertTrue(e.getMessage().endsWith("; and 4 more"), e.getMessage());
  }

  @Test
  void problemsPrintWithSeverityCodeAndSubject() {
    ConfigurationProblem p = new ConfigurationProblem(Code.DUPLICATE_USER, "User:x", "Twice.");
    assertEquals("ERROR DUPLICATE_USER User:x: Twice.", p.toString());
    assertEquals(Severity.WARNING, Code.NUMERIC_VERIFICATION_LEVEL_INFERRED.severity());
  }
}
