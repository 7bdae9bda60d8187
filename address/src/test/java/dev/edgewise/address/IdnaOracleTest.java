package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.IDN;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code Idna}'s fast path against the JDK's IDNA 2003 conversion (STD3 rules) as the oracle. Two
 * laws: whatever it answers is what the JDK answers (it never accepts what the JDK refuses), and it
 * does answer the names it is for: labels of ASCII letters, digits and '-', lower- and upper-case
 * Latin-1 letters and the CJK ideographs of Unicode 3.2, up to the 63-character limit, with a
 * trailing dot kept. Also the edges of {@code Punycode} that the JDK shows: a bias adaptation at
 * its threshold, and codes whose value overflows. Written against mutants PIT left alive in {@code
 * Idna} and {@code Punycode}.
 */
class IdnaOracleTest {

  private static String jdk(String name) {
    try {
      return IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String fast(String name) {
    return Idna.toAscii(name, 0, name.length());
  }

  /** Null, or the JDK's answer; and the same inside a longer text. */
  private static void assertAgreesOrGivesUp(String name) {
    String f = fast(name);
    if (f != null) {
      assertEquals(jdk(name), f, name);
    }
    String padded = "<" + name + ">";
    assertEquals(f, Idna.toAscii(padded, 1, padded.length() - 1), name);
  }

  /** Names the fast path is for: it answers them, and as the JDK does. */
  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "b\u00fccher.de",
        "B\u00dcCHER.DE",
        "b\u00fccher.de.",
        "www.b\u00fccher.de",
        "a.b\u00fccher.x09.de",
        "\u00e0a.com",
        "\u00e0z.com",
        "\u00e0A.com",
        "\u00e0Z.com",
        "\u00e00.com",
        "\u00e09.com",
        "\u00e0-\u00e0.com",
        "\u00ff.com",
        "\u00f6\u00f8.com",
        "\u00c0.com",
        "\u00de.com",
        "\u00d8.com",
        "\u4e00.com",
        "\u9fa5.com",
        "\u4e2d\u6587.\u4e2d\u6587",
        "\u00e9.a-b.com",
      })
  void answersTheNamesItIsFor(String name) {
    String f = fast(name);
    assertNotNull(f, name);
    assertEquals(jdk(name), f, name);
    assertAgreesOrGivesUp(name);
  }

  /** Names it must give up on or answer as the JDK does; most the JDK refuses. */
  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "",
        ".",
        "b\u00fccher..de",
        ".b\u00fccher.de",
        "b\u00fccher.de..",
        "-b\u00fccher.de",
        "b\u00fccher-.de",
        "b\u00fccher.-de",
        "b\u00fccher.de-",
        "b\u00fccher.a_b",
        "b\u00fccher.a b",
        "b\u00fccher.a\u0080",
        "a\u0080.com",
        "xn--b\u00fccher.de",
        "XN--b\u00fccher.de",
        "xn-b\u00fccher.de",
        "x--b\u00fccher.de",
        "xn-\u00e0.com",
        "\u00df.de",
        "\u00f7.de",
        "\u00d7.de",
        "\u00bf.de",
        "\u00df\u00e0.de",
        "\u9fa6.com",
        "\u4dff.com",
        "\uff41.com",
        "b\u00fccher.",
      })
  void agreesWithTheJdkOrGivesUp(String name) {
    assertAgreesOrGivesUp(name);
  }

  /** A label of 63 characters is the longest: ASCII or as an A-label, later in the name too. */
  @Test
  void labelsUpToSixtyThreeCharacters() {
    String ascii63 = "a".repeat(63);
    String name = "b\u00fccher." + ascii63 + ".de";
    assertEquals(jdk(name), fast(name));
    assertNotNull(fast(ascii63 + ".b\u00fccher.de"));
    assertAgreesOrGivesUp("b\u00fccher." + ascii63 + "a.de");
    assertNull(jdk("b\u00fccher." + ascii63 + "a.de"));
    // An ASCII label far into the name: its length counts from its own start.
    String late = "b\u00fccher" + "-x".repeat(15) + ".de";
    assertNotNull(fast(late), late);
    assertEquals(jdk(late), fast(late));
    // A label whose A-label is exactly 63 characters long, then one character more.
    int found = 0;
    for (int k = 30; k < 63; k++) {
      for (String c : new String[] {"\u00fc", "\u00e9", "\u4e2d"}) {
      String label = c + "a".repeat(k);
      String ace = jdk(label);
      if (ace != null && ace.length() == 63) {
        String longest = "x." + label + ".com";
        assertEquals(jdk(longest), fast(longest), longest);
        String over = "x." + label + "a.com";
        assertNull(jdk(over), over);
        assertNull(fast(over), over);
        found++;
      }
      }
    }
    assertTrue(found > 0);
  }

  /** {@code xn--} labels that round-trip, inside a longer name; and ones that do not. */
  @Test
  void knownRoundTripsAreRoundTrips() {
    String text = "www.xn--bcher-kva.de";
    assertTrue(Idna.isKnownRoundTrip(text, 4, 17));
    assertTrue(Idna.isKnownRoundTrip("XN--BCHER-KVA", 0, 13));
    assertTrue(Idna.isKnownRoundTrip("xn--fiq228c", 0, 11));
    assertTrue(Idna.isKnownRoundTrip("xn--0ca", 0, 7)); // U+00E0 alone
    assertFalse(Idna.isKnownRoundTrip("xn--bcher-kvb", 0, 13));
    assertFalse(Idna.isKnownRoundTrip("xn--", 0, 4));
    assertFalse(Idna.isKnownRoundTrip("xn--abc-", 0, 8));
    assertFalse(Idna.isKnownRoundTrip("xn--zca", 0, 7)); // U+00DF, which nameprep maps to ss
    assertFalse(Idna.isKnownRoundTrip("xn---bcher-kva", 0, 14));
  }

  /**
   * Labels "abcde" + two Hangul syllables: for the first syllables of this range the encoder's
   * first bias adaptation meets its threshold (d = 455, RFC 3492 6.1), which changes the digits of
   * the second. The JDK encodes them as RFC 3492 says; ours must encode and decode the same.
   */
  @Test
  void biasAdaptationAtItsThreshold() {
    for (char x = '\uB23C'; x <= '\uB2B0'; x++) {
      for (char y : new char[] {'\uAC00', '\uC000', '\uD7A3'}) {
        String label = "abcde" + x + y;
        String ace = jdk(label);
        assertNotNull(ace, label);
        String code = ace.substring(4);
        StringBuilder sb = new StringBuilder();
        assertTrue(Punycode.encode(label.toCharArray(), label.length(), sb));
        assertEquals(code, sb.toString(), label);
        assertArrayEquals(label.toCharArray(), Punycode.decode(code, 0, code.length()), label);
        assertTrue(Punycode.encodesTo(label.toCharArray(), label.length(), code, 0, code.length()));
      }
    }
  }

  /**
   * A generalized integer that passes 2^31 on a last digit: "9999999" builds up 476,385,385 and
   * 'z' (25, below the threshold 26, so the last digit) adds 25 x 122,500,000. No valid code.
   */
  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"9999999z", "9999999Z", "a-9999999z", "9999999y"})
  void overflowingCodesDecodeToNothing(String code) {
    assertNull(Punycode.decode(code, 0, code.length()), code);
    String label = "xn--" + code.toLowerCase(Locale.ROOT);
    assertFalse(Idna.isKnownRoundTrip(label, 0, label.length()), label);
  }
}
