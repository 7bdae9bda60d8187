package dev.edgewise.address;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/** QuickTheories generators for the address types. Every random choice goes through these. */
final class AddressGenerators {
  private AddressGenerators() {}

  private static List<Character> chars(String alphabet) {
    List<Character> out = new ArrayList<>(alphabet.length());
    for (int i = 0; i < alphabet.length(); i++) {
      out.add(alphabet.charAt(i));
    }
    return out;
  }

  private static final List<Character> LDH = chars("abcdefghijklmnopqrstuvwxyz0123456789-");
  private static final List<Character> LETTERS = chars("abcdefghijklmnopqrstuvwxyz");
  private static final List<Character> ATEXT =
      chars("abcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+-/=?^_`{|}~.");

  /** Characters that matter to the address scanners, plus a few that should never matter. */
  private static final List<Character> NASTY =
      chars("aAzZ09.@()%28:;<>[]\"\\ \t+-_=?&,/#sSiIİıpPtTlLeE:\u00e9\u00fc\u3002\uff0e\u0000");

  private static String string(List<Character> cs) {
    StringBuilder sb = new StringBuilder(cs.size());
    for (char c : cs) {
      sb.append(c);
    }
    return sb.toString();
  }

  /** A canonical DNS label that may be the last one: starts with a letter. */
  static Gen<String> topLabels() {
    return arbitrary().pick(LETTERS).zip(labels(), (first, rest) -> trimToLabel(first + rest));
  }

  /** A canonical DNS label of 1 to 12 characters. */
  static Gen<String> shortLabels() {
    return lists().of(arbitrary().pick(LDH)).ofSizeBetween(1, 12).map(l -> trimToLabel(string(l)));
  }

  /** A canonical DNS label, 1 to 63 characters, usually short. */
  static Gen<String> labels() {
    Gen<String> longLabels =
        lists().of(arbitrary().pick(LDH)).ofSizeBetween(50, 63).map(l -> trimToLabel(string(l)));
    return shortLabels().mix(longLabels, 10);
  }

  private static String trimToLabel(String s) {
    String t = s.length() > 63 ? s.substring(0, 63) : s;
    char[] cs = t.toCharArray();
    if (cs[0] == '-') {
      cs[0] = 'a';
    }
    if (cs[cs.length - 1] == '-') {
      cs[cs.length - 1] = 'z';
    }
    if (cs.length >= 4 && cs[2] == '-' && cs[3] == '-') {
      // "xn--" starts an A-label, which must be real punycode; keep generated labels plain.
      cs[3] = 'a';
    }
    return new String(cs);
  }

  /** Canonical domain names with 1 to 4 labels. */
  static Gen<String> domainNames() {
    return lists().of(labels()).ofSizeBetween(0, 3).zip(topLabels(), (ls, top) -> join(ls, top));
  }

  /** Canonical domain names with 2 to 4 labels, as Microsoft accounts need. */
  static Gen<String> accountDomainNames() {
    return lists().of(labels()).ofSizeBetween(1, 3).zip(topLabels(), (ls, top) -> join(ls, top));
  }

  private static String join(List<String> labels, String top) {
    StringBuilder sb = new StringBuilder();
    for (String l : labels) {
      sb.append(l).append('.');
    }
    return sb.append(top).toString();
  }

  static Gen<Domain> domains() {
    return domainNames().map(Domain::parse);
  }

  /** Canonical dot-atom local parts, 1 to 64 characters. */
  static Gen<String> localParts() {
    return lists().of(arbitrary().pick(ATEXT)).ofSizeBetween(1, 64).map(l -> fixDots(string(l)));
  }

  private static String fixDots(String s) {
    char[] cs = s.toCharArray();
    for (int i = 0; i < cs.length; i++) {
      if (cs[i] == '.' && (i == 0 || i == cs.length - 1 || cs[i - 1] == '.')) {
        cs[i] = 'x';
      }
    }
    return new String(cs);
  }

  static Gen<MicrosoftAccount> accounts() {
    return localParts().zip(accountDomainNames(), (l, d) -> MicrosoftAccount.parse(l + "@" + d));
  }

  /** Short strings over characters that the scanners treat specially. */
  static Gen<String> nastyStrings() {
    return lists().of(arbitrary().pick(NASTY)).ofSizeBetween(0, 40).map(AddressGenerators::string);
  }

  /** A mask for mixing case: bit i set means upper-case the i-th letter. */
  static Gen<Integer> caseMasks() {
    return integers().all();
  }

  static String mixCase(String s, int mask) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean up = ((mask >>> (i % 32)) & 1) != 0;
      sb.append(up && c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
    }
    return sb.toString();
  }
}
