package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameDecorationTest {
  private static final NameDecoration RULES = NameDecoration.defaults();

  private static Domain d(String s) {
    return Domain.parse(s);
  }

  @Test
  void defaults() {
    assertEquals(d("msn.com"), RULES.routingDomain());
    assertEquals(
        Set.of(d("msn.com"), d("outlook.com"), d("live.com"), d("hotmail.com")),
        RULES.excludedDomains());
    assertTrue(RULES.isExcluded(d("HOTMAIL.COM")));
    assertFalse(RULES.isExcluded(d("hotmail.co.uk")));
    assertFalse(RULES.isExcluded(d("sub.live.com")));
    assertFalse(RULES.isExcluded(d("contoso.com")));
  }

  @Test
  void ofChecksTheRoutingDomainIsExcluded() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> NameDecoration.of(d("msn.com"), List.of(d("live.com"))));
    assertTrue(e.getMessage().contains("msn.com"), e.getMessage());
    assertFalse(e instanceof AddressParseException);
    assertThrows(IllegalArgumentException.class, () -> NameDecoration.of(d("msn.com"), List.of()));
  }

  @Test
  void ofWithTheDefaultSettingsIsEqualToDefaults() {
    NameDecoration same =
        NameDecoration.of(
            d("MSN.com"),
            List.of(d("hotmail.com"), d("live.com"), d("outlook.com"), d("msn.com"), d("msn.com")));
    assertEquals(RULES, same);
    assertEquals(RULES.hashCode(), same.hashCode());
    assertSame(RULES, same);
    NameDecoration other = NameDecoration.of(d("msn.com"), List.of(d("msn.com"), d("live.fr")));
    assertFalse(RULES.equals(other));
    assertEquals(Set.of(d("msn.com"), d("live.fr")), other.excludedDomains());
    assertThrows(UnsupportedOperationException.class, () -> other.excludedDomains().clear());
  }

  @Test
  void toStringNamesTheSettings() {
    assertEquals(
        "NameDecoration{routingDomain=msn.com, excludedDomains=[msn.com, outlook.com, live.com,"
            + " hotmail.com]}",
        RULES.toString());
  }

  /**
   * What a person types, without a scheme, and what decode(CharSequence) makes of it: an account,
   * or "!KIND@index".
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // The two forms.
        "bob(contoso.com)@msn.com | bob@contoso.com",
        "alice@live.com | alice@live.com",
        "alice@msn.com | alice@msn.com",
        "alice@outlook.com | alice@outlook.com",
        "alice@hotmail.com | alice@hotmail.com",
        // Case: folded everywhere, also under a Turkish default locale.
        "Bob(Contoso.COM)@MSN.com | bob@contoso.com",
        "BOB@HOTMAIL.COM | bob@hotmail.com",
        "ILKIN(ISTANBUL.COM)@MSN.COM | ilkin@istanbul.com",
        "' bob(contoso.com)@msn.com\t' | bob@contoso.com",
        "bob(contoso.com.)@msn.com. | bob@contoso.com",
        // IDN domains: to their ASCII form; the routing domain may be typed in Unicode too.
        "bob(bücher.de)@msn.com | bob@xn--bcher-kva.de",
        "bob(BÜCHER.DE)@msn.com | bob@xn--bcher-kva.de",
        "bob(xn--bcher-kva.de)@msn.com | bob@xn--bcher-kva.de",
        "bob(BİLGİ.com)@msn.com | bob@xn--bilgi-8fdd.com",
        // Sub-addressing, dots and hyphens are part of the name.
        "bob+tag(contoso.com)@msn.com | bob+tag@contoso.com",
        "bob+tag@outlook.com | bob+tag@outlook.com",
        "bob.smith(contoso.com)@msn.com | bob.smith@contoso.com",
        "bob-smith(contoso.com)@msn.com | bob-smith@contoso.com",
        "b.o-b+x_y(sub.contoso-corp.com)@msn.com | b.o-b+x_y@sub.contoso-corp.com",
        "bob(a-b.co.uk)@msn.com | bob@a-b.co.uk",
        // Without a scheme this is an e-mail address: % is a character, not an escape.
        "bob%28contoso.com%29@msn.com | bob%28contoso.com%29@msn.com",
        "a%b(contoso.com)@msn.com | a%b@contoso.com",
        "bob%2Btag@live.com | bob%2btag@live.com",
        // Boundary cases.
        "x()@msn.com | !EMPTY_DECORATED_DOMAIN@2",
        "(contoso.com)@msn.com | !BAD_LOCAL_PART@0",
        "bob((contoso.com))@msn.com | !UNBALANCED_PARENTHESES@4",
        "bob(con(toso).com)@msn.com | !UNBALANCED_PARENTHESES@7",
        "bob(contoso.com@msn.com | !UNBALANCED_PARENTHESES@3",
        "bobcontoso.com)@msn.com | !UNBALANCED_PARENTHESES@14",
        "bob(contoso.com))@msn.com | !UNBALANCED_PARENTHESES@16",
        "bob)contoso.com(@msn.com | !UNBALANCED_PARENTHESES@3",
        "bob(contoso.com)x@msn.com | !MISPLACED_DECORATION@16",
        "(contoso.com)bob@msn.com | !MISPLACED_DECORATION@13",
        "bob(a.com)(b.com)@msn.com | !MISPLACED_DECORATION@10",
        "bob(bob@contoso.com)@msn.com | !AT_IN_DECORATED_DOMAIN@7",
        "bob(@contoso.com)@msn.com | !AT_IN_DECORATED_DOMAIN@4",
        "bob@x(contoso.com)@msn.com | !BAD_LOCAL_PART@3",
        "a@b@live.com | !BAD_LOCAL_PART@1",
        "bob(live.com)@msn.com | !DECORATED_EXCLUDED_DOMAIN@4",
        "bob(LIVE.COM)@msn.com | !DECORATED_EXCLUDED_DOMAIN@4",
        "bob(msn.com)@msn.com | !DECORATED_EXCLUDED_DOMAIN@4",
        "bob(hotmail.com)@msn.com | !DECORATED_EXCLUDED_DOMAIN@4",
        "bob(contoso.com)@live.com | !WRONG_ROUTING_DOMAIN@17",
        "bob(contoso.com)@fabrikam.com | !WRONG_ROUTING_DOMAIN@17",
        "bob(contoso.com)@sub.msn.com | !WRONG_ROUTING_DOMAIN@17",
        "bob@contoso.com | !NOT_DECORATED@4",
        "bob@live.co.uk | !NOT_DECORATED@4",
        "bob@sub.live.com | !NOT_DECORATED@4",
        "bob(localhost)@msn.com | !BAD_DOMAIN@4",
        "bob(contoso..com)@msn.com | !BAD_DOMAIN@12",
        "bob(192.0.2.1)@msn.com | !BAD_DOMAIN@12",
        "bob( contoso.com)@msn.com | !BAD_DOMAIN@4",
        "bob smith(contoso.com)@msn.com | !BAD_LOCAL_PART@3",
        "'\"bob\"(contoso.com)@msn.com' | !BAD_LOCAL_PART@0",
        ".bob(contoso.com)@msn.com | !BAD_LOCAL_PART@0",
        "bob.(contoso.com)@msn.com | !BAD_LOCAL_PART@3",
        "bjørn(contoso.com)@msn.com | !BAD_LOCAL_PART@2",
        "bob(contoso.com)@ | !BAD_DOMAIN@17",
        "bob(contoso.com)@[192.0.2.1] | !BAD_DOMAIN@17",
        "bob(contoso.com) | !MISSING_AT@16",
        "bob | !MISSING_AT@3",
        "'' | !EMPTY@0",
        "'  ' | !EMPTY@0",
        "sips:bob@live.com | !BAD_SCHEME@0",
        "tel:+14255550100 | !BAD_SCHEME@0",
        "live:bob | !BAD_SCHEME@0",
        "mailto:bob@live.com | !BAD_SCHEME@0",
      })
  void decodeTyped(String typed, String expected) {
    if (expected.startsWith("!")) {
      int at = expected.indexOf('@');
      AddressErrorKind kind = AddressErrorKind.valueOf(expected.substring(1, at));
      int index = Integer.parseInt(expected.substring(at + 1));
      AddressParseException e =
          assertThrows(AddressParseException.class, () -> RULES.decode(typed));
      assertEquals(kind, e.kind(), e.getMessage());
      assertEquals(index, e.index(), e.getMessage());
    } else {
      assertEquals(MicrosoftAccount.parse(expected), RULES.decode(typed));
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bob@contoso.com | sip:bob(contoso.com)@msn.com",
        "Bob@Contoso.COM | sip:bob(contoso.com)@msn.com",
        "alice@live.com | sip:alice@live.com",
        "alice@msn.com | sip:alice@msn.com",
        "ALICE@HOTMAIL.COM | sip:alice@hotmail.com",
        "bob@sub.live.com | sip:bob(sub.live.com)@msn.com",
        "bob@live.co.uk | sip:bob(live.co.uk)@msn.com",
        "bob@bücher.de | sip:bob(xn--bcher-kva.de)@msn.com",
        "bob@BİLGİ.com | sip:bob(xn--bilgi-8fdd.com)@msn.com",
        "bob+tag@contoso.com | sip:bob+tag(contoso.com)@msn.com",
        "bob+tag@outlook.com | sip:bob+tag@outlook.com",
        "b.o-b_1@contoso.com | sip:b.o-b_1(contoso.com)@msn.com",
        "a#b@contoso.com | sip:a%23b(contoso.com)@msn.com",
        "a%28b%29@live.com | sip:a%2528b%2529@live.com",
        "x^y`z@live.com | sip:x%5Ey%60z@live.com",
        "a&b=c$d?e/f@live.com | sip:a&b=c$d?e/f@live.com",
        "o'neil!*~@live.com | sip:o'neil!*~@live.com",
      })
  void encode(String account, String uri) {
    MicrosoftAccount a = MicrosoftAccount.parse(account);
    SipUri u = RULES.encode(a);
    assertEquals(uri, u.toString());
    assertEquals(u, SipUri.parse(uri));
    assertEquals(a, RULES.decode(u));
    assertEquals(!RULES.isExcluded(a.domain()), RULES.isDecorated(a));
  }

  @Test
  void encodeEscapesBracesAndBars() {
    MicrosoftAccount a = MicrosoftAccount.parse("{x|y}@contoso.com");
    SipUri u = RULES.encode(a);
    assertEquals("{x|y}(contoso.com)", u.user().orElseThrow());
    assertTrue(u.toString().startsWith("sip:%7Bx%7Cy%7D(contoso.com)@"), u.toString());
    assertEquals(a, RULES.decode(u));
  }

  /** decode(SipUri): only canonical addresses, so that encode(decode(u)) is equivalent to u. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "sip:bob(contoso.com)@msn.com | bob@contoso.com",
        "sip:bob%28contoso.com%29@msn.com | bob@contoso.com",
        "sip:bob%28contoso.com)@msn.com | bob@contoso.com",
        "sip:bob(contoso.com)@MSN.COM | bob@contoso.com",
        "SIP:bob(contoso.com)@msn.com | bob@contoso.com",
        "sip:%62ob(contoso.com)@msn.com | bob@contoso.com",
        "sip:alice@live.com | alice@live.com",
        "sip:alice@LIVE.com | alice@live.com",
        "sip:bob+tag@live.com | bob+tag@live.com",
        "sip:bob+tag(contoso.com)@msn.com | bob+tag@contoso.com",
        "sip:b.o-b(contoso.com)@msn.com | b.o-b@contoso.com",
        "sip:a%23b(contoso.com)@msn.com | a#b@contoso.com",
        "sip:bob(xn--bcher-kva.de)@msn.com | bob@xn--bcher-kva.de",
        // Case, IDN and escapes that 19.1.4 does not equate: not the canonical address.
        "sip:Bob(contoso.com)@msn.com | !NOT_CANONICAL@4",
        "sip:bob(Contoso.com)@msn.com | !NOT_CANONICAL@4",
        "sip:Alice@live.com | !NOT_CANONICAL@4",
        "sip:BOB@HOTMAIL.COM | !NOT_CANONICAL@4",
        "sip:bob(b%C3%BCcher.de)@msn.com | !NOT_CANONICAL@4",
        "sip:bob(contoso.com.)@msn.com | !NOT_CANONICAL@4",
        "sip:bob%2Btag@live.com | !NOT_CANONICAL@4",
        "sip:bob@live.com. | !NOT_CANONICAL@16",
        // The boundary cases, as in the typed table.
        "sip:x()@msn.com | !EMPTY_DECORATED_DOMAIN@6",
        "sip:(contoso.com)@msn.com | !BAD_LOCAL_PART@4",
        "sip:bob((contoso.com))@msn.com | !UNBALANCED_PARENTHESES@8",
        "sip:bob(contoso.com@msn.com | !UNBALANCED_PARENTHESES@7",
        "sip:bob(contoso.com)x@msn.com | !MISPLACED_DECORATION@20",
        "sip:bob(bob%40contoso.com)@msn.com | !AT_IN_DECORATED_DOMAIN@11",
        "sip:bob(live.com)@msn.com | !DECORATED_EXCLUDED_DOMAIN@8",
        "sip:bob(contoso.com)@live.com | !WRONG_ROUTING_DOMAIN@21",
        "sip:bob(contoso.com)@fabrikam.com | !WRONG_ROUTING_DOMAIN@21",
        "sip:bob@contoso.com | !NOT_DECORATED@8",
        "sip:bob%20smith(contoso.com)@msn.com | !BAD_LOCAL_PART@7",
        "sip:bob(localhost)@msn.com | !BAD_DOMAIN@8",
        // What a Microsoft account's address never has.
        "sips:alice@live.com | !BAD_SCHEME@0",
        "sip:live.com | !BAD_USER_CHAR@4",
        "sip:alice:pw@live.com | !URI_COMPONENTS_NOT_ALLOWED@9",
        "sip:alice@live.com:5061 | !URI_COMPONENTS_NOT_ALLOWED@18",
        "sip:alice@live.com;transport=tls | !URI_COMPONENTS_NOT_ALLOWED@18",
        "sip:alice@live.com;x | !URI_COMPONENTS_NOT_ALLOWED@18",
        "sip:alice@live.com?subject=hi | !URI_COMPONENTS_NOT_ALLOWED@18",
        "sip:bob@192.0.2.1 | !BAD_HOST@8",
        "sip:bob@[2001:db8::1] | !BAD_HOST@8",
      })
  void decodeUri(String uri, String expected) {
    SipUri u = SipUri.parse(uri);
    if (expected.startsWith("!")) {
      int at = expected.indexOf('@');
      AddressErrorKind kind = AddressErrorKind.valueOf(expected.substring(1, at));
      int index = Integer.parseInt(expected.substring(at + 1));
      AddressParseException e = assertThrows(AddressParseException.class, () -> RULES.decode(u));
      assertEquals(kind, e.kind(), e.getMessage());
      assertEquals(index, e.index(), e.getMessage());
    } else {
      MicrosoftAccount a = RULES.decode(u);
      assertEquals(MicrosoftAccount.parse(expected), a);
      assertTrue(RULES.encode(a).isEquivalentTo(u), RULES.encode(a) + " ~ " + u);
    }
  }

  @Test
  void notCanonicalNamesTheCanonicalAddress() {
    String m =
        assertThrows(
                AddressParseException.class,
                () -> RULES.decode(SipUri.parse("sip:Bob(Contoso.com)@msn.com")))
            .getMessage();
    assertTrue(m.contains("sip:bob(contoso.com)@msn.com"), m);
  }

  /** With sip: typed, the text is a URI (escapes count) but case and IDN are forgiven. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "sip:Bob(Contoso.com)@MSN.com | bob@contoso.com",
        "' SIP:bob(contoso.com)@msn.com ' | bob@contoso.com",
        "sip:bob%28contoso.com%29@msn.com | bob@contoso.com",
        "sip:bob(b%C3%BCcher.de)@msn.com | bob@xn--bcher-kva.de",
        "sip:Alice@Live.com. | alice@live.com",
        "sip:bob%2Btag@live.com | bob+tag@live.com",
        "sip:bob(bücher.de)@msn.com | !BAD_USER_CHAR@9",
        "sip:bob@contoso.com | !NOT_DECORATED@8",
        "' sip:bob(live.com)@msn.com' | !DECORATED_EXCLUDED_DOMAIN@9",
        "sip:alice@live.com;transport=tls | !URI_COMPONENTS_NOT_ALLOWED@18",
        "sips:alice@live.com | !BAD_SCHEME@0",
        "sip: | !BAD_HOST@4",
      })
  void decodeTypedUri(String typed, String expected) {
    decodeTyped(typed, expected);
  }

  @Test
  void longInputIsRefusedUnscanned() {
    AddressParseException e =
        assertThrows(
            AddressParseException.class, () -> RULES.decode("a".repeat(100_000) + "@live.com"));
    assertEquals(AddressErrorKind.TOO_LONG, e.kind());
  }

  @Test
  void messagesSayWhatToWriteInstead() {
    assertTrue(message("Bob@contoso.com").contains("bob(contoso.com)@msn.com"));
    assertTrue(message("bob(live.com)@msn.com").contains("name@live.com"));
    assertTrue(message("bob(contoso.com)@live.com").contains("under msn.com"));
    assertTrue(message("bob(bob@contoso.com)@msn.com").contains("only the domain"));
  }

  @Test
  void otherSettingsChangeWhatIsExcluded() {
    NameDecoration uk =
        NameDecoration.of(d("msn.com"), List.of(d("msn.com"), d("live.com"), d("hotmail.co.uk")));
    assertEquals(MicrosoftAccount.parse("bob@hotmail.co.uk"), uk.decode("bob@hotmail.co.uk"));
    assertEquals(MicrosoftAccount.parse("bob@outlook.com"), uk.decode("bob(outlook.com)@msn.com"));
    assertEquals(
        AddressErrorKind.DECORATED_EXCLUDED_DOMAIN,
        assertThrows(AddressParseException.class, () -> uk.decode("bob(hotmail.co.uk)@msn.com"))
            .kind());
    NameDecoration routedElsewhere =
        NameDecoration.of(d("skype.example"), List.of(d("skype.example"), d("live.com")));
    assertEquals(
        MicrosoftAccount.parse("bob@contoso.com"),
        routedElsewhere.decode("bob(contoso.com)@skype.example"));
    assertEquals(
        AddressErrorKind.WRONG_ROUTING_DOMAIN,
        assertThrows(
                AddressParseException.class,
                () -> routedElsewhere.decode("bob(contoso.com)@msn.com"))
            .kind());
  }

  private static String message(String typed) {
    return assertThrows(AddressParseException.class, () -> RULES.decode(typed)).getMessage();
  }
}
