package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.net.IDN;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/**
 * {@code Punycode} (RFC 3492) against the JDK's own IDNA conversion as the oracle: for labels of
 * characters that nameprep leaves as they are, the encoding is what {@link IDN#toASCII} writes
 * after {@code xn--}, it decodes back, and the compare-only form accepts exactly that text (in
 * any case) and nothing one character off. Also RFC 3492 7.1 vectors and codes that must not
 * decode. Written against mutants PIT left alive in {@code Punycode}.
 */
class PunycodeOracleTest {

  /** The characters Idna's fast path hands to Punycode: those Idna.isStable accepts. */
  private static final int[][] RANGES = {
    {'a', 'z'}, {'0', '9'}, {0xe0, 0xf6}, {0xf8, 0xff}, {0x4e00, 0x9fa5}
  };

  private static Gen<Character> stableChars() {
    return integers()
        .between(0, RANGES.length - 1)
        .zip(integers().between(0, 1 << 20), (r, k) -> RANGES[r][0] + k % (RANGES[r][1] - RANGES[r][0] + 1))
        .map(c -> (char) c.intValue());
  }

  private static String oracle(String label) {
    try {
      String ace = IDN.toASCII(label, IDN.USE_STD3_ASCII_RULES);
      return ace.startsWith("xn--") ? ace.substring(4) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String encode(char[] label) {
    StringBuilder sb = new StringBuilder();
    assertTrue(Punycode.encode(label, label.length, sb));
    return sb.toString();
  }

  private static void assertRoundTrip(String label, String code) {
    char[] chars = label.toCharArray();
    assertEquals(code.toLowerCase(Locale.ROOT), encode(chars).toLowerCase(Locale.ROOT), label);
    assertTrue(Punycode.encodesTo(chars, chars.length, code, 0, code.length()), code);
    String padded = "xn--" + code.toUpperCase(Locale.ROOT) + ".com";
    assertTrue(Punycode.encodesTo(chars, chars.length, padded, 4, 4 + code.length()), padded);
    assertArrayEquals(label.toLowerCase(Locale.ROOT).toCharArray(), Punycode.decode(code, 0, code.length()), code);
    assertArrayEquals(
        label.toLowerCase(Locale.ROOT).toCharArray(), Punycode.decode(padded, 4, 4 + code.length()));
    // One character short, one too many, one changed: not this label's code.
    assertFalse(Punycode.encodesTo(chars, chars.length, code, 0, code.length() - 1), code);
    assertFalse(Punycode.encodesTo(chars, chars.length, code + "a", 0, code.length() + 1), code);
    for (int i = 0; i < code.length(); i++) {
      char c = Character.toLowerCase(code.charAt(i));
      String changed = code.substring(0, i) + (c == 'a' ? 'b' : 'a') + code.substring(i + 1);
      assertFalse(Punycode.encodesTo(chars, chars.length, changed, 0, changed.length()), changed);
    }
  }

  @Test
  void theEncodingIsWhatTheJdkWrites() {
    qt().forAll(lists().of(stableChars()).ofSizeBetween(1, 20))
        .assuming(l -> l.stream().anyMatch(c -> c >= 0x80))
        .checkAssert(
            (List<Character> l) -> {
              StringBuilder sb = new StringBuilder();
              l.forEach(sb::append);
              String label = sb.toString();
              for (int i = 0; i < label.length(); i++) {
                assertTrue(Idna.isStable(label.charAt(i)), label);
              }
              String code = oracle(label);
              if (code != null) {
                assertRoundTrip(label, code);
              }
            });
  }

  /** RFC 3492 section 7.1, the samples whose characters are all in the BMP. */
  @ParameterizedTest(name = "{1}")
  @CsvSource({
    "'\u4ED6\u4EEC\u4E3A\u4EC0\u4E48\u4E0D\u8BF4\u4E2D\u6587', ihqwcrb4cv8a8dqg056pqjye",
    "'\u4ED6\u5011\u7232\u4EC0\u9EBD\u4E0D\u8AAA\u4E2D\u6587', ihqwctvzc91f659drss3x8bo0yb",
    "'\u3072\u3068\u3064\u5C4B\u6839\u306E\u4E0B2', 2-u9tlzr9756bt3uc0v",
    "'\u305D\u306E\u30B9\u30D4\u30FC\u30C9\u3067', d9juau41awczczp",
    "'\u30D1\u30D5\u30A3\u30FCde\u30EB\u30F3\u30D0', de-jg4avhby1noc0d",
    // (L) with its basic letter in lower case, as Idna hands labels over
    "'3\u5E74b\u7D44\u91D1\u516B\u5148\u751F', 3b-ww4c5e180e575a65lsy2b",
  })
  void rfc3492Samples(String label, String code) {
    assertRoundTrip(label, code);
  }

  /** Codes that are no Punycode or overflow: null, never an exception. */
  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"abc-!", "ab!", "\u00e9-abc", "99999999999999999", "a-99999999999", "zzzzzzzzzzzzzzzz9"})
  void invalidCodesDecodeToNothing(String code) {
    assertNull(Punycode.decode(code, 0, code.length()), code);
  }

  /**
   * Codes as the encoder writes them decode and encode back. (The decoder also takes some that the
   * encoder never writes, such as "-kva" for "kva"; Idna's round-trip check re-encodes, so those
   * are refused there.)
   */
  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"a", "9", "abc-9", "e28h", "ls8h", "bcher-kva", "zz"})
  void whateverDecodesEncodesBack(String code) {
    char[] d = Punycode.decode(code, 0, code.length());
    if (d != null) {
      assertEquals(code, encode(d), code);
    }
  }

  @Test
  void edgesOfTheAlphabetAndOfTheBmp() {
    // 'a' and 'z' as basic characters, read back from upper case.
    char[] az = "az\u00e9".toCharArray();
    String code = encode(az);
    String upper = code.toUpperCase(Locale.ROOT);
    assertTrue(upper.contains("AZ"), upper);
    assertTrue(Punycode.encodesTo(az, az.length, upper, 0, upper.length()));
    assertArrayEquals(az, Punycode.decode(upper, 0, upper.length()));
    // A text that ends before the encoding does is no match, not an exception.
    String shorter = code.substring(0, code.length() - 1);
    assertFalse(Punycode.encodesTo(az, az.length, shorter, 0, shorter.length()));
    // The last character of the BMP decodes; U+0080 is not a basic character.
    char[] last = {'a', '\uffff'};
    String lastCode = encode(last);
    assertArrayEquals(last, Punycode.decode(lastCode, 0, lastCode.length()));
    assertNull(Punycode.decode("\u0080-abc", 0, 5));
  }

  @Test
  void aCodeTheEncoderNeverWritesIsNoALabel() {
    assertTrue(Punycode.decode("-kva", 0, 4) != null);
    assertFalse(Idna.isKnownRoundTrip("xn---kva", 0, 8));
    assertFalse(Domain.isValid("xn---kva.com"));
  }
}
