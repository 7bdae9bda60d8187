package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.CharBuffer;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MicrosoftAccountTest {

  @ParameterizedTest(name = "{0} -> {1}@{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "alice@outlook.com | alice | outlook.com",
        "Alice@Outlook.COM | alice | outlook.com",
        "BOB@HOTMAIL.COM | bob | hotmail.com",
        "bob@contoso.com. | bob | contoso.com",
        "bob.smith@live.com | bob.smith | live.com",
        "bob+news@outlook.com | bob+news | outlook.com",
        "Bob+News@Outlook.com | bob+news | outlook.com",
        "bob-smith@contoso.com | bob-smith | contoso.com",
        "b.o-b_1@sub.contoso.com | b.o-b_1 | sub.contoso.com",
        "x@contoso.com | x | contoso.com",
        "a%28b%29@contoso.com | a%28b%29 | contoso.com",
        "bob@Bücher.de | bob | xn--bcher-kva.de",
        "bob@BİLGİ.com | bob | xn--bilgi-8fdd.com",
        "ILIK@ILIK.COM | ilik | ilik.com",
      })
  void validAccounts(String input, String local, String domain) {
    MicrosoftAccount a = MicrosoftAccount.parse(input);
    assertEquals(local, a.localPart());
    assertEquals(Domain.parse(domain), a.domain());
    assertEquals(local + "@" + domain, a.toString());
    assertEquals(Optional.of(a), MicrosoftAccount.tryParse(input));
    assertTrue(MicrosoftAccount.isValid(input));
    assertEquals(a, MicrosoftAccount.parse(a.toString()));
    assertEquals(a.hashCode(), MicrosoftAccount.parse(a.toString()).hashCode());
  }

  @Test
  void everyAtextCharacterIsAllowed() {
    String atext = "!#$%&'*+-/=?^_`{|}~";
    assertEquals(atext, MicrosoftAccount.parse(atext + "@contoso.com").localPart());
  }

  @Test
  void localPartLimitIs64() {
    String local64 = "a".repeat(64);
    assertEquals(local64, MicrosoftAccount.parse(local64 + "@contoso.com").localPart());
    assertError("a".repeat(65) + "@contoso.com", AddressErrorKind.BAD_LOCAL_PART, 64);
    assertError("a".repeat(2000) + "@contoso.com", AddressErrorKind.TOO_LONG, 0);
  }

  @ParameterizedTest(name = "{0} -> {1} at {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'' | EMPTY | 0",
        "'  ' | EMPTY | 0",
        "bob | MISSING_AT | 3",
        "bob.contoso.com | MISSING_AT | 15",
        "bob@alice@contoso.com | MISSING_AT | 9",
        "@contoso.com | BAD_LOCAL_PART | 0",
        "bob@ | BAD_DOMAIN | 4",
        "bob@localhost | BAD_DOMAIN | 4",
        "bob@[192.0.2.1] | BAD_DOMAIN | 4",
        "bob@192.0.2.1 | BAD_DOMAIN | 12",
        "bob@contoso..com | BAD_DOMAIN | 12",
        "bob@con_toso.com | BAD_DOMAIN | 7",
        // Quoted local parts: legal e-mail, not an account name.
        "'\"bob\"@contoso.com' | BAD_LOCAL_PART | 0",
        "'\"bob smith\"@contoso.com' | BAD_LOCAL_PART | 0",
        // Comments and parentheses, including the decorated form.
        "bob(work)@contoso.com | BAD_LOCAL_PART | 3",
        "(work)bob@contoso.com | BAD_LOCAL_PART | 0",
        "bob(contoso.com)@msn.com | BAD_LOCAL_PART | 3",
        "bob)@contoso.com | BAD_LOCAL_PART | 3",
        // Spaces, even around the address.
        "bob smith@contoso.com | BAD_LOCAL_PART | 3",
        "' bob@contoso.com' | BAD_LOCAL_PART | 0",
        "'bob@contoso.com ' | BAD_DOMAIN | 15",
        "'bob @contoso.com' | BAD_LOCAL_PART | 3",
        "'bob@ contoso.com' | BAD_DOMAIN | 4",
        // Dots.
        ".bob@contoso.com | BAD_LOCAL_PART | 0",
        "bob.@contoso.com | BAD_LOCAL_PART | 3",
        "bob..smith@contoso.com | BAD_LOCAL_PART | 4",
        // Other specials.
        "bob,smith@contoso.com | BAD_LOCAL_PART | 3",
        "bob;x@contoso.com | BAD_LOCAL_PART | 3",
        "bob:x@contoso.com | BAD_LOCAL_PART | 3",
        "<bob@contoso.com> | BAD_LOCAL_PART | 0",
        "bob\\x@contoso.com | BAD_LOCAL_PART | 3",
        "bob[1]@contoso.com | BAD_LOCAL_PART | 3",
        // Non-ASCII local parts (RFC 6531) are not account names.
        "bjørn@contoso.com | BAD_LOCAL_PART | 2",
        // Turkish capitals: dotted I is not ASCII, so not folded to i.
        "İLIK@contoso.com | BAD_LOCAL_PART | 0",
        "sip:bob@contoso.com | BAD_LOCAL_PART | 3",
      })
  void invalidAccounts(String input, AddressErrorKind kind, int index) {
    assertError(input, kind, index);
  }

  @Test
  void rejectionMessagesSayWhy() {
    assertTrue(message("\"bob\"@contoso.com").contains("quoted"));
    assertTrue(message("bob(contoso.com)@msn.com").contains("NameDecoration"));
    assertTrue(message("bob smith@contoso.com").contains("spaces"));
    assertTrue(message("bjørn@contoso.com").contains("ASCII"));
  }

  @Test
  void canonicalStringInputIsKeptAsIs() {
    String canonical = "bob.smith@contoso.com";
    assertSame(canonical, MicrosoftAccount.parse(canonical).toString());
    assertEquals("bob@contoso.com", MicrosoftAccount.parse("bob@CONTOSO.com").toString());
    assertEquals(
        "bob@contoso.com", MicrosoftAccount.parse(CharBuffer.wrap("bob@contoso.com")).toString());
  }

  @Test
  void equalityIgnoresCaseButNotDotsOrTags() {
    MicrosoftAccount bob = MicrosoftAccount.parse("bob@outlook.com");
    assertEquals(bob, MicrosoftAccount.parse("BOB@OUTLOOK.COM"));
    assertFalse(bob.equals(MicrosoftAccount.parse("b.ob@outlook.com")));
    assertFalse(bob.equals(MicrosoftAccount.parse("bob+x@outlook.com")));
    assertFalse(bob.equals(MicrosoftAccount.parse("bob@outlook.de")));
    assertFalse(bob.equals((Object) "bob@outlook.com"));
  }

  private static String message(String input) {
    return assertThrows(AddressParseException.class, () -> MicrosoftAccount.parse(input))
        .getMessage();
  }

  static void assertError(String input, AddressErrorKind kind, int index) {
    AddressParseException e =
        assertThrows(AddressParseException.class, () -> MicrosoftAccount.parse(input));
    assertEquals(kind, e.kind(), e.getMessage());
    assertEquals(index, e.index(), e.getMessage());
    assertEquals(Optional.empty(), MicrosoftAccount.tryParse(input));
    assertFalse(MicrosoftAccount.isValid(input));
  }
}
