package dev.edgewise.policy;

import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for every name a configuration declares (policy tags, site names, provider
 * identities), and the bounded excerpt every message quotes a name by.
 *
 * <p>A name must be something an admin can type and a cmdlet can reference: non-empty, without
 * surrounding white space, without a colon (the scope separator of {@code site:X} and {@code
 * Tag:X}), without control characters and without unpaired surrogates. White space is one
 * predicate ({@link #isSpace(int)}) used both to reject names and to trim what {@link
 * PolicyIdentity#parse} reads, so the two can never disagree about a name.
 */
final class ConfigurationNames {

  /** Longest part of a name a message quotes; longer names are cut and their length given. */
  static final int EXCERPT_LENGTH = 40;

  private ConfigurationNames() {}

  /**
   * Checks a name.
   *
   * @param what the kind of name, for the message, such as "a site name"
   * @throws IllegalArgumentException naming the first thing wrong, with a bounded excerpt
   */
  static void check(String what, String name) {
    Optional<String> problem = problem(name);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(what + " " + problem.get() + ": " + excerpt(name));
    }
  }

  /** Returns what is wrong with the name, or empty if nothing is. */
  static Optional<String> problem(String name) {
    if (name.isEmpty()) {
      return Optional.of("is empty");
    }
    if (isSpace(name.codePointAt(0)) || isSpace(name.codePointBefore(name.length()))) {
      return Optional.of("has surrounding white space");
    }
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      if (cp == ':') {
        return Optional.of("has a colon");
      }
      int type = Character.getType(cp);
      if (type == Character.CONTROL) {
        return Optional.of("has a control character at index " + i);
      }
      if (type == Character.SURROGATE) {
        return Optional.of("has an unpaired surrogate at index " + i);
      }
      i += Character.charCount(cp);
    }
    return Optional.empty();
  }

  /** The white space of names: Java white space and Unicode space separators (no-break too). */
  static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  /** Removes {@link #isSpace(int)} code points at both ends. */
  static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && isSpace(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }

  /**
   * Returns the name quoted for a message: at most {@link #EXCERPT_LENGTH} characters between the
   * quotes, control and surrogate characters written as {@code \\uXXXX} (six of those), and the
   * full length when it was cut. The limit counts what is written, not what is read: a name of
   * control characters would otherwise quote six times as much.
   */
  static String excerpt(CharSequence name) {
    StringBuilder sb = new StringBuilder(EXCERPT_LENGTH + 32).append('\'');
    int i = 0;
    for (; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean escaped = Character.isISOControl(c) || Character.isSurrogate(c);
      if (sb.length() - 1 + (escaped ? 6 : 1) > EXCERPT_LENGTH) {
        break;
      }
      if (escaped) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    sb.append('\'');
    if (i < name.length()) {
      sb.append("... (").append(name.length()).append(" characters)");
    }
    return sb.toString();
  }
}
