package dev.edgewise.policy;

import static dev.edgewise.policy.Fixtures.ALICE;
import static dev.edgewise.policy.Fixtures.base;
import static dev.edgewise.policy.Fixtures.d;
import static dev.edgewise.policy.Fixtures.sip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.edgewise.address.NameDecoration;
import dev.edgewise.policy.ConfigurationProblem.Code;
import dev.edgewise.address.SipUri;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fail closed on configurations written differently (issue 10 item 8, domain brief 0.7 item 25):
 * keys compare as the value types they are, an own SIP domain is never a public provider's, and
 * settings the product lacks are refused (0.7 item 16).
 */
class ConfigurationKeysTest {

  private static List<Code> codes(FederationConfiguration c) {
    return c.validate().stream().map(ConfigurationProblem::code).toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sip:alice@contoso.com",
        "sip:alice@CONTOSO.COM",
        "sip:%61lice@contoso.com",
        "SIP:alice@Contoso.Com"
      })
  void oneUserWrittenTwoWaysIsADuplicate(String secondForm) {
    assertEquals(ALICE, sip(secondForm), "the premise: equal SipUri values");
    OnPremisesConfiguration c =
        base().toBuilder()
            .addExternalAccessPolicies(ExternalAccessPolicy.allOff(PolicyIdentity.tag("NoPic")))
            .addUsers(LocalUser.builder().sipUri(sip(secondForm)).externalAccessPolicy("NoPic").build())
            .build();
    List<ConfigurationProblem> problems = c.validate();
    assertEquals(List.of(Code.DUPLICATE_USER), codes(c), problems.toString());
    assertEquals("User:sip:alice@contoso.com", problems.get(0).subject());
    if (!secondForm.equals("sip:alice@contoso.com")) {
      assertTrue(problems.get(0).message().contains(secondForm), problems.get(0).message());
    }
    // Fail closed: the restricting grant can no longer be silently ignored.
    assertThrows(InvalidConfigurationException.class, c::requireValid);
    assertThrows(InvalidConfigurationException.class, () -> ExternalAccessEvaluator.compile(c));
  }

  /**
   * The user part with the letters whose bit is set in {@code mask} percent-encoded, and the host
   * with the letters whose bit (from 8 on) is set in upper case: always the same SipUri value.
   */
  private static String rewritten(String local, int mask) {
    StringBuilder sb = new StringBuilder("sip:");
    for (int i = 0; i < local.length(); i++) {
      char c = local.charAt(i);
      sb.append((mask >> (i % 8) & 1) == 1 ? String.format(Locale.ROOT, "%%%02X", (int) c) : c);
    }
    sb.append('@');
    String host = "contoso.com";
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      sb.append((mask >> (8 + i) & 1) == 1 ? Character.toUpperCase(c) : c);
    }
    return sb.toString();
  }

  @Test
  void aUserWrittenAnyEquivalentWayIsADuplicate() {
    qt().forAll(strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 8), integers().all())
        .checkAssert(
            (local, mask) -> {
              SipUri plain = sip("sip:" + local + "@contoso.com");
              SipUri written = sip(rewritten(local, mask));
              assertEquals(plain, written, "the premise: equal values");
              OnPremisesConfiguration c =
                  base().toBuilder().addUsers(LocalUser.of(plain), LocalUser.of(written)).build();
              List<ConfigurationProblem> duplicates =
                  c.validate().stream().filter(p -> p.code() == Code.DUPLICATE_USER).toList();
              assertEquals(1, duplicates.size(), c.validate().toString());
              assertEquals("User:" + plain.canonical(), duplicates.get(0).subject());
            });
  }

  @Test
  void differentUsersAreNotDuplicates() {
    OnPremisesConfiguration c =
        base().toBuilder().addUsers(LocalUser.of(sip("sip:alice2@contoso.com"))).build();
    assertEquals(List.of(), c.validate());
  }

  static Stream<Arguments> providerDomains() {
    return Stream.of(
        Arguments.of("msn.com", "Skype"), // routing domain
        Arguments.of("Outlook.COM", "Skype"), // excluded domain, written differently
        Arguments.of("hotmail.com.", "Skype"));
  }

  @ParameterizedTest
  @MethodSource("providerDomains")
  void anOwnSipDomainIsNeverAPublicProvidersDomain(String own, String provider) {
    OnPremisesConfiguration c = base().toBuilder().addSipDomains(d(own)).build();
    List<ConfigurationProblem> problems = c.validate();
    assertEquals(List.of(Code.SIP_DOMAIN_IS_PUBLIC_PROVIDER_DOMAIN), codes(c), problems.toString());
    assertEquals("SipDomain:" + d(own), problems.get(0).subject());
    assertTrue(problems.get(0).message().contains(provider));
    assertThrows(InvalidConfigurationException.class, c::requireValid);
  }

  @Test
  void consumerDomainsOfYahooAndAolCountAsProviderDomains() {
    OnPremisesConfiguration c =
        base().toBuilder()
            .addPublicProviders(PublicProvider.yahoo(), PublicProvider.aim())
            .addSipDomains(d("yahoo.com"), d("aim.com"))
            .build();
    assertEquals(
        List.of(Code.SIP_DOMAIN_IS_PUBLIC_PROVIDER_DOMAIN, Code.SIP_DOMAIN_IS_PUBLIC_PROVIDER_DOMAIN),
        codes(c));
    // Near miss: without those providers, the same domains are ordinary own domains.
    OnPremisesConfiguration without =
        base().toBuilder().addSipDomains(d("yahoo.com"), d("aim.com")).build();
    assertEquals(List.of(), without.validate());
  }

  @Test
  void onlineTenantsAreCheckedToo() {
    OnlineTenantConfiguration t =
        Fixtures.baseOnline().toBuilder().addSipDomains(d("live.com")).build();
    assertEquals(List.of(Code.SIP_DOMAIN_IS_PUBLIC_PROVIDER_DOMAIN), codes(t));
  }

  @Test
  void sipDomainsAndListsCompareAsDomains() {
    OnPremisesConfiguration c =
        base().toBuilder()
            .addSipDomains(d("CONTOSO.com."))
            .addAllowedDomains(AllowedDomain.of(d("Fabrikam.com")))
            .addBlockedDomains(BlockedDomain.of(d("fabrikam.COM")))
            .build();
    assertEquals(List.of(Code.DOMAIN_ON_BOTH_LISTS, Code.DUPLICATE_SIP_DOMAIN), codes(c));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "a:b", "Red\u0000mond", "Redmond\u001c", " Redmond"})
  void siteNamesNothingCouldReferenceAreErrors(String site) {
    OnPremisesConfiguration c = base().toBuilder().addSites(site).build();
    List<ConfigurationProblem> problems = c.validate();
    assertEquals(List.of(Code.INVALID_NAME), codes(c), problems.toString());
    assertTrue(problems.get(0).subject().startsWith("Site:'"));
    assertTrue(problems.get(0).message().length() < 200);
  }

  @Test
  void aLongSiteNameIsQuotedByExcerpt() {
    String site = "x".repeat(1_000_000) + ":";
    OnPremisesConfiguration c = base().toBuilder().addSites(site).build();
    ConfigurationProblem p = c.validate().get(0);
    assertEquals(Code.INVALID_NAME, p.code());
    assertTrue(p.toString().length() < 300, () -> "unbounded: " + p.toString().length());
    assertTrue(p.message().contains("1000001 characters"));
  }

  // --- product facts (domain brief 0.7 item 16) --------------------------------------------

  private static final NameDecoration CUSTOM =
      NameDecoration.of(d("msn.com"), List.of(d("msn.com"), d("outlook.com")));

  static Stream<Arguments> productFacts() {
    PublicProvider customDecoration = PublicProvider.skype().toBuilder().nameDecoration(CUSTOM).build();
    PublicProvider skypeSearch = PublicProvider.skype().toBuilder().enableSkypeIdRouting(true).build();
    PublicProvider directory =
        PublicProvider.skype().toBuilder().enableSkypeDirectorySearch(true).build();
    AllowedDomain verified =
        AllowedDomain.builder()
            .domain(d("fabrikam.com"))
            .verificationLevel(VerificationLevel.ALWAYS_VERIFIABLE)
            .build();
    return Stream.of(
        // product, provider, allowed domain, refused?
        Arguments.of(Product.LYNC_SERVER_2013, customDecoration, null, true),
        Arguments.of(Product.LYNC_SERVER_2013_CU5, customDecoration, null, false),
        Arguments.of(Product.LYNC_SERVER_2013, PublicProvider.skype(), null, false),
        Arguments.of(
            Product.LYNC_SERVER_2013,
            PublicProvider.skype().toBuilder()
                .nameDecorationRoutingDomain(java.util.Optional.empty())
                .nameDecorationExcludedDomains(List.of())
                .build(),
            null,
            false),
        Arguments.of(Product.LYNC_SERVER_2013_CU5, skypeSearch, null, true),
        Arguments.of(Product.LYNC_SERVER_2013_CU5, directory, null, true),
        Arguments.of(Product.SKYPE_FOR_BUSINESS_SERVER_2015, skypeSearch, null, false),
        Arguments.of(Product.SKYPE_FOR_BUSINESS_SERVER_2019, directory, null, false),
        Arguments.of(Product.LYNC_SERVER_2013_CU5, PublicProvider.skype(), verified, true),
        Arguments.of(
            Product.LYNC_SERVER_2013_CU5, PublicProvider.skype(), AllowedDomain.of(d("fabrikam.com")), false),
        Arguments.of(Product.SKYPE_FOR_BUSINESS_SERVER_2015, PublicProvider.skype(), verified, false));
  }

  @ParameterizedTest
  @MethodSource("productFacts")
  void settingsTheProductLacksAreErrors(
      Product product, PublicProvider provider, AllowedDomain allowed, boolean refused) {
    OnPremisesConfiguration.Builder b =
        base().toBuilder().product(product).publicProviders(List.of(provider));
    if (allowed != null) {
      b.addAllowedDomains(allowed);
    }
    OnPremisesConfiguration c = b.build();
    assertEquals(refused ? List.of(Code.SETTING_NOT_IN_PRODUCT) : List.of(), codes(c), c.validate().toString());
    if (refused) {
      assertTrue(c.validate().get(0).message().startsWith(product.displayName() + " has no "));
    }
  }

  @Test
  void productFactsAreMonotoneInVersion() {
    for (Product p : Product.values()) {
      if (p.hasSkypeDirectorySettings()) {
        assertTrue(p.hasNameDecorationSettings(), p.toString());
      }
      assertEquals(p.hasSkypeDirectorySettings(), p.hasAllowedDomainVerificationLevel(), p.toString());
    }
    assertEquals(false, Product.LYNC_SERVER_2013.hasNameDecorationSettings());
    assertEquals(false, Product.LYNC_SERVER_2013_CU5.hasSkypeDirectorySettings());
  }
}
