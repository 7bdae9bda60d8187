package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Edges of the one SIP URI scanner that the broader suites did not reach: a text that ends inside
 * the scheme, an empty user part where no scheme was typed, a bad escape in the password or a
 * header value, a host whose last label ends in '-', the scanner's own length guard, the packed
 * offsets it answers, and the counter the linearity test relies on. Written against mutants PIT
 * left alive in {@code SipUriScanner}.
 */
class SipUriScannerBoundaryTest {

  private static AddressParseException strict(String text) {
    assertFalse(SipUri.isValid(text), text);
    assertEquals(Optional.empty(), SipUri.tryParse(text), text);
    return assertThrows(AddressParseException.class, () -> SipUri.parse(text), text);
  }

  /** Strict texts that end early or hide an error where only one branch of the scanner looks. */
  @ParameterizedTest(name = "[{0}] -> {1}@{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the text ends inside or right after the scheme's letters
        "sip | BAD_SCHEME | 3",
        "SIP | BAD_SCHEME | 3",
        "sips | BAD_SCHEME | 4",
        "si | BAD_SCHEME | 2",
        "sipx:a@h.com | BAD_SCHEME | 3",
        // a bad escape in the password is the password's error, not an accepted URI
        "sip:a:%zz@h.com | BAD_ESCAPE | 6",
        "sip:a:b%2@h.com | BAD_ESCAPE | 7",
        // a bad header value, escape or character
        "sip:h.com?a=%zz | BAD_ESCAPE | 12",
        "sip:h.com?a=b c | BAD_HEADER | 13",
        "sip:h.com?a=b&c=%4 | BAD_ESCAPE | 16",
        // a last label that ends in '-' (no final dot after it)
        "sip:a@contoso.com- | BAD_HOST | 14",
        "sip:a@h- | BAD_HOST | 6",
        "sip:a@h.c-:5060 | BAD_HOST | 8",
      })
  void strictRejections(String text, AddressErrorKind kind, int index) {
    AddressParseException e = strict(text);
    assertEquals(kind, e.kind(), e::getMessage);
    assertEquals(index, e.index(), e::getMessage);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"contoso.com- | 8", "h- | 0", "a.b-.c | 2", "a-b.c | -1", "a.b-c | -1"})
  void aHostLabelNeverEndsInADash(String host, int index) {
    if (index < 0) {
      assertTrue(Host.isValid(host), host);
      return;
    }
    assertFalse(Host.isValid(host), host);
    AddressParseException e = assertThrows(AddressParseException.class, () -> Host.parse(host));
    assertEquals(AddressErrorKind.BAD_HOST, e.kind());
    assertEquals(index, e.index());
  }

  /** Typed text without a scheme: the error is the one at its own first character. */
  @ParameterizedTest(name = "[{0}] -> {1}@{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // nothing before the '@': an empty user part, not a missing host
        "@contoso.com | BAD_USER_CHAR | 0",
        "'  @contoso.com' | BAD_USER_CHAR | 2",
        // a ':' right at the start ends an empty user part
        ":x@contoso.com | BAD_USER_CHAR | 0",
        // no host at all: the error is where the host should be, in the text typed
        ":5060 | BAD_HOST | 0",
        ";x | BAD_HOST | 0",
        "?a=b | BAD_HOST | 0",
      })
  void userInputRejections(String text, AddressErrorKind kind, int index) {
    AddressParseException e =
        assertThrows(AddressParseException.class, () -> SipUri.parseUserInput(text));
    assertEquals(kind, e.kind(), e::getMessage);
    assertEquals(index, e.index(), e::getMessage);
  }

  @Test
  void theScannerRefusesAnOverlongRegionOnItsOwn() {
    // Every public entry point checks the length first; the scanner checks again because its
    // packed offsets have 14 bits and would silently wrap past MAX_LENGTH.
    String over = "sip:" + "u".repeat(SipUriScanner.MAX_LENGTH) + "@h.com";
    SipUriScanner.Report r = new SipUriScanner.Report();
    assertEquals(-1, SipUriScanner.scan(over, 0, over.length(), false, r));
    assertEquals(AddressErrorKind.TOO_LONG, r.error);
    assertEquals(SipUriScanner.MAX_LENGTH, r.errorIndex);
    // A region: the index is where the region passes the limit.
    String padded = "  " + over;
    SipUriScanner.Report p = new SipUriScanner.Report();
    assertEquals(-1, SipUriScanner.scan(padded, 2, padded.length(), false, p));
    assertEquals(2 + SipUriScanner.MAX_LENGTH, p.errorIndex);
    String host = "h".repeat(SipUriScanner.MAX_LENGTH + 1);
    SipUriScanner.Report h = new SipUriScanner.Report();
    assertNull(SipUriScanner.scanHostOnly(host, 0, host.length(), h));
    assertEquals(AddressErrorKind.TOO_LONG, h.error);
    // Exactly at the limit is scanned.
    String max = host.substring(1);
    assertEquals(Host.Type.DOMAIN_NAME, SipUriScanner.scanHostOnly(max, 0, max.length(), null));
  }

  @Test
  void hostEntryPointsAcceptExactlyMaxLength() {
    // A SIP host name has no length limit of its own (RFC 3261 hostname): only the input limit.
    String max = "h".repeat(SipUriScanner.MAX_LENGTH);
    assertEquals(Host.Type.DOMAIN_NAME, Host.parse(max).type());
    assertEquals(Optional.of(max), Host.tryParse(max).map(Host::toString));
    assertTrue(Host.isValid(max));
    String over = max + "h";
    AddressParseException e = assertThrows(AddressParseException.class, () -> Host.parse(over));
    assertEquals(AddressErrorKind.TOO_LONG, e.kind());
    assertEquals(SipUriScanner.MAX_LENGTH, e.index());
    assertEquals(Optional.empty(), Host.tryParse(over));
    assertFalse(Host.isValid(over));
  }

  @Test
  void packedOffsetsReadBackAsTheyWerePacked() {
    qt().forAll(
            integers().between(0, SipUriScanner.MAX_LENGTH),
            integers().between(0, SipUriScanner.MAX_LENGTH),
            integers().between(0, SipUriScanner.MAX_LENGTH),
            integers().between(0, SipUriScanner.MAX_LENGTH))
        .checkAssert(
            (userEnd, hostStart, hostEnd, headersStart) -> {
              for (Host.Type type : Host.Type.values()) {
                long packed =
                    SipUriScanner.pack(userEnd, hostStart, hostEnd, headersStart, type);
                assertEquals(userEnd, SipUriScanner.userEnd(packed));
                assertEquals(hostStart, SipUriScanner.hostStart(packed));
                assertEquals(hostEnd, SipUriScanner.hostEnd(packed));
                assertEquals(headersStart, SipUriScanner.headersStart(packed));
                assertEquals(type, SipUriScanner.hostType(packed));
                assertEquals(type, SipUriScanner.hostTypeOf(SipUriScanner.hostCode(packed)));
              }
            });
  }

  @ParameterizedTest
  @EnumSource(Host.Type.class)
  void aScanPacksWhatPackPacks(Host.Type type) {
    String host =
        switch (type) {
          case DOMAIN_NAME -> "h.com";
          case IPV4 -> "192.0.2.1";
          case IPV6 -> "[2001:db8::1]";
        };
    String text = "sip:bob@" + host + ";lr?a=b";
    int hostStart = "sip:bob@".length();
    int hostEnd = hostStart + host.length();
    long expected = SipUriScanner.pack(7, hostStart, hostEnd, text.indexOf('?'), type);
    assertEquals(expected, SipUriScanner.scan(text, 0, text.length(), false, null));
    assertEquals(type, SipUri.parse(text).host().type());
  }

  @Test
  void theDuplicateCheckCountsTheSlotsItFindsTaken() {
    // 800 names in a table of 2,048 slots: some probes find a slot taken whatever the per-JVM
    // hash key is (no collision at all has a chance far below 1e-30), so the counter the
    // linearity test bounds is seen to count.
    StringBuilder sb = new StringBuilder("sip:a@h.com");
    for (int i = 0; i < 800; i++) {
      sb.append(';').append(Integer.toString(i, 36));
    }
    String s = sb.toString();
    SipUriScanner.Report r = new SipUriScanner.Report();
    assertTrue(SipUriScanner.scan(s, 0, s.length(), false, r) >= 0);
    assertTrue(r.occupiedProbes > 0, "probes: " + r.occupiedProbes);
    assertTrue(r.occupiedProbes < 3 * 800, "probes: " + r.occupiedProbes);
  }
}
