package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Edges of the account reader that its one-pass common case must get exactly as the general
 * reading does: the letters at the ends of the upper-case range, A-labels (which only the general
 * reading checks), the input limit, an '@' at the very start, and the advice a rejection gives.
 * Written against mutants PIT left alive in {@code MicrosoftAccount}.
 */
class MicrosoftAccountEdgesTest {

  /** RFC 5322 3.2.3: atext is ALPHA / DIGIT and these. */
  private static final String ATEXT_SPECIALS = "!#$%&'*+-/=?^_`{|}~";

  @Test
  void atextIsExactlyTheGrammarsSet() {
    for (int i = 0; i < 0x300; i++) {
      char c = (char) i;
      String hex = "U+" + Integer.toHexString(i);
      boolean expected =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || ATEXT_SPECIALS.indexOf(c) >= 0;
      assertEquals(expected, MicrosoftAccount.isAtextBySpec(c), hex);
      assertEquals(expected, MicrosoftAccount.isAtext(c), hex);
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "A@contoso.com | a@contoso.com",
        "Z@contoso.com | z@contoso.com",
        "aZ@contoso.com | az@contoso.com",
        "a@ZA.com | a@za.com",
        "a@az.COM | a@az.com",
        "@@x | ",
      })
  void upperCaseAtTheEndsOfTheRangeIsFolded(String text, String canonical) {
    if (canonical == null) {
      assertFalse(MicrosoftAccount.isValid(text));
      return;
    }
    assertEquals(canonical, MicrosoftAccount.parse(text).toString());
    assertEquals(Optional.of(canonical), MicrosoftAccount.tryParse(text).map(Object::toString));
    ContactAddress c = ContactAddress.classify(text, NameDecoration.defaults());
    ContactAddress.Ambiguous a = assertInstanceOf(ContactAddress.Ambiguous.class, c);
    assertEquals(canonical, a.account().toString());
  }

  /** An A-label must round-trip; the one-pass reading leaves every xn-- label to the general one. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"a@xn--zz.com", "a@xn--abc.com", "a@xn--a.com", "a@xn---bcher-kva.com"})
  void anALabelThatDoesNotRoundTripIsRefused(String text) {
    AddressParseException e =
        assertThrows(AddressParseException.class, () -> MicrosoftAccount.parse(text));
    assertEquals(AddressErrorKind.BAD_DOMAIN, e.kind());
    assertFalse(MicrosoftAccount.isValid(text));
    ContactAddress c = ContactAddress.classify(text, NameDecoration.defaults());
    assertFalse(c instanceof ContactAddress.Ambiguous, c::toString);
  }

  @Test
  void aValidALabelIsKeptAsWritten() {
    MicrosoftAccount a = MicrosoftAccount.parse("bob@xn--bcher-kva.de");
    assertEquals("bob@xn--bcher-kva.de", a.toString());
    ContactAddress c = ContactAddress.classify("bob@xn--bcher-kva.de", NameDecoration.defaults());
    ContactAddress.Ambiguous amb = assertInstanceOf(ContactAddress.Ambiguous.class, c);
    assertEquals(a, amb.account());
    assertEquals("sip:bob(xn--bcher-kva.de)@msn.com", amb.decorated().toString());
  }

  @Test
  void theInputLimitIsExactlyMaxInputLength() {
    String domain = "@contoso.com";
    String at = "a".repeat(MicrosoftAccount.MAX_INPUT_LENGTH - domain.length()) + domain;
    assertEquals(MicrosoftAccount.MAX_INPUT_LENGTH, at.length());
    AddressParseException e =
        assertThrows(AddressParseException.class, () -> MicrosoftAccount.parse(at));
    // Read, not refused for its length: the local part is too long.
    assertEquals(AddressErrorKind.BAD_LOCAL_PART, e.kind());
    assertEquals(64, e.index());
    String over = "a" + at;
    AddressParseException o =
        assertThrows(AddressParseException.class, () -> MicrosoftAccount.parse(over));
    assertEquals(AddressErrorKind.TOO_LONG, o.kind());
    assertEquals(0, o.index());
  }

  @Test
  void classifyAppliesTheInputLimitToTheTrimmedText() {
    // 1,022 characters after two blanks: within the account limit, so the error is the space.
    String body = "a".repeat(1022 - " b@contoso.com".length()) + " b@contoso.com";
    assertEquals(1022, body.length());
    ContactAddress c = ContactAddress.classify("  " + body, NameDecoration.defaults());
    ContactAddress.Invalid i = assertInstanceOf(ContactAddress.Invalid.class, c);
    assertEquals(AddressErrorKind.BAD_LOCAL_PART, i.kind(), i::message);
    assertEquals(2 + body.indexOf(' '), i.index(), i::message);
  }

  @ParameterizedTest(name = "{0} -> {1}@{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "@a@contoso.com | MISSING_AT | 2",
        "@@contoso.com | MISSING_AT | 1",
        "a@b@contoso.com | MISSING_AT | 3",
      })
  void aSecondAtIsTheErrorWhereverTheFirstIs(String text, AddressErrorKind kind, int index) {
    AddressParseException e =
        assertThrows(AddressParseException.class, () -> MicrosoftAccount.parse(text));
    assertEquals(kind, e.kind(), e::getMessage);
    assertEquals(index, e.index(), e::getMessage);
  }

  /** The advice names what is wrong with the character, for the help desk. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'a b@contoso.com' | 1 | spaces are not allowed",
        "'a\u00a0b@contoso.com' | 1 | spaces are not allowed",
        "'a\u0080b@contoso.com' | 1 | account names are ASCII",
        "'a\u00e9b@contoso.com' | 1 | account names are ASCII",
        "'a\u007fb@contoso.com' | 1 | this character is not allowed",
        "'a\"b@contoso.com' | 1 | quoted names",
        "'bob@[192.0.2.1]' | 4 | not an address",
      })
  void rejectionsSayWhy(String text, int index, String advice) {
    AddressParseException e =
        assertThrows(AddressParseException.class, () -> MicrosoftAccount.parse(text));
    assertEquals(index, e.index(), e::getMessage);
    assertTrue(e.getMessage().contains(advice), e::getMessage);
  }
}
