package dev.edgewise.address;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import java.net.IDN;
import java.util.List;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A DNS domain name in canonical form, as Lync, Skype for Business and the public IM connectivity
 * settings compare them: {@code contoso.com}, {@code msn.com}, {@code xn--bcher-kva.de}.
 *
 * <p>This is syntax only: no DNS look-up is made, and nothing says that the domain exists or is
 * registered. Parsing normalizes once, and {@link #equals}, {@link #hashCode} and {@link #toString}
 * use the normalized form:
 *
 * <ul>
 *   <li>ASCII letters are folded to lower case without consulting the default locale, so {@code
 *       HOTMAIL.COM} is {@code hotmail.com} even under a Turkish locale, never {@code hotmaıl.com};
 *   <li>one trailing dot (the DNS root) is removed: {@code contoso.com.} is {@code contoso.com};
 *   <li>a name with non-ASCII characters is converted to its ASCII (punycode) form with {@link
 *       IDN#toASCII(String, int)} and the STD3 host name rules, which implements <b>IDNA 2003</b>
 *       (RFC 3490), not IDNA 2008. So {@code Bücher.de} becomes {@code xn--bcher-kva.de}, the
 *       ideographic and full-width full stops separate labels, and IDNA 2003 mappings apply: {@code
 *       straße.de} becomes {@code strasse.de}. A Unicode name and its ASCII form are therefore
 *       <em>equal</em> domains.
 * </ul>
 *
 * <p>What is accepted, after that normalization: one or more labels separated by dots; each label 1
 * to 63 characters of ASCII letters, digits and hyphens, not starting or ending with a hyphen (RFC
 * 1035 section 2.3.1, RFC 1123 section 2.1); the whole name at most 253 characters (RFC 1035
 * section 2.3.4 and RFC 2181 section 11, without the trailing dot); and the last label starting
 * with a letter, as the SIP grammar's {@code toplabel} requires (RFC 3261 section 25.1), so that an
 * IPv4 address such as {@code 192.0.2.1} is never a domain. An ASCII-compatible label ({@code
 * xn--...}) must round-trip: it is decoded with {@link IDN#toUnicode(String, int)}, encoded again
 * with {@link IDN#toASCII(String, int)} (both with the STD3 rules), and accepted only if that gives
 * the label back, so {@code xn---bcher-kva.com} (which decodes to a label starting with a hyphen)
 * is rejected and {@link #toUnicode} always gives a valid name. Underscores, as in DNS service
 * names, are rejected because a SIP host cannot carry them. Input longer than 1024 characters is
 * rejected with {@link AddressErrorKind#TOO_LONG} before it is scanned.
 *
 * <p>Look-alike letters are not folded: {@code cоntoso.com} with a Cyrillic {@code о} is a valid
 * internationalized name, {@code xn--cntoso-...}, and a different domain from {@code contoso.com};
 * its canonical text shows the {@code xn--} label, so the two never compare equal. Digits outside
 * ASCII are mapped by IDNA 2003 (full-width {@code １} is {@code 1}); a name they turn into an IPv4
 * address is rejected like the address itself. Unpaired surrogates are {@link
 * AddressErrorKind#BAD_DOMAIN}.
 *
 * <pre>{@code
 * Domain d = Domain.parse("Sub.Contoso.COM.");
 * d.toString();                                    // "sub.contoso.com"
 * d.labels();                                      // [sub, contoso, com]
 * d.parent();                                      // Optional[contoso.com]
 * d.isSubdomainOf(Domain.parse("contoso.com"));    // true
 * Domain.parse("subcontoso.com").isSubdomainOf(Domain.parse("contoso.com"));   // false
 * Domain.parse("Bücher.de").toString();            // "xn--bcher-kva.de"
 * Domain.parse("xn--bcher-kva.de").toUnicode();    // "bücher.de"
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. Parsing input that is already canonical ASCII
 * allocates nothing beyond the {@code Domain} itself when the input is a {@code String}.
 */
public final class Domain {
  /** Longest name in characters, without the trailing dot (RFC 1035 2.3.4, RFC 2181 11). */
  static final int MAX_LENGTH = 253;

  /** Longest label in characters (RFC 1035 2.3.4, RFC 2181 11). */
  static final int MAX_LABEL_LENGTH = 63;

  /** Input longer than this is refused unscanned: no valid name, even in Unicode, comes close. */
  static final int MAX_INPUT_LENGTH = 1024;

  private final String name;

  private Domain(String name) {
    this.name = name;
  }

  /**
   * Parses and normalizes a domain name.
   *
   * <pre>{@code
   * Domain.parse("CONTOSO.com.");   // contoso.com
   * Domain.parse("contoso..com");   // throws AddressParseException, kind BAD_DOMAIN
   * }</pre>
   *
   * @throws AddressParseException with kind {@link AddressErrorKind#EMPTY} for empty or blank
   *     input, {@link AddressErrorKind#TOO_LONG} for input over 1024 characters, and {@link
   *     AddressErrorKind#BAD_DOMAIN} for anything else that is not a domain name as described above
   */
  public static Domain parse(CharSequence text) {
    Domain d = scan(text, 0, text.length(), ParseFailure.DISCARD);
    if (d == null) {
      // Scan again to learn why: failure is the rare path, and success then records nothing.
      ParseFailure f = new ParseFailure();
      scan(text, 0, text.length(), f);
      throw f.toException(text);
    }
    return d;
  }

  /**
   * Parses a domain name, or returns empty where {@link #parse} would throw.
   *
   * <pre>{@code
   * Domain.tryParse("contoso.com");   // Optional[contoso.com]
   * Domain.tryParse("-contoso.com");  // Optional.empty()
   * }</pre>
   */
  public static Optional<Domain> tryParse(CharSequence text) {
    return Optional.ofNullable(scan(text, 0, text.length(), ParseFailure.DISCARD));
  }

  /**
   * Returns whether {@link #parse} would accept {@code text}.
   *
   * <pre>{@code
   * Domain.isValid("contoso.com");   // true
   * Domain.isValid("192.0.2.1");     // false: the last label must start with a letter
   * }</pre>
   */
  public static boolean isValid(CharSequence text) {
    return scan(text, 0, text.length(), ParseFailure.DISCARD) != null;
  }

  /** Wraps a name the caller knows to be canonical, such as a suffix of a canonical name. */
  static Domain ofCanonical(String canonicalName) {
    return new Domain(canonicalName);
  }

  /**
   * Scans {@code in[start, end)}; error indexes are positions in {@code in}, so that callers that
   * scan the domain of a larger address report positions in what the person typed.
   */
  static @Nullable Domain scan(CharSequence in, int start, int end, ParseFailure f) {
    int length = end - start;
    if (length > MAX_INPUT_LENGTH) {
      return f.fail(AddressErrorKind.TOO_LONG, start, "a domain name has at most 253 characters");
    }
    if (isBlank(in, start, end)) {
      return f.fail(AddressErrorKind.EMPTY, start, "no domain name was given");
    }
    for (int i = start; i < end; i++) {
      if (in.charAt(i) >= 0x80) {
        return scanInternationalized(in, start, end, i, f);
      }
    }
    return scanAscii(in, start, end, f);
  }

  private static boolean isBlank(CharSequence in, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isWhitespace(in.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns whether {@code in[start, end)} is a valid ASCII name that is already canonical (no
   * upper case, no trailing dot), so that a caller holding the text need not build a {@code Domain}
   * yet. False says nothing about validity: the caller then scans with {@link #scan}, which records
   * the failure, if any, in {@code f} again; {@code f} is scratch space here, so that this check
   * allocates nothing.
   */
  static boolean isCanonicalAscii(CharSequence in, int start, int end, ParseFailure f) {
    if (start >= end || end - start > MAX_LENGTH || in.charAt(end - 1) == '.') {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = in.charAt(i);
      if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return checkAscii(in, start, end, f) == 0;
  }

  /** The fast path: one pass over ASCII input, one copy only if it is not already canonical. */
  private static @Nullable Domain scanAscii(CharSequence in, int start, int end, ParseFailure f) {
    int r = checkAscii(in, start, end, f);
    if (r < 0) {
      return null;
    }
    int nameEnd = in.charAt(end - 1) == '.' && end - 1 > start ? end - 1 : end;
    String canonical;
    if (r == 0 && start == 0 && end == in.length() && in instanceof String) {
      canonical = in.toString(); // String.toString() is the string itself: no copy
    } else if (r == 0 && in instanceof String s) {
      canonical = s.substring(start, end);
    } else {
      StringBuilder sb = new StringBuilder(nameEnd - start);
      for (int i = start; i < nameEnd; i++) {
        sb.append(Ascii.toLowerCase(in.charAt(i)));
      }
      canonical = sb.toString();
    }
    return new Domain(canonical);
  }

  /**
   * Checks ASCII input in one pass: -1 (failure recorded in {@code f}), 0 (valid and already
   * canonical) or 1 (valid, but needs folding or has a trailing dot). Any non-ASCII character is a
   * failure here.
   */
  static int checkAscii(CharSequence in, int start, int end, ParseFailure f) {
    int nameEnd = end;
    if (in.charAt(end - 1) == '.' && end - 1 > start) {
      nameEnd = end - 1; // the root label: "contoso.com." is "contoso.com"
    }
    if (nameEnd - start > MAX_LENGTH) {
      f.fail(
          AddressErrorKind.BAD_DOMAIN,
          start + MAX_LENGTH,
          "a domain name has at most 253 characters");
      return -1;
    }
    boolean needsCopy = nameEnd != end;
    int labelStart = start;
    for (int i = start; i <= nameEnd; i++) {
      char c = i < nameEnd ? in.charAt(i) : '.';
      if (c == '.') {
        if (!checkLabel(in, labelStart, i, i == nameEnd, f)) {
          return -1;
        }
        labelStart = i + 1;
      } else if (c >= 'A' && c <= 'Z') {
        needsCopy = true;
      } else if (!isLetterOrDigit(c) && c != '-') {
        f.fail(
            AddressErrorKind.BAD_DOMAIN,
            i,
            c == '_'
                ? "'_' is not allowed in a domain name used as a SIP host"
                : "only letters, digits, '-' and '.' are allowed in a domain name");
        return -1;
      }
    }
    return needsCopy ? 1 : 0;
  }

  private static boolean checkLabel(
      CharSequence in, int from, int to, boolean last, ParseFailure f) {
    if (from == to) {
      f.fail(AddressErrorKind.BAD_DOMAIN, from, "a domain name has an empty label");
      return false;
    }
    if (to - from > MAX_LABEL_LENGTH) {
      f.fail(
          AddressErrorKind.BAD_DOMAIN,
          from + MAX_LABEL_LENGTH,
          "a domain label has at most 63 characters");
      return false;
    }
    if (in.charAt(from) == '-') {
      f.fail(AddressErrorKind.BAD_DOMAIN, from, "a domain label cannot start with '-'");
      return false;
    }
    if (in.charAt(to - 1) == '-') {
      f.fail(AddressErrorKind.BAD_DOMAIN, to - 1, "a domain label cannot end with '-'");
      return false;
    }
    if (to - from >= 4
        && (in.charAt(from) == 'x' || in.charAt(from) == 'X')
        && (in.charAt(from + 1) == 'n' || in.charAt(from + 1) == 'N')
        && in.charAt(from + 2) == '-'
        && in.charAt(from + 3) == '-'
        && !isRoundTripALabel(in, from, to)) {
      f.fail(
          AddressErrorKind.BAD_DOMAIN,
          from,
          "an xn-- label must be the ASCII form of a valid internationalized label");
      return false;
    }
    if (last && !isLetter(in.charAt(from))) {
      // RFC 3261 toplabel; also keeps dotted IPv4 addresses from passing as domains.
      f.fail(
          AddressErrorKind.BAD_DOMAIN, from, "the last label of a domain must start with a letter");
      return false;
    }
    return true;
  }

  /**
   * Whether an {@code xn--} label decodes to Unicode that encodes back to the same label (ignoring
   * case). A label that does not, such as {@code xn---bcher-kva} (a leading hyphen once decoded),
   * would give a {@link #toUnicode} that is no domain, and two spellings of one name.
   */
  private static boolean isRoundTripALabel(CharSequence in, int from, int to) {
    if (Idna.isKnownRoundTrip(in, from, to)) {
      return true;
    }
    String label = Ascii.toLowerCase(in.subSequence(from, to).toString());
    String unicode = IDN.toUnicode(label, IDN.USE_STD3_ASCII_RULES);
    if (unicode.equals(label)) {
      return false; // toUnicode gives its input back when the label does not decode
    }
    try {
      return IDN.toASCII(unicode, IDN.USE_STD3_ASCII_RULES).equals(label);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static @Nullable Domain scanInternationalized(
      CharSequence in, int start, int end, int firstNonAscii, ParseFailure f) {
    String fast = Idna.toAscii(in, start, end);
    if (fast != null) {
      Domain d = scanAscii(fast, 0, fast.length(), ParseFailure.DISCARD);
      if (d != null) {
        return d;
      }
      // Invalid after all: the JDK's conversion below explains it as it always has.
    }
    String ascii;
    try {
      ascii = IDN.toASCII(in.subSequence(start, end).toString(), IDN.USE_STD3_ASCII_RULES);
    } catch (IllegalArgumentException e) {
      return f.fail(
          AddressErrorKind.BAD_DOMAIN,
          firstNonAscii,
          "not a valid internationalized domain name (IDNA 2003)");
    }
    if (ascii.isEmpty()) {
      return f.fail(AddressErrorKind.BAD_DOMAIN, firstNonAscii, "the name maps to nothing in IDNA");
    }
    ParseFailure inner = new ParseFailure();
    Domain d = scanAscii(ascii, 0, ascii.length(), inner);
    if (d == null) {
      // Positions in the converted name mean nothing to the person who typed the Unicode one.
      return f.fail(
          AddressErrorKind.BAD_DOMAIN,
          firstNonAscii,
          "its ASCII form "
              + AddressParseException.clip(ascii, 48)
              + " is not valid: "
              + inner.detail());
    }
    return d;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isLetterOrDigit(char c) {
    return isLetter(c) || (c >= '0' && c <= '9');
  }

  /**
   * Returns the labels from the most specific to the top-level one.
   *
   * <pre>{@code
   * Domain.parse("sip.contoso.com").labels();   // [sip, contoso, com]
   * }</pre>
   */
  public List<String> labels() {
    ImmutableList.Builder<String> labels = ImmutableList.builder();
    int from = 0;
    for (int i = 0; i <= name.length(); i++) {
      if (i == name.length() || name.charAt(i) == '.') {
        labels.add(name.substring(from, i));
        from = i + 1;
      }
    }
    return labels.build();
  }

  /**
   * Returns the domain without its first label, or empty for a single-label domain.
   *
   * <pre>{@code
   * Domain.parse("sip.contoso.com").parent();   // Optional[contoso.com]
   * Domain.parse("com").parent();               // Optional.empty()
   * }</pre>
   */
  public Optional<Domain> parent() {
    int dot = name.indexOf('.');
    return dot < 0 ? Optional.empty() : Optional.of(new Domain(name.substring(dot + 1)));
  }

  /**
   * Returns whether this domain lies strictly below {@code ancestor}: whether it ends with a dot
   * followed by all of {@code ancestor}'s labels.
   *
   * <p><b>A domain is not a subdomain of itself.</b> RFC 1034 counts a domain as a subdomain of
   * itself, but the settings that use this question ({@code BlockAllSubdomains}, allowed and
   * blocked domain lists) always treat the listed domain and the domains below it as two cases, so
   * callers who want both write {@code d.equals(p) || d.isSubdomainOf(p)}. Matching is on whole
   * labels: {@code subcontoso.com} is not a subdomain of {@code contoso.com}.
   *
   * <pre>{@code
   * Domain contoso = Domain.parse("contoso.com");
   * Domain.parse("sip.contoso.com").isSubdomainOf(contoso);   // true
   * Domain.parse("subcontoso.com").isSubdomainOf(contoso);    // false
   * contoso.isSubdomainOf(contoso);                           // false
   * }</pre>
   */
  public boolean isSubdomainOf(Domain ancestor) {
    String a = ancestor.name;
    int dot = name.length() - a.length() - 1;
    return dot > 0 && name.charAt(dot) == '.' && name.endsWith(a);
  }

  /**
   * Returns the name for display, with ASCII-compatible ({@code xn--}) labels converted back to
   * Unicode with {@link IDN#toUnicode(String, int)} (IDNA 2003). Parsing accepts only labels that
   * round-trip, so the result is always a name that parses back to this domain. Never use the
   * result for comparison: use the domain itself.
   *
   * <pre>{@code
   * Domain.parse("xn--bcher-kva.de").toUnicode();   // "bücher.de"
   * Domain.parse("contoso.com").toUnicode();        // "contoso.com"
   * }</pre>
   */
  public String toUnicode() {
    return name.contains("xn--") ? IDN.toUnicode(name, 0) : name;
  }

  /** Returns whether {@code o} is a domain with the same canonical name. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Domain other && other.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /**
   * Returns the canonical name: lower-case ASCII, no trailing dot.
   *
   * <pre>{@code
   * Domain.parse("Contoso.COM.").toString();   // "contoso.com"
   * }</pre>
   */
  @Override
  public String toString() {
    return name;
  }
}
