package dev.edgewise.address;

import static dev.edgewise.address.UriChars.isDigit;

import dev.edgewise.address.SipUriScanner.Report;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The IP literals of a SIP host (RFC 5954): IPv4 dec-octets and bracketed RFC 3986 IPv6
 * references, read into their numeric value for {@link SipUriScanner}.
 */
final class IpLiteralScanner {
  private IpLiteralScanner() {}

  /** The value of {@code in[from, to)} as an RFC 5954 IPv4address, or -1. */
  static long ipv4(String in, int from, int to) {
    long v = 0;
    int parts = 0;
    int i = from;
    while (true) {
      int start = i;
      int octet = 0;
      while (i < to && isDigit(in.charAt(i)) && i - start < 3) {
        octet = octet * 10 + (in.charAt(i) - '0');
        i++;
      }
      int digits = i - start;
      if (digits == 0 || octet > 255 || (digits > 1 && in.charAt(start) == '0')) {
        return -1; // dec-octet: no leading zeros, at most 255
      }
      v = (v << 8) | octet;
      parts++;
      if (parts == 4) {
        return i == to ? v : -1;
      }
      if (i >= to || in.charAt(i) != '.') {
        return -1;
      }
      i++;
    }
  }

  /** RFC 3986 IPv6address in brackets (as RFC 5954 puts into SIP); no zone identifiers. */
  /** Answers the index after the closing bracket, or -1; the address's value goes to {@code r}. */
  static int scanIpv6(String in, int open, int limit, @Nullable Report r) {
    // The groups read so far, as one 128-bit number (high, low): no array on the hot path.
    long high = 0;
    long low = 0;
    int n = 0;
    int doubleColon = -1;
    int p = open + 1;
    if (p < limit && in.charAt(p) == ':') {
      if (p + 1 >= limit || in.charAt(p + 1) != ':') {
        return (int) SipUriScanner.fail(r, AddressErrorKind.BAD_IPV6, p, "a single leading colon");
      }
      doubleColon = 0;
      p += 2;
    }
    boolean closed = false;
    if (doubleColon == 0 && p < limit && in.charAt(p) == ']') {
      closed = true;
    }
    while (!closed) {
      int start = p;
      int value = 0;
      while (p < limit && UriChars.hexValue(in.charAt(p)) >= 0 && p - start < 5) {
        value = (value << 4) | UriChars.hexValue(in.charAt(p));
        p++;
      }
      if (p < limit && in.charAt(p) == '.') {
        // ls32 as an IPv4 address: only as the last 32 bits.
        int q = start;
        while (q < limit && (isDigit(in.charAt(q)) || in.charAt(q) == '.')) {
          q++;
        }
        long v4 = ipv4(in, start, q);
        if (v4 < 0 || n > 6) {
          return (int) SipUriScanner.fail(r, AddressErrorKind.BAD_IPV6, start, "malformed IPv4 part");
        }
        high = (high << 32) | (low >>> 32);
        low = (low << 32) | v4;
        n += 2;
        p = q;
        if (p >= limit || in.charAt(p) != ']') {
          return (int) SipUriScanner.fail(r, AddressErrorKind.BAD_IPV6, p, "the IPv4 part must end the address");
        }
        break;
      }
      int digits = p - start;
      if (digits == 0 || digits > 4) {
        return (int) SipUriScanner.fail(r, AddressErrorKind.BAD_IPV6, start, "expected 1 to 4 hex digits");
      }
      if (n == 8) {
        return (int) SipUriScanner.fail(r, AddressErrorKind.BAD_IPV6, start, "more than 8 groups");
      }
      high = (high << 16) | (low >>> 48);
      low = (low << 16) | value;
      n++;
      if (p >= limit) {
        return (int) SipUriScanner.fail(r, AddressErrorKind.BAD_IPV6, p, "missing ]");
      }
      char c = in.charAt(p);
      if (c == ']') {
        break;
      }
      if (c != ':') {
        return (int) SipUriScanner.fail(r, AddressErrorKind.BAD_IPV6, p, "not allowed in an IPv6 address");
      }
      p++;
      if (p < limit && in.charAt(p) == ':') {
        if (doubleColon >= 0) {
          return (int) SipUriScanner.fail(r, AddressErrorKind.BAD_IPV6, p - 1, ":: appears twice");
        }
        doubleColon = n;
        p++;
        if (p < limit && in.charAt(p) == ']') {
          break;
        }
      }
    }
    // p is at ']'
    if (doubleColon < 0 ? n != 8 : n > 7) {
      return (int) SipUriScanner.fail(r, AddressErrorKind.BAD_IPV6, open, "wrong number of groups");
    }
    if (doubleColon >= 0) {
      // Move the groups before "::" up past the 8 - n zero groups it stands for.
      int suffixBits = 16 * (n - doubleColon);
      long suffixHigh = suffixBits > 64 ? high & ((1L << (suffixBits - 64)) - 1) : 0;
      long suffixLow =
          suffixBits >= 64 ? low : suffixBits == 0 ? 0 : low & ((1L << suffixBits) - 1);
      long prefixHigh;
      long prefixLow;
      if (suffixBits == 0) {
        prefixHigh = high;
        prefixLow = low;
      } else if (suffixBits < 64) {
        prefixHigh = high >>> suffixBits;
        prefixLow = (low >>> suffixBits) | (high << (64 - suffixBits));
      } else {
        prefixHigh = 0;
        prefixLow = high >>> (suffixBits - 64);
      }
      int shift = 16 * (8 - doubleColon);
      if (shift >= 128) {
        high = 0;
        low = 0;
      } else if (shift >= 64) {
        high = prefixLow << (shift - 64);
        low = 0;
      } else {
        high = (prefixHigh << shift) | (prefixLow >>> (64 - shift));
        low = prefixLow << shift;
      }
      high |= suffixHigh;
      low |= suffixLow;
    }
    if (r != null) {
      r.ipHigh = high;
      r.ipLow = low;
    }
    return p + 1;
  }
}
