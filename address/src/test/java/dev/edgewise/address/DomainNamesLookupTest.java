package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The excluded-domain look-up ({@code DomainNames}) and the ASCII domain reader at their edges:
 * tables from one to hundreds of names, every name found in any case and nothing else found (a
 * prefix, an extension, the same length with one letter changed), 'A' and 'Z' folded, the input
 * limit exactly, and the advice for '_'. Written against mutants PIT left alive in {@code Domain}
 * and {@code DomainNames}.
 */
class DomainNamesLookupTest {

  private static List<Domain> names(int n) {
    List<Domain> l = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      l.add(Domain.parse("d" + i + ".example" + (i % 7) + ".com"));
    }
    return l;
  }

  private static boolean contains(DomainNames t, String s) {
    // In the middle of a larger text, as the readers ask.
    String padded = "<<" + s + ">>";
    boolean inPlace = t.contains(padded, 2, 2 + s.length());
    assertEquals(inPlace, t.contains(s, 0, s.length()), s);
    return inPlace;
  }

  @ParameterizedTest(name = "{0} names")
  @ValueSource(ints = {1, 2, 8, 9, 33, 200})
  void everyNameIsFoundInAnyCaseAndNothingElse(int n) {
    List<Domain> names = names(n);
    DomainNames t = new DomainNames(names);
    NameDecoration rules = NameDecoration.of(names.get(0), names);
    Set<String> all = new HashSet<>();
    names.forEach(d -> all.add(d.toString()));
    for (Domain d : names) {
      String s = d.toString();
      assertTrue(contains(t, s), s);
      assertTrue(contains(t, s.toUpperCase(Locale.ROOT)), s);
      assertTrue(rules.isExcluded(d), s);
      // A prefix, an extension and every one-letter change of the same length are not names.
      assertEquals(all.contains(s.substring(1)), contains(t, s.substring(1)), s);
      assertFalse(contains(t, s.substring(0, s.length() - 1)), s);
      assertFalse(contains(t, s + "m"), s);
      for (int i = 0; i < s.length(); i++) {
        for (char c : new char[] {'q', 'z', '7', '-'}) {
          String changed = s.substring(0, i) + c + s.substring(i + 1);
          assertEquals(all.contains(changed), contains(t, changed), changed);
        }
      }
    }
    assertFalse(rules.isExcluded(Domain.parse("contoso.com")));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({"ZA.COM, za.com", "Az.Com, az.com", "AZ.ZA, az.za", "zzz.aaa, ZZZ.AAA"})
  void asciiLettersAreFoldedAtBothEndsOfTheRange(String query, String name) {
    DomainNames t = new DomainNames(List.of(Domain.parse(name)));
    assertTrue(contains(t, query), query);
    assertTrue(DomainNames.equalsFolded(query, 0, query.length(), name.toLowerCase(Locale.ROOT)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"A.com, a.com", "Z.com, z.com", "a.Z, a.z", "ZA.AZ, za.az", "xA.com., xa.com"})
  void upperCaseAtTheEndsOfTheRangeIsFolded(String text, String canonical) {
    assertEquals(canonical, Domain.parse(text).toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a_b.com | 1 | '_'",
        "a*b.com | 1 | only letters, digits",
      })
  void theAdviceNamesTheCharacter(String text, int index, String advice) {
    AddressParseException e = assertThrows(AddressParseException.class, () -> Domain.parse(text));
    assertEquals(AddressErrorKind.BAD_DOMAIN, e.kind());
    assertEquals(index, e.index());
    assertTrue(e.getMessage().contains(advice), e::getMessage);
  }

  /** The xn-- prefix is ASCII case-insensitive, so every spelling of it must round-trip. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"XN--zz.com", "Xn--zz.com", "xN--zz.com", "a.XN--ab", "XN---BCHER-KVA.com"})
  void anALabelIsCheckedInAnyCase(String text) {
    AddressParseException e = assertThrows(AddressParseException.class, () -> Domain.parse(text));
    assertEquals(AddressErrorKind.BAD_DOMAIN, e.kind());
    assertEquals(text.indexOf('.') < 2 ? 2 : 0, e.index(), e::getMessage);
    assertFalse(Domain.isValid(text));
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"0080", "00a0", "2028"})
  void aNonAsciiCharacterGetsTheInternationalizedAdvice(String hex) {
    String text = "a" + (char) Integer.parseInt(hex, 16) + ".com";
    AddressParseException e = assertThrows(AddressParseException.class, () -> Domain.parse(text));
    assertEquals(AddressErrorKind.BAD_DOMAIN, e.kind());
    assertEquals(1, e.index());
    assertFalse(e.getMessage().contains("only letters, digits"), e::getMessage);
  }

  @org.junit.jupiter.api.Test
  void theInputLimitIsExactlyMaxInputLength() {
    // At the limit the name is read, and is too long as a domain; past it, it is not read.
    String atLimit = "a".repeat(Domain.MAX_INPUT_LENGTH);
    AddressParseException e = assertThrows(AddressParseException.class, () -> Domain.parse(atLimit));
    assertEquals(AddressErrorKind.BAD_DOMAIN, e.kind());
    assertEquals(Domain.MAX_LENGTH, e.index());
    AddressParseException o =
        assertThrows(AddressParseException.class, () -> Domain.parse(atLimit + "a"));
    assertEquals(AddressErrorKind.TOO_LONG, o.kind());
    assertEquals(0, o.index());
    // Inside an account: the limit counts the domain's own characters, not its position.
    String account = "a@" + "b".repeat(MicrosoftAccount.MAX_INPUT_LENGTH - 2);
    AddressParseException m =
        assertThrows(AddressParseException.class, () -> MicrosoftAccount.parse(account));
    assertEquals(AddressErrorKind.BAD_DOMAIN, m.kind(), m::getMessage);
    assertEquals(2 + Domain.MAX_LENGTH, m.index(), m::getMessage);
  }
}
