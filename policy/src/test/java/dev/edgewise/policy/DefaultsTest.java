package dev.edgewise.policy;

import static dev.edgewise.policy.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.core.Modality;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Fresh-install and new-tenant defaults, and the presets (domain brief 0.1, 0.4 items 6, 10, 15).
 */
class DefaultsTest {

  @Test
  void freshInstallFederatesWithNobody() {
    OnPremisesConfiguration c = OnPremisesConfiguration.freshInstall();
    AccessEdgeConfiguration edge = c.accessEdge();
    assertFalse(edge.allowFederatedUsers());
    assertFalse(edge.enablePartnerDiscovery());
    assertTrue(edge.allowOutsideUsers());
    assertFalse(edge.allowAnonymousUsers());
    assertTrue(edge.routing().isDnsSrv());
    assertEquals(
        VerificationLevel.USE_SOURCE_VERIFICATION, edge.discoveredPartnerVerificationLevel());
    assertEquals(ExternalAccessPolicy.global(), c.globalPolicy());
    assertEquals(List.of(), c.externalAccessPolicies());
    assertEquals(ConnectivityEra.DNS_SRV_DISCOVERY, c.era());
    assertEquals(List.of(), c.validate());
    assertEquals(AccessEdgeConfiguration.freshInstall(), edge);
  }

  @Test
  void freshGlobalPolicyHasEverySettingOff() {
    ExternalAccessPolicy g = ExternalAccessPolicy.global();
    assertEquals(PolicyIdentity.global(), g.identity());
    assertFalse(g.enableFederationAccess());
    assertFalse(g.enablePublicCloudAccess());
    assertFalse(g.enablePublicCloudAudioVideoAccess());
    assertFalse(g.enableOutsideAccess());
    assertFalse(g.enableXmppAccess());
    assertEquals(Optional.empty(), g.description());
  }

  @Test
  void freshInstallShipsYahooAimAndMessengerDisabled() {
    List<PublicProvider> providers = OnPremisesConfiguration.freshInstall().publicProviders();
    assertEquals(3, providers.size());
    assertEquals(
        List.of("Yahoo", "AOL", "Messenger"), providers.stream().map(PublicProvider::identity).toList());
    for (PublicProvider p : providers) {
      assertFalse(p.enabled(), p.identity());
      assertEquals(VerificationLevel.ALWAYS_VERIFIABLE, p.verificationLevel());
    }
    PublicProvider msn = providers.get(2);
    assertEquals(d("federation.messenger.msn.com"), msn.proxyFqdn());
    assertEquals(PublicProvider.skype().proxyFqdn(), msn.proxyFqdn());
    assertEquals(Optional.of(d("msn.com")), msn.nameDecorationRoutingDomain());
    assertEquals(Optional.empty(), providers.get(0).nameDecorationRoutingDomain());
    assertEquals(CapabilityPreset.IM_AND_PRESENCE.modalities(), providers.get(0).capabilities());
  }

  @Test
  void skypeAsTheInstructionsCreateIt() {
    PublicProvider s = PublicProvider.skype();
    assertEquals("Skype", s.identity());
    assertTrue(s.enabled());
    assertEquals(VerificationLevel.ALWAYS_VERIFIABLE, s.verificationLevel());
    assertEquals(Optional.of(d("msn.com")), s.nameDecorationRoutingDomain());
    assertEquals(
        Set.of(d("msn.com"), d("outlook.com"), d("live.com"), d("hotmail.com")),
        s.nameDecorationExcludedDomains());
    // The default era is after 2019: video crosses; the launch preset stays available.
    assertEquals(CapabilityPreset.WITH_VIDEO.modalities(), s.capabilities());
    assertTrue(s.supports(Modality.AUDIO));
    assertTrue(s.supports(Modality.VIDEO));
    assertFalse(PublicProvider.skypeAtLaunch().supports(Modality.VIDEO));
    assertEquals(
        s.toBuilder().capabilities(CapabilityPreset.LAUNCH.modalities()).build(),
        PublicProvider.skypeAtLaunch());
    assertFalse(s.supports(Modality.FILE_TRANSFER));
    assertEquals(s.nameDecorationExcludedDomains(), s.providerDomains());
  }

  @Test
  void capabilityPresets() {
    assertEquals(
        Set.of(Modality.IM, Modality.PRESENCE, Modality.AUDIO),
        CapabilityPreset.LAUNCH.modalities());
    assertEquals(
        Set.of(Modality.IM, Modality.PRESENCE, Modality.AUDIO, Modality.VIDEO),
        CapabilityPreset.WITH_VIDEO.modalities());
    assertEquals(
        Set.of(Modality.IM, Modality.PRESENCE), CapabilityPreset.IM_AND_PRESENCE.modalities());
    for (CapabilityPreset p : CapabilityPreset.values()) {
      assertFalse(p.modalities().contains(Modality.FILE_TRANSFER));
      assertFalse(p.modalities().contains(Modality.APPLICATION_SHARING));
      assertThrows(UnsupportedOperationException.class, () -> p.modalities().add(Modality.VIDEO));
    }
  }

  @Test
  void freshTenantIsOnExceptBlockedWithPublicImOn() {
    OnlineTenantConfiguration t = OnlineTenantConfiguration.freshTenant();
    assertTrue(t.allowFederatedUsers());
    assertEquals(TenantAllowedDomains.allowAllKnownDomains(), t.allowedDomains());
    assertEquals(List.of(), t.blockedDomains());
    assertFalse(t.blockAllSubdomains());
    assertTrue(t.allowPublicUsers());
    assertTrue(t.publicImConnectivity());
    assertEquals(ExternalAccessMode.ON_EXCEPT_BLOCKED, t.externalAccess());
    assertEquals(List.of(PublicProvider.skype()), t.publicProviders());
    assertEquals(Platform.ONLINE, t.platform());
    assertEquals(List.of(), t.validate());
  }

  @Test
  void externalAccessModeIsDerivedFromTheTenantFields() {
    OnlineTenantConfiguration t = OnlineTenantConfiguration.freshTenant();
    assertEquals(
        ExternalAccessMode.OFF, t.toBuilder().allowFederatedUsers(false).build().externalAccess());
    assertEquals(
        ExternalAccessMode.OFF,
        t.toBuilder()
            .allowFederatedUsers(false)
            .allowedDomains(TenantAllowedDomains.allowList(List.of(Fixtures.FABRIKAM)))
            .build()
            .externalAccess());
    assertEquals(
        ExternalAccessMode.ON_ONLY_ALLOWED,
        t.toBuilder()
            .allowedDomains(TenantAllowedDomains.allowList(List.of()))
            .build()
            .externalAccess());
    assertFalse(t.toBuilder().allowPublicUsers(false).build().publicImConnectivity());
  }

  @Test
  void singleSettingRangesAreCheckedWhenBuilding() {
    assertThrows(
        IllegalArgumentException.class,
        () -> AccessEdgeConfiguration.builder().outgoingTlsCountForFederatedPartners(5).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> AccessEdgeConfiguration.builder().outgoingTlsCountForFederatedPartners(0).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> AccessEdgeConfiguration.builder().maxContactsPerDiscoveredPartner(-1).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> AccessEdgeConfiguration.builder().dnsSrvCacheRecordCount(-1).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> PublicProvider.skype().toBuilder().identity(" Skype").build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            HostingProvider.builder()
                .identity("H")
                .proxyFqdn(d("h.example.com"))
                .sipClientPort(0)
                .build());
    assertThrows(
        IllegalArgumentException.class,
        () -> LocalUser.builder().sipUri(Fixtures.ALICE).externalAccessPolicy("site:X").build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            OnPremisesConfiguration.builder()
                .globalPolicy(ExternalAccessPolicy.allOff(PolicyIdentity.tag("G")))
                .build());
    assertThrows(IllegalStateException.class, () -> ExternalAccessPolicy.builder().build());
  }

  @Test
  void edgeRoutingForms() {
    EdgeRouting route =
        EdgeRouting.defaultRoute(d("edge.fabrikam.net"), VerificationLevel.ALWAYS_UNVERIFIABLE);
    assertFalse(route.isDnsSrv());
    assertEquals("UseDefaultRouting(edge.fabrikam.net, AlwaysUnverifiable)", route.toString());
    assertEquals("UseDnsSrvRouting", EdgeRouting.dnsSrv().toString());
    assertEquals(EdgeRouting.dnsSrv(), new EdgeRouting.DnsSrv());
  }

  @Test
  void provisioningStateDefaultsToNotRequested() {
    OnPremisesConfiguration c =
        Fixtures.base().toBuilder()
            .era(ConnectivityEra.PIC_PROVISIONING)
            .putPicProvisioning(Fixtures.CONTOSO, ProvisioningState.IN_PROGRESS)
            .build();
    assertEquals(ProvisioningState.IN_PROGRESS, c.picProvisioningState(Fixtures.CONTOSO));
    assertFalse(c.picProvisioningState(Fixtures.CONTOSO).isActivated());
    assertEquals(ProvisioningState.NOT_REQUESTED, c.picProvisioningState(Fixtures.FABRIKAM));
    assertTrue(ProvisioningState.ACTIVATED.isActivated());
  }
}
