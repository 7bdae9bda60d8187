package dev.edgewise.policy;

import static dev.edgewise.policy.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link HostingProvider}'s defaults (New-CsHostingProvider's) and its port range. */
class HostingProviderEdgesTest {

  private static HostingProvider.Builder hoster() {
    return HostingProvider.builder().identity("Hoster").proxyFqdn(d("edge.hoster.net"));
  }

  @Test
  void aNewProviderIsOffAndSharesNothing() {
    HostingProvider h = hoster().build();
    assertFalse(h.enabled());
    assertFalse(h.enabledSharedAddressSpace());
    assertFalse(h.hostsOcsUsers());
    assertFalse(h.isLocal());
    assertEquals(VerificationLevel.ALWAYS_VERIFIABLE, h.verificationLevel());
    assertEquals(443, h.sipClientPort());
    assertEquals(Optional.empty(), h.autodiscoverUrl());
    assertTrue(h.hostedDomains().isEmpty());
  }

  @Test
  void eachSwitchIsReadBackAsSet() {
    HostingProvider h =
        hoster()
            .enabled(true)
            .enabledSharedAddressSpace(true)
            .hostsOcsUsers(true)
            .isLocal(true)
            .build();
    assertTrue(h.enabled());
    assertTrue(h.enabledSharedAddressSpace());
    assertTrue(h.hostsOcsUsers());
    assertTrue(h.isLocal());
    assertEquals(h, h.toBuilder().build());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 443, 5061, 65535})
  void portsOneTo65535AreAccepted(int port) {
    assertEquals(port, hoster().sipClientPort(port).build().sipClientPort());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 65536, Integer.MAX_VALUE})
  void otherPortsAreRefusedByName(int port) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> hoster().sipClientPort(port).build());
    assertEquals("SipClientPort must be 1 to 65535: " + port, e.getMessage());
  }
}
