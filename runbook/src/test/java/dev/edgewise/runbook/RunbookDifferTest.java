package dev.edgewise.runbook;

import static dev.edgewise.runbook.RunbookScripts.domains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.edgewise.address.Domain;
import dev.edgewise.address.SipUri;
import dev.edgewise.policy.ConferencingPolicy;
import dev.edgewise.policy.ConnectivityEra;
import dev.edgewise.policy.ExternalAccessPolicy;
import dev.edgewise.policy.HostingProvider;
import dev.edgewise.policy.LocalUser;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.OnlineTenantConfiguration;
import dev.edgewise.policy.PolicyIdentity;
import dev.edgewise.policy.Product;
import dev.edgewise.policy.ProvisioningState;
import dev.edgewise.policy.PublicProvider;
import dev.edgewise.policy.TenantAllowedDomains;
import dev.edgewise.policy.XmppPartner;
import dev.edgewise.policy.XmppPartnerType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What {@link Runbook#diff} writes for what both platforms share (declarations, policies and
 * grants, privacy mode) and for an online tenant, statement by statement: what changes is
 * written, in the order the server accepts, and nothing else is; the script read onto the first
 * configuration reaches the second.
 */
// Expected scripts are built line by line so that each statement stays visible.
@SuppressWarnings("StringConcatToTextBlock")
class RunbookDifferTest {

  private static final OnPremisesConfiguration FRESH = OnPremisesConfiguration.freshInstall();
  private static final OnlineTenantConfiguration TENANT = OnlineTenantConfiguration.freshTenant();
  private static final SipUri ALICE = SipUri.parse("sip:alice@contoso.com");
  private static final SipUri BOB = SipUri.parse("sip:bob@contoso.com");
  private static final SipUri CAROL = SipUri.parse("sip:carol@contoso.com");

  private static LocalUser user(SipUri u) {
    return LocalUser.builder().sipUri(u).build();
  }

  @Test
  void theEraTheSipDomainsAndTheSitesAreDeclared() {
    ConnectivityEra other =
        FRESH.era() == ConnectivityEra.PIC_PROVISIONING
            ? ConnectivityEra.DNS_SRV_DISCOVERY
            : ConnectivityEra.PIC_PROVISIONING;
    RunbookScripts.assertDiff(FRESH, FRESH.toBuilder().era(other).build(), "# edgewise: Era " + other.name());
    OnPremisesConfiguration ab =
        FRESH.toBuilder().sipDomains(domains("a.com", "b.com")).addSites("Paris", "Oslo").build();
    RunbookScripts.assertDiff(
        ab,
        FRESH.toBuilder().sipDomains(domains("b.com", "c.com")).addSites("Oslo", "Rome").build(),
        "# edgewise: RemoveSipDomain a.com",
        "# edgewise: SipDomain c.com",
        "# edgewise: Site Rome",
        "# edgewise: RemoveSite Paris");
    RunbookScripts.assertDiff(ab, ab);
  }

  @Test
  void usersAreRemovedMovedAndDeclared() {
    HostingProvider hoster =
        HostingProvider.builder()
            .identity("Hoster")
            .proxyFqdn(Domain.parse("h.example.com"))
            .enabledSharedAddressSpace(true)
            .hostsOcsUsers(true)
            .build();
    OnPremisesConfiguration before =
        FRESH.toBuilder()
            .addSipDomains(Domain.parse("contoso.com"))
            .addSites("Paris", "Oslo")
            .addHostingProviders(hoster)
            .addUsers(user(ALICE), LocalUser.builder().sipUri(BOB).site("Paris").build(), user(CAROL))
            .build();
    OnPremisesConfiguration moved =
        before.toBuilder()
            .users(
                List.of(
                    LocalUser.builder().sipUri(BOB).site("Oslo").build(),
                    LocalUser.builder().sipUri(CAROL).homeProvider("Hoster").build(),
                    LocalUser.builder().sipUri(SipUri.parse("sip:dave@contoso.com")).site("Paris")
                        .homeProvider("Hoster").build()))
            .build();
    RunbookScripts.assertDiff(
        before,
        moved,
        "# edgewise: RemoveUser sip:alice@contoso.com",
        "# edgewise: User sip:bob@contoso.com -Site Oslo",
        "# edgewise: User sip:carol@contoso.com -HomeProvider Hoster",
        "# edgewise: User sip:dave@contoso.com -Site Paris -HomeProvider Hoster");
    // a user whose policy alone changes is granted, not declared again
    OnPremisesConfiguration withPolicy =
        before.toBuilder()
            .addExternalAccessPolicies(ExternalAccessPolicy.allOff(PolicyIdentity.tag("P")))
            .build();
    RunbookScripts.assertDiff(
        withPolicy,
        withPolicy.toBuilder()
            .users(List.of(user(ALICE), LocalUser.builder().sipUri(BOB).site("Paris").externalAccessPolicy("P").build(), user(CAROL)))
            .build(),
        "Grant-CsExternalAccessPolicy -Identity sip:bob@contoso.com -PolicyName P");
  }

  @Test
  void picProvisioningIsDeclaredWhenItChangesOrGoes() {
    Domain contoso = Domain.parse("contoso.com");
    Domain fabrikam = Domain.parse("fabrikam.com");
    OnPremisesConfiguration before =
        FRESH.toBuilder()
            .addSipDomains(contoso, fabrikam)
            .picProvisioning(Map.of(contoso, ProvisioningState.IN_PROGRESS, fabrikam, ProvisioningState.ACTIVATED))
            .build();
    RunbookScripts.assertDiff(
        before,
        before.toBuilder().picProvisioning(Map.of(contoso, ProvisioningState.ACTIVATED)).build(),
        "# edgewise: PicProvisioning contoso.com ACTIVATED",
        "# edgewise: PicProvisioning fabrikam.com $null");
    RunbookScripts.assertDiff(before, before);
  }

  @Test
  void privacyModeIsSetBothWays() {
    OnPremisesConfiguration privacy = FRESH.toBuilder().enablePrivacyMode(true).build();
    RunbookScripts.assertDiff(FRESH, privacy, "Set-CsPrivacyConfiguration -EnablePrivacyMode $true");
    RunbookScripts.assertDiff(privacy, FRESH, "Set-CsPrivacyConfiguration -EnablePrivacyMode $false");
  }

  @Test
  void theProductCannotChange() {
    OnPremisesConfiguration lync = FRESH.toBuilder().product(Product.LYNC_SERVER_2013).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Runbook.diff(FRESH, lync));
    assertEquals(
        "a runbook cannot change the product: SKYPE_FOR_BUSINESS_SERVER_2019 -> LYNC_SERVER_2013",
        e.getMessage());
  }

  @Test
  void policiesAreCreatedChangedAndRemovedAfterTheirUsersMove() {
    PolicyIdentity p = PolicyIdentity.tag("P");
    PolicyIdentity q = PolicyIdentity.tag("Q");
    ExternalAccessPolicy fed = ExternalAccessPolicy.allOff(p).toBuilder().enableFederationAccess(true).build();
    OnPremisesConfiguration before =
        FRESH.toBuilder()
            .addSipDomains(Domain.parse("contoso.com"))
            .addExternalAccessPolicies(fed, ExternalAccessPolicy.allOff(q))
            .addUsers(
                LocalUser.builder().sipUri(ALICE).externalAccessPolicy("P").build(),
                LocalUser.builder().sipUri(BOB).externalAccessPolicy("P").build())
            .build();
    // P goes: alice follows to Q, which stays; bob to no policy
    OnPremisesConfiguration after =
        before.toBuilder()
            .externalAccessPolicies(
                List.of(ExternalAccessPolicy.allOff(q).toBuilder().enableOutsideAccess(true).description("d").build()))
            .users(
                List.of(
                    LocalUser.builder().sipUri(ALICE).externalAccessPolicy("Q").build(),
                    user(BOB)))
            .build();
    RunbookScripts.assertDiff(
        before,
        after,
        "Grant-CsExternalAccessPolicy -Identity sip:alice@contoso.com -PolicyName Q",
        "Grant-CsExternalAccessPolicy -Identity sip:bob@contoso.com -PolicyName $null",
        "Remove-CsExternalAccessPolicy -Identity Tag:P",
        "Set-CsExternalAccessPolicy -Identity Tag:Q -EnableOutsideAccess $true -Description d");
    RunbookScripts.assertDiff(
        after,
        before,
        // Q goes before P is created (the server keeps the order of creation): alice is moved off
        // it first, to no policy, as P does not exist yet
        "Grant-CsExternalAccessPolicy -Identity sip:alice@contoso.com -PolicyName $null",
        "Remove-CsExternalAccessPolicy -Identity Tag:Q",
        "New-CsExternalAccessPolicy -Identity Tag:P -EnableFederationAccess $true",
        "New-CsExternalAccessPolicy -Identity Tag:Q",
        "Grant-CsExternalAccessPolicy -Identity sip:alice@contoso.com -PolicyName P",
        "Grant-CsExternalAccessPolicy -Identity sip:bob@contoso.com -PolicyName P");
  }

  @Test
  void theGlobalPolicyIsSetParameterByParameter() {
    ExternalAccessPolicy g =
        FRESH.globalPolicy().toBuilder()
            .enableFederationAccess(!FRESH.globalPolicy().enableFederationAccess())
            .enablePublicCloudAccess(!FRESH.globalPolicy().enablePublicCloudAccess())
            .enablePublicCloudAudioVideoAccess(!FRESH.globalPolicy().enablePublicCloudAudioVideoAccess())
            .enableOutsideAccess(!FRESH.globalPolicy().enableOutsideAccess())
            .enableXmppAccess(!FRESH.globalPolicy().enableXmppAccess())
            .description("all")
            .build();
    OnPremisesConfiguration c = FRESH.toBuilder().globalPolicy(g).build();
    RunbookScripts.assertDiff(
        FRESH,
        c,
        "Set-CsExternalAccessPolicy -Identity Global"
            + " -EnableFederationAccess " + b(g.enableFederationAccess())
            + " -EnablePublicCloudAccess " + b(g.enablePublicCloudAccess())
            + " -EnablePublicCloudAudioVideoAccess " + b(g.enablePublicCloudAudioVideoAccess())
            + " -EnableOutsideAccess " + b(g.enableOutsideAccess())
            + " -EnableXmppAccess " + b(g.enableXmppAccess())
            + " -Description all");
  }

  private static String b(boolean v) {
    return v ? "$true" : "$false";
  }

  @Test
  void conferencingPoliciesAreChangedInPlaceAndRemovedUsersAreNotGranted() {
    PolicyIdentity p = PolicyIdentity.tag("P");
    OnPremisesConfiguration before =
        FRESH.toBuilder()
            .addSipDomains(Domain.parse("contoso.com"))
            .addConferencingPolicies(ConferencingPolicy.builder().identity(p).build())
            .addUsers(
                LocalUser.builder().sipUri(ALICE).conferencingPolicy("P").build(),
                LocalUser.builder().sipUri(BOB).conferencingPolicy("P").build())
            .build();
    ConferencingPolicy closed =
        ConferencingPolicy.builder().identity(p).allowAnonymousParticipantsInMeetings(false).build();
    RunbookScripts.assertDiff(
        before,
        before.toBuilder().conferencingPolicies(List.of(closed)).build(),
        "Set-CsConferencingPolicy -Identity Tag:P -AllowAnonymousParticipantsInMeetings $false");
    // alice leaves with the policy: only bob, who stays, is moved off it first
    RunbookScripts.assertDiff(
        before,
        before.toBuilder()
            .conferencingPolicies(List.of())
            .users(List.of(user(BOB)))
            .build(),
        "# edgewise: RemoveUser sip:alice@contoso.com",
        "Grant-CsConferencingPolicy -Identity sip:bob@contoso.com -PolicyName $null",
        "Remove-CsConferencingPolicy -Identity Tag:P");
  }

  @Test
  void xmppPartnersAreChangedInPlace() {
    OnPremisesConfiguration lync = FRESH.toBuilder().product(Product.SKYPE_FOR_BUSINESS_SERVER_2015).build();
    XmppPartner chat =
        XmppPartner.builder()
            .domain(Domain.parse("chat.example"))
            .additionalDomains(domains("a.example", "b.example"))
            .build();
    OnPremisesConfiguration before = lync.toBuilder().addXmppPartners(chat).build();
    RunbookScripts.assertDiff(
        lync,
        before,
        "New-CsXmppAllowedPartner -Identity chat.example -AdditionalDomains a.example,b.example");
    RunbookScripts.assertDiff(
        before,
        lync.toBuilder()
            .addXmppPartners(XmppPartner.of(Domain.parse("chat.example")).toBuilder()
                .partnerType(XmppPartnerType.FEDERATED).build())
            .build(),
        "Set-CsXmppAllowedPartner -Identity chat.example -AdditionalDomains $null -PartnerType Federated");
  }

  // --- online -----------------------------------------------------------------------------------

  @Test
  void anOnlineTenantWritesOneFederationStatement() {
    OnlineTenantConfiguration t =
        TENANT.toBuilder()
            .allowFederatedUsers(false)
            .blockAllSubdomains(true)
            .allowedDomains(TenantAllowedDomains.allowList(domains("a.com", "b.com")))
            .allowPublicUsers(false)
            .build();
    RunbookScripts.assertDiff(
        TENANT,
        t,
        "Set-CsTenantFederationConfiguration -AllowFederatedUsers $false -BlockAllSubdomains $true"
            + " -AllowedDomains (New-CsEdgeAllowList -AllowedDomain a.com,b.com) -AllowPublicUsers $false");
    RunbookScripts.assertDiff(
        t,
        TENANT,
        "Set-CsTenantFederationConfiguration -AllowFederatedUsers $true -BlockAllSubdomains $false"
            + " -AllowedDomains (New-CsEdgeAllowAllKnownDomains) -AllowPublicUsers $true");
    RunbookScripts.assertDiff(
        TENANT,
        TENANT.toBuilder().allowedDomains(TenantAllowedDomains.allowList(List.of())).build(),
        "Set-CsTenantFederationConfiguration -AllowedDomains (New-CsEdgeAllowList -AllowedDomain @())");
    OnlineTenantConfiguration teams = TENANT.toBuilder().product(Product.TEAMS_TENANT).build();
    RunbookScripts.assertDiff(
        teams,
        teams.toBuilder().treatDiscoveredPartnersAsUnverified(true).sharedSipAddressSpace(true).build(),
        "Set-CsTenantFederationConfiguration -TreatDiscoveredPartnersAsUnverified $true"
            + " -SharedSipAddressSpace $true");
  }

  private static OnlineTenantConfiguration blocked(String... names) {
    return TENANT.toBuilder().blockedDomains(domains(names)).build();
  }

  @Test
  void blockedDomainsAreRemovedAndAddedWhenThatKeepsTheOrderElseReplaced() {
    RunbookScripts.assertDiff(
        blocked("a.com", "b.com", "c.com"),
        blocked("b.com", "d.com"),
        "Set-CsTenantFederationConfiguration -BlockedDomains @{Remove=a.com,c.com; Add=d.com}");
    RunbookScripts.assertDiff(
        blocked("a.com"),
        blocked("a.com", "b.com"),
        "Set-CsTenantFederationConfiguration -BlockedDomains @{Add=b.com}");
    RunbookScripts.assertDiff(
        blocked("a.com", "b.com"),
        blocked("b.com"),
        "Set-CsTenantFederationConfiguration -BlockedDomains @{Remove=a.com}");
    RunbookScripts.assertDiff(
        blocked("a.com", "b.com"),
        blocked("b.com", "a.com"),
        "Set-CsTenantFederationConfiguration -BlockedDomains @{Replace=b.com,a.com}");
    RunbookScripts.assertDiff(
        blocked("a.com", "b.com"),
        blocked(),
        "Set-CsTenantFederationConfiguration -BlockedDomains @{Remove=a.com,b.com}");
  }

  @Test
  void aListWithARepeatedDomainIsReplacedWhole() {
    // validate() refuses such a list; diff still writes it whole rather than an edit that would
    // drop the repeat (Remove=x,x) or add it twice (Add=z,z)
    assertEquals(
        "Set-CsTenantFederationConfiguration -BlockedDomains @{Replace=y.com}\n",
        Runbook.diff(blocked("x.com", "x.com", "y.com"), blocked("y.com")));
    assertEquals(
        "Set-CsTenantFederationConfiguration -BlockedDomains @{Replace=y.com,z.com,z.com}\n",
        Runbook.diff(blocked("y.com"), blocked("y.com", "z.com", "z.com")));
  }

  @Test
  void publicProvidersAreSwitchedTogetherAndPublicUsersTurnedOffAfterwards() {
    PublicProvider skype = TENANT.publicProviders().get(0);
    OnlineTenantConfiguration off =
        TENANT.toBuilder().publicProviders(List.of(skype.toBuilder().enabled(false).build())).build();
    RunbookScripts.assertDiff(TENANT, off, "Set-CsTenantPublicProvider -Provider @()");
    RunbookScripts.assertDiff(off, TENANT, "Set-CsTenantPublicProvider -Provider WindowsLive");
    OnlineTenantConfiguration noPublic = off.toBuilder().allowPublicUsers(false).build();
    RunbookScripts.assertDiff(
        noPublic,
        TENANT,
        "Set-CsTenantFederationConfiguration -AllowPublicUsers $true",
        "Set-CsTenantPublicProvider -Provider WindowsLive");
    RunbookScripts.assertDiff(
        TENANT,
        noPublic,
        "Set-CsTenantPublicProvider -Provider @()",
        "Set-CsTenantFederationConfiguration -AllowPublicUsers $false");
    RunbookScripts.assertDiff(
        noPublic,
        TENANT.toBuilder().allowPublicUsers(false).build(),
        "Set-CsTenantFederationConfiguration -AllowPublicUsers $true",
        "Set-CsTenantPublicProvider -Provider WindowsLive",
        "Set-CsTenantFederationConfiguration -AllowPublicUsers $false");
  }

  @Test
  void everyOnlineProviderIsSwitchedByItsOnlineName() {
    PublicProvider skype = TENANT.publicProviders().get(0);
    OnlineTenantConfiguration all =
        TENANT.toBuilder()
            .publicProviders(
                List.of(
                    skype,
                    PublicProvider.aim().toBuilder().enabled(true).build(),
                    PublicProvider.yahoo().toBuilder().enabled(true).build()))
            .build();
    OnlineTenantConfiguration none =
        all.toBuilder()
            .publicProviders(
                List.of(
                    skype.toBuilder().enabled(false).build(),
                    PublicProvider.aim(),
                    PublicProvider.yahoo()))
            .build();
    RunbookScripts.assertDiff(none, all, "Set-CsTenantPublicProvider -Provider WindowsLive,AOL,Yahoo");
  }

  @Test
  void whatAnOnlineTenantCannotSayIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Runbook.diff(TENANT, TENANT.toBuilder()
            .addSipDomains(Domain.parse("contoso.com"))
            .addUsers(LocalUser.builder().sipUri(ALICE).site("Paris").build())
            .build()));
    assertThrows(
        IllegalArgumentException.class,
        () -> Runbook.diff(TENANT, TENANT.toBuilder().publicProviders(List.of()).build()));
    PublicProvider skype = TENANT.publicProviders().get(0);
    assertThrows(
        IllegalArgumentException.class,
        () -> Runbook.diff(TENANT, TENANT.toBuilder()
            .publicProviders(List.of(skype.toBuilder().iconUrl("i").build()))
            .build()));
    OnlineTenantConfiguration odd =
        TENANT.toBuilder().publicProviders(List.of(skype.toBuilder().identity("Odd").build())).build();
    assertThrows(
        IllegalArgumentException.class,
        () -> Runbook.diff(odd, odd.toBuilder()
            .publicProviders(List.of(odd.publicProviders().get(0).toBuilder().enabled(false).build()))
            .build()));
  }
}
