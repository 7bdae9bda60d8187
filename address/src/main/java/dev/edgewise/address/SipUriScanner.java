package dev.edgewise.address;

import static dev.edgewise.address.UriChars.HEADER;
import static dev.edgewise.address.UriChars.HOST;
import static dev.edgewise.address.UriChars.PARAM;
import static dev.edgewise.address.UriChars.PASSWORD;
import static dev.edgewise.address.UriChars.USER;
import static dev.edgewise.address.UriChars.is;
import static dev.edgewise.address.UriChars.isAlpha;
import static dev.edgewise.address.UriChars.isDigit;
import static dev.edgewise.address.UriChars.isEscape;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The one scanner behind {@link SipUri#parse}, {@link SipUri#tryParse}, {@link SipUri#isValid},
 * {@link SipUri#parseUserInput} and {@link Host#parse}: a single left-to-right pass over the input
 * (RFC 3261 section 25.1 with the RFC 5954 host rules) that answers the component offsets packed in
 * one {@code long}, or -1, without ever throwing.
 *
 * <p>The scan keeps its state in local variables, so that a valid parse allocates nothing but the
 * {@link SipUri} itself. Whoever needs to know why a text failed (to throw, or to tell a person)
 * passes a {@link Report}, usually by scanning a second time: failure is the rare path.
 *
 * <p>Each pass over the input visits every character a bounded number of times; the duplicate
 * parameter check is pairwise only up to {@link #PAIRWISE_LIMIT} parameters and hashed above, so
 * thousands of parameters cost linear time.
 */
final class SipUriScanner {
  private SipUriScanner() {}

  /** Longest input accepted, in UTF-16 units; checked before anything else. */
  static final int MAX_LENGTH = 4096;

  /**
   * Up to this many parameters (at most 28 comparisons), duplicates are found by pairwise
   * comparison, which allocates nothing; above it, by one hashed look-up per parameter.
   */
  static final int PAIRWISE_LIMIT = 8;

  // A scan result: four offsets relative to the start of the region (each at most MAX_LENGTH, so
  // 14 bits) and the host type. Offset 0 is the scheme, so it can mean "absent" for the user and
  // headers.
  private static final int BITS = 14;
  private static final long MASK = (1L << BITS) - 1;
  private static final int USER_END = 0;
  private static final int HOST_START = BITS;
  private static final int HOST_END = 2 * BITS;
  private static final int HEADERS_START = 3 * BITS;
  private static final int HOST_TYPE = 4 * BITS;

  /** Packs offsets as {@link #scan} answers them, for a URI built from parts known valid. */
  static long pack(int userEnd, int hostStart, int hostEnd, int headersStart, Host.Type type) {
    return ((long) userEnd << USER_END)
        | ((long) hostStart << HOST_START)
        | ((long) hostEnd << HOST_END)
        | ((long) headersStart << HEADERS_START)
        | ((hostResult(0, type) >>> HOST_TYPE_SHIFT) << HOST_TYPE);
  }

  /** The end of the user part (at ':' or '@'), or 0 when there is none. */
  static int userEnd(long scan) {
    return (int) ((scan >>> USER_END) & MASK);
  }

  static int hostStart(long scan) {
    return (int) ((scan >>> HOST_START) & MASK);
  }

  static int hostEnd(long scan) {
    return (int) ((scan >>> HOST_END) & MASK);
  }

  /** Where '?' starts the headers, or 0 when there are none. */
  static int headersStart(long scan) {
    return (int) ((scan >>> HEADERS_START) & MASK);
  }

  static Host.Type hostType(long scan) {
    return hostTypeOf((scan >>> HOST_TYPE) & 3);
  }

  /** The host type as {@link #hostTypeOf} reads it back, for a URI that keeps it in a byte. */
  static byte hostCode(long scan) {
    return (byte) ((scan >>> HOST_TYPE) & 3);
  }

  /**
   * Why a scan failed, and what tests and {@link Host#parse} want to know besides: one per call,
   * never shared. The scanner writes to it only when one is given.
   */
  static final class Report {
    @Nullable AddressErrorKind error;
    int errorIndex;
    String detail = "";

    /** The value of the last IP literal scanned. */
    long ipHigh;

    long ipLow;

    /**
     * Name look-ups made by the duplicate check: the one step that is not a single pass. Counted
     * so that a test can prove it linear in the number of parameters without timing.
     */
    int nameComparisons;

    /** Probes of the duplicate check's hash table that found a slot taken; for the same test. */
    int occupiedProbes;

    /** Builds the exception for the recorded error, with indexes relative to {@code input}. */
    AddressParseException exception(CharSequence input) {
      AddressErrorKind kind = error;
      if (kind == null) {
        throw new IllegalStateException("no error recorded");
      }
      return new AddressParseException(kind, errorIndex, input, detail);
    }

    /** Copies the recorded error into {@code f} and returns null. */
    // T only types the null that is returned, so nothing unchecked can happen.
    @SuppressWarnings("TypeParameterUnusedInFormals")
    <T> @Nullable T failInto(ParseFailure f) {
      AddressErrorKind kind = error;
      return f.fail(kind == null ? AddressErrorKind.EMPTY : kind, errorIndex, detail);
    }
  }

  static long fail(@Nullable Report r, AddressErrorKind kind, int index, String why) {
    if (r != null && r.error == null) {
      r.error = kind;
      r.errorIndex = index;
      r.detail = why;
    }
    return -1;
  }

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  /** Fails with TOO_LONG or EMPTY when the region is one of those; true when it may be scanned. */
  private static boolean checkSize(String in, int begin, int limit, @Nullable Report r) {
    if (limit - begin > MAX_LENGTH) {
      fail(r, AddressErrorKind.TOO_LONG, begin + MAX_LENGTH, "longer than 4096 characters");
      return false;
    }
    for (int i = begin; i < limit; i++) {
      if (!isWhitespace(in.charAt(i))) {
        return true;
      }
    }
    fail(r, AddressErrorKind.EMPTY, begin, "");
    return false;
  }

  /**
   * Scans {@code in[p, limit)} over characters of class {@code allowed} and {@code %HH} escapes,
   * stopping at {@code limit} or before {@code stop1}, {@code stop2} or {@code stop3} (repeat one
   * to have fewer). Returns where it stopped, or -1 after recording {@code badChar} (or
   * {@link AddressErrorKind#BAD_ESCAPE}).
   */
  private static int scanEscaped(
      String in,
      int p,
      int limit,
      int allowed,
      char stop1,
      char stop2,
      char stop3,
      AddressErrorKind badChar,
      String why,
      @Nullable Report r) {
    while (p < limit) {
      char c = in.charAt(p);
      if (is(c, allowed)) {
        p++;
      } else if (c == '%') {
        if (!isEscape(in, p, limit)) {
          fail(r, AddressErrorKind.BAD_ESCAPE, p, "% must start an escape %HH");
          return -1;
        }
        p += 3;
      } else if (c == stop1 || c == stop2 || c == stop3) {
        return p;
      } else {
        fail(r, badChar, p, why);
        return -1;
      }
    }
    return p;
  }

  /**
   * Scans {@code in[begin, limit)} as a SIP or SIPS URI and answers the packed offsets (read them
   * with {@link #userEnd} and its siblings; they are relative to {@code begin}), or -1.
   *
   * @param implicitScheme true when the region has no scheme and {@code sip:} is understood
   * @param r where to record why the scan failed, or null when only the answer matters
   */
  static long scan(String in, int begin, int limit, boolean implicitScheme, @Nullable Report r) {
    if (!checkSize(in, begin, limit, r)) {
      return -1;
    }
    int p = begin;
    if (!implicitScheme) {
      // ABNF literals are case-insensitive, so "SIP:" is as valid as "sip:" (RFC 3261 19.1.4 uses
      // it).
      for (int k = 0; k < 3; k++) {
        if (p >= limit || UriChars.toLower(in.charAt(p)) != "sip".charAt(k)) {
          return fail(r, AddressErrorKind.BAD_SCHEME, p, "expected sip: or sips:");
        }
        p++;
      }
      if (p < limit && UriChars.toLower(in.charAt(p)) == 's') {
        p++;
      }
      if (p >= limit || in.charAt(p) != ':') {
        return fail(r, AddressErrorKind.BAD_SCHEME, p, "expected sip: or sips:");
      }
      p++;
    }

    // '@' may not appear unescaped anywhere after the userinfo, so the first one ends it; finding
    // it first is what lets ';' and '?' belong to the user part.
    int userEnd = 0;
    int at = in.indexOf('@', p);
    if (at >= limit) {
      at = -1;
    }
    if (at >= 0) {
      int q =
          scanEscaped(
              in, p, at, USER, ':', ':', ':', AddressErrorKind.BAD_USER_CHAR,
              "must be escaped in the user part", r);
      if (q < 0) {
        return -1;
      }
      if (q == p) {
        return fail(r, AddressErrorKind.BAD_USER_CHAR, p, "the user part is empty");
      }
      userEnd = q - begin;
      if (q < at
          && scanEscaped(
                  in, q + 1, at, PASSWORD, '@', '@', '@', AddressErrorKind.BAD_PASSWORD_CHAR,
                  "must be escaped in the password", r)
              < 0) {
        return -1;
      }
      p = at + 1;
    }

    int hostStart = p;
    long host = scanHost(in, p, limit, r);
    if (host < 0) {
      return -1;
    }
    p = (int) (host & MASK_INT);
    int hostEnd = p;
    if (p < limit) {
      char c = in.charAt(p);
      if (c != ':' && c != ';' && c != '?') {
        return fail(r, AddressErrorKind.BAD_HOST, p, "not allowed in a host");
      }
    }

    if (p < limit && in.charAt(p) == ':') {
      p++;
      int portStart = p;
      int value = 0;
      while (p < limit && isDigit(in.charAt(p))) {
        // Saturate: any value above 65535 is out of range, however many digits follow.
        value = Math.min(value * 10 + (in.charAt(p) - '0'), 100_000);
        p++;
      }
      if (p == portStart) {
        return fail(r, AddressErrorKind.BAD_PORT, p, "a port needs digits");
      }
      if (p < limit && in.charAt(p) != ';' && in.charAt(p) != '?') {
        return fail(r, AddressErrorKind.BAD_PORT, p, "a port is only digits");
      }
      if (value > 65_535) {
        return fail(r, AddressErrorKind.PORT_OUT_OF_RANGE, portStart, "a port is at most 65535");
      }
    }

    if (p < limit && in.charAt(p) == ';') {
      int paramsStart = p;
      int count = 0;
      while (p < limit && in.charAt(p) == ';') {
        p++;
        int nameStart = p;
        p =
            scanEscaped(
                in, p, limit, PARAM, '=', ';', '?', AddressErrorKind.BAD_PARAMETER_CHAR,
                "must be escaped in a parameter name", r);
        if (p < 0) {
          return -1;
        }
        if (p == nameStart) {
          return fail(r, AddressErrorKind.EMPTY_PARAMETER, p, "a parameter needs a name");
        }
        if (p < limit && in.charAt(p) == '=') {
          p++;
          int valueStart = p;
          p =
              scanEscaped(
                  in, p, limit, PARAM, ';', '?', '?', AddressErrorKind.BAD_PARAMETER_CHAR,
                  "must be escaped in a parameter value", r);
          if (p < 0) {
            return -1;
          }
          if (p == valueStart) {
            return fail(
                r, AddressErrorKind.EMPTY_PARAMETER, p, "a parameter value after = is empty");
          }
        }
        // RFC 3261 25.1: a known name (transport, user, method, ttl, maddr, lr) with a value outside
        // its own rule still matches other-param, so no value is rejected here; the typed
        // accessors of SipUri check the specific rules.
        count++;
      }
      if (count > 1 && !checkDuplicates(in, paramsStart, p, count, r)) {
        return -1;
      }
    }

    int headersStart = 0;
    if (p < limit) {
      // Every loop above stops only at '?' or at an error.
      headersStart = p - begin;
      do {
        p++;
        int nameStart = p;
        p =
            scanEscaped(
                in, p, limit, HEADER, '=', '=', '=', AddressErrorKind.BAD_HEADER,
                "must be escaped in a header name", r);
        if (p < 0) {
          return -1;
        }
        if (p == nameStart) {
          return fail(r, AddressErrorKind.BAD_HEADER, p, "a header needs a name");
        }
        if (p == limit) {
          return fail(r, AddressErrorKind.BAD_HEADER, p, "a header needs =");
        }
        p++;
        p =
            scanEscaped(
                in, p, limit, HEADER, '&', '&', '&', AddressErrorKind.BAD_HEADER,
                "must be escaped in a header value", r);
        if (p < 0) {
          return -1;
        }
      } while (p < limit);
    }
    return ((long) userEnd << USER_END)
        | ((long) (hostStart - begin) << HOST_START)
        | ((long) (hostEnd - begin) << HOST_END)
        | ((long) headersStart << HEADERS_START)
        | ((host >>> HOST_TYPE_SHIFT) << HOST_TYPE);
  }

  /** The value of a validated ttl parameter, or -1 when it is not 1*3DIGIT up to 255. */
  static int ttlValue(String in, int from, int to) {
    if (to - from < 1 || to - from > 3) {
      return -1;
    }
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = in.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v <= 255 ? v : -1;
  }

  private static boolean checkDuplicates(
      String in, int paramsStart, int paramsEnd, int count, @Nullable Report r) {
    if (count <= PAIRWISE_LIMIT) {
      for (int a = Params.first(paramsStart); a < paramsEnd; a = Params.next(in, a, paramsEnd)) {
        int aEnd = Params.nameEnd(in, a, paramsEnd);
        for (int b = Params.first(paramsStart); b < a; b = Params.next(in, b, paramsEnd)) {
          int bEnd = Params.nameEnd(in, b, paramsEnd);
          if (r != null) {
            r.nameComparisons++;
          }
          if (sameDecodedName(in, a, aEnd, b, bEnd)) {
            fail(r, AddressErrorKind.DUPLICATE_PARAMETER, a, "a parameter appears twice");
            return false;
          }
        }
      }
      return true;
    }
    // Open addressing over name starts (stored + 1, so that 0 is free): one int array, no key
    // objects. The table is at most half full, and the hash is keyed per JVM (NameHash), so that
    // names chosen to collide cannot turn the probing quadratic.
    int[] table = new int[Integer.highestOneBit(count) << 2];
    int mask = table.length - 1;
    for (int a = Params.first(paramsStart); a < paramsEnd; a = Params.next(in, a, paramsEnd)) {
      int aEnd = Params.nameEnd(in, a, paramsEnd);
      if (r != null) {
        r.nameComparisons++;
      }
      int slot = NameHash.ofDecodedLowerName(in, a, aEnd) & mask;
      while (table[slot] != 0) {
        int b = table[slot] - 1;
        if (sameDecodedName(in, a, aEnd, b, Params.nameEnd(in, b, paramsEnd))) {
          fail(r, AddressErrorKind.DUPLICATE_PARAMETER, a, "a parameter appears twice");
          return false;
        }
        if (r != null) {
          r.occupiedProbes++;
        }
        slot = (slot + 1) & mask;
      }
      table[slot] = a + 1;
    }
    return true;
  }

  /**
   * Whether two parameter names decode to the same text ignoring ASCII case: the key of {@link
   * SipUri#parameters()}, so that the map never loses a parameter. This is coarser than the RFC
   * 3261 19.1.4 name comparison ({@code a/b} and {@code a%2Fb} collide), which keeps that
   * comparison one-to-one.
   */
  private static boolean sameDecodedName(String in, int a, int aEnd, int b, int bEnd) {
    boolean escaped = false;
    for (int i = a; i < aEnd && !escaped; i++) {
      escaped = in.charAt(i) == '%';
    }
    for (int i = b; i < bEnd && !escaped; i++) {
      escaped = in.charAt(i) == '%';
    }
    if (escaped) {
      return UriChars.decodeLower(in, a, aEnd).equals(UriChars.decodeLower(in, b, bEnd));
    }
    return aEnd - a == bEnd - b && in.regionMatches(true, a, in, b, aEnd - a);
  }

  /**
   * Scans a whole region as a host, for {@link Host#parse}: answers its type (the value of an IP
   * literal goes to {@code r}), or null after recording why in {@code r}.
   */
  static Host.@Nullable Type scanHostOnly(String in, int begin, int limit, @Nullable Report r) {
    if (!checkSize(in, begin, limit, r)) {
      return null;
    }
    long host = scanHost(in, begin, limit, r);
    if (host < 0) {
      return null;
    }
    int end = (int) (host & MASK_INT);
    if (end != limit) {
      fail(r, AddressErrorKind.BAD_HOST, end, "not allowed in a host");
      return null;
    }
    return hostTypeOf(host >>> HOST_TYPE_SHIFT);
  }

  /** In scanHost's answer: the end of the host in the low bits, the type's ordinal above. */
  private static final long MASK_INT = 0xFFFF_FFFFL;

  private static final int HOST_TYPE_SHIFT = 32;

  private static long hostResult(int end, Host.Type type) {
    // A code of our own rather than ordinal(): the packing must not move if the enum ever does.
    long code =
        switch (type) {
          case DOMAIN_NAME -> 0;
          case IPV4 -> 1;
          case IPV6 -> 2;
        };
    return (code << HOST_TYPE_SHIFT) | end;
  }

  static Host.Type hostTypeOf(long code) {
    return code == 0 ? Host.Type.DOMAIN_NAME : code == 1 ? Host.Type.IPV4 : Host.Type.IPV6;
  }

  /**
   * Scans a host starting at {@code p}: a bracketed IPv6 reference, an IPv4 address (RFC 5954
   * dec-octets) or a host name whose last label starts with a letter. Answers where it ends and
   * its type (see {@link #hostResult}), or -1; an IP literal's value goes to {@code r}. Stops at
   * the first character that cannot continue the host; the name's labels are checked in the same
   * pass that finds its end.
   */
  private static long scanHost(String in, int p, int limit, @Nullable Report r) {
    if (p < limit && in.charAt(p) == '[') {
      int end = IpLiteralScanner.scanIpv6(in, p, limit, r);
      return end < 0 ? -1 : hostResult(end, Host.Type.IPV6);
    }
    // Labels: alphanum, with '-' only inside; an optional final dot.
    int q = p;
    int labelStart = p;
    int lastLabelStart = p;
    char prev = '.';
    while (q < limit) {
      char c = in.charAt(q);
      if (c == '.') {
        if (q == labelStart) {
          return fail(r, AddressErrorKind.BAD_HOST, q, "empty label in host");
        }
        if (prev == '-') {
          return fail(r, AddressErrorKind.BAD_HOST, labelStart, "a label cannot start or end with -");
        }
        lastLabelStart = labelStart;
        labelStart = q + 1;
      } else if (is(c, HOST)) {
        if (c == '-' && q == labelStart) {
          return fail(r, AddressErrorKind.BAD_HOST, labelStart, "a label cannot start or end with -");
        }
      } else {
        break;
      }
      prev = c;
      q++;
    }
    if (q == p) {
      return fail(r, AddressErrorKind.BAD_HOST, p, "a host is required");
    }
    if (labelStart < q) {
      // The last label has no final dot after it.
      if (prev == '-') {
        return fail(r, AddressErrorKind.BAD_HOST, labelStart, "a label cannot start or end with -");
      }
      lastLabelStart = labelStart;
    }
    if (isAlpha(in.charAt(lastLabelStart))) {
      return hostResult(q, Host.Type.DOMAIN_NAME);
    }
    // RFC 5954: a last label starting with a digit can only be an IPv4 address.
    long v = IpLiteralScanner.ipv4(in, p, q);
    if (v < 0) {
      return fail(
          r,
          AddressErrorKind.BAD_HOST,
          p,
          "neither an IPv4 address nor a host name ending in a label that starts with a letter");
    }
    if (r != null) {
      r.ipHigh = 0;
      r.ipLow = v;
    }
    return hostResult(q, Host.Type.IPV4);
  }
}
