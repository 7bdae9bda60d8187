package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code NameHash}'s two laws, whatever the seed drawn for this JVM: names a look-up must find
 * hash alike (so duplicate parameters are found above the pairwise limit, and equivalent URIs
 * match), and distinct names of a URI almost never share a hash (so a table of many parameters
 * stays linear). Written against mutants PIT left alive in {@code NameHash}.
 */
class NameHashLawsTest {

  /** Pairs whose decoded, lower-cased names are equal; each is hashed inside a longer text too. */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "abc, ABC",
    "a%62c, ABC",
    "%41%42%43, abc",
    "%4a, j",
    "x%2Dy, X-Y",
    "%7e, ~",
    "%C3%A9t%C3%A9, %c3%a9T%c3%a9",
    "n%C3%A9, N%c3%a9",
    "%80, %81",
    "a%80, A%FF",
    "%E2%82%AC1, %e2%82%ac1",
  })
  void namesThatDecodeAlikeHashAlike(String a, String b) {
    assertEquals(UriChars.decodeLower(a, 0, a.length()), UriChars.decodeLower(b, 0, b.length()));
    assertEquals(
        NameHash.ofDecodedLowerName(a, 0, a.length()), NameHash.ofDecodedLowerName(b, 0, b.length()));
    String wrapped = ";q=1;" + a + "=v";
    assertEquals(
        NameHash.ofDecodedLowerName(b, 0, b.length()),
        NameHash.ofDecodedLowerName(wrapped, 5, 5 + a.length()));
  }

  /** Pairs equivalent under RFC 3261 19.1.4 ignoring case: unreserved escapes equal the character. */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "abc, ABC",
    "%61bc, aBC",
    "%41, a",
    "x%2dy, X-Y",
    "a%2Fb, A%2fB",
    "%C3%A9, %c3%a9",
  })
  void equivalentRegionsHashAlike(String a, String b) {
    assertTrue(UriChars.regionEquivalent(a, 0, a.length(), b, 0, b.length(), true));
    assertEquals(
        NameHash.ofComparisonUnits(a, 0, a.length()), NameHash.ofComparisonUnits(b, 0, b.length()));
    String wrapped = ";q=1;" + a;
    assertEquals(
        NameHash.ofComparisonUnits(b, 0, b.length()),
        NameHash.ofComparisonUnits(wrapped, 5, wrapped.length()));
  }

  /**
   * A thousand names of the kind a hostile URI would carry, plain and escaped: a keyed 64-bit mix
   * cut to 32 bits gives about one shared value in ten thousand such sets, so 990 is a wide margin;
   * a hash that forgets part of a name, or answers a constant, falls far below it.
   */
  @Test
  void distinctNamesRarelyShareAHash() {
    Set<Integer> decoded = new HashSet<>();
    Set<Integer> units = new HashSet<>();
    Set<Integer> escaped = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String name = "p" + i;
      decoded.add(NameHash.ofDecodedLowerName(name, 0, name.length()));
      units.add(NameHash.ofComparisonUnits(name, 0, name.length()));
      String e = "%C3%A9" + i;
      escaped.add(NameHash.ofDecodedLowerName(e, 0, e.length()));
    }
    assertTrue(decoded.size() >= 990, () -> decoded.size() + " distinct of 1000");
    assertTrue(units.size() >= 990, () -> units.size() + " distinct of 1000");
    assertTrue(escaped.size() >= 990, () -> escaped.size() + " distinct of 1000");
  }
}
