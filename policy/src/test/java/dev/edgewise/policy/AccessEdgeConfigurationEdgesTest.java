package dev.edgewise.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The settings of {@link AccessEdgeConfiguration} that gate nothing: their fresh-install defaults
 * (the cmdlet's), and the single-setting ranges, pinned at both sides of each bound.
 */
class AccessEdgeConfigurationEdgesTest {

  @Test
  void aFreshInstallHasTheCmdletDefaults() {
    // The settings that gate are checked with the rest of a fresh install in DefaultsTest.
    AccessEdgeConfiguration edge = AccessEdgeConfiguration.freshInstall();
    assertEquals(OnPremisesConfiguration.freshInstall().accessEdge(), edge);
    assertFalse(edge.enableArchivingDisclaimer());
    assertTrue(edge.markSourceVerifiableOnOutgoingMessages());
    assertTrue(edge.enableDiscoveredPartnerContactsLimit());
    assertEquals(1000, edge.maxContactsPerDiscoveredPartner());
    assertEquals(20, edge.discoveredPartnerStandardRate());
    assertEquals(60, edge.discoveredPartnerReportPeriodMinutes());
    assertTrue(edge.keepCrlsUpToDateForPeers());
    assertEquals(4, edge.outgoingTlsCountForFederatedPartners());
    assertFalse(edge.beClearinghouse());
    assertEquals(OptionalInt.empty(), edge.dnsSrvCacheRecordCount());
  }

  @Test
  void everyDefaultCanBeSetAndReadBack() {
    AccessEdgeConfiguration edge =
        AccessEdgeConfiguration.freshInstall().toBuilder()
            .markSourceVerifiableOnOutgoingMessages(false)
            .enableDiscoveredPartnerContactsLimit(false)
            .maxContactsPerDiscoveredPartner(7)
            .discoveredPartnerStandardRate(3)
            .discoveredPartnerReportPeriodMinutes(5)
            .keepCrlsUpToDateForPeers(false)
            .outgoingTlsCountForFederatedPartners(2)
            .beClearinghouse(true)
            .build();
    assertFalse(edge.markSourceVerifiableOnOutgoingMessages());
    assertFalse(edge.enableDiscoveredPartnerContactsLimit());
    assertEquals(7, edge.maxContactsPerDiscoveredPartner());
    assertEquals(3, edge.discoveredPartnerStandardRate());
    assertEquals(5, edge.discoveredPartnerReportPeriodMinutes());
    assertFalse(edge.keepCrlsUpToDateForPeers());
    assertEquals(2, edge.outgoingTlsCountForFederatedPartners());
    assertTrue(edge.beClearinghouse());
    assertEquals(edge, edge.toBuilder().build());
  }

  /** A setting, its lowest and highest accepted value (or null), and the message of a refusal. */
  static Stream<Arguments> ranges() {
    return Stream.of(
        Arguments.of(
            "MaxContactsPerDiscoveredPartner",
            0,
            null,
            (Setter) (b, v) -> b.maxContactsPerDiscoveredPartner(v)),
        Arguments.of(
            "DiscoveredPartnerStandardRate",
            0,
            null,
            (Setter) (b, v) -> b.discoveredPartnerStandardRate(v)),
        Arguments.of(
            "DiscoveredPartnerReportPeriodMinutes",
            1,
            null,
            (Setter) (b, v) -> b.discoveredPartnerReportPeriodMinutes(v)),
        Arguments.of(
            "OutgoingTlsCountForFederatedPartners",
            1,
            4,
            (Setter) (b, v) -> b.outgoingTlsCountForFederatedPartners(v)),
        Arguments.of(
            "DnsSrvCacheRecordCount", 0, null, (Setter) (b, v) -> b.dnsSrvCacheRecordCount(v)));
  }

  interface Setter {
    void set(AccessEdgeConfiguration.Builder b, int value);
  }

  private static AccessEdgeConfiguration with(Setter setter, int value) {
    AccessEdgeConfiguration.Builder b = AccessEdgeConfiguration.builder();
    setter.set(b, value);
    return b.build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ranges")
  void eachRangeAcceptsItsBoundsAndRefusesOneBeyond(
      String setting, int min, Integer max, Setter setter) {
    with(setter, min);
    IllegalArgumentException below =
        assertThrows(IllegalArgumentException.class, () -> with(setter, min - 1));
    assertTrue(below.getMessage().startsWith(setting + " must be "), below.getMessage());
    assertTrue(below.getMessage().endsWith(": " + (min - 1)), below.getMessage());
    if (max != null) {
      with(setter, max);
      IllegalArgumentException above =
          assertThrows(IllegalArgumentException.class, () -> with(setter, max + 1));
      assertEquals(setting + " must be 1 to 4: " + (max + 1), above.getMessage());
    } else {
      assertEquals(setting + " must be at least " + min + ": " + (min - 1), below.getMessage());
      with(setter, Integer.MAX_VALUE);
    }
  }
}
