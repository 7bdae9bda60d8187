package dev.edgewise.policy;

import static dev.edgewise.policy.Fixtures.ALICE;
import static dev.edgewise.policy.Fixtures.base;
import static dev.edgewise.policy.Fixtures.d;
import static dev.edgewise.policy.Fixtures.sip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.core.Modality;
import dev.edgewise.policy.internal.eval.ConsumerMailDomains;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Facts of the built-in providers and the eras (issue 10 item 5, domain brief 0.7 item 17): data
 * the evaluator reads, pinned here.
 */
class ProviderFactsTest {

  @Test
  void skypeCarriesVideoInTheDefaultEraAndTheLaunchPresetStaysAvailable() {
    assertEquals(ConnectivityEra.DNS_SRV_DISCOVERY, OnPremisesConfiguration.freshInstall().era());
    assertTrue(PublicProvider.skype().supports(Modality.VIDEO));
    assertEquals(CapabilityPreset.WITH_VIDEO.modalities(), PublicProvider.skype().capabilities());
    assertEquals(CapabilityPreset.LAUNCH.modalities(), PublicProvider.skypeAtLaunch().capabilities());
    assertEquals(
        CapabilityPreset.WITH_VIDEO.modalities(),
        PublicProvider.builder().identity("P").proxyFqdn(d("p.example.com")).build().capabilities());
  }

  @Test
  void yahooAndAolServeTheirConsumerDomains() {
    assertEquals(
        Set.of(d("yahoo.com"), d("ymail.com"), d("rocketmail.com")),
        PublicProvider.yahoo().consumerDomains());
    assertEquals(Set.of(d("aol.com"), d("aim.com")), PublicProvider.aim().consumerDomains());
    assertEquals(PublicProvider.yahoo().consumerDomains(), PublicProvider.yahoo().providerDomains());
    assertEquals(Optional.empty(), PublicProvider.yahoo().nameDecoration());
    assertEquals(Set.of(), PublicProvider.skype().consumerDomains());
    for (PublicProvider p : List.of(PublicProvider.yahoo(), PublicProvider.aim())) {
      for (var dom : p.consumerDomains()) {
        assertTrue(ConsumerMailDomains.contains(dom), dom.toString());
      }
    }
  }

  @Test
  void bobAtYahooIsYahoosUserNotAFederatedDomain() {
    OnPremisesConfiguration c =
        base().toBuilder()
            .addPublicProviders(PublicProvider.yahoo().toBuilder().enabled(true).build())
            .era(ConnectivityEra.PIC_PROVISIONING)
            .putPicProvisioning(Fixtures.CONTOSO, ProvisioningState.ACTIVATED)
            .build()
            .requireValid();
    Decision d =
        ExternalAccessEvaluator.compile(c)
            .evaluate(OutboundRequest.of(ALICE, sip("sip:bob@yahoo.com"), Modality.IM));
    assertEquals(RemoteClass.PUBLIC_PROVIDER_USER, d.remoteClass(), d.toString());
  }

  @ParameterizedTest
  @CsvSource({
    "PIC_PROVISIONING,      2013-05-29, 2019-08-15, true",
    "DNS_SRV_DISCOVERY,     2019-08-15, 2025-05-05, true",
    "SKYPE_INTEROP_RETIRED, 2025-05-05, ,           false",
  })
  void erasAreDatedFacts(ConnectivityEra era, String begins, String ends, boolean publicIm) {
    assertEquals(LocalDate.parse(begins), era.begins());
    assertEquals(Optional.ofNullable(ends).map(LocalDate::parse), era.ends());
    assertEquals(publicIm, era.carriesPublicIm());
  }

  @ParameterizedTest
  @CsvSource({
    "Yahoo, PIC_PROVISIONING,      true",
    "Yahoo, DNS_SRV_DISCOVERY,     false",
    "Yahoo, SKYPE_INTEROP_RETIRED, false",
    "AOL,   PIC_PROVISIONING,      true",
    "AOL,   DNS_SRV_DISCOVERY,     false",
    "Skype, PIC_PROVISIONING,      true",
    "Skype, DNS_SRV_DISCOVERY,     true",
    "Skype, SKYPE_INTEROP_RETIRED, true",
  })
  void yahooAndAolEndedInJune2014(String identity, ConnectivityEra era, boolean serves) {
    PublicProvider p =
        switch (identity) {
          case "Yahoo" -> PublicProvider.yahoo();
          case "AOL" -> PublicProvider.aim();
          default -> PublicProvider.skype();
        };
    assertEquals(serves, p.servesIn(era));
  }

  @Test
  void connectivityEndIsData() {
    assertEquals(Optional.of(LocalDate.of(2014, 6, 30)), PublicProvider.yahoo().connectivityEnded());
    assertEquals(Optional.of(LocalDate.of(2014, 6, 30)), PublicProvider.aim().connectivityEnded());
    assertEquals(Optional.empty(), PublicProvider.skype().connectivityEnded());
    PublicProvider endsOnEraStart =
        PublicProvider.skype().toBuilder()
            .connectivityEnded(ConnectivityEra.DNS_SRV_DISCOVERY.begins())
            .build();
    assertTrue(endsOnEraStart.servesIn(ConnectivityEra.DNS_SRV_DISCOVERY), "the last day counts");
    assertFalse(endsOnEraStart.servesIn(ConnectivityEra.SKYPE_INTEROP_RETIRED));
    assertThrows(NullPointerException.class, () -> PublicProvider.skype().servesIn(null));
  }

  @Test
  void messengerIsNamedAsTheInstructionsRemoveIt() {
    assertEquals("Messenger", PublicProvider.messenger().identity());
    assertEquals(PublicProvider.MESSENGER_IDENTITY, PublicProvider.messenger().identity());
    assertEquals(d(PublicProvider.MESSENGER_PROXY_FQDN), PublicProvider.messenger().proxyFqdn());
  }

  @Test
  void outgoingTlsCountDefaultsToFour() {
    assertEquals(4, AccessEdgeConfiguration.freshInstall().outgoingTlsCountForFederatedPartners());
  }

  @Test
  void freshInstallIsStillValid() {
    assertEquals(List.of(), OnPremisesConfiguration.freshInstall().validate());
    for (Product p : Product.values()) {
      if (p.platform() == Platform.ON_PREMISES) {
        assertEquals(
            List.of(),
            OnPremisesConfiguration.freshInstall().toBuilder().product(p).build().validate(),
            p.toString());
      }
    }
  }
}
