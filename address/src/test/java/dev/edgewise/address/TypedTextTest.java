package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one reader of typed text: {@link SipUri#parseUserInput}, {@link ContactAddress#classify} and
 * {@link NameDecoration#decode(CharSequence)} agree on the limit, the blanks and the display name.
 */
class TypedTextTest {
  private static final NameDecoration RULES = NameDecoration.defaults();

  /** The region read, as "start-end", or the error as "KIND@index". */
  private static String read(String typed) {
    ParseFailure f = new ParseFailure();
    long r = TypedText.read(typed, f);
    return r == TypedText.NONE
        ? f.kind() + "@" + f.index()
        : TypedText.start(r) + "-" + TypedText.end(r);
  }

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bob@contoso.com | 0-15",
        "'  bob@contoso.com\t' | 2-17",
        // No-break, narrow no-break, ideographic and zero-width spaces and the BOM all trim.
        "'\u00a0bob@contoso.com\u202f' | 1-16",
        "'\u3000\u200b\ufeffbob@contoso.com' | 3-18",
        "'' | EMPTY@0",
        "'\u00a0 \u200b' | EMPTY@0",
        "<bob@contoso.com> | 1-16",
        "'< bob@contoso.com >' | 2-17",
        "Bob <bob@contoso.com> | 5-20",
        "'\"Bob\" <bob@contoso.com>' | 7-22",
        // Words and quoted strings mix; quotes may hold angle brackets and escaped quotes.
        "'Bob \"The Boss\" Smith <b@c.com>' | 22-29",
        "'\"a<b>\\\"c\" <b@c.com>' | 11-18",
        "'\"Bob <b@c.com>' | BAD_NAME_ADDR@0",
        "'Bob\" <b@c.com>' | BAD_NAME_ADDR@3",
        "Bob <b@c.com | BAD_NAME_ADDR@12",
        "Bob> <b@c.com> | BAD_NAME_ADDR@3",
        "<> | BAD_NAME_ADDR@1",
        "'< >' | BAD_NAME_ADDR@1",
        "< | BAD_NAME_ADDR@1",
        "b@c.com> | BAD_NAME_ADDR@7",
        "<b@c.com> trailing | BAD_NAME_ADDR@18",
      })
  void reader(String typed, String expected) {
    assertEquals(expected, read(typed));
  }

  @Test
  void theLimitIsCheckedFirstAndItsIndexIsInTheInput() {
    String at = "b@" + "a".repeat(TypedText.MAX_LENGTH - 2);
    assertEquals(0L + at.length(), TypedText.read(at, new ParseFailure()));
    ParseFailure f = new ParseFailure();
    assertEquals(TypedText.NONE, TypedText.read(at + "a", f));
    assertEquals(AddressErrorKind.TOO_LONG, f.kind());
    assertEquals(TypedText.MAX_LENGTH, f.index());
  }

  /** Issue 15: a 4,093-character input failed TOO_LONG with an index past its end. */
  @Test
  void implicitSchemeLimitReportsAnIndexInsideTheInput() {
    String typed = "b@" + "a".repeat(4091);
    AddressParseException e =
        assertThrows(AddressParseException.class, () -> SipUri.parseUserInput(typed));
    assertEquals(AddressErrorKind.TOO_LONG, e.kind());
    assertTrue(e.index() < typed.length(), "index " + e.index());
    assertEquals(SipUri.MAX_LENGTH - 4, e.index());
    // One shorter and the URI is exactly MAX_LENGTH long: accepted, and it parses back.
    String fits = "b@a" + ".a".repeat(2044) + "a";
    assertEquals(SipUri.MAX_LENGTH - 4, fits.length());
    SipUri u = SipUri.parseUserInput(fits);
    assertEquals(SipUri.MAX_LENGTH, u.toString().length());
    assertEquals(u, SipUri.parse(u.toString()));
    ContactAddress c = ContactAddress.classify(typed, RULES);
    assertEquals(AddressErrorKind.TOO_LONG, assertInstanceOf(ContactAddress.Invalid.class, c).kind());
  }

  @Test
  void everyReaderHasTheSameLimit() {
    String tooLong = " ".repeat(TypedText.MAX_LENGTH) + "bob@live.com";
    assertEquals(
        AddressErrorKind.TOO_LONG,
        assertThrows(AddressParseException.class, () -> SipUri.parseUserInput(tooLong)).kind());
    assertEquals(
        AddressErrorKind.TOO_LONG,
        assertThrows(AddressParseException.class, () -> RULES.decode(tooLong)).kind());
    ContactAddress c = ContactAddress.classify(tooLong, RULES);
    ContactAddress.Invalid i = assertInstanceOf(ContactAddress.Invalid.class, c);
    assertEquals(AddressErrorKind.TOO_LONG, i.kind());
    assertEquals(TypedText.MAX_LENGTH, i.index());
    // Under the limit, surrounding blanks cost nothing.
    String padded = " ".repeat(3000) + "bob@live.com" + " ".repeat(1000);
    assertEquals(SipUri.parse("sip:bob@live.com"), SipUri.parseUserInput(padded));
    assertEquals(MicrosoftAccount.parse("bob@live.com"), RULES.decode(padded));
    assertInstanceOf(ContactAddress.NativeAccount.class, ContactAddress.classify(padded, RULES));
  }

  /** Issue 15: a leading no-break space failed BAD_USER_CHAR in one reader only. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'\u00a0erin@northwind.com' | sip:erin@northwind.com",
        "'\u200bsip:erin@northwind.com\u00a0' | sip:erin@northwind.com",
        // A display name with a quoted part was read by one reader only.
        "'Erin \"E\" North <sip:erin@northwind.com>' | sip:erin@northwind.com",
        "'\"North, Erin\" <erin@northwind.com>' | sip:erin@northwind.com",
        "'\"<odd>\" <erin;ext=1@northwind.com>' | sip:erin;ext=1@northwind.com",
        // A host and port is no scheme in either reader.
        "erin@northwind.com:5061 | sip:erin@northwind.com:5061",
        "northwind.com:5061 | sip:northwind.com:5061",
        "erin:1234@northwind.com | sip:erin:1234@northwind.com",
      })
  void sipReaderAndClassifierAgree(String typed, String uri) {
    SipUri expected = SipUri.parse(uri);
    assertEquals(expected, SipUri.parseUserInput(typed));
    ContactAddress c = ContactAddress.classify(typed, RULES);
    if (c instanceof ContactAddress.Ambiguous a) {
      assertEquals(expected, a.federatedUser());
    } else if (c instanceof ContactAddress.Invalid i) {
      // Only a server address (no user) is refused by the classifier, for its own reason.
      assertEquals(Optional.empty(), expected.user(), i.message());
    } else {
      assertEquals(expected, assertInstanceOf(ContactAddress.SipAddress.class, c).uri());
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'\"Bob <sip:bob@contoso.com>' | BAD_NAME_ADDR | 0",
        "'Bob <sip:bob@contoso.com' | BAD_NAME_ADDR | 24",
        "'Bob\" <sip:bob@contoso.com>' | BAD_NAME_ADDR | 3",
        "'<>' | BAD_NAME_ADDR | 1",
        "'\u00a0\u00a0' | EMPTY | 0",
        "'mailx:bob@contoso.com' | BAD_SCHEME | 0",
      })
  void bothReadersRejectAlike(String typed, AddressErrorKind kind, int index) {
    AddressParseException e =
        assertThrows(AddressParseException.class, () -> SipUri.parseUserInput(typed));
    assertEquals(kind + "@" + index, e.kind() + "@" + e.index());
    ContactAddress.Invalid i =
        assertInstanceOf(ContactAddress.Invalid.class, ContactAddress.classify(typed, RULES));
    assertEquals(kind + "@" + index, i.kind() + "@" + i.index());
  }

  @Test
  void decodeReadsDisplayNamesToo() {
    assertEquals(
        MicrosoftAccount.parse("bob@contoso.com"),
        RULES.decode("\u00a0\"Bob\" <Bob(Contoso.com)@msn.com>"));
    assertEquals(
        AddressErrorKind.BAD_NAME_ADDR,
        assertThrows(AddressParseException.class, () -> RULES.decode("Bob <bob@live.com"))
            .kind());
  }
}
