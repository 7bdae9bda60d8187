package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a hostile typist or peer can send: look-alikes, odd digits, surrogates, huge lists. */
class HostileInputTest {
  private static final NameDecoration RULES = NameDecoration.defaults();

  private static void assertBounded(String message) {
    assertTrue(message.length() <= AddressParseException.MAX_MESSAGE_LENGTH, message);
  }

  private static AddressParseException reject(Function<String, ?> parser, String input) {
    return assertThrows(AddressParseException.class, () -> parser.apply(input), input);
  }

  // --- bounded messages (issue 15: whole inputs were echoed)

  @Test
  void decodeMessageNoLongerEchoesTheWholeLocalPart() {
    AddressParseException e = reject(RULES::decode, "x".repeat(200) + "@contoso.com");
    assertEquals(AddressErrorKind.NOT_DECORATED, e.kind());
    assertBounded(e.getMessage());
    assertFalse(e.getMessage().contains("x".repeat(65)), e.getMessage());
  }

  @Test
  void notCanonicalMessagesAreBounded() {
    String user = "A".repeat(60);
    AddressParseException e =
        assertThrows(
            AddressParseException.class,
            () -> RULES.decode(SipUri.parse("sip:" + user + "(" + "c".repeat(60) + ".com)@msn.com")));
    assertEquals(AddressErrorKind.NOT_CANONICAL, e.kind());
    assertBounded(e.getMessage());
  }

  @Test
  void builderMessagesAreBounded() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SipUri.builder().host("h.com").parameter("transport", "a/".repeat(2000)));
    assertTrue(e.getMessage().length() < 120, e.getMessage());
  }

  @Test
  void everyDetailIsClippedAndEveryMessageBounded() {
    AddressParseException e =
        new AddressParseException(
            AddressErrorKind.URI_COMPONENTS_NOT_ALLOWED, Integer.MAX_VALUE, "x".repeat(10_000), "d".repeat(10_000));
    assertBounded(e.getMessage());
    assertTrue(e.getMessage().contains("d...d"), e.getMessage());
    assertEquals("abc", AddressParseException.clip("abc", 3));
    assertEquals("ab...yz", AddressParseException.clip("abcdefwxyz", 7));
  }

  @ParameterizedTest
  @CsvSource({
    // Right-to-left override, zero-width joiner, line separator, a lone high and low surrogate.
    "202e", "200d", "2028", "d800", "dc00",
  })
  void messagesNeverCarryCharactersThatGarbleALogLine(String hex) {
    char c = (char) Integer.parseInt(hex, 16);
    AddressParseException e = reject(SipUri::parse, "sip:a" + c + "b@h.com");
    assertEquals(AddressErrorKind.BAD_USER_CHAR, e.kind());
    assertEquals(5, e.index());
    assertFalse(e.getMessage().indexOf(c) >= 0, e.getMessage());
    assertTrue(e.getMessage().contains("sip:a?b@h.com"), e.getMessage());
  }

  @Test
  void aPairedSurrogateInAnExcerptStaysWhole() {
    AddressParseException e = reject(SipUri::parse, "sip:\ud83c\udf55@h.com");
    assertTrue(e.getMessage().contains("\ud83c\udf55"), e.getMessage());
    // Cut in half by the excerpt's edge, it becomes '?'.
    AddressParseException cut = reject(SipUri::parse, "sip:" + "a".repeat(20) + "\ud83c\udf55" + "x".repeat(20) + "!@h");
    assertFalse(cut.getMessage().contains("\udf55") && !cut.getMessage().contains("\ud83c\udf55"));
  }

  // --- look-alike letters

  @Test
  void lookAlikeLettersAreTypedErrorsOrADifferentDomain() {
    String cyrillicO = "\u043e";
    AddressParseException host = reject(SipUri::parse, "sip:bob@c" + cyrillicO + "ntoso.com");
    assertEquals(AddressErrorKind.BAD_HOST, host.kind());
    assertEquals(9, host.index());
    AddressParseException local = reject(MicrosoftAccount::parse, "b" + cyrillicO + "b@contoso.com");
    assertEquals(AddressErrorKind.BAD_LOCAL_PART, local.kind());
    assertEquals(1, local.index());
    // In an account's domain it is IDNA: a different, visibly xn-- domain.
    MicrosoftAccount spoof = MicrosoftAccount.parse("bob@c" + cyrillicO + "ntoso.com");
    assertNotEquals(MicrosoftAccount.parse("bob@contoso.com"), spoof);
    assertTrue(spoof.domain().toString().startsWith("xn--"), spoof.toString());
    ContactAddress c = ContactAddress.classify("bob@c" + cyrillicO + "ntoso.com", RULES);
    ContactAddress.Ambiguous a = assertInstanceOf(ContactAddress.Ambiguous.class, c);
    assertTrue(a.decorated().toString().contains("(xn--"), a.decorated().toString());
    // Look-alike routing domains never decode as a decorated account.
    ContactAddress m = ContactAddress.classify("bob(contoso.com)@m" + "\u0455" + "n.com", RULES);
    assertEquals(
        AddressErrorKind.WRONG_ROUTING_DOMAIN,
        assertInstanceOf(ContactAddress.Invalid.class, m).kind());
  }

  // --- digits outside ASCII

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // Full-width, Arabic-Indic and Devanagari digits are not DIGIT.
        "sip:a@h.com:\uff15\uff10\uff16\uff10 | BAD_PORT | 12",
        "sip:a@\u0661\u0669\u0662.0.2.1 | BAD_HOST | 6",
        "sip:a@h.com;ttl=\u0967 | BAD_PARAMETER_CHAR | 16",
        "sip:a@[2001:db8::\u0661] | BAD_IPV6 | 17",
      })
  void nonAsciiDigitsAreNotDigits(String input, AddressErrorKind kind, int index) {
    AddressParseException e = reject(SipUri::parse, input);
    assertEquals(kind + "@" + index, e.kind() + "@" + e.index());
  }

  @Test
  void nonAsciiDigitsAreNoPhoneNumber() {
    assertFalse(
        ContactAddress.classify("+\u0661 \u0664\u0662\u0665 555 0100", RULES)
            instanceof ContactAddress.PhoneNumber);
  }

  // --- lone surrogates

  @Test
  void loneSurrogatesAreTypedErrorsEverywhere() {
    String lone = "\ud800";
    assertEquals(AddressErrorKind.BAD_USER_CHAR, reject(SipUri::parse, "sip:" + lone + "@h.com").kind());
    assertEquals(AddressErrorKind.BAD_HOST, reject(Host::parse, "h" + lone + ".com").kind());
    assertEquals(AddressErrorKind.BAD_DOMAIN, reject(Domain::parse, "h" + lone + ".com").kind());
    assertEquals(
        AddressErrorKind.BAD_LOCAL_PART, reject(MicrosoftAccount::parse, lone + "@live.com").kind());
    assertEquals(
        AddressErrorKind.BAD_LOCAL_PART,
        assertInstanceOf(ContactAddress.Invalid.class, ContactAddress.classify(lone + "@live.com", RULES))
            .kind());
    assertEquals(AddressErrorKind.BAD_LOCAL_PART, reject(RULES::decode, "\udc00b@live.com").kind());
    // The builder escapes what it can and refuses what no escape can carry.
    assertThrows(IllegalArgumentException.class, () -> SipUri.builder().user("a" + lone).host("h.com"));
  }

  // --- thousands of parameters

  private static String withParameters(List<String> names) {
    StringBuilder sb = new StringBuilder("sip:alice@atlanta.com");
    for (String n : names) {
      sb.append(';').append(n);
    }
    return sb.toString();
  }

  private static List<String> names(int n) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add(Integer.toString(i, 36) + "=v");
    }
    return names;
  }

  private static SipUriScanner.Report scan(String s) {
    SipUriScanner.Report r = new SipUriScanner.Report();
    assertTrue(SipUriScanner.scan(s, 0, s.length(), false, r) >= 0, s);
    return r;
  }

  @Test
  void theDuplicateCheckDoesLinearWork() {
    // Pairwise up to 8 parameters (at most 28 comparisons), then one look-up per parameter.
    assertEquals(8, SipUriScanner.PAIRWISE_LIMIT);
    assertEquals(28, scan(withParameters(names(8))).nameComparisons);
    for (int n : new int[] {9, 17, 41, 598, 800}) {
      String s = withParameters(names(n));
      assertTrue(s.length() <= SipUri.MAX_LENGTH);
      assertEquals(n, scan(s).nameComparisons, "parameters: " + n);
    }
  }

  @Test
  void namesThatCollideUnderStringHashCodeStayLinear() {
    // "Aa" and "BB" have the same String.hashCode, so any mix of them does too: 2^10 distinct
    // names, all colliding under an unkeyed polynomial hash; 180 of them fit in the length limit.
    List<String> names = new ArrayList<>();
    for (int bits = 0; bits < 1 << 10 && names.size() < 180; bits++) {
      StringBuilder n = new StringBuilder();
      for (int k = 0; k < 10; k++) {
        n.append((bits >> k & 1) == 0 ? "Aa" : "BB");
      }
      names.add(n.toString());
    }
    String s = withParameters(names);
    assertTrue(s.length() <= SipUri.MAX_LENGTH, "length " + s.length());
    SipUriScanner.Report sc = scan(s);
    assertEquals(names.size(), sc.nameComparisons);
    // At most half of the table is ever full: a probe that finds a slot taken is the exception.
    assertTrue(sc.occupiedProbes < 3 * names.size(), "probes: " + sc.occupiedProbes);
    assertEquals(names.size(), SipUri.parse(s).parameters().size());
    // The same names in another case are still duplicates, found where the first one repeats.
    String dup = s + ";" + names.get(100).toLowerCase(java.util.Locale.ROOT);
    AddressParseException e = reject(SipUri::parse, dup);
    assertEquals(AddressErrorKind.DUPLICATE_PARAMETER, e.kind());
    assertEquals(s.length() + 1, e.index());
  }

  @Test
  void indexedParameterComparisonFollowsTheRfcRules() {
    // Above the pairwise limit each side's names are hashed; the answers must not change.
    String base = withParameters(names(12));
    SipUri a = SipUri.parse(base + ";transport=tcp;Lr;x=1");
    String[][] cases = {
      // {other URI, equivalent?}
      {base + ";TRANSPORT=TCP;%6Cr;x=1", "true"}, // case and a needless escape in a name
      {base + ";transport=tcp;lr;x=1;only=here", "true"}, // a parameter in one URI only
      {base + ";transport=tcp;lr", "true"}, // x only in a
      {base + ";lr;x=1", "false"}, // transport must be in both
      {base + ";transport=tcp;lr;x=1;ttl=5", "false"}, // ttl must be in both
      {base + ";transport=udp;lr;x=1", "false"}, // a different value
      {base + ";transport=tcp;lr;x", "false"}, // a flag does not match a value
      {withParameters(names(11)) + ";b=w;transport=tcp;lr;x=1", "false"}, // b=v against b=w
    };
    for (String[] c : cases) {
      SipUri b = SipUri.parse(c[0]);
      boolean expected = Boolean.parseBoolean(c[1]);
      assertEquals(expected, a.componentsEquivalent(b), c[0]);
      assertEquals(expected, b.componentsEquivalent(a), c[0]);
      assertEquals(expected, a.isEquivalentTo(b), c[0]);
      assertEquals(expected, b.isEquivalentTo(a), c[0]);
    }
  }

  @Test
  void thousandsOfParametersAreReadCompletely() {
    // The most parameters a URI can hold: one-character names.
    List<String> names = new ArrayList<>();
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-_.!~*'[]/:&+$";
    for (int i = 0; i < alphabet.length(); i++) {
      for (int j = 0; j < alphabet.length() && names.size() < 1350; j++) {
        names.add(i == 0 ? String.valueOf(alphabet.charAt(j)) : "" + alphabet.charAt(i) + alphabet.charAt(j));
      }
    }
    String s = withParameters(names);
    assertTrue(s.length() <= SipUri.MAX_LENGTH, "length " + s.length());
    SipUri u = SipUri.parse(s);
    assertEquals(names.size(), u.parameters().size());
    assertEquals(names.size(), scan(s).nameComparisons);
    // A duplicate at the very end is found, where it is.
    String dup = s.substring(0, s.lastIndexOf(';')) + ";A";
    AddressParseException e = reject(SipUri::parse, dup);
    assertEquals(AddressErrorKind.DUPLICATE_PARAMETER, e.kind());
    assertEquals(dup.length() - 1, e.index());
    // Equivalence does not care about order, however many parameters there are.
    List<String> reversed = new ArrayList<>(names);
    Collections.reverse(reversed);
    SipUri r = SipUri.parse(withParameters(reversed));
    assertTrue(u.isEquivalentTo(r));
    assertTrue(r.isEquivalentTo(u));
    assertNotEquals(u, r);
    assertEquals(u, SipUri.parse(u.canonical().toString()));
  }
}
