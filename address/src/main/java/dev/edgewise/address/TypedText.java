package dev.edgewise.address;

/**
 * Small scanning helpers for text a person typed or pasted, shared by {@link NameDecoration} and
 * {@link ContactAddress}.
 */
final class TypedText {
  private TypedText() {}

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
