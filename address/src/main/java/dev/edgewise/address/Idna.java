package dev.edgewise.address;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A fast path in front of {@link java.net.IDN} for the internationalized names people actually
 * type: labels of lower-case Latin-1 letters and of CJK ideographs. For those, IDNA 2003 nameprep
 * is the identity (after folding upper-case Latin-1 letters), so ToASCII is only Punycode and an
 * {@code xn--} label round-trips exactly when its Punycode decodes and encodes back to itself.
 * {@link java.net.IDN} builds a {@code StringBuffer} per step and runs the full nameprep; this
 * answers the same at a fraction of the cost, and says "don't know" (null, or false) for
 * anything else, which then goes to {@link java.net.IDN}.
 *
 * <p>Why these characters are safe: none is mapped, normalized, prohibited or unassigned by
 * nameprep (RFC 3491, Unicode 3.2); none is right-to-left; none composes with a neighbour under
 * NFKC (only combining marks and jamo do). U+00F7 (the division sign) is a symbol and U+00DF (sharp
 * s) maps to {@code ss}, so both are left to the JDK; so is every ideograph added after Unicode
 * 3.2 (from U+9FA6), which nameprep treats as unassigned.
 */
final class Idna {
  private Idna() {}

  /** Whether nameprep leaves {@code c} as it is and IDNA accepts it in a label. */
  static boolean isStable(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || (c >= 0xE0 && c <= 0xFF && c != 0xF7)
        || (c >= 0x4E00 && c <= 0x9FA5);
  }

  /** What nameprep maps {@code c} to when that is one character it is stable on, else -1. */
  private static int fold(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c + ('a' - 'A');
    }
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) {
      return c + 0x20;
    }
    return isStable(c) ? c : -1;
  }

  /**
   * The IDNA 2003 ASCII form of the name {@code in[start, end)}, labels separated by ASCII dots
   * only, as {@link java.net.IDN#toASCII(String, int)} with the STD3 rules gives it; or null when
   * this fast path cannot tell (the JDK then answers, or explains the error). ASCII labels are
   * copied unchanged, as the JDK does; the caller validates the result as an ASCII name.
   */
  static @Nullable String toAscii(CharSequence in, int start, int end) {
    StringBuilder out = new StringBuilder(end - start + 16);
    int labelStart = start;
    for (int i = start; i <= end; i++) {
      if (i < end && in.charAt(i) != '.') {
        continue;
      }
      if (i == end && labelStart == end && end > start) {
        break; // a trailing dot, kept as the JDK keeps it
      }
      if (!appendLabel(in, labelStart, i, out)) {
        return null;
      }
      if (i < end) {
        out.append('.');
      }
      labelStart = i + 1;
    }
    return out.toString();
  }

  private static boolean appendLabel(CharSequence in, int from, int to, StringBuilder out) {
    if (from == to) {
      return false;
    }
    boolean ascii = true;
    for (int i = from; i < to; i++) {
      if (in.charAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      // The JDK keeps an ASCII label as it is, case included, once it passes the STD3 rules.
      if (to - from > Domain.MAX_LABEL_LENGTH
          || in.charAt(from) == '-'
          || in.charAt(to - 1) == '-') {
        return false;
      }
      for (int i = from; i < to; i++) {
        char c = in.charAt(i);
        if (!(TypedText.isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-')) {
          return false;
        }
      }
      out.append(in, from, to);
      return true;
    }
    int n = to - from;
    char[] label = new char[n];
    for (int i = from; i < to; i++) {
      int c = fold(in.charAt(i));
      if (c < 0) {
        return false;
      }
      label[i - from] = (char) c;
    }
    if (label[0] == '-' || label[n - 1] == '-' || hasAcePrefix(label, n)) {
      return false; // STD3 hyphens, or an ACE prefix: the JDK explains
    }
    int mark = out.length();
    out.append("xn--");
    if (!Punycode.encode(label, n, out) || out.length() - mark > Domain.MAX_LABEL_LENGTH) {
      return false;
    }
    return true;
  }

  private static boolean hasAcePrefix(char[] label, int n) {
    return n >= 4 && label[0] == 'x' && label[1] == 'n' && label[2] == '-' && label[3] == '-';
  }

  /**
   * Whether the {@code xn--} label {@code in[from, to)}, in any ASCII case, is known to round-trip:
   * it decodes to stable characters, not all ASCII, that encode back to exactly the label (case
   * aside). False means only that this fast path cannot tell; {@link java.net.IDN} then decides.
   */
  static boolean isKnownRoundTrip(CharSequence in, int from, int to) {
    char[] u = Punycode.decode(in, from + 4, to);
    if (u == null || u.length == 0) {
      return false;
    }
    boolean nonAscii = false;
    for (char c : u) {
      if (!isStable(c)) {
        return false;
      }
      nonAscii |= c >= 0x80;
    }
    return nonAscii
        && u[0] != '-'
        && u[u.length - 1] != '-'
        && !hasAcePrefix(u, u.length)
        && Punycode.encodesTo(u, u.length, in, from + 4, to);
  }
}
