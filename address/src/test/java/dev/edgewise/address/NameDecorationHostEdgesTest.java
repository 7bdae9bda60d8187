package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hosts that a SIP URI allows and a Microsoft account's IM address does not: an IP address, and a
 * host name that is no domain name (a label longer than 63 characters). The error names the host,
 * at the place the reason lies. Written against mutants PIT left alive in {@code NameDecoration}.
 */
class NameDecorationHostEdgesTest {
  private static final NameDecoration RULES = NameDecoration.defaults();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "sip:bob@192.0.2.1 | 8 | not an IP address",
        "sip:bob@[2001:db8::1] | 8 | not an IP address",
        "sip:b(contoso.com)@192.0.2.1 | 19 | not an IP address",
      })
  void anIpAddressIsNoAccountDomain(String uri, int index, String advice) {
    AddressParseException e =
        assertThrows(AddressParseException.class, () -> RULES.decode(SipUri.parse(uri)));
    assertEquals(AddressErrorKind.BAD_HOST, e.kind());
    assertEquals(index, e.index());
    assertTrue(e.getMessage().contains(advice), e::getMessage);
  }

  @ParameterizedTest(name = "label of {0}")
  @CsvSource({"64, 71", "100, 71"})
  void aHostNameThatIsNoDomainNameIsRefusedWhereItFails(int labelLength, int index) {
    String uri = "sip:bob@" + "a".repeat(labelLength) + ".com";
    AddressParseException e =
        assertThrows(AddressParseException.class, () -> RULES.decode(SipUri.parse(uri)));
    assertEquals(AddressErrorKind.BAD_HOST, e.kind(), e::getMessage);
    assertEquals(index, e.index(), e::getMessage);
    // Typed, the same text gives the same error at the same place.
    AddressParseException t = assertThrows(AddressParseException.class, () -> RULES.decode(uri));
    assertEquals(AddressErrorKind.BAD_HOST, t.kind(), t::getMessage);
    assertEquals(index, t.index(), t::getMessage);
  }
}
