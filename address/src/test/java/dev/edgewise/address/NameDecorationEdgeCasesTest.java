package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decoding at the edges the main table passes by: a parenthesis or an '@' at the very start, a
 * scheme that only begins like sip, port 0, a host label too long for DNS, and error indexes in an escaped user
 * part. Each row: the input, the error kind, and its index in the input.
 */
class NameDecorationEdgeCasesTest {
  private static final NameDecoration RULES = NameDecoration.defaults();

  @ParameterizedTest(name = "typed {0} -> {1}@{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "((contoso.com))@msn.com | UNBALANCED_PARENTHESES | 1",
        "(contoso.com@msn.com | UNBALANCED_PARENTHESES | 0",
        "@live.com | BAD_LOCAL_PART | 0",
        "sipx:bob@live.com | BAD_SCHEME | 0",
        "sips:bob@live.com | BAD_SCHEME | 0",
        // No account is at a one-label domain, so no decoration advice either.
        "bob@localhost | BAD_DOMAIN | 4",
      })
  void typed(String typed, AddressErrorKind kind, int index) {
    AddressParseException e = assertThrows(AddressParseException.class, () -> RULES.decode(typed));
    assertEquals(kind, e.kind(), e::getMessage);
    assertEquals(index, e.index(), e::getMessage);
  }

  @ParameterizedTest(name = "URI {0} -> {1}@{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Port 0 is a port: not the bare sip:user@host an account's address is.
        "sip:bob@live.com:0 | URI_COMPONENTS_NOT_ALLOWED | 16",
        // An escaped user part: the index is still the host's position in the URI's text.
        "sip:bob%28contoso.com%29@live.com | WRONG_ROUTING_DOMAIN | 25",
        // A host SIP accepts and DNS does not: a label of 64 characters.
        "sip:bob@aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com | BAD_HOST | -1",
        // Before: NOT_DECORATED advising bob(localhost)@msn.com, itself refused.
        "sip:bob@localhost | BAD_DOMAIN | 8",
      })
  void uri(String uri, AddressErrorKind kind, int index) {
    SipUri u = SipUri.parse(uri);
    AddressParseException e = assertThrows(AddressParseException.class, () -> RULES.decode(u));
    assertEquals(kind, e.kind(), e::getMessage);
    if (index >= 0) {
      assertEquals(index, e.index(), e::getMessage);
    }
  }
}
