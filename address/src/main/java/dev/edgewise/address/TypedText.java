package dev.edgewise.address;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The one reader of text a person typed or pasted, used by {@link SipUri#parseUserInput}, {@link
 * NameDecoration#decode(CharSequence)} and {@link ContactAddress#classify}, so that the three agree
 * on what surrounds an address: one length limit, one trimming rule, one display-name grammar.
 *
 * <ol>
 *   <li>Text longer than {@link #MAX_LENGTH} characters is {@code TOO_LONG} at index {@link
 *       #MAX_LENGTH}, before anything else is looked at.
 *   <li>Blanks ({@link #isBlank}) at either end are ignored; nothing left is {@code EMPTY}.
 *   <li>Text that ends with {@code >} or holds a {@code <} is a name-addr:
 *       a display name of words and quoted strings (backslash escapes inside quotes; {@code <} and
 *       {@code >} only inside quotes), then {@code <}, the address, and {@code >} as the last
 *       character. The address is what is between the angle brackets, trimmed by the same rule.
 *       Anything else about the form is {@code BAD_NAME_ADDR}.
 * </ol>
 *
 * <p>Also small scanning helpers for the readers.
 */
final class TypedText {
  private TypedText() {}

  /** Longest typed text read, in characters: the longest SIP URI. */
  static final int MAX_LENGTH = SipUriScanner.MAX_LENGTH;

  /** No address: what {@link #read} answers after recording why. */
  static final long NONE = -1;

  /**
   * Finds the address in typed text by the rules in the class description and answers where it
   * lies, {@code [start(r), end(r))}, never empty; or records why there is none and answers {@link
   * #NONE}. Indexes are positions in {@code in}. Two ints in a long rather than a record, so that
   * readers on the hot path allocate nothing to learn where the address is.
   */
  static long read(CharSequence in, ParseFailure f) {
    if (in.length() > MAX_LENGTH) {
      return none(f, AddressErrorKind.TOO_LONG, MAX_LENGTH, "longer than 4096 characters");
    }
    int end = trimEnd(in, 0, in.length());
    int start = trimStart(in, 0, end);
    if (start == end) {
      return none(f, AddressErrorKind.EMPTY, start, "nothing was typed");
    }
    if (in.charAt(end - 1) != '>' && indexOf(in, start, end, '<') < 0) {
      return region(start, end);
    }
    // Display name: words and quoted strings up to the first '<' outside quotes.
    int p = start;
    while (p < end && in.charAt(p) != '<') {
      char c = in.charAt(p);
      if (c == '"') {
        int open = p;
        p++;
        while (true) {
          if (p >= end) {
            return none(
                f, AddressErrorKind.BAD_NAME_ADDR, open, "a quoted display name is never closed");
          }
          char q = in.charAt(p);
          if (q == '"') {
            p++;
            break;
          }
          p += q == '\\' ? 2 : 1;
        }
      } else if (c == '>') {
        return none(f, AddressErrorKind.BAD_NAME_ADDR, p, "a '>' without its '<'");
      } else {
        p++;
      }
    }
    if (p >= end) {
      return none(
          f, AddressErrorKind.BAD_NAME_ADDR, end, "expected <address> after the display name");
    }
    int lt = p;
    if (in.charAt(end - 1) != '>' || end - 1 == lt) {
      return none(
          f, AddressErrorKind.BAD_NAME_ADDR, end, "a '<' without its closing '>' at the end");
    }
    int addressEnd = trimEnd(in, lt + 1, end - 1);
    int addressStart = trimStart(in, lt + 1, addressEnd);
    if (addressStart == addressEnd) {
      return none(f, AddressErrorKind.BAD_NAME_ADDR, lt + 1, "nothing between '<' and '>'");
    }
    return region(addressStart, addressEnd);
  }

  private static long region(int start, int end) {
    return ((long) start << 32) | end;
  }

  static int start(long region) {
    return (int) (region >>> 32);
  }

  static int end(long region) {
    return (int) region;
  }

  private static long none(ParseFailure f, AddressErrorKind kind, int index, String detail) {
    f.fail(kind, index, detail);
    return NONE;
  }

  /** Whether the colon at {@code colon} is followed by a digit: a port, not the end of a scheme. */
  static boolean isFollowedByDigit(CharSequence in, int colon, int end) {
    return colon + 1 < end && in.charAt(colon + 1) >= '0' && in.charAt(colon + 1) <= '9';
  }

  /**
   * Whether {@code c} is space to trim from pasted text: Java whitespace, the no-break spaces that
   * web pages and Office documents paste, and the zero-width characters they hide.
   */
  static boolean isBlank(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200b'
        || c == '\u200e'
        || c == '\u200f'
        || c == '\ufeff';
  }

  static int trimStart(CharSequence in, int start, int end) {
    int i = start;
    while (i < end && isBlank(in.charAt(i))) {
      i++;
    }
    return i;
  }

  static int trimEnd(CharSequence in, int start, int end) {
    int i = end;
    while (i > start && isBlank(in.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /**
   * Returns the index of the {@code :} that ends a URI scheme at {@code start} (RFC 3986: a letter,
   * then letters, digits, {@code + - .}), or -1 if the text does not start with a scheme. A colon
   * after an {@code @} does not count, so that {@code bob@contoso.com:5061} has no scheme.
   */
  static int schemeEnd(CharSequence in, int start, int end) {
    if (start >= end || !isAsciiLetter(in.charAt(start))) {
      return -1;
    }
    for (int i = start + 1; i < end; i++) {
      char c = in.charAt(i);
      if (c == ':') {
        return i;
      }
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
        return -1;
      }
    }
    return -1;
  }

  /** Whether {@code in[start, end)} equals the lower-case ASCII {@code word}, ignoring case. */
  static boolean equalsIgnoreCase(CharSequence in, int start, int end, String word) {
    if (end - start != word.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = in.charAt(start + i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  static int lastIndexOf(CharSequence in, int start, int end, char c) {
    for (int i = end - 1; i >= start; i--) {
      if (in.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  static int indexOf(CharSequence in, int start, int end, char c) {
    for (int i = start; i < end; i++) {
      if (in.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean hasUpperCase(CharSequence in, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = in.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        return true;
      }
    }
    return false;
  }
}
