package dev.edgewise.address;

import java.nio.charset.StandardCharsets;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The RFC 3261 section 25.1 character classes of a SIP URI, and the escape-aware comparison,
 * decoding, encoding and canonicalization built on them. All inputs handed to the region methods
 * have already been validated by {@link SipUriScanner}, so every {@code %} starts a full escape.
 */
final class UriChars {
  private UriChars() {}

  /** May appear unescaped in the user part. */
  static final int USER = 1;

  /** May appear unescaped in the password. */
  static final int PASSWORD = 1 << 1;

  /** May appear unescaped in a parameter name or value ({@code paramchar} without escapes). */
  static final int PARAM = 1 << 2;

  /** May appear unescaped in a header name or value. */
  static final int HEADER = 1 << 3;

  /** In the RFC 2396 reserved set: escaping one of these changes the meaning (RFC 3261 19.1.4). */
  static final int RESERVED = 1 << 4;

  /** RFC 3261 {@code token} characters that a parameter value may carry unescaped. */
  static final int TOKEN = 1 << 5;

  /** Letters, digits, {@code -} and {@code .}: what a host name or IPv4 address is made of. */
  static final int HOST = 1 << 6;

  /**
   * Marks a comparison unit that is a literal reserved character, so that {@code ;} and {@code %3B}
   * never compare equal while {@code a} and {@code %61} do.
   */
  private static final int LITERAL_RESERVED = 0x100;

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private static final byte[] FLAGS = new byte[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      set(c, USER | PASSWORD | PARAM | HEADER | TOKEN | HOST);
      set(Character.toUpperCase(c), USER | PASSWORD | PARAM | HEADER | TOKEN | HOST);
    }
    for (char c = '0'; c <= '9'; c++) {
      set(c, USER | PASSWORD | PARAM | HEADER | TOKEN | HOST);
    }
    // mark = "-" / "_" / "." / "!" / "~" / "*" / "'" / "(" / ")"
    for (char c : "-_.!~*'()".toCharArray()) {
      set(c, USER | PASSWORD | PARAM | HEADER);
    }
    for (char c : "-_.!~*'".toCharArray()) {
      set(c, TOKEN);
    }
    set('-', HOST);
    set('.', HOST);
    for (char c : ";/?:@&=+$,".toCharArray()) {
      set(c, RESERVED);
    }
    // user-unreserved
    for (char c : "&=+$,;?/".toCharArray()) {
      set(c, USER);
    }
    for (char c : "&=+$,".toCharArray()) {
      set(c, PASSWORD);
    }
    // param-unreserved
    for (char c : "[]/:&+$".toCharArray()) {
      set(c, PARAM);
    }
    set('+', TOKEN);
    // hnv-unreserved
    for (char c : "[]/?:+$".toCharArray()) {
      set(c, HEADER);
    }
  }

  private static void set(char c, int flags) {
    FLAGS[c] = (byte) (FLAGS[c] | flags);
  }

  /** Whether {@code c} is an ASCII character with any of {@code flags}. */
  static boolean is(char c, int flags) {
    return c < 128 && (FLAGS[c] & flags) != 0;
  }

  static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static char toLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** Whether a valid escape {@code %HH} starts at {@code i} and ends before {@code limit}. */
  static boolean isEscape(CharSequence s, int i, int limit) {
    return i + 2 < limit && hexValue(s.charAt(i + 1)) >= 0 && hexValue(s.charAt(i + 2)) >= 0;
  }

  /** Whether every character of {@code s[from, to)} has one of {@code flags}. */
  static boolean isAll(String s, int from, int to, int flags) {
    for (int i = from; i < to; i++) {
      if (!is(s.charAt(i), flags)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s[from, to)} holds a {@code %}; reads only that region. */
  static boolean hasEscape(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '%') {
        return true;
      }
    }
    return false;
  }

  /**
   * The comparison unit at {@code i}: the octet an escape stands for, or the literal character,
   * with {@link #LITERAL_RESERVED} added for a literal reserved character.
   */
  private static int unit(String s, int i) {
    char c = s.charAt(i);
    if (c == '%') {
      return (hexValue(s.charAt(i + 1)) << 4) | hexValue(s.charAt(i + 2));
    }
    return is(c, RESERVED) ? (c | LITERAL_RESERVED) : c;
  }

  /**
   * The comparison unit at {@code i} with ASCII letters folded to lower case: two regions are
   * {@linkplain #regionEquivalent equivalent} ignoring case exactly when their sequences of these
   * are equal. The next unit starts 3 characters on at a {@code %}, else 1.
   */
  static int foldedUnit(String s, int i) {
    return fold(unit(s, i));
  }

  private static int fold(int unit) {
    return unit >= 'A' && unit <= 'Z' ? unit + ('a' - 'A') : unit;
  }

  /**
   * RFC 3261 19.1.4 comparison of two validated regions: unreserved characters equal their escapes,
   * reserved ones do not, and letters compare case-insensitively when asked.
   */
  static boolean regionEquivalent(
      String a, int aFrom, int aTo, String b, int bFrom, int bTo, boolean ignoreCase) {
    int i = aFrom;
    int j = bFrom;
    while (i < aTo && j < bTo) {
      char c = a.charAt(i);
      if (c == b.charAt(j) && c != '%') {
        // The same literal character is the same unit: no decoding needed.
        i++;
        j++;
        continue;
      }
      int u = unit(a, i);
      int v = unit(b, j);
      if (u != v && !(ignoreCase && fold(u) == fold(v))) {
        return false;
      }
      i += a.charAt(i) == '%' ? 3 : 1;
      j += b.charAt(j) == '%' ? 3 : 1;
    }
    return i == aTo && j == bTo;
  }

  /** Whether a validated region is, ignoring case and needless escapes, the ASCII word. */
  static boolean regionIsWord(String s, int from, int to, String lowerWord) {
    if (to - from < lowerWord.length()) {
      return false;
    }
    int i = from;
    int k = 0;
    while (i < to) {
      if (k == lowerWord.length() || fold(unit(s, i)) != lowerWord.charAt(k)) {
        return false;
      }
      i += s.charAt(i) == '%' ? 3 : 1;
      k++;
    }
    return k == lowerWord.length();
  }

  /** Percent-decodes a validated region; octets are read as UTF-8, malformed ones as U+FFFD. */
  static String decode(String s, int from, int to) {
    int pct = s.indexOf('%', from);
    if (pct < 0 || pct >= to) {
      return s.substring(from, to);
    }
    byte[] bytes = new byte[to - from];
    int n = 0;
    for (int i = from; i < to; ) {
      char c = s.charAt(i);
      if (c == '%') {
        bytes[n++] = (byte) ((hexValue(s.charAt(i + 1)) << 4) | hexValue(s.charAt(i + 2)));
        i += 3;
      } else {
        bytes[n++] = (byte) c;
        i++;
      }
    }
    return new String(bytes, 0, n, StandardCharsets.UTF_8);
  }

  /** Same as {@link #decode}, with ASCII letters lower-cased (for case-insensitive names). */
  static String decodeLower(String s, int from, int to) {
    String d = decode(s, from, to);
    @Nullable StringBuilder sb = null;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (sb == null) {
          sb = new StringBuilder(d);
        }
        sb.setCharAt(i, toLower(c));
      }
    }
    return sb == null ? d : sb.toString();
  }

  /**
   * Appends the canonical form of a validated region: an escape whose character may stand unescaped
   * in this component and is not reserved is decoded, every other escape is kept with upper-case
   * hex digits, and letters are lower-cased when asked.
   */
  static void appendCanonical(
      StringBuilder sb, String s, int from, int to, int component, boolean lower) {
    for (int i = from; i < to; ) {
      char c = s.charAt(i);
      if (c == '%') {
        int b = (hexValue(s.charAt(i + 1)) << 4) | hexValue(s.charAt(i + 2));
        char d = (char) b;
        if (is(d, component) && !is(d, RESERVED)) {
          sb.append(lower ? toLower(d) : d);
        } else {
          appendEscape(sb, b);
        }
        i += 3;
      } else {
        sb.append(lower ? toLower(c) : c);
        i++;
      }
    }
  }

  private static void appendEscape(StringBuilder sb, int b) {
    sb.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
  }

  /**
   * Escapes decoded text for a component: characters allowed there stay, everything else (including
   * {@code %}) becomes UTF-8 {@code %HH} escapes.
   *
   * @throws IllegalArgumentException if the text holds an unpaired surrogate, which has no UTF-8
   *     form
   */
  static String encode(String decoded, int component) {
    int i = 0;
    while (i < decoded.length() && is(decoded.charAt(i), component)) {
      i++;
    }
    if (i == decoded.length()) {
      return decoded;
    }
    StringBuilder sb = new StringBuilder(decoded.length() + 16).append(decoded, 0, i);
    for (; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (is(c, component)) {
        sb.append(c);
        continue;
      }
      if (c < 128) {
        appendEscape(sb, c);
        continue;
      }
      int end = i + 1;
      if (Character.isHighSurrogate(c)) {
        if (end < decoded.length() && Character.isLowSurrogate(decoded.charAt(end))) {
          end++;
        } else {
          throw new IllegalArgumentException("unpaired surrogate at index " + i);
        }
      } else if (Character.isLowSurrogate(c)) {
        throw new IllegalArgumentException("unpaired surrogate at index " + i);
      }
      byte[] bytes = decoded.substring(i, end).getBytes(StandardCharsets.UTF_8);
      for (byte b : bytes) {
        appendEscape(sb, b & 0xFF);
      }
      i = end - 1;
    }
    return sb.toString();
  }
}
