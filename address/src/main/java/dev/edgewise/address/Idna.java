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
    StringBuilder label = new StringBuilder(16);
    int labelStart = start;
    for (int i = start; i <= end; i++) {
      if (i < end && in.charAt(i) != '.') {
        continue;
      }
      if (i == end && labelStart == end && end > start) {
        break; // a trailing dot, kept as the JDK keeps it
      }
      if (!appendLabel(in, labelStart, i, label, out)) {
        return null;
      }
      if (i < end) {
        out.append('.');
      }
      labelStart = i + 1;
    }
    return out.toString();
  }

  private static boolean appendLabel(
      CharSequence in, int from, int to, StringBuilder label, StringBuilder out) {
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
    label.setLength(0);
    for (int i = from; i < to; i++) {
      int c = fold(in.charAt(i));
      if (c < 0) {
        return false;
      }
      label.append((char) c);
    }
    int n = label.length();
    if (label.charAt(0) == '-' || label.charAt(n - 1) == '-' || hasAcePrefix(label, n)) {
      return false; // STD3 hyphens, or an ACE prefix: the JDK explains
    }
    int mark = out.length();
    out.append("xn--");
    if (!Punycode.encode(label, 0, n, out) || out.length() - mark > Domain.MAX_LABEL_LENGTH) {
      return false;
    }
    return true;
  }

  private static boolean hasAcePrefix(CharSequence label, int n) {
    return n >= 4
        && label.charAt(0) == 'x'
        && label.charAt(1) == 'n'
        && label.charAt(2) == '-'
        && label.charAt(3) == '-';
  }

  /**
   * Whether the lower-case {@code xn--} label {@code in[from, to)} is known to round-trip: it
   * decodes to stable characters, not all ASCII, that encode back to exactly the label. False
   * means only that this fast path cannot tell; {@link java.net.IDN} then decides.
   */
  static boolean isKnownRoundTrip(CharSequence in, int from, int to) {
    int[] u = Punycode.decode(in, from + 4, to);
    if (u == null || u.length == 0) {
      return false;
    }
    boolean nonAscii = false;
    for (int c : u) {
      if (!isStable(c)) {
        return false;
      }
      nonAscii |= c >= 0x80;
    }
    if (!nonAscii
        || u[0] == '-'
        || u[u.length - 1] == '-'
        || (u.length >= 4 && u[0] == 'x' && u[1] == 'n' && u[2] == '-' && u[3] == '-')) {
      return false;
    }
    StringBuilder label = new StringBuilder(u.length);
    for (int c : u) {
      label.append((char) c);
    }
    StringBuilder again = new StringBuilder(to - from);
    if (!Punycode.encode(label, 0, label.length(), again) || again.length() != to - from - 4) {
      return false;
    }
    for (int i = 0; i < again.length(); i++) {
      if (again.charAt(i) != in.charAt(from + 4 + i)) {
        return false;
      }
    }
    return true;
  }
}
