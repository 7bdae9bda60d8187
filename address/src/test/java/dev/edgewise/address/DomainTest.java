package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Splitter;
import java.nio.CharBuffer;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tables in the style of Guava's InternetDomainNameTest. */
class DomainTest {
  private static final String LABEL_63 = "a".repeat(63);
  private static final String LABEL_64 = "a".repeat(64);

  /** 253 characters: four labels of 63 and one of 1, dots between. */
  private static final String ALMOST_TOO_LONG =
      LABEL_63 + "." + LABEL_63 + "." + LABEL_63 + "." + "a".repeat(61);

  private static final String TOO_LONG = ALMOST_TOO_LONG + "a";

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "contoso.com | contoso.com",
        "CONTOSO.COM | contoso.com",
        "Contoso.Com. | contoso.com",
        "sip.contoso.com | sip.contoso.com",
        "com | com",
        "a-b.c-d.example | a-b.c-d.example",
        "123.example | 123.example",
        "a.b.c.d.e.f.g | a.b.c.d.e.f.g",
        "x1.y2 | x1.y2",
        "xn--bcher-kva.de | xn--bcher-kva.de",
        "XN--BCHER-KVA.DE | xn--bcher-kva.de",
        "Bücher.de | xn--bcher-kva.de",
        "BÜCHER.DE | xn--bcher-kva.de",
        "bücher.de. | xn--bcher-kva.de",
        "straße.de | strasse.de",
        "ＣＯＮＴＯＳＯ．ＣＯＭ | contoso.com",
        "bücher。de | xn--bcher-kva.de",
        "例え.テスト | xn--r8jz45g.xn--zckzah",
        // Dotted capital I: IDNA 2003 folds it to i + combining dot, never to plain i.
        "BİLGİ.com | xn--bilgi-8fdd.com",
        // Dotless i is a letter of its own.
        "ıi.com | xn--i-eka.com",
        // A Turkish default locale must not turn I into dotless i.
        "HOTMAIL.COM | hotmail.com",
        "LIVE.COM | live.com",
      })
  void validNamesAndTheirCanonicalForm(String input, String canonical) {
    Domain d = Domain.parse(input);
    assertEquals(canonical, d.toString());
    assertEquals(Optional.of(d), Domain.tryParse(input));
    assertTrue(Domain.isValid(input));
    assertEquals(d, Domain.parse(canonical));
    assertEquals(d.hashCode(), Domain.parse(canonical).hashCode());
  }

  @Test
  void lengthLimits() {
    assertEquals(253, ALMOST_TOO_LONG.length());
    assertEquals(ALMOST_TOO_LONG, Domain.parse(ALMOST_TOO_LONG).toString());
    assertEquals(ALMOST_TOO_LONG, Domain.parse(ALMOST_TOO_LONG + ".").toString());
    assertEquals(LABEL_63 + ".com", Domain.parse(LABEL_63 + ".com").toString());
    assertError(TOO_LONG, AddressErrorKind.BAD_DOMAIN, 253);
    assertError(LABEL_64 + ".com", AddressErrorKind.BAD_DOMAIN, 63);
    assertError("com." + LABEL_64, AddressErrorKind.BAD_DOMAIN, 67);
    assertError("a".repeat(1025), AddressErrorKind.TOO_LONG, 0);
    assertError("a".repeat(100_000), AddressErrorKind.TOO_LONG, 0);
  }

  @ParameterizedTest(name = "{0} -> {1} at {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'' | EMPTY | 0",
        "'   ' | EMPTY | 0",
        ". | BAD_DOMAIN | 0",
        ".. | BAD_DOMAIN | 0",
        ".com | BAD_DOMAIN | 0",
        "contoso..com | BAD_DOMAIN | 8",
        "contoso.com.. | BAD_DOMAIN | 12",
        "-contoso.com | BAD_DOMAIN | 0",
        "contoso-.com | BAD_DOMAIN | 7",
        "contoso.-com | BAD_DOMAIN | 8",
        "contoso.com- | BAD_DOMAIN | 11",
        "con_toso.com | BAD_DOMAIN | 3",
        "_sip._tls.contoso.com | BAD_DOMAIN | 0",
        "' contoso.com' | BAD_DOMAIN | 0",
        "'contoso.com ' | BAD_DOMAIN | 11",
        "con toso.com | BAD_DOMAIN | 3",
        "contoso.com:5061 | BAD_DOMAIN | 11",
        "bob@contoso.com | BAD_DOMAIN | 3",
        "192.0.2.1 | BAD_DOMAIN | 8",
        "example.123 | BAD_DOMAIN | 8",
        "contoso.1com | BAD_DOMAIN | 8",
        "[2001:db8::1] | BAD_DOMAIN | 0",
        "contoso.com/ | BAD_DOMAIN | 11",
        "c%6Fntoso.com | BAD_DOMAIN | 1",
        "🍕.com | BAD_DOMAIN | 0",
        "bü_cher.de | BAD_DOMAIN | 1",
        "-bücher.de | BAD_DOMAIN | 2",
        // A-labels must round-trip: this one decodes to "-bücher", which is no label.
        "xn---bcher-kva.com | BAD_DOMAIN | 0",
        "www.XN---BCHER-KVA.com | BAD_DOMAIN | 4",
        // Not punycode at all, or punycode of plain ASCII that never needed encoding.
        "xn--zz.com | BAD_DOMAIN | 0",
        "xn--abc.com | BAD_DOMAIN | 0",
        "xn--abc-.com | BAD_DOMAIN | 7",
        "xn--a.com | BAD_DOMAIN | 0",
        "a.xn--ab | BAD_DOMAIN | 2",
      })
  void invalidNames(String input, AddressErrorKind kind, int index) {
    assertError(input, kind, index);
  }

  @Test
  void controlAndGujaratiCharactersAreNotDomainCharacters() {
    assertError("conto\u0000so.com", AddressErrorKind.BAD_DOMAIN, 5);
    assertError("a\tb.com", AddressErrorKind.BAD_DOMAIN, 1);
    // Non-ASCII digits are not digits here, whatever Character.isDigit says.
    assertNotEquals("x12.com", Domain.parse("x\u0AE7\u0AE8.com").toString());
  }

  @Test
  void everyAcceptedALabelRoundTripsThroughUnicode() {
    for (String name : new String[] {"xn--bcher-kva.de", "XN--R8JZ45G.xn--zckzah", "xn--mnchen-3ya.de"}) {
      Domain d = Domain.parse(name);
      assertEquals(d, Domain.parse(d.toUnicode()), name);
    }
  }

  @Test
  void idnErrorMessagesAreBounded() {
    // The ASCII form of a long invalid Unicode name used to be quoted whole.
    String name = "ü".repeat(60) + "." + "ä".repeat(60) + ".-x";
    AddressParseException e = assertThrows(AddressParseException.class, () -> Domain.parse(name));
    assertEquals(AddressErrorKind.BAD_DOMAIN, e.kind());
    assertTrue(e.getMessage().length() <= AddressParseException.MAX_MESSAGE_LENGTH, e.getMessage());
    assertFalse(e.getMessage().contains("xn--" + "tdaa".repeat(10)), e.getMessage());
  }

  @Test
  void lookAlikeLettersMakeADifferentDomainThatShowsItsALabel() {
    // A Cyrillic o (U+043E) in contoso.com.
    Domain spoof = Domain.parse("c\u043entoso.com");
    assertNotEquals(Domain.parse("contoso.com"), spoof);
    assertTrue(spoof.toString().startsWith("xn--"), spoof.toString());
    assertEquals("c\u043entoso.com", spoof.toUnicode());
  }

  @Test
  void nonAsciiDigitsAndLoneSurrogatesGetTypedErrors() {
    // Full-width digits map to ASCII ones (IDNA 2003), and an IPv4 address is no domain.
    assertError("\uff11\uff19\uff12.0.2.1", AddressErrorKind.BAD_DOMAIN, 0);
    assertEquals("x12.com", Domain.parse("x\uff11\uff12.com").toString());
    assertError("a\ud800.com", AddressErrorKind.BAD_DOMAIN, 1);
    assertError("a\udc00b.com", AddressErrorKind.BAD_DOMAIN, 1);
  }

  @Test
  void canonicalStringInputIsKeptAsIs() {
    String canonical = "sip.contoso.com";
    assertSame(canonical, Domain.parse(canonical).toString());
  }

  @Test
  void acceptsAnyCharSequence() {
    assertEquals("contoso.com", Domain.parse(CharBuffer.wrap("Contoso.com.")).toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "sip.contoso.com | sip,contoso,com",
        "contoso.com | contoso,com",
        "com | com",
        "A.B.C. | a,b,c",
      })
  void labels(String input, String expected) {
    assertEquals(Splitter.on(',').splitToList(expected), Domain.parse(input).labels());
  }

  @Test
  void parent() {
    assertEquals(
        Optional.of(Domain.parse("contoso.com")), Domain.parse("sip.contoso.com").parent());
    assertEquals(Optional.of(Domain.parse("com")), Domain.parse("contoso.com").parent());
    assertEquals(Optional.empty(), Domain.parse("com").parent());
  }

  @ParameterizedTest(name = "{0} under {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "sip.contoso.com | contoso.com | true",
        "a.b.contoso.com | contoso.com | true",
        "contoso.com | com | true",
        "SIP.Contoso.com. | contoso.com | true",
        "subcontoso.com | contoso.com | false",
        "contoso.com | contoso.com | false",
        "contoso.com | sip.contoso.com | false",
        "contoso.com.evil.com | contoso.com | false",
        "xcontoso.com | contoso.com | false",
        "contoso.com | fabrikam.com | false",
        "contoso.com | om | false",
        "sip.bücher.de | xn--bcher-kva.de | true",
      })
  void isSubdomainOf(String child, String ancestor, boolean expected) {
    assertEquals(expected, Domain.parse(child).isSubdomainOf(Domain.parse(ancestor)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "xn--bcher-kva.de | bücher.de",
        "Bücher.DE | bücher.de",
        "contoso.com | contoso.com",
        "xn--r8jz45g.xn--zckzah | 例え.テスト",
      })
  void toUnicode(String input, String display) {
    assertEquals(display, Domain.parse(input).toUnicode());
  }

  @Test
  void equalityIsOnTheCanonicalName() {
    Domain a = Domain.parse("contoso.com");
    assertEquals(a, Domain.parse("CONTOSO.COM."));
    assertFalse(a.equals(Domain.parse("contoso.org")));
    assertFalse(a.equals((Object) "contoso.com"));
    assertEquals(Domain.parse("bücher.de"), Domain.parse("xn--bcher-kva.de"));
  }

  @Test
  void parseErrorCarriesAnExcerptAndTheKind() {
    AddressParseException e =
        assertThrows(AddressParseException.class, () -> Domain.parse("contoso..com"));
    assertTrue(e.getMessage().startsWith("BAD_DOMAIN at index 8: contoso..com"), e.getMessage());
  }

  static void assertError(String input, AddressErrorKind kind, int index) {
    AddressParseException e = assertThrows(AddressParseException.class, () -> Domain.parse(input));
    assertEquals(kind, e.kind(), e.getMessage());
    assertEquals(index, e.index(), e.getMessage());
    assertEquals(Optional.empty(), Domain.tryParse(input));
    assertFalse(Domain.isValid(input));
  }
}
