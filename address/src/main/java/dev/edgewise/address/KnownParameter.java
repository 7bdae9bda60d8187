package dev.edgewise.address;

import org.checkerframework.checker.nullness.qual.Nullable;

/** The parameters RFC 3261 gives a syntax or a comparison rule. */
enum KnownParameter {
  TRANSPORT("transport"),
  USER("user"),
  METHOD("method"),
  TTL("ttl"),
  MADDR("maddr"),
  LR("lr");

  private static final KnownParameter[] ALL = values();

  final String word;

  KnownParameter(String word) {
    this.word = word;
  }

  /** Which known parameter a validated name region is, ignoring case and needless escapes. */
  static @Nullable KnownParameter of(String in, int from, int to) {
    if (!UriChars.hasEscape(in, from, to)) {
      // No escapes: the length and the first letter leave at most one candidate.
      KnownParameter k =
          switch (to - from) {
            case 2 -> LR;
            case 3 -> TTL;
            case 4 -> USER;
            case 5 -> MADDR;
            case 6 -> METHOD;
            case 9 -> TRANSPORT;
            default -> null;
          };
      return k != null && in.regionMatches(true, from, k.word, 0, to - from) ? k : null;
    }
    for (KnownParameter k : ALL) {
      if (UriChars.regionIsWord(in, from, to, k.word)) {
        return k;
      }
    }
    return null;
  }

  /** Whether presence in only one of two URIs makes them different (RFC 3261 19.1.4). */
  boolean mustBeInBoth() {
    return this != LR;
  }
}
