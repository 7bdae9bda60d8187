package dev.edgewise.address;

import java.util.SplittableRandom;

/**
 * A hash of a validated name region that agrees with {@link UriChars#decodeLower}: two regions
 * whose decoded, ASCII-lower-cased texts are equal hash alike, without building those texts
 * (except for the rare name with an escaped non-ASCII octet, whose UTF-8 decoding depends on its
 * neighbours).
 *
 * <p>The hash is keyed with a seed drawn once per JVM, so that names chosen to collide under a
 * known function cannot make a hash table of hostile parameters degrade to pairwise work. The seed
 * is a constant after class initialization: no mutable state is shared.
 */
final class NameHash {
  private NameHash() {}

  private static final long SEED = new SplittableRandom().nextLong();

  private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

  static int ofDecodedLowerName(String s, int from, int to) {
    long h = SEED;
    for (int i = from; i < to; ) {
      char c = s.charAt(i);
      int u;
      if (c == '%') {
        u = (UriChars.hexValue(s.charAt(i + 1)) << 4) | UriChars.hexValue(s.charAt(i + 2));
        if (u >= 0x80) {
          return ofText(UriChars.decodeLower(s, from, to));
        }
        i += 3;
      } else {
        u = c;
        i++;
      }
      h = mix(h, UriChars.toLower((char) u));
    }
    return finish(h);
  }

  /**
   * Hashes a validated region by its {@linkplain UriChars#foldedUnit comparison units}, so that
   * regions equivalent ignoring case (RFC 3261 19.1.4) hash alike.
   */
  static int ofComparisonUnits(String s, int from, int to) {
    long h = SEED;
    for (int i = from; i < to; i += s.charAt(i) == '%' ? 3 : 1) {
      h = mix(h, UriChars.foldedUnit(s, i));
    }
    return finish(h);
  }

  /** Hashes decoded text the same way, one UTF-16 unit at a time. */
  private static int ofText(String decodedLower) {
    long h = SEED;
    for (int i = 0; i < decodedLower.length(); i++) {
      h = mix(h, decodedLower.charAt(i));
    }
    return finish(h);
  }

  private static long mix(long h, int unit) {
    long x = (h ^ unit) * MULTIPLIER;
    return x ^ (x >>> 31);
  }

  private static int finish(long h) {
    long x = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
    x ^= x >>> 33;
    return (int) x;
  }
}
