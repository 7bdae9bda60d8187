package dev.edgewise.policy;

import static dev.edgewise.policy.Fixtures.ALICE;
import static dev.edgewise.policy.Fixtures.FABRIKAM;
import static dev.edgewise.policy.Fixtures.base;
import static dev.edgewise.policy.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.address.NameDecoration;
import dev.edgewise.policy.ConfigurationProblem.Code;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Equality, printing, look-ups and the name-decoration rule of the configuration types. */
class ModelTest {

  @Test
  void aLocalUserRefusesEveryBadName() {
    // Each name the user refers to is checked when the user is built, not when it is looked up.
    for (String bad : List.of("", " ", "a:b", "x\u0000")) {
      assertThrows(
          IllegalArgumentException.class,
          () -> LocalUser.builder().sipUri(ALICE).site(bad).build(),
          "site " + bad);
      assertThrows(
          IllegalArgumentException.class,
          () -> LocalUser.builder().sipUri(ALICE).externalAccessPolicy(bad).build(),
          "external access policy " + bad);
      assertThrows(
          IllegalArgumentException.class,
          () -> LocalUser.builder().sipUri(ALICE).conferencingPolicy(bad).build(),
          "conferencing policy " + bad);
      assertThrows(
          IllegalArgumentException.class,
          () -> LocalUser.builder().sipUri(ALICE).homeProvider(bad).build(),
          "home provider " + bad);
    }
  }

  @Test
  void defaultsThatDecideNothingArePinned() {
    assertFalse(AllowedDomain.of(FABRIKAM).markForMonitoring());
    assertEquals("over the default route", Arrival.defaultRoute().toString());
  }

  @Test
  void equalityComparesEveryValue() {
    assertEquals(base(), base());
    assertEquals(base().hashCode(), base().hashCode());
    assertNotEquals(base(), base().toBuilder().addSites("Paris").build());
    assertNotEquals(base(), base().resetGlobalPolicy());
    assertNotEquals(
        base(),
        base().toBuilder()
            .accessEdge(base().accessEdge().toBuilder().enableArchivingDisclaimer(true).build())
            .build());
    // Lists keep their order: the same entries in another order are another configuration.
    OnPremisesConfiguration ab =
        base().toBuilder()
            .addAllowedDomains(AllowedDomain.of(FABRIKAM), AllowedDomain.of(Fixtures.NORTHWIND))
            .build();
    OnPremisesConfiguration ba =
        base().toBuilder()
            .addAllowedDomains(AllowedDomain.of(Fixtures.NORTHWIND), AllowedDomain.of(FABRIKAM))
            .build();
    assertNotEquals(ab, ba);
    assertEquals(ab.validate(), ba.validate());
    // Sets and maps do not.
    assertEquals(
        PublicProvider.skype().toBuilder()
            .nameDecorationExcludedDomains(List.of(d("live.com"), d("msn.com")))
            .build(),
        PublicProvider.skype().toBuilder()
            .nameDecorationExcludedDomains(List.of(d("msn.com"), d("live.com")))
            .build());
  }

  @Test
  void printingNamesEverySetting() {
    String s = base().toString();
    assertTrue(s.startsWith("OnPremisesConfiguration{"), s);
    assertTrue(s.contains("allowFederatedUsers=true"), s);
    assertTrue(s.contains("identity=Global"), s);
    assertTrue(s.contains("routing=UseDnsSrvRouting"), s);
    assertTrue(s.contains("sip:alice@contoso.com"), s);
    String t = Fixtures.baseOnline().toString();
    assertTrue(t.startsWith("OnlineTenantConfiguration{"), t);
    assertTrue(t.contains("allowedDomains=AllowAllKnownDomains"), t);
    assertEquals(
        "AllowList[fabrikam.com]", TenantAllowedDomains.allowList(List.of(FABRIKAM)).toString());
  }

  @Test
  void lookUps() {
    OnPremisesConfiguration c = base();
    assertEquals(Platform.ON_PREMISES, c.platform());
    assertTrue(c.isSipDomain(Fixtures.CONTOSO));
    assertFalse(c.isSipDomain(d("sub.contoso.com")));
    assertEquals(Optional.of(Fixtures.alice()), c.user(ALICE));
    assertEquals(Optional.of(c.globalPolicy()), c.policy(PolicyIdentity.global()));
    assertEquals(Optional.empty(), c.policy(PolicyIdentity.tag("NoPic")));
  }

  @Test
  void nameDecorationIsDerivedFromTheTwoSettings() {
    assertEquals(Optional.of(NameDecoration.defaults()), PublicProvider.skype().nameDecoration());
    assertEquals(
        Optional.of(NameDecoration.defaults()), PublicProvider.messenger().nameDecoration());
    assertEquals(Optional.empty(), PublicProvider.yahoo().nameDecoration());
    PublicProvider broken =
        PublicProvider.skype().toBuilder()
            .nameDecorationExcludedDomains(Set.of(d("live.com")))
            .build();
    assertEquals(Optional.empty(), broken.nameDecoration());
    assertEquals(Set.of(d("msn.com"), d("live.com")), broken.providerDomains());
    NameDecoration custom =
        NameDecoration.of(d("msn.com"), List.of(d("msn.com"), d("hotmail.co.uk")));
    PublicProvider p = PublicProvider.skype().toBuilder().nameDecoration(custom).build();
    assertEquals(Optional.of(custom), p.nameDecoration());
    assertEquals(Optional.of(d("msn.com")), p.nameDecorationRoutingDomain());
    assertEquals(Set.of(d("msn.com"), d("hotmail.co.uk")), p.nameDecorationExcludedDomains());
  }

  @Test
  void anExceptionWithOneErrorSaysSo() {
    OnPremisesConfiguration c = base().toBuilder().addSipDomains(Fixtures.CONTOSO).build();
    InvalidConfigurationException e =
        assertThrows(InvalidConfigurationException.class, c::requireValid);
    assertEquals(
        "1 configuration error: DUPLICATE_SIP_DOMAIN SipDomain:contoso.com", e.getMessage());
    assertEquals(
        List.of(Code.DUPLICATE_SIP_DOMAIN),
        e.errors().stream().map(ConfigurationProblem::code).toList());
    assertEquals(List.of(), e.warnings());
  }

  @Test
  void theExceptionSerializesWithItsProblems() throws Exception {
    OnPremisesConfiguration c = base().toBuilder().addSipDomains(Fixtures.CONTOSO).build();
    InvalidConfigurationException e =
        assertThrows(InvalidConfigurationException.class, c::requireValid);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      InvalidConfigurationException back = (InvalidConfigurationException) in.readObject();
      assertEquals(e.errors(), back.errors());
      assertEquals(e.getMessage(), back.getMessage());
    }
  }

  @Test
  void theTwoShapesAreTheOnlyOnes() {
    FederationConfiguration on = base();
    FederationConfiguration off = Fixtures.baseOnline();
    assertTrue(on instanceof OnPremisesConfiguration);
    assertTrue(off instanceof OnlineTenantConfiguration);
    assertEquals(
        Set.of(OnPremisesConfiguration.class, OnlineTenantConfiguration.class),
        Set.of(FederationConfiguration.class.getPermittedSubclasses()));
  }

  @Test
  void cmdletValuesAreWrittenAndReadAsTheCmdletsDo() {
    assertEquals(
        List.of(
            "OrganizationDefault",
            "AllowAllExternalDomains",
            "AllowSpecificExternalDomains",
            "BlockSpecificExternalDomains",
            "BlockAllExternalDomains"),
        Stream.of(CommunicationWithExternalOrgs.values())
            .map(CommunicationWithExternalOrgs::cmdletValue)
            .toList());
    for (CommunicationWithExternalOrgs c : CommunicationWithExternalOrgs.values()) {
      assertEquals(c, CommunicationWithExternalOrgs.fromCmdletValue(c.cmdletValue()));
      assertEquals(
          c,
          CommunicationWithExternalOrgs.fromCmdletValue(
              " " + c.cmdletValue().toUpperCase(Locale.ROOT) + " "));
    }
    assertThrows(
        IllegalArgumentException.class, () -> CommunicationWithExternalOrgs.fromCmdletValue("All"));

    assertEquals(
        List.of("Allowed", "Blocked"),
        Stream.of(TrialTenantAccess.values()).map(TrialTenantAccess::cmdletValue).toList());
    assertEquals(TrialTenantAccess.ALLOWED, TrialTenantAccess.fromCmdletValue("allowed"));
    assertEquals(TrialTenantAccess.BLOCKED, TrialTenantAccess.fromCmdletValue(" BLOCKED "));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TrialTenantAccess.fromCmdletValue("No"));
    assertEquals(
        "not an ExternalAccessWithTrialTenants value: No (Allowed, Blocked)", e.getMessage());

    assertEquals(
        List.of("Federated", "PublicVerified", "PublicUnverified"),
        Stream.of(XmppPartnerType.values()).map(XmppPartnerType::cmdletValue).toList());
  }

  @Test
  void productsAreNamedAsMicrosoftNamesThem() {
    assertEquals(
        List.of(
            "Lync Server 2013",
            "Lync Server 2013 CU5",
            "Skype for Business Server 2015",
            "Skype for Business Server 2019",
            "Skype for Business Online",
            "Microsoft Teams tenant"),
        Stream.of(Product.values()).map(Product::displayName).toList());
  }

  @Test
  void anXmppPartnerListsItsPrimaryDomainFirst() {
    XmppPartner p =
        XmppPartner.builder()
            .domain(d("jabber.example"))
            .addAdditionalDomains(d("chat.example"), d("im.example"), d("talk.example"))
            .build();
    assertEquals(
        List.of(d("jabber.example"), d("chat.example"), d("im.example"), d("talk.example")),
        p.domains());
    assertEquals(List.of(d("jabber.example")), XmppPartner.of(d("jabber.example")).domains());
    XmppPartner verified = p.toBuilder().partnerType(XmppPartnerType.PUBLIC_VERIFIED).build();
    assertEquals(p.domains(), verified.domains());
    assertEquals(XmppPartnerType.PUBLIC_VERIFIED, verified.partnerType());
    assertEquals(XmppPartnerType.PUBLIC_UNVERIFIED, p.partnerType());
    assertEquals(p, verified.toBuilder().partnerType(XmppPartnerType.PUBLIC_UNVERIFIED).build());
  }

  @Test
  void aBlockedDomainEntryCopiesThroughItsBuilder() {
    BlockedDomain b = BlockedDomain.of(FABRIKAM);
    BlockedDomain commented = b.toBuilder().comment("spam").build();
    assertEquals(FABRIKAM, commented.domain());
    assertEquals(Optional.of("spam"), commented.comment());
    assertEquals(Optional.empty(), b.comment());
    assertEquals(commented, commented.toBuilder().build());
  }
}
