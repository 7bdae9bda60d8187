package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one reader of typed text at its edges: a '<' only inside a quoted display name, a scheme
 * that is the whole text, digits in and after a scheme, 'A' and 'Z' at the ends of the letter
 * ranges (in scheme words, Skype names and the strict decoding's case check). Both readers that
 * use it must agree. Written against mutants PIT left alive in {@code TypedText}.
 */
class TypedTextEdgesTest {
  private static final NameDecoration RULES = NameDecoration.defaults();

  private static ContactAddress.Invalid invalid(String typed) {
    ContactAddress c = ContactAddress.classify(typed, RULES);
    return assertInstanceOf(ContactAddress.Invalid.class, c, c::toString);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"\"a<b\" x", "\"<\"", "x \"<sip:a@h.com>\""})
  void aLessThanInsideQuotesOnlyIsNoAddress(String typed) {
    AddressParseException e =
        assertThrows(AddressParseException.class, () -> SipUri.parseUserInput(typed));
    assertEquals(AddressErrorKind.BAD_NAME_ADDR, e.kind());
    assertEquals(typed.length(), e.index());
    assertTrue(e.getMessage().contains("expected <address>"), e::getMessage);
    ContactAddress.Invalid i = invalid(typed);
    assertEquals(AddressErrorKind.BAD_NAME_ADDR, i.kind());
    assertEquals(typed.length(), i.index());
    AddressParseException d =
        assertThrows(AddressParseException.class, () -> RULES.decode(typed));
    assertEquals(AddressErrorKind.BAD_NAME_ADDR, d.kind());
  }

  /** A word and a colon with nothing after it, or with a non-digit, is another scheme. */
  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"bob:", "a1:x", "a0:b", "a9:b", "x-y.z+0:q", "bob:x@contoso.com"})
  void anotherSchemeIsRefusedAtItsStart(String typed) {
    ContactAddress.Invalid i = invalid(typed);
    assertEquals(AddressErrorKind.BAD_SCHEME, i.kind(), i::message);
    assertEquals(0, i.index());
    AddressParseException e =
        assertThrows(AddressParseException.class, () -> SipUri.parseUserInput(typed));
    assertEquals(AddressErrorKind.BAD_SCHEME, e.kind());
    assertEquals(0, e.index());
  }

  /** A colon followed by a digit is a port: no scheme. */
  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource({"contoso.com:0, 0", "contoso.com:9, 9", "contoso.com:5061, 5061"})
  void aColonBeforeADigitIsAPort(String typed, int port) {
    assertEquals(OptionalInt.of(port), SipUri.parseUserInput(typed).port());
  }

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "MAILTO:bob@live.com | NativeAccount",
        "mAilto:bob@live.com | NativeAccount",
        "Live:bob | SkypeName",
        "SKYPE:bob | SkypeName",
        "TEL:+14255550100 | PhoneNumber",
        "SIPS:bob@contoso.com | SipAddress",
        // Skype names start with a letter at either end of either range
        "Amy | SkypeName",
        "Zed | SkypeName",
        "zed | SkypeName",
        "aZ | SkypeName",
        "a@ | Invalid",
        // the characters just past each letter range are no letters
        "a{ | Invalid",
        "a~ | Invalid",
        "a[ | Invalid",
        "a` | Invalid",
        "{a | Invalid",
        "`a | Invalid",
      })
  void letterRangesAreWholeInSchemesAndNames(String typed, String kind) {
    ContactAddress c = ContactAddress.classify(typed, RULES);
    assertEquals(kind, c.getClass().getSimpleName(), c::toString);
  }

  /** Blanks before the address count towards no limit: 800 of them before a plain account. */
  @org.junit.jupiter.api.Test
  void manyLeadingBlanksDoNotCountTowardsTheAccountLimit() {
    String typed = " ".repeat(800) + "bob@contoso.com";
    ContactAddress c = ContactAddress.classify(typed, RULES);
    ContactAddress.Ambiguous a = assertInstanceOf(ContactAddress.Ambiguous.class, c, c::toString);
    assertEquals("bob@contoso.com", a.account().toString());
    assertEquals("sip:bob@contoso.com", SipUri.parseUserInput(typed).toString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "sip:Z@live.com",
        "sip:A@live.com",
        "sip:bZ@live.com",
        "sip:Z(contoso.com)@msn.com",
        "sip:A(contoso.com)@msn.com",
      })
  void strictDecodingRefusesUpperCaseAtEitherEndOfTheRange(String uri) {
    SipUri u = SipUri.parse(uri);
    AddressParseException e = assertThrows(AddressParseException.class, () -> RULES.decode(u));
    assertEquals(AddressErrorKind.NOT_CANONICAL, e.kind(), e::getMessage);
    assertEquals(4, e.index());
  }
}
