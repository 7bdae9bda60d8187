package dev.edgewise.policy;

import static dev.edgewise.policy.Fixtures.CONTOSO;
import static dev.edgewise.policy.Fixtures.FABRIKAM;
import static dev.edgewise.policy.Fixtures.NORTHWIND;
import static dev.edgewise.policy.Fixtures.base;
import static dev.edgewise.policy.Fixtures.baseOnline;
import static dev.edgewise.policy.Fixtures.d;
import static dev.edgewise.policy.Fixtures.sip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.policy.ConfigurationProblem.Code;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the validator's messages say beyond the code and subject that {@link
 * ConfigurationValidationTest} pins: counts past two, the lists they quote in order, the wording
 * for each shape, and the own-domain checks on the lists that test leaves out.
 */
class ConfigurationValidatorEdgesTest {

  /** The one problem with this code and subject. */
  private static ConfigurationProblem only(FederationConfiguration c, Code code, String subject) {
    List<ConfigurationProblem> found =
        c.validate().stream().filter(p -> p.code() == code && p.subject().equals(subject)).toList();
    assertEquals(1, found.size(), () -> c.validate().toString());
    return found.get(0);
  }

  private static TenantAllowedDomains allowList(String... domains) {
    return TenantAllowedDomains.allowList(List.of(domains).stream().map(Fixtures::d).toList());
  }

  @Test
  void anEntryListedThreeTimesIsCountedThreeTimes() {
    assertEquals(
        "The SIP domain contoso.com is declared 3 times; declare it once.",
        only(
                base().toBuilder().addSipDomains(CONTOSO, d("Contoso.COM")).build(),
                Code.DUPLICATE_SIP_DOMAIN,
                "SipDomain:contoso.com")
            .message());
    assertEquals(
        "The domain fabrikam.com is on the allowed list 4 times; the server refuses duplicates.",
        only(
                base().toBuilder()
                    .addAllowedDomains(
                        AllowedDomain.of(FABRIKAM),
                        AllowedDomain.of(FABRIKAM),
                        AllowedDomain.of(NORTHWIND),
                        AllowedDomain.of(FABRIKAM),
                        AllowedDomain.of(FABRIKAM))
                    .build(),
                Code.DUPLICATE_DOMAIN_ENTRY,
                "AllowedDomain:fabrikam.com")
            .message());
    assertEquals(
        "The domain northwind.com is on the tenant's blocked list 3 times; the server refuses"
            + " duplicates.",
        only(
                baseOnline().toBuilder().addBlockedDomains(NORTHWIND, NORTHWIND, NORTHWIND).build(),
                Code.DUPLICATE_DOMAIN_ENTRY,
                "TenantBlockedDomain:northwind.com")
            .message());
  }

  @Test
  void aUserOutsideTheSipDomainsIsToldTheDomainsInOrder() {
    OnPremisesConfiguration c =
        base().toBuilder()
            .addSipDomains(d("northwind.com"), d("adatum.com"))
            .addUsers(LocalUser.of(sip("sip:dave@fabrikam.com")))
            .build();
    assertEquals(
        "The user sip:dave@fabrikam.com is not in one of the organization's SIP domains"
            + " [adatum.com, contoso.com, northwind.com]; add the SIP domain or correct the"
            + " address.",
        only(c, Code.USER_OUTSIDE_SIP_DOMAINS, "User:sip:dave@fabrikam.com").message());
  }

  @Test
  void theIgnoredBlockedListIsQuotedInOrderOnce() {
    OnlineTenantConfiguration c =
        baseOnline().toBuilder()
            .allowedDomains(allowList("fabrikam.com"))
            .addBlockedDomains(NORTHWIND, d("adatum.com"))
            .build();
    assertEquals(
        "External Access allows only listed domains, so the blocked list"
            + " [adatum.com, northwind.com] is ignored; remove it, or allow all known domains for"
            + " it to apply.",
        only(
                c,
                Code.BLOCKED_LIST_IGNORED_IN_ALLOW_LIST_MODE,
                "TenantFederationConfiguration:Global")
            .message());
  }

  @Test
  void aUserInASiteIsToldWhatIsWrongForEachShape() {
    LocalUser dave = LocalUser.builder().sipUri(sip("sip:dave@contoso.com")).site("Paris").build();
    assertEquals(
        "The user sip:dave@contoso.com is placed in site Paris, but an online tenant has no"
            + " sites; remove the site.",
        only(
                baseOnline().toBuilder().addUsers(dave).build(),
                Code.USER_IN_UNKNOWN_SITE,
                "User:sip:dave@contoso.com")
            .message());
    assertEquals(
        "The user sip:dave@contoso.com is placed in site Paris, which the organization does not"
            + " have; declare the site or move the user.",
        only(
                base().toBuilder().addUsers(dave).build(),
                Code.USER_IN_UNKNOWN_SITE,
                "User:sip:dave@contoso.com")
            .message());
  }

  @Test
  void aListedGlobalPolicyIsToldApartFromARepeatedOne() {
    assertEquals(
        "A policy named Global is listed, but the Global policy always exists; set it as the"
            + " global policy instead.",
        only(
                base().toBuilder().addExternalAccessPolicies(ExternalAccessPolicy.global()).build(),
                Code.DUPLICATE_POLICY_IDENTITY,
                "ExternalAccessPolicy:Global")
            .message());
    ExternalAccessPolicy noPic = ExternalAccessPolicy.allOff(PolicyIdentity.tag("NoPic"));
    assertEquals(
        "The policy Tag:NoPic is declared 3 times; identities are unique.",
        only(
                base().toBuilder().addExternalAccessPolicies(noPic, noPic, noPic).build(),
                Code.DUPLICATE_POLICY_IDENTITY,
                "ExternalAccessPolicy:Tag:NoPic")
            .message());
  }

  @Test
  void aUserDeclaredTwiceShowsTheFormsOnlyWhenTheyDiffer() {
    LocalUser dave = LocalUser.of(sip("sip:dave@contoso.com"));
    String tail =
        "; a SIP URI identifies one user, and only the first entry's site and grant would count.";
    assertEquals(
        "The user sip:dave@contoso.com is declared 2 times" + tail,
        only(
                base().toBuilder().addUsers(dave, dave).build(),
                Code.DUPLICATE_USER,
                "User:sip:dave@contoso.com")
            .message());
    assertEquals(
        "The user sip:dave@contoso.com is declared 3 times"
            + " (written [sip:dave@CONTOSO.com, sip:dave@contoso.com])"
            + tail,
        only(
                base().toBuilder()
                    .addUsers(dave, LocalUser.of(sip("sip:dave@CONTOSO.com")), dave)
                    .build(),
                Code.DUPLICATE_USER,
                "User:sip:dave@contoso.com")
            .message());
  }

  @Test
  void theOwnSipDomainOnAnyDomainListIsReported() {
    assertEquals(
        "The organization's own SIP domain contoso.com is on the allowed list; internal traffic"
            + " never consults it.",
        only(
                base().toBuilder().addAllowedDomains(AllowedDomain.of(CONTOSO)).build(),
                Code.SIP_DOMAIN_ON_DOMAIN_LIST,
                "AllowedDomain:contoso.com")
            .message());
    assertEquals(
        "The organization's own SIP domain contoso.com is on the tenant's blocked list; internal"
            + " traffic never consults it.",
        only(
                baseOnline().toBuilder().addBlockedDomains(CONTOSO).build(),
                Code.SIP_DOMAIN_ON_DOMAIN_LIST,
                "TenantBlockedDomain:contoso.com")
            .message());
    OnPremisesConfiguration xmpp =
        base().toBuilder()
            .product(Product.LYNC_SERVER_2013_CU5)
            .addXmppPartners(
                XmppPartner.builder()
                    .domain(d("jabber.example"))
                    .addAdditionalDomains(CONTOSO)
                    .build())
            .build();
    assertEquals(
        List.of(
            "SIP_DOMAIN_ON_DOMAIN_LIST XmppAllowedPartner:contoso.com: The XMPP domain contoso.com"
                + " is one of the organization's own SIP domains; its users are internal and the"
                + " partner entry is never consulted."),
        xmpp.validate().stream()
            .map(p -> p.code() + " " + p.subject() + ": " + p.message())
            .toList());
  }

  @Test
  void aDecorationSetOnAProductWithoutTheSettingsIsReportedByProductName() {
    // Only the excluded list set: no decoration can be derived, which is not the built-in one.
    PublicProvider excludedOnly =
        PublicProvider.builder()
            .identity("Other")
            .proxyFqdn(d("sip.other.example"))
            .addNameDecorationExcludedDomains(d("other.example"))
            .build();
    OnPremisesConfiguration c =
        base().toBuilder()
            .product(Product.LYNC_SERVER_2013)
            .addPublicProviders(excludedOnly)
            .build();
    ConfigurationProblem p = only(c, Code.SETTING_NOT_IN_PRODUCT, "PublicProvider:Other");
    assertTrue(
        p.message().startsWith("Lync Server 2013 has no NameDecorationRoutingDomain and"),
        p.message());
    // The built-in decoration written out is what the product does anyway.
    OnPremisesConfiguration builtIn =
        base().toBuilder()
            .product(Product.LYNC_SERVER_2013)
            .publicProviders(List.of(PublicProvider.skype()))
            .build();
    assertTrue(
        builtIn.validate().stream().noneMatch(q -> q.code() == Code.SETTING_NOT_IN_PRODUCT),
        () -> builtIn.validate().toString());
  }
}
