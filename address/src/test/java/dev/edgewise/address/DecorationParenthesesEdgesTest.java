package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decorated names whose parenthesis stands at the very first character of the text, where an
 * offset check written as {@code > 0} instead of {@code >= 0} would go wrong, and the components a
 * decorated IM address may not carry, port 0 included. Both readers of typed text, {@code
 * NameDecoration.decode} and {@code ContactAddress.classify}, must name the same error. Written
 * against mutants PIT left alive in {@code NameDecoration} and {@code Classifier}.
 */
class DecorationParenthesesEdgesTest {
  private static final NameDecoration RULES = NameDecoration.defaults();

  @ParameterizedTest(name = "[{0}] -> {1}@{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "((contoso.com)@msn.com | UNBALANCED_PARENTHESES | 1",
        "(bob@msn.com | UNBALANCED_PARENTHESES | 0",
        ")bob@msn.com | UNBALANCED_PARENTHESES | 0",
        "(contoso.com)@msn.com | BAD_LOCAL_PART | 0",
        "' (contoso.com)@msn.com' | BAD_LOCAL_PART | 1",
        "bob(contoso.com)@contoso.com | WRONG_ROUTING_DOMAIN | 17",
        "sip:bob(contoso.com)@msn.com:0 | URI_COMPONENTS_NOT_ALLOWED | 28",
        "sip:bob(contoso.com)@msn.com:5061 | URI_COMPONENTS_NOT_ALLOWED | 28",
      })
  void decodeNamesTheFirstError(String typed, AddressErrorKind kind, int index) {
    AddressParseException e =
        assertThrows(AddressParseException.class, () -> RULES.decode(typed));
    assertEquals(kind, e.kind(), e::getMessage);
    assertEquals(index, e.index(), e::getMessage);
  }

  @ParameterizedTest(name = "[{0}] -> {1}@{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "sip:bob(contoso.com)@msn.com:0 | URI_COMPONENTS_NOT_ALLOWED | 28",
        "sip:alice@live.com:0 | URI_COMPONENTS_NOT_ALLOWED | 18",
        // an invalid user part under a host with a trailing dot: the user part's error
        "sip:b..b@live.com. | BAD_LOCAL_PART | 6",
        "sip:(b@live.com. | UNBALANCED_PARENTHESES | 4",
      })
  void decodeOfAParsedUriNamesTheFirstError(String uri, AddressErrorKind kind, int index) {
    SipUri u = SipUri.parse(uri);
    AddressParseException e = assertThrows(AddressParseException.class, () -> RULES.decode(u));
    assertEquals(kind, e.kind(), e::getMessage);
    assertEquals(index, e.index(), e::getMessage);
  }

  /** A parenthesis in the user part sends classify to the decoration rules, wherever it is. */
  @ParameterizedTest(name = "[{0}] -> {1}@{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "(bob@contoso.com | UNBALANCED_PARENTHESES | 0",
        ")bob@contoso.com | UNBALANCED_PARENTHESES | 0",
        "((contoso.com)@msn.com | UNBALANCED_PARENTHESES | 1",
        "(contoso.com)@msn.com | BAD_LOCAL_PART | 0",
        "bob(contoso.com)@contoso.com | WRONG_ROUTING_DOMAIN | 17",
        "sip:(bob@contoso.com | UNBALANCED_PARENTHESES | 4",
        "sip:)bob@contoso.com | UNBALANCED_PARENTHESES | 4",
        "sip:bob(contoso.com)@msn.com:0 | URI_COMPONENTS_NOT_ALLOWED | 28",
      })
  void classifyNamesTheSameError(String typed, AddressErrorKind kind, int index) {
    ContactAddress c = ContactAddress.classify(typed, RULES);
    assertEquals(ContactAddress.Invalid.class, c.getClass(), c::toString);
    ContactAddress.Invalid i = (ContactAddress.Invalid) c;
    assertEquals(kind, i.kind(), i::message);
    assertEquals(index, i.index(), i::message);
  }
}
