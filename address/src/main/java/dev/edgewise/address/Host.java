package dev.edgewise.address;

import com.google.common.base.Ascii;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The host of a SIP URI: a domain name, an IPv4 address or an IPv6 reference, exactly as RFC 3261
 * section 25.1 with the RFC 5954 corrections allows it.
 *
 * <p>A host is normalized once, when it is created: a domain name to ASCII lower case (with {@link
 * Ascii}, so no locale is involved; a trailing dot is kept, as written), an IPv4 address to its
 * dotted-decimal value, and an IPv6 reference to its RFC 5952 text in brackets. {@link #equals} and
 * {@link #toString} use that normalized form, so IP literals compare by value (RFC 5954 section
 * 4.2): {@code [::ffff:192.0.2.128]} equals {@code [::FFFF:c000:280]}.
 *
 * <p>This type does only syntax: it never resolves names. A domain name never equals an IP address,
 * and an IPv4 address never equals its IPv4-mapped IPv6 form.
 *
 * <p>Accepted forms:
 *
 * <ul>
 *   <li>a host name: labels of letters, digits and inner hyphens separated by dots, the last label
 *       starting with a letter, optionally one trailing dot ({@code contoso.com}, {@code
 *       sip.contoso.com.}); underscores and non-ASCII letters are not allowed;
 *   <li>an IPv4 address of four dec-octets, 0 to 255 without leading zeros ({@code 192.0.2.4});
 *   <li>an IPv6 reference in brackets in any RFC 3986 form, including an IPv4 suffix ({@code
 *       [2001:db8::1]}, {@code [::ffff:192.0.2.128]}); no zone identifier.
 * </ul>
 *
 * <pre>{@code
 * Host h = Host.parse("[2001:DB8:0:0::9:01]");
 * h.type();                        // IPV6
 * h.toString();                    // "[2001:db8::9:1]"
 * Host.parse("Contoso.COM").domainName();   // Optional[contoso.com]
 * Host.isValid("enlite_dev");      // false: '_' is not allowed in a host
 * }</pre>
 */
public final class Host {

  /** What kind of host this is. */
  public enum Type {
    /** A host name such as {@code contoso.com}. */
    DOMAIN_NAME,
    /** An IPv4 address such as {@code 192.0.2.4}. */
    IPV4,
    /** An IPv6 reference such as {@code [2001:db8::1]}. */
    IPV6,
  }

  private final Type type;
  private final String text;
  private final long high;
  private final long low;

  private Host(Type type, String text, long high, long low) {
    this.type = type;
    this.text = text;
    this.high = high;
    this.low = low;
  }

  /** Builds a host from a region the scanner validated as a host of the given type. */
  static Host fromValidRegion(Type type, String in, int from, int to) {
    if (type == Type.DOMAIN_NAME) {
      return fromScanned(type, in, from, to, 0, 0);
    }
    // An IP literal's value was not kept by the URI: read it again (once per URI, when asked).
    SipUriScanner.Report r = new SipUriScanner.Report();
    SipUriScanner.scanHostOnly(in, from, to, r);
    return fromScanned(type, in, from, to, r.ipHigh, r.ipLow);
  }

  /**
   * Builds a host from a region the scanner validated: {@code in[from, to)} of the given type, with
   * the IP value in {@code high}/{@code low}.
   */
  static Host fromScanned(Type type, String in, int from, int to, long high, long low) {
    return switch (type) {
      case DOMAIN_NAME -> new Host(type, Ascii.toLowerCase(in.substring(from, to)), 0, 0);
      case IPV4 -> new Host(type, formatIpv4(low), 0, low);
      case IPV6 -> new Host(type, formatIpv6(high, low), high, low);
    };
  }

  /**
   * Parses a host as it may appear in a SIP URI.
   *
   * <pre>{@code
   * Host.parse("SIP.Contoso.com").toString();   // "sip.contoso.com"
   * }</pre>
   *
   * @throws AddressParseException if the text is not a host; its kind is {@code BAD_HOST}, {@code
   *     BAD_IPV6}, {@code EMPTY} or {@code TOO_LONG}
   */
  public static Host parse(CharSequence text) {
    if (text.length() > SipUriScanner.MAX_LENGTH) {
      // Before toString(): a huge input is refused without being copied.
      throw new AddressParseException(
          AddressErrorKind.TOO_LONG, SipUriScanner.MAX_LENGTH, text, "longer than 4096 characters");
    }
    String s = text.toString();
    SipUriScanner.Report r = new SipUriScanner.Report();
    Type t = SipUriScanner.scanHostOnly(s, 0, s.length(), r);
    if (t == null) {
      throw r.exception(s);
    }
    return fromScanned(t, s, 0, s.length(), r.ipHigh, r.ipLow);
  }

  /**
   * Parses a host, or returns empty if the text is not one; never throws for bad input and does not
   * build an exception.
   *
   * <pre>{@code
   * Host.tryParse("1.2.3.444");   // Optional.empty(): 444 is not a dec-octet
   * }</pre>
   */
  public static Optional<Host> tryParse(CharSequence text) {
    if (text.length() > SipUriScanner.MAX_LENGTH) {
      return Optional.empty();
    }
    String s = text.toString();
    SipUriScanner.Report r = new SipUriScanner.Report();
    Type t = SipUriScanner.scanHostOnly(s, 0, s.length(), r);
    return t == null
        ? Optional.empty()
        : Optional.of(fromScanned(t, s, 0, s.length(), r.ipHigh, r.ipLow));
  }

  /**
   * Returns whether {@link #parse} would accept the text.
   *
   * <pre>{@code
   * Host.isValid("[2001:db8::10]");   // true
   * Host.isValid("2001:db8::10");     // false: brackets are required
   * }</pre>
   */
  public static boolean isValid(CharSequence text) {
    if (text.length() > SipUriScanner.MAX_LENGTH) {
      return false;
    }
    String s = text.toString();
    return SipUriScanner.scanHostOnly(s, 0, s.length(), null) != null;
  }

  /**
   * Returns the kind of host.
   *
   * <pre>{@code
   * Host.parse("192.0.2.4").type();   // IPV4
   * }</pre>
   */
  public Type type() {
    return type;
  }

  /**
   * Returns whether this host is an IPv4 or IPv6 address rather than a name.
   *
   * <pre>{@code
   * Host.parse("[::1]").isIpAddress();   // true
   * }</pre>
   */
  public boolean isIpAddress() {
    return type != Type.DOMAIN_NAME;
  }

  /**
   * Returns the domain name in lower case, or empty for an IP address.
   *
   * <pre>{@code
   * Host.parse("Contoso.com").domainName();   // Optional[contoso.com]
   * }</pre>
   */
  public Optional<String> domainName() {
    return type == Type.DOMAIN_NAME ? Optional.of(text) : Optional.empty();
  }

  /**
   * Returns the IP address, or empty for a domain name. No name service is consulted.
   *
   * <pre>{@code
   * Host.parse("[::1]").inetAddress();   // Optional[/0:0:0:0:0:0:0:1]
   * }</pre>
   */
  public Optional<InetAddress> inetAddress() {
    byte[] bytes;
    if (type == Type.IPV4) {
      bytes = new byte[4];
      for (int i = 0; i < 4; i++) {
        bytes[i] = (byte) (low >>> (24 - 8 * i));
      }
    } else if (type == Type.IPV6) {
      bytes = new byte[16];
      for (int i = 0; i < 8; i++) {
        bytes[i] = (byte) (high >>> (56 - 8 * i));
        bytes[i + 8] = (byte) (low >>> (56 - 8 * i));
      }
    } else {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByAddress(bytes));
    } catch (UnknownHostException e) {
      // Only thrown for an array of the wrong length, which the code above never builds.
      throw new AssertionError(e);
    }
  }

  /**
   * Returns the normalized text: a lower-case name, a dotted IPv4 address, or an RFC 5952 IPv6
   * address in brackets. It is a valid host for {@link #parse}.
   *
   * <pre>{@code
   * Host.parse("[2001:DB8::0:1]").toString();   // "[2001:db8::1]"
   * }</pre>
   */
  @Override
  public String toString() {
    return text;
  }

  /** Two hosts are equal when their normalized forms are; IP literals thus compare by value. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Host h && h.type == type && h.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  static String formatIpv4(long v) {
    return ((v >>> 24) & 0xFF)
        + "."
        + ((v >>> 16) & 0xFF)
        + "."
        + ((v >>> 8) & 0xFF)
        + "."
        + (v & 0xFF);
  }

  /** RFC 5952 text: lower-case hex, no leading zeros, the longest zero run (two or more) as ::. */
  static String formatIpv6(long high, long low) {
    int[] g = new int[8];
    for (int i = 0; i < 4; i++) {
      g[i] = (int) ((high >>> (48 - 16 * i)) & 0xFFFF);
      g[i + 4] = (int) ((low >>> (48 - 16 * i)) & 0xFFFF);
    }
    StringBuilder sb = new StringBuilder(41).append('[');
    // RFC 5952 section 5: an IPv4-mapped address is written with its IPv4 part dotted.
    if (high == 0 && g[4] == 0 && g[5] == 0xFFFF) {
      return sb.append("::ffff:").append(formatIpv4(low & 0xFFFF_FFFFL)).append(']').toString();
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      if (g[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && g[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j;
    }
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLength - 1;
        continue;
      }
      if (i > 0 && i != bestStart + bestLength) {
        sb.append(':');
      }
      sb.append(Integer.toHexString(g[i]));
    }
    return sb.append(']').toString();
  }
}
