package dev.edgewise.address;

import static dev.edgewise.address.UriChars.HEADER;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The RFC 3261 section 19.1.4 comparison of two parsed URIs, component by component, behind {@link
 * SipUri#isEquivalentTo} (which tries the identical-text and canonical-text answers first).
 *
 * <p>Parameters are looked up pairwise while there are at most {@link #PAIRWISE_LIMIT} of them,
 * which allocates nothing; above that, the other URI's names go into one {@code int} hash table
 * keyed by their comparison units, so that a URI with thousands of parameters costs linear time.
 * Headers above the limit are compared as multisets of comparison keys.
 */
final class SipUriEquivalence {
  private SipUriEquivalence() {}

  /** Above this many parameters or headers, comparison indexes them instead of pairing them. */
  static final int PAIRWISE_LIMIT = 8;

  static boolean componentsEquivalent(SipUri a, SipUri o) {
    if (a.secure != o.secure
        || a.portNumber() != o.portNumber()
        || a.hostType() != o.hostType()) {
      return false;
    }
    if (!optionalRegionEquivalent(a, a.userStart(), a.userEnd, o, o.userStart(), o.userEnd)
        || !optionalRegionEquivalent(
            a, a.passwordStart(), a.passwordEnd(), o, o.passwordStart(), o.passwordEnd())) {
      return false;
    }
    if (a.hostType() == Host.Type.DOMAIN_NAME) {
      int n = a.hostEnd - a.hostStart;
      if (n != o.hostEnd - o.hostStart
          || !a.text.regionMatches(true, a.hostStart, o.text, o.hostStart, n)) {
        return false;
      }
    } else if (!a.host().equals(o.host())) {
      return false;
    }
    return parametersEquivalent(a, o) && headersEquivalent(a, o);
  }

  private static boolean optionalRegionEquivalent(
      SipUri a, int from, int to, SipUri o, int oFrom, int oTo) {
    if (from < 0 || oFrom < 0) {
      return from < 0 && oFrom < 0;
    }
    return UriChars.regionEquivalent(a.text, from, to, o.text, oFrom, oTo, false);
  }

  private static boolean parametersEquivalent(SipUri a, SipUri o) {
    if (a.paramsStart < 0 && o.paramsStart < 0) {
      return true;
    }
    int @Nullable [] index = parameterCount(o) > PAIRWISE_LIMIT ? parameterIndex(o) : null;
    String text = a.text;
    if (a.paramsStart >= 0) {
      for (int p = Params.first(a.paramsStart);
          p < a.paramsEnd;
          p = Params.next(text, p, a.paramsEnd)) {
        int ne = Params.nameEnd(text, p, a.paramsEnd);
        int b = index == null ? findParameter(o, text, p, ne) : lookUp(o, index, text, p, ne);
        if (b < 0) {
          if (mustBeInBoth(text, p, ne)) {
            return false;
          }
        } else if (!parameterValuesEquivalent(a, p, ne, o, b)) {
          return false;
        }
      }
    }
    if (o.paramsStart >= 0) {
      // Only the known parameters must be in both; each name appears at most once in a URI, so
      // this loop looks up at most five names, whatever the count.
      for (int b = Params.first(o.paramsStart);
          b < o.paramsEnd;
          b = Params.next(o.text, b, o.paramsEnd)) {
        int ne = Params.nameEnd(o.text, b, o.paramsEnd);
        if (mustBeInBoth(o.text, b, ne) && findParameter(a, o.text, b, ne) < 0) {
          return false;
        }
      }
    }
    return true;
  }

  private static int parameterCount(SipUri u) {
    int n = 0;
    for (int i = u.paramsStart; i >= 0 && i < u.paramsEnd; i++) {
      if (u.text.charAt(i) == ';') {
        n++;
      }
    }
    return n;
  }

  /**
   * Open addressing over {@code u}'s parameter name starts (stored + 1; 0 is free), at most half
   * full, hashed by comparison units. Names are unique under that comparison (the parser rejects
   * duplicates under a coarser one), so a look-up finds at most one.
   */
  private static int[] parameterIndex(SipUri u) {
    String text = u.text;
    int[] table = new int[Integer.highestOneBit(parameterCount(u)) << 2];
    int mask = table.length - 1;
    for (int p = Params.first(u.paramsStart);
        p < u.paramsEnd;
        p = Params.next(text, p, u.paramsEnd)) {
      int slot = NameHash.ofComparisonUnits(text, p, Params.nameEnd(text, p, u.paramsEnd)) & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = p + 1;
    }
    return table;
  }

  /** Start of {@code u}'s parameter named like {@code s[from, to)}, found in its index, or -1. */
  private static int lookUp(SipUri u, int[] index, String s, int from, int to) {
    int mask = index.length - 1;
    for (int slot = NameHash.ofComparisonUnits(s, from, to) & mask;
        index[slot] != 0;
        slot = (slot + 1) & mask) {
      int p = index[slot] - 1;
      int ne = Params.nameEnd(u.text, p, u.paramsEnd);
      if (UriChars.regionEquivalent(u.text, p, ne, s, from, to, true)) {
        return p;
      }
    }
    return -1;
  }

  private static boolean mustBeInBoth(String s, int from, int to) {
    KnownParameter k = KnownParameter.of(s, from, to);
    return k != null && k.mustBeInBoth();
  }

  /** Start of {@code u}'s parameter named like {@code s[from, to)}, or -1. */
  private static int findParameter(SipUri u, String s, int from, int to) {
    if (u.paramsStart < 0) {
      return -1;
    }
    String text = u.text;
    for (int p = Params.first(u.paramsStart);
        p < u.paramsEnd;
        p = Params.next(text, p, u.paramsEnd)) {
      int ne = Params.nameEnd(text, p, u.paramsEnd);
      if (UriChars.regionEquivalent(text, p, ne, s, from, to, true)) {
        return p;
      }
    }
    return -1;
  }

  private static boolean parameterValuesEquivalent(
      SipUri a, int p, int aNameEnd, SipUri o, int b) {
    String text = a.text;
    int bNameEnd = Params.nameEnd(o.text, b, o.paramsEnd);
    int av = Params.valueStart(text, aNameEnd, a.paramsEnd);
    int bv = Params.valueStart(o.text, bNameEnd, o.paramsEnd);
    if (av < 0 || bv < 0) {
      return av < 0 && bv < 0;
    }
    int ae = Params.valueEnd(text, av, a.paramsEnd);
    int be = Params.valueEnd(o.text, bv, o.paramsEnd);
    KnownParameter k = KnownParameter.of(text, p, aNameEnd);
    // RFC 3261 19.1.4: an escaped character equals the character, so the typed comparisons read
    // values decoded: ttl=15%31 is ttl=151, as the canonical form (and equals) already says.
    if (k == KnownParameter.TTL) {
      int ta = ttl(text, av, ae);
      int tb = ttl(o.text, bv, be);
      if (ta >= 0 || tb >= 0) {
        return ta == tb;
      }
    }
    if (k == KnownParameter.MADDR && (mayBeLiteral(text, av, ae) || mayBeLiteral(o.text, bv, be))) {
      // RFC 5954 4.2: IPv6 literals by value. Rare enough to decode and parse here.
      Optional<Host> ah = Host.tryParse(UriChars.decode(text, av, ae));
      Optional<Host> bh = Host.tryParse(UriChars.decode(o.text, bv, be));
      if (ah.isPresent() || bh.isPresent()) {
        return ah.equals(bh);
      }
    }
    return UriChars.regionEquivalent(text, av, ae, o.text, bv, be, true);
  }

  /** The ttl a value names once decoded, or -1; no copy unless the value has an escape. */
  private static int ttl(String s, int from, int to) {
    if (!hasEscape(s, from, to)) {
      return SipUriScanner.ttlValue(s, from, to);
    }
    String d = UriChars.decode(s, from, to);
    return SipUriScanner.ttlValue(d, 0, d.length());
  }

  /** Whether a maddr value may be an IPv6 literal: it opens with '[', plain or escaped. */
  private static boolean mayBeLiteral(String s, int from, int to) {
    return from < to && (s.charAt(from) == '[' || s.charAt(from) == '%');
  }

  private static boolean hasEscape(String s, int from, int to) {
    int pct = s.indexOf('%', from);
    return pct >= 0 && pct < to;
  }

  private static boolean headersEquivalent(SipUri a, SipUri o) {
    if (a.headersStart < 0 || o.headersStart < 0) {
      return a.headersStart < 0 && o.headersStart < 0;
    }
    int count = headerCount(a);
    if (count != headerCount(o)) {
      return false;
    }
    if (count > PAIRWISE_LIMIT) {
      return headerMultiset(a).equals(headerMultiset(o));
    }
    String text = a.text;
    int len = text.length();
    for (int h = a.headersStart + 1; h < len; ) {
      int eq = a.headerNameEnd(h);
      int ve = a.headerValueEnd(eq + 1);
      if (countHeader(a, text, h, eq, ve) != countHeader(o, text, h, eq, ve)) {
        return false;
      }
      h = ve + 1;
    }
    return true;
  }

  private static Map<String, Integer> headerMultiset(SipUri u) {
    Map<String, Integer> counts = new HashMap<>();
    String text = u.text;
    int len = text.length();
    for (int h = u.headersStart + 1; h < len; ) {
      int eq = u.headerNameEnd(h);
      int ve = u.headerValueEnd(eq + 1);
      // '=' is reserved, so it stays escaped inside a key and can separate name from value.
      String key =
          comparisonKey(text, h, eq, HEADER) + '=' + comparisonKey(text, eq + 1, ve, HEADER);
      counts.merge(key, 1, Integer::sum);
      h = ve + 1;
    }
    return counts;
  }

  /**
   * A text equal for two regions exactly when {@link UriChars#regionEquivalent} ignoring case says
   * they are: the canonical form, lower-cased. Reserved characters keep their escapes apart.
   */
  private static String comparisonKey(String s, int from, int to, int component) {
    StringBuilder sb = new StringBuilder(to - from);
    UriChars.appendCanonical(sb, s, from, to, component, true);
    return sb.toString();
  }

  private static int headerCount(SipUri u) {
    int n = 1;
    for (int i = u.headersStart + 1; i < u.text.length(); i++) {
      if (u.text.charAt(i) == '&') {
        n++;
      }
    }
    return n;
  }

  /** How many of {@code u}'s headers match the header {@code s[from, eq)=s[eq+1, to)}. */
  private static int countHeader(SipUri u, String s, int from, int eq, int to) {
    int n = 0;
    String text = u.text;
    int len = text.length();
    for (int h = u.headersStart + 1; h < len; ) {
      int e = u.headerNameEnd(h);
      int ve = u.headerValueEnd(e + 1);
      if (UriChars.regionEquivalent(text, h, e, s, from, eq, true)
          && UriChars.regionEquivalent(text, e + 1, ve, s, eq + 1, to, true)) {
        n++;
      }
      h = ve + 1;
    }
    return n;
  }
}
