package dev.edgewise.address;

import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The custom-domain name decoration of public IM connectivity, as data: how a Microsoft account is
 * written as a SIP address that Lync routes to Skype, and back.
 *
 * <p>It is built from the public provider's two settings, {@code NameDecorationRoutingDomain}
 * (default {@code msn.com}) and {@code NameDecorationExcludedDomainList} (default {@code msn.com,
 * outlook.com, live.com, hotmail.com}). An account at an excluded domain is written as it is
 * ({@code sip:alice@live.com}); any other account is written {@code local(domain)@routing-domain}
 * ({@code sip:bob(contoso.com)@msn.com}), the domain in lower-case ASCII. {@code encode} and
 * {@code decode(SipUri)} are exact inverses: {@code decode(encode(a)).equals(a)} for every account
 * {@code a}, and {@code encode(decode(u)).isEquivalentTo(u)} (RFC 3261 section 19.1.4) for every
 * {@code u} that {@code decode} accepts.
 *
 * <pre>{@code
 * NameDecoration rules = NameDecoration.defaults();
 * rules.encode(MicrosoftAccount.parse("bob@contoso.com"));   // sip:bob(contoso.com)@msn.com
 * rules.encode(MicrosoftAccount.parse("Alice@Live.com"));    // sip:alice@live.com
 * rules.decode("bob(contoso.com)@msn.com");                  // bob@contoso.com
 * rules.decode(SipUri.parse("sip:bob%28contoso.com%29@msn.com"));   // bob@contoso.com
 * }</pre>
 *
 * <h2>Decoding: every case and its answer</h2>
 *
 * <p>{@code decode(SipUri)} reads a SIP URI, with the escapes of its user part already undone
 * ({@code %28}/{@code %29} are parentheses, {@code %40} is an {@code @}). Because SIP compares user
 * parts case-sensitively, it accepts only the canonical address: whatever it accepts, {@code
 * encode} writes back equivalently. {@link #decode(CharSequence)} reads what a person typed: with
 * or without the {@code sip:} scheme, with surrounding spaces, in any case, with an
 * internationalized or dot-terminated domain. Without a scheme the text is an e-mail address, not a
 * URI, so {@code %} is an ordinary character there; with {@code sip:} it is an escape. In the table,
 * "typed" is what {@code decode(CharSequence)} answers and "URI" what {@code decode(SipUri)} answers
 * for the same text with {@code sip:} in front, under the default settings:
 *
 * <table>
 *   <caption>Decoding under the default settings</caption>
 *   <tr><th>input</th><th>typed</th><th>URI</th></tr>
 *   <tr><td>{@code bob(contoso.com)@msn.com}</td><td>{@code bob@contoso.com}</td><td>same</td></tr>
 *   <tr><td>{@code alice@live.com}</td><td>{@code alice@live.com}</td><td>same</td></tr>
 *   <tr><td>{@code Bob(Contoso.COM)@MSN.com}</td><td>{@code bob@contoso.com}</td>
 *       <td>{@link AddressErrorKind#NOT_CANONICAL NOT_CANONICAL} (the host's case does not matter,
 *       the user's does)</td></tr>
 *   <tr><td>{@code bob(bücher.de)@msn.com}</td><td>{@code bob@xn--bcher-kva.de}</td>
 *       <td>{@code NOT_CANONICAL}; {@code bob(xn--bcher-kva.de)} is accepted</td></tr>
 *   <tr><td>{@code bob+tag(contoso.com)@msn.com}, {@code b.o-b(contoso.com)@msn.com}</td>
 *       <td>{@code bob+tag@contoso.com}, {@code b.o-b@contoso.com}: tags, dots and hyphens are kept
 *       </td><td>same</td></tr>
 *   <tr><td>{@code bob%28contoso.com%29@msn.com}</td><td>the account {@code
 *       bob%28contoso.com%29@msn.com}</td><td>{@code bob@contoso.com}</td></tr>
 *   <tr><td>{@code x()@msn.com}</td><td colspan="2">{@link
 *       AddressErrorKind#EMPTY_DECORATED_DOMAIN EMPTY_DECORATED_DOMAIN}</td></tr>
 *   <tr><td>{@code (contoso.com)@msn.com}</td><td colspan="2">{@link
 *       AddressErrorKind#BAD_LOCAL_PART BAD_LOCAL_PART}</td></tr>
 *   <tr><td>{@code bob((contoso.com))@msn.com}, {@code bob(contoso.com@msn.com}, {@code
 *       bob)@msn.com}</td><td colspan="2">{@link AddressErrorKind#UNBALANCED_PARENTHESES
 *       UNBALANCED_PARENTHESES}</td></tr>
 *   <tr><td>{@code bob(contoso.com)x@msn.com}, {@code bob(a.com)(b.com)@msn.com}</td>
 *       <td colspan="2">{@link AddressErrorKind#MISPLACED_DECORATION MISPLACED_DECORATION}</td></tr>
 *   <tr><td>{@code bob(bob@contoso.com)@msn.com} (URI: {@code bob(bob%40contoso.com)})</td>
 *       <td colspan="2">{@link AddressErrorKind#AT_IN_DECORATED_DOMAIN AT_IN_DECORATED_DOMAIN}</td>
 *       </tr>
 *   <tr><td>{@code bob(live.com)@msn.com}, {@code bob(msn.com)@msn.com}</td><td colspan="2">{@link
 *       AddressErrorKind#DECORATED_EXCLUDED_DOMAIN DECORATED_EXCLUDED_DOMAIN}: such an account is
 *       written {@code bob@live.com}</td></tr>
 *   <tr><td>{@code bob(contoso.com)@live.com}, {@code bob(contoso.com)@fabrikam.com}</td>
 *       <td colspan="2">{@link AddressErrorKind#WRONG_ROUTING_DOMAIN WRONG_ROUTING_DOMAIN}</td></tr>
 *   <tr><td>{@code bob@contoso.com}</td><td colspan="2">{@link AddressErrorKind#NOT_DECORATED
 *       NOT_DECORATED}: as written it is a federated address</td></tr>
 *   <tr><td>{@code bob(localhost)@msn.com}, {@code bob(contoso..com)@msn.com}</td>
 *       <td colspan="2">{@link AddressErrorKind#BAD_DOMAIN BAD_DOMAIN}</td></tr>
 *   <tr><td>{@code sips:bob@live.com}, {@code tel:...}</td><td colspan="2">{@link
 *       AddressErrorKind#BAD_SCHEME BAD_SCHEME}</td></tr>
 *   <tr><td>{@code sip:bob@live.com;transport=tls}, {@code sip:bob:pw@live.com}, a port or
 *       headers</td><td colspan="2">{@link AddressErrorKind#URI_COMPONENTS_NOT_ALLOWED
 *       URI_COMPONENTS_NOT_ALLOWED}</td></tr>
 *   <tr><td>{@code sip:bob@192.0.2.1}</td><td colspan="2">{@link AddressErrorKind#BAD_HOST
 *       BAD_HOST}</td></tr>
 * </table>
 *
 * <p>Local parts follow {@link MicrosoftAccount}: {@code bob smith(contoso.com)@msn.com} and
 * {@code "bob"(contoso.com)@msn.com} are {@code BAD_LOCAL_PART}. Instances are immutable and
 * thread-safe.
 */
public final class NameDecoration {
  private static final NameDecoration DEFAULTS =
      new NameDecoration(
          Domain.ofCanonical("msn.com"),
          ImmutableSet.of(
              Domain.ofCanonical("msn.com"),
              Domain.ofCanonical("outlook.com"),
              Domain.ofCanonical("live.com"),
              Domain.ofCanonical("hotmail.com")));

  /** Longest typed text that {@link #decode(CharSequence)} scans. */
  static final int MAX_TYPED_LENGTH = 2048;

  private final Domain routingDomain;
  private final ImmutableSet<Domain> excludedDomains;

  private NameDecoration(Domain routingDomain, ImmutableSet<Domain> excludedDomains) {
    this.routingDomain = routingDomain;
    this.excludedDomains = excludedDomains;
  }

  /**
   * Returns the rule with the public provider's defaults: routing domain {@code msn.com}, excluded
   * domains {@code msn.com, outlook.com, live.com, hotmail.com}.
   *
   * <pre>{@code
   * NameDecoration.defaults().routingDomain();   // msn.com
   * }</pre>
   */
  public static NameDecoration defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the rule for the given settings. The order and duplicates of {@code excludedDomains}
   * do not matter.
   *
   * <pre>{@code
   * NameDecoration rules = NameDecoration.of(
   *     Domain.parse("msn.com"),
   *     List.of(Domain.parse("msn.com"), Domain.parse("live.com"), Domain.parse("hotmail.co.uk")));
   * }</pre>
   *
   * @throws IllegalArgumentException if the routing domain is not in the excluded domain list. This
   *     is a configuration error, not bad input to parse, hence no {@link AddressParseException}:
   *     the routing domain's own accounts would otherwise be written {@code
   *     alice(msn.com)@msn.com}, which Skype never reads.
   */
  public static NameDecoration of(Domain routingDomain, Collection<Domain> excludedDomains) {
    ImmutableSet<Domain> excluded = ImmutableSet.copyOf(excludedDomains);
    if (!excluded.contains(routingDomain)) {
      throw new IllegalArgumentException(
          "the routing domain "
              + routingDomain
              + " must be in the excluded domain list "
              + excluded
              + " (NameDecorationRoutingDomain must be one of NameDecorationExcludedDomainList)");
    }
    if (routingDomain.equals(DEFAULTS.routingDomain) && excluded.equals(DEFAULTS.excludedDomains)) {
      return DEFAULTS;
    }
    return new NameDecoration(routingDomain, excluded);
  }

  /**
   * Returns the domain that decorated addresses are written under, {@code msn.com} by default.
   *
   * <pre>{@code
   * NameDecoration.defaults().routingDomain().toString();   // "msn.com"
   * }</pre>
   */
  public Domain routingDomain() {
    return routingDomain;
  }

  /**
   * Returns the domains whose accounts are written undecorated; it always contains the routing
   * domain. The set is unmodifiable.
   *
   * <pre>{@code
   * NameDecoration.defaults().excludedDomains();   // [msn.com, outlook.com, live.com, hotmail.com]
   * }</pre>
   */
  public Set<Domain> excludedDomains() {
    return excludedDomains;
  }

  /**
   * Returns whether accounts at {@code domain} are written undecorated. Only the listed domains
   * themselves count, not their subdomains.
   *
   * <pre>{@code
   * NameDecoration.defaults().isExcluded(Domain.parse("live.com"));      // true
   * NameDecoration.defaults().isExcluded(Domain.parse("live.co.uk"));    // false
   * }</pre>
   */
  public boolean isExcluded(Domain domain) {
    return excludedDomains.contains(domain);
  }

  /**
   * Decodes what a person typed as a Microsoft account's IM address: {@code
   * bob(contoso.com)@msn.com} or {@code alice@live.com}, with or without {@code sip:}. Surrounding
   * spaces are ignored and case is folded; the class description lists every other case.
   *
   * <pre>{@code
   * NameDecoration.defaults().decode(" Bob(Contoso.com)@MSN.com ");   // bob@contoso.com
   * NameDecoration.defaults().decode("bob@contoso.com");   // throws: NOT_DECORATED
   * }</pre>
   *
   * @throws AddressParseException if the text is not such an address; its kind says why
   */
  public MicrosoftAccount decode(CharSequence typed) {
    ParseFailure f = new ParseFailure();
    MicrosoftAccount a = decodeTyped(typed, f);
    if (a == null) {
      throw f.toException(typed);
    }
    return a;
  }

  /** {@link #decode(CharSequence)} reporting failure through {@code f}. */
  @Nullable MicrosoftAccount decodeTyped(CharSequence in, ParseFailure f) {
    int end = TypedText.trimEnd(in, 0, in.length());
    int start = TypedText.trimStart(in, 0, end);
    if (start == end) {
      return f.fail(AddressErrorKind.EMPTY, start, "nothing was typed");
    }
    if (end - start > MAX_TYPED_LENGTH) {
      return f.fail(AddressErrorKind.TOO_LONG, start, "far longer than any account address");
    }
    int colon = TypedText.schemeEnd(in, start, end);
    if (colon >= 0) {
      if (!TypedText.equalsIgnoreCase(in, start, colon, "sip")) {
        return f.fail(
            AddressErrorKind.BAD_SCHEME, start, "a Microsoft account's IM address is a sip: address");
      }
      return decodeTypedUri(in, start, end, f);
    }
    int at = TypedText.lastIndexOf(in, start, end, '@');
    if (at < 0) {
      return f.fail(
          AddressErrorKind.MISSING_AT, end, "an account address is name@domain or name(domain)@msn.com");
    }
    Domain host = MicrosoftAccount.scanDomain(in, at + 1, end, f);
    if (host == null) {
      return null;
    }
    return decodeParts(in, start, at, host, at + 1, false, f);
  }

  private @Nullable MicrosoftAccount decodeTypedUri(
      CharSequence in, int start, int end, ParseFailure f) {
    // TODO(merge sip): parse with SipUri and decode its user and host.
    return f.fail(AddressErrorKind.BAD_SCHEME, start, "pending SipUri " + in.length() + end);
  }

  /**
   * Decodes {@code local@host} or {@code local(domain)@host} where {@code in[us, ue)} is the user
   * part, unescaped, and {@code host} the parsed host found at {@code hostIndex}. In strict mode the
   * user part must already be canonical, so that the result encodes back to an equivalent URI.
   */
  @Nullable MicrosoftAccount decodeParts(
      CharSequence in, int us, int ue, Domain host, int hostIndex, boolean strict, ParseFailure f) {
    int open = -1;
    int close = -1;
    for (int i = us; i < ue; i++) {
      char c = in.charAt(i);
      if (c == '(') {
        if (open >= 0 && close < 0) {
          return f.fail(
              AddressErrorKind.UNBALANCED_PARENTHESES, i, "parentheses cannot be nested");
        }
        if (close >= 0) {
          return f.fail(
              AddressErrorKind.MISPLACED_DECORATION, i, "only one (domain) group is allowed");
        }
        open = i;
      } else if (c == ')') {
        if (open < 0 || close >= 0) {
          return f.fail(AddressErrorKind.UNBALANCED_PARENTHESES, i, "')' without a '('");
        }
        close = i;
      }
    }
    if (open >= 0 && close < 0) {
      return f.fail(AddressErrorKind.UNBALANCED_PARENTHESES, open, "'(' is never closed");
    }
    if (open < 0) {
      return undecorated(in, us, ue, host, hostIndex, strict, f);
    }
    if (close != ue - 1) {
      return f.fail(
          AddressErrorKind.MISPLACED_DECORATION,
          close + 1,
          "the (domain) group comes last, right before the '@': name(domain)@" + routingDomain);
    }
    if (!host.equals(routingDomain)) {
      return f.fail(
          AddressErrorKind.WRONG_ROUTING_DOMAIN,
          hostIndex,
          "decorated addresses are written under " + routingDomain + ", not " + host);
    }
    if (MicrosoftAccount.scanLocalPart(in, us, open, f) < 0) {
      return null;
    }
    int ds = open + 1;
    if (ds == close) {
      return f.fail(
          AddressErrorKind.EMPTY_DECORATED_DOMAIN,
          ds,
          "the account's domain goes between the parentheses: name(contoso.com)@" + routingDomain);
    }
    int innerAt = TypedText.indexOf(in, ds, close, '@');
    if (innerAt >= 0) {
      return f.fail(
          AddressErrorKind.AT_IN_DECORATED_DOMAIN,
          innerAt,
          "only the domain goes between the parentheses: name(contoso.com)@" + routingDomain);
    }
    Domain domain = MicrosoftAccount.scanDomain(in, ds, close, f);
    if (domain == null) {
      return null;
    }
    if (isExcluded(domain)) {
      return f.fail(
          AddressErrorKind.DECORATED_EXCLUDED_DOMAIN,
          ds,
          "accounts at " + domain + " are written undecorated: name@" + domain);
    }
    MicrosoftAccount account = MicrosoftAccount.of(MicrosoftAccount.lowerCase(in, us, open), domain);
    if (strict
        && (TypedText.hasUpperCase(in, us, open) || !contentEquals(in, ds, close, domain.toString()))) {
      return f.fail(
          AddressErrorKind.NOT_CANONICAL,
          us,
          "SIP user parts are case-sensitive; the account's address is written "
              + canonicalText(account));
    }
    return account;
  }

  private @Nullable MicrosoftAccount undecorated(
      CharSequence in, int us, int ue, Domain host, int hostIndex, boolean strict, ParseFailure f) {
    if (!isExcluded(host)) {
      return f.fail(
          AddressErrorKind.NOT_DECORATED,
          hostIndex,
          "as written this is a federated address; a Microsoft account at "
              + host
              + " is written "
              + MicrosoftAccount.lowerCase(in, us, ue)
              + "("
              + host
              + ")@"
              + routingDomain);
    }
    if (MicrosoftAccount.scanLocalPart(in, us, ue, f) < 0) {
      return null;
    }
    MicrosoftAccount account = MicrosoftAccount.of(MicrosoftAccount.lowerCase(in, us, ue), host);
    if (strict && TypedText.hasUpperCase(in, us, ue)) {
      return f.fail(
          AddressErrorKind.NOT_CANONICAL,
          us,
          "SIP user parts are case-sensitive; the account's address is written "
              + canonicalText(account));
    }
    return account;
  }

  private static boolean contentEquals(CharSequence in, int start, int end, String s) {
    if (end - start != s.length()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (in.charAt(start + i) != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The canonical address as text, {@code sip:user@host}, unescaped; for messages only. */
  String canonicalText(MicrosoftAccount a) {
    return isExcluded(a.domain())
        ? "sip:" + a
        : "sip:" + a.localPart() + '(' + a.domain() + ")@" + routingDomain;
  }

  /** Compares the settings. */
  // "exports": checker-qual is a compile-time-only module; its annotation needs no export.
  @SuppressWarnings("exports")
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof NameDecoration other
        && other.routingDomain.equals(routingDomain)
        && other.excludedDomains.equals(excludedDomains);
  }

  @Override
  public int hashCode() {
    return routingDomain.hashCode() * 31 + excludedDomains.hashCode();
  }

  /**
   * Returns the settings for logs.
   *
   * <pre>{@code
   * NameDecoration.defaults().toString();
   * // "NameDecoration{routingDomain=msn.com, excludedDomains=[msn.com, outlook.com, live.com, hotmail.com]}"
   * }</pre>
   */
  @Override
  public String toString() {
    return "NameDecoration{routingDomain="
        + routingDomain
        + ", excludedDomains="
        + excludedDomains
        + "}";
  }
}
