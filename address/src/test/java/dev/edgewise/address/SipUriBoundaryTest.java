package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edges of the strict SIP URI reader: the length limit, exactly at and one past it, for each
 * entry point; blank input; the {@code ttl} rule (1*3DIGIT, at most 255); duplicate parameter names
 * that differ only by escapes or case.
 */
class SipUriBoundaryTest {

  /** A valid URI of exactly {@code length} characters: {@code sip:} a long user, {@code @h.com}. */
  private static String uriOfLength(int length) {
    return "sip:" + "u".repeat(length - "sip:@h.com".length()) + "@h.com";
  }

  @Test
  void everyStrictEntryPointAcceptsExactlyMaxLength() {
    String max = uriOfLength(SipUri.MAX_LENGTH);
    assertEquals(SipUri.MAX_LENGTH, max.length());
    assertEquals(max, SipUri.parse(max).toString());
    assertTrue(SipUri.isValid(max));
    assertEquals(Optional.of(max), SipUri.tryParse(max).map(SipUri::toString));
    assertEquals(max, SipUri.parseUserInput(max).toString());
  }

  @Test
  void everyStrictEntryPointRefusesOnePastMaxLengthAtTheLimit() {
    String over = uriOfLength(SipUri.MAX_LENGTH + 1);
    AddressParseException e = assertThrows(AddressParseException.class, () -> SipUri.parse(over));
    assertEquals(AddressErrorKind.TOO_LONG, e.kind());
    assertEquals(SipUri.MAX_LENGTH, e.index());
    assertFalse(SipUri.isValid(over));
    assertEquals(Optional.empty(), SipUri.tryParse(over));
    AddressParseException typed =
        assertThrows(AddressParseException.class, () -> SipUri.parseUserInput(over));
    assertEquals(AddressErrorKind.TOO_LONG, typed.kind());
  }

  @Test
  void theInternalReaderReportsTooLongAtTheLimit() {
    ParseFailure f = new ParseFailure();
    assertEquals(null, SipUri.parse(uriOfLength(SipUri.MAX_LENGTH + 1), f));
    assertEquals(AddressErrorKind.TOO_LONG, f.kind());
    assertEquals(SipUri.MAX_LENGTH, f.index());
    ParseFailure g = new ParseFailure();
    assertEquals(
        uriOfLength(SipUri.MAX_LENGTH), String.valueOf(SipUri.parse(uriOfLength(SipUri.MAX_LENGTH), g)));
  }

  @ParameterizedTest(name = "blank {index}")
  @ValueSource(strings = {" ", "\t", "\r", "\n", " \t\r\n "})
  void blankTextIsEmptyAtItsStart(String blank) {
    AddressParseException e = assertThrows(AddressParseException.class, () -> SipUri.parse(blank));
    assertEquals(AddressErrorKind.EMPTY, e.kind());
    assertEquals(0, e.index());
    assertFalse(SipUri.isValid(blank));
  }

  @Test
  void aBlankAfterTheSchemeIsNotEmptyInput() {
    // Only a wholly blank text is EMPTY; here the scheme was read.
    AddressParseException e =
        assertThrows(AddressParseException.class, () -> SipUri.parse("sip:\r"));
    assertFalse(e.kind() == AddressErrorKind.EMPTY, e.kind().toString());
  }

  /** RFC 3261 25.1: ttl = 1*3DIGIT, and 19.1.1 limits it to 0-255. */
  @ParameterizedTest(name = "ttl={0} -> {1}")
  @CsvSource({
    "0, 0",
    "7, 7",
    "025, 25",
    "255, 255",
    "256, -1",
    "999, -1",
    "0255, -1",
    "0000, -1",
    "1a, -1",
    // Escaped digits are not 1*3DIGIT: an other-param, as an escaped transport is.
    "%32%35, -1",
  })
  void ttlIsOneToThreeDigitsUpTo255(String value, int expected) {
    SipUri u = SipUri.parse("sip:a@h.com;ttl=" + value);
    assertEquals(expected < 0 ? OptionalInt.empty() : OptionalInt.of(expected), u.ttl());
    // Outside its own rule the value is still a valid other-param.
    assertTrue(u.hasParameter("ttl"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "sip:a@h.com;lr;LR",
        "sip:a@h.com;lr;%6Cr",
        "sip:a@h.com;%6Cr;lr",
        "sip:a@h.com;l%72;x;%4C%52",
        "sip:a@h.com;x=1;y;X=2",
      })
  void namesThatDecodeToTheSameTextIgnoringCaseAreDuplicates(String text) {
    AddressParseException e = assertThrows(AddressParseException.class, () -> SipUri.parse(text));
    assertEquals(AddressErrorKind.DUPLICATE_PARAMETER, e.kind());
    // The index is the second occurrence's name.
    assertEquals(text.lastIndexOf(';') + 1, e.index());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sip:a@h.com;lr;l", "sip:a@h.com;%6Cr;%6C", "sip:a@h.com;ab;a%62c"})
  void namesThatDifferAfterDecodingAreNotDuplicates(String text) {
    assertTrue(SipUri.isValid(text), text);
  }
}
