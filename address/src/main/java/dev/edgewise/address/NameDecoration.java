package dev.edgewise.address;

import com.google.common.collect.ImmutableSet;
import java.nio.charset.StandardCharsets;
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
 * ({@code sip:bob(contoso.com)@msn.com}), the domain in lower-case ASCII. {@link #encode} and
 * {@link #decode(SipUri)} are exact inverses: {@code decode(encode(a)).equals(a)} for every account
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
 * <p>{@link #decode(SipUri)} reads a SIP URI, with the escapes of its user part already undone
 * ({@code %28}/{@code %29} are parentheses, {@code %40} is an {@code @}). Because SIP compares user
 * parts case-sensitively, it accepts only the canonical address: whatever it accepts, {@code
 * encode} writes back equivalently. {@link #decode(CharSequence)} reads what a person typed: with
 * or without the {@code sip:} scheme, with surrounding blanks or a display name ({@code Bob
 * <bob(contoso.com)@msn.com>}, read by the same rules as {@link SipUri#parseUserInput}), in any
 * case, with an internationalized or dot-terminated domain. Without a scheme the text is an e-mail address, not a
 * URI, so {@code %} is an ordinary character there; with {@code sip:} it is an escape. In the
 * table, "typed" is what {@code decode(CharSequence)} answers and "URI" what {@link
 * #decode(SipUri)} answers for the same text with {@code sip:} in front, under the default
 * settings:
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
 *       <td>{@code BAD_USER_CHAR} from {@link SipUri#parse}: a URI cannot hold {@code ü}
 *       unescaped; {@code bob(b%C3%BCcher.de)} is {@code NOT_CANONICAL}, {@code
 *       bob(xn--bcher-kva.de)} is accepted</td></tr>
 *   <tr><td>{@code bob@live.com.}, {@code bob(contoso.com.)@msn.com}</td><td>{@code
 *       bob@live.com}, {@code bob@contoso.com}</td><td>{@code NOT_CANONICAL}</td></tr>
 *   <tr><td>{@code bob%2Btag@live.com}</td><td>{@code bob%2btag@live.com} (an e-mail
 *       address)</td><td>{@code NOT_CANONICAL}: {@code %2B} is an escaped reserved character,
 *       which RFC 3261 19.1.4 does not equate with {@code +}; with {@code sip:} typed it is
 *       {@code bob+tag@live.com}</td></tr>
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
 *   <tr><td>{@code bob(localhost)@msn.com}, {@code bob(contoso..com)@msn.com}, {@code
 *       bob@localhost}</td>
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
 * <p>Local parts follow {@link MicrosoftAccount}: {@code bob smith(contoso.com)@msn.com} and {@code
 * "bob"(contoso.com)@msn.com} are {@code BAD_LOCAL_PART}. Instances are immutable and thread-safe.
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

  private final Domain routingDomain;
  private final ImmutableSet<Domain> excludedDomains;

  private final Host routingHost;
  private final DomainNames excludedNames;

  private NameDecoration(Domain routingDomain, ImmutableSet<Domain> excludedDomains) {
    this.routingDomain = routingDomain;
    this.excludedDomains = excludedDomains;
    this.routingHost = Host.parse(routingDomain.toString());
    this.excludedNames = new DomainNames(excludedDomains);
  }

  /** The excluded domains, for look-ups by text without building a {@link Domain}. */
  DomainNames excludedNames() {
    return excludedNames;
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
   * Returns the rule for the given settings. The order and duplicates of {@code excludedDomains} do
   * not matter.
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
   * blanks and a display name are ignored, by the rules of {@link SipUri#parseUserInput} (text over
   * 4096 characters is {@code TOO_LONG}), and case is folded; the class description lists every
   * other case.
   *
   * <pre>{@code
   * NameDecoration.defaults().decode(" Bob(Contoso.com)@MSN.com ");   // bob@contoso.com
   * NameDecoration.defaults().decode("bob@contoso.com");   // throws: NOT_DECORATED
   * }</pre>
   *
   * @throws AddressParseException if the text is not such an address; its kind says why
   */
  public MicrosoftAccount decode(CharSequence typed) {
    MicrosoftAccount fast = DecodingFastPath.typed(this, typed);
    if (fast != null) {
      return fast;
    }
    ParseFailure f = new ParseFailure();
    MicrosoftAccount a = decodeTyped(typed, f);
    if (a == null) {
      throw f.toException(typed);
    }
    return a;
  }

  /** {@link #decode(CharSequence)} reporting failure through {@code f}. */
  @Nullable MicrosoftAccount decodeTyped(CharSequence in, ParseFailure f) {
    long r = TypedText.read(in, f);
    if (r == TypedText.NONE) {
      return null;
    }
    int start = TypedText.start(r);
    int end = TypedText.end(r);
    int colon = TypedText.schemeEnd(in, start, end);
    if (colon >= 0) {
      if (!TypedText.equalsIgnoreCase(in, start, colon, "sip")) {
        return f.fail(
            AddressErrorKind.BAD_SCHEME,
            start,
            "a Microsoft account's IM address is a sip: address");
      }
      return decodeTypedUri(in, start, end, f);
    }
    int at = TypedText.lastIndexOf(in, start, end, '@');
    if (at < 0) {
      return f.fail(
          AddressErrorKind.MISSING_AT,
          end,
          "an account address is name@domain or name(domain)@msn.com");
    }
    Domain host = MicrosoftAccount.scanDomain(in, at + 1, end, f);
    if (host == null) {
      return null;
    }
    return decodeParts(in, start, at, host, at + 1, false, f);
  }

  private @Nullable MicrosoftAccount decodeTypedUri(
      CharSequence in, int start, int end, ParseFailure f) {
    ParseFailure g = new ParseFailure();
    SipUri u = SipUri.parse(in.subSequence(start, end), g);
    if (u == null) {
      return f.fail(g.kind(), start + g.index(), "not a valid SIP URI");
    }
    MicrosoftAccount a = decodeUri(u, false, g);
    return a == null ? f.fail(g.kind(), start + g.index(), g.detail()) : a;
  }

  /**
   * Returns the Microsoft account that a SIP URI is the IM address of: the inverse of {@link
   * #encode}. Only the canonical address is accepted, so that {@code
   * encode(decode(u)).isEquivalentTo(u)} holds for every {@code u} this method accepts; the class
   * description lists each case. Error indexes are positions in {@code address.toString()}, counted
   * in the unescaped user part when it has escapes.
   *
   * <pre>{@code
   * NameDecoration rules = NameDecoration.defaults();
   * rules.decode(SipUri.parse("sip:bob(contoso.com)@msn.com"));       // bob@contoso.com
   * rules.decode(SipUri.parse("sip:bob%28contoso.com%29@MSN.COM"));   // bob@contoso.com
   * rules.decode(SipUri.parse("sip:alice@live.com"));                 // alice@live.com
   * rules.decode(SipUri.parse("sip:Alice@live.com"));                 // throws: NOT_CANONICAL
   * }</pre>
   *
   * @throws AddressParseException if the URI is not a Microsoft account's canonical IM address
   *     under these settings; its kind says why
   */
  public MicrosoftAccount decode(SipUri address) {
    MicrosoftAccount fast = DecodingFastPath.uri(this, address, true);
    if (fast != null) {
      return fast;
    }
    ParseFailure f = new ParseFailure();
    MicrosoftAccount a = decodeUriGeneral(address, true, f);
    if (a == null) {
      throw f.toException(address.toString());
    }
    return a;
  }

  /**
   * Decodes a parsed URI; error indexes are positions in {@code u.toString()}. Strict mode accepts
   * only URIs that {@link #encode} gives back equivalently; lenient mode folds case and converts
   * internationalized domains, for typed text.
   */
  @Nullable MicrosoftAccount decodeUri(SipUri u, boolean strict, ParseFailure f) {
    MicrosoftAccount fast = DecodingFastPath.uri(this, u, strict);
    return fast != null ? fast : decodeUriGeneral(u, strict, f);
  }

  /** {@link #decodeUri} without its fast path: every case, and why it fails. */
  @Nullable MicrosoftAccount decodeUriGeneral(SipUri u, boolean strict, ParseFailure f) {
    if (u.isSecure()) {
      return f.fail(
          AddressErrorKind.BAD_SCHEME, 0, "a Microsoft account's IM address is sip:, not sips:");
    }
    int userStart = u.userStart();
    if (userStart < 0) {
      return f.fail(
          AddressErrorKind.BAD_USER_CHAR,
          "sip:".length(),
          "a Microsoft account's address has a user part");
    }
    String text = u.toString();
    int afterUser = u.userEnd;
    if (u.passwordStart() >= 0) {
      return f.fail(
          AddressErrorKind.URI_COMPONENTS_NOT_ALLOWED,
          afterUser,
          "a Microsoft account's address has no password");
    }
    int hostIndex = afterUser + 1;
    Host h = u.host();
    String name = h.domainName().orElse("");
    if (name.isEmpty()) {
      return f.fail(
          AddressErrorKind.BAD_HOST,
          hostIndex,
          "a Microsoft account's address has a domain name, not an IP address");
    }
    if (u.portNumber() >= 0 || u.paramsStart >= 0 || u.headersStart >= 0) {
      return f.fail(
          AddressErrorKind.URI_COMPONENTS_NOT_ALLOWED,
          hostIndex + name.length(),
          "a Microsoft account's address is sip:user@host, without port, parameters or headers");
    }
    Domain host = Domain.scan(name, 0, name.length(), ParseFailure.DISCARD);
    if (host == null) {
      ParseFailure g = new ParseFailure();
      Domain.scan(name, 0, name.length(), g);
      return f.fail(AddressErrorKind.BAD_HOST, hostIndex + g.index(), g.detail());
    }
    boolean escaped = UriChars.hasEscape(text, userStart, afterUser);
    MicrosoftAccount a;
    if (!escaped) {
      // The user part as written is the user: read it in place, indexes already in the URI.
      a = decodeParts(text, userStart, afterUser, host, hostIndex, strict, f);
      if (a == null) {
        return null;
      }
    } else {
      // Indexes inside decodeParts count in the unescaped user; shift them into the URI's text.
      String user = UriChars.decode(text, userStart, afterUser);
      ParseFailure g = new ParseFailure();
      a = decodeParts(user, 0, user.length(), host, hostIndex - userStart, strict, g);
      if (a == null) {
        return f.fail(g.kind(), userStart + g.index(), g.detail());
      }
    }
    if (strict && name.charAt(name.length() - 1) == '.') {
      return f.fail(
          AddressErrorKind.NOT_CANONICAL,
          hostIndex + name.length() - 1,
          "the host has a trailing dot; the account's address is " + encode(a));
    }
    // Without escapes the user part is exactly what encode writes (it escapes only what must be),
    // so the check below can only fail on an escape: one of a reserved character such as %2B,
    // which RFC 3261 19.1.4 does not equate with the character itself.
    if (strict && escaped) {
      SipUri canonical = encode(a);
      if (!canonical.isEquivalentTo(u)) {
        return f.fail(
            AddressErrorKind.NOT_CANONICAL,
            userStart,
            "an escaped reserved character is not the character itself; the account's address is "
                + canonical);
      }
    }
    return a;
  }

  /**
   * Returns the IM address of a Microsoft account: {@code sip:local@domain} for an account at an
   * excluded domain, {@code sip:local(domain)@routing-domain} for any other. Characters of the
   * local part that a SIP user part cannot hold ({@code # % ^ ` { | }}) are escaped.
   *
   * <pre>{@code
   * NameDecoration rules = NameDecoration.defaults();
   * rules.encode(MicrosoftAccount.parse("bob@contoso.com"));    // sip:bob(contoso.com)@msn.com
   * rules.encode(MicrosoftAccount.parse("alice@live.com"));     // sip:alice@live.com
   * rules.encode(MicrosoftAccount.parse("bob@bücher.de"));      // sip:bob(xn--bcher-kva.de)@msn.com
   * rules.encode(MicrosoftAccount.parse("a#b@contoso.com"));    // sip:a%23b(contoso.com)@msn.com
   * }</pre>
   */
  public SipUri encode(MicrosoftAccount account) {
    if (isExcludedAccount(account)) {
      return undecoratedUri(account);
    }
    // The same text the builder would write: parentheses and domain names need no escapes in a
    // user part, so only the local part may (a#b becomes a%23b).
    String address = account.toString();
    int at = account.atIndex();
    String routing = routingHost.toString();
    if (UriChars.isAll(address, 0, at, UriChars.USER)) {
      // All ASCII: written byte by byte into the one array the text is copied from, without a
      // builder, as classify writes one of these for every plain address it reads.
      int n = address.length();
      byte[] b = new byte[4 + n + 2 + routing.length()];
      b[0] = 's';
      b[1] = 'i';
      b[2] = 'p';
      b[3] = ':';
      for (int i = 0; i < n; i++) {
        b[4 + i] = i == at ? (byte) '(' : (byte) address.charAt(i);
      }
      b[4 + n] = ')';
      b[5 + n] = '@';
      for (int i = 0; i < routing.length(); i++) {
        b[6 + n + i] = (byte) routing.charAt(i);
      }
      return SipUri.userAtDomain(new String(b, StandardCharsets.ISO_8859_1), 5 + n);
    }
    StringBuilder sb = new StringBuilder(address.length() + routing.length() + 8).append("sip:");
    if (UriChars.isAll(address, 0, at, UriChars.USER)) {
      sb.append(address, 0, at);
    } else {
      sb.append(UriChars.encode(account.localPart(), UriChars.USER));
    }
    sb.append('(').append(address, at + 1, address.length()).append(')');
    int userEnd = sb.length();
    return SipUri.userAtDomain(sb.append('@').append(routing).toString(), userEnd);
  }

  /**
   * The account's address as a SIP URI as it stands, {@code sip:local@domain}, with the local part
   * escaped where a URI needs it: what {@link #encode} answers for an excluded domain, and the
   * federated reading of {@link ContactAddress#classify}.
   */
  static SipUri undecoratedUri(MicrosoftAccount account) {
    String address = account.toString();
    int at = account.atIndex();
    if (UriChars.isAll(address, 0, at, UriChars.USER)) {
      return SipUri.userAtDomain("sip:" + address, 4 + at);
    }
    String user = UriChars.encode(account.localPart(), UriChars.USER);
    return SipUri.userAtDomain("sip:" + user + address.substring(at), 4 + user.length());
  }

  /**
   * Returns whether {@link #encode} writes the account in decorated form, that is, whether its
   * domain is not excluded.
   *
   * <pre>{@code
   * NameDecoration.defaults().isDecorated(MicrosoftAccount.parse("bob@contoso.com"));   // true
   * NameDecoration.defaults().isDecorated(MicrosoftAccount.parse("bob@live.com"));      // false
   * }</pre>
   */
  public boolean isDecorated(MicrosoftAccount account) {
    return !isExcludedAccount(account);
  }

  /** {@code isExcluded(account.domain())}, without building the domain. */
  boolean isExcludedAccount(MicrosoftAccount account) {
    String address = account.toString();
    return excludedNames.contains(address, account.atIndex() + 1, address.length());
  }

  /**
   * Decodes {@code local@host} or {@code local(domain)@host} where {@code in[us, ue)} is the user
   * part, unescaped, and {@code host} the parsed host found at {@code hostIndex}. In strict mode
   * the user part must already be canonical, so that the result encodes back to an equivalent URI.
   */
  @Nullable MicrosoftAccount decodeParts(
      CharSequence in, int us, int ue, Domain host, int hostIndex, boolean strict, ParseFailure f) {
    int open = -1;
    int close = -1;
    for (int i = us; i < ue; i++) {
      char c = in.charAt(i);
      if (c == '(') {
        if (open >= 0 && close < 0) {
          return f.fail(AddressErrorKind.UNBALANCED_PARENTHESES, i, "parentheses cannot be nested");
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
    MicrosoftAccount account =
        MicrosoftAccount.of(MicrosoftAccount.lowerCase(in, us, open), domain);
    if (strict
        && (TypedText.hasUpperCase(in, us, open)
            || !contentEquals(in, ds, close, domain.toString()))) {
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
    if (host.toString().indexOf('.') < 0) {
      // Advice to decorate would name an address that is itself refused (BAD_DOMAIN below).
      return f.fail(
          AddressErrorKind.BAD_DOMAIN,
          hostIndex,
          "an account's domain has at least two labels, so no Microsoft account is at " + host);
    }
    if (!isExcluded(host)) {
      return f.fail(
          AddressErrorKind.NOT_DECORATED,
          hostIndex,
          "as written this is a federated address; a Microsoft account at "
              + host
              + " is written "
              + AddressParseException.clip(MicrosoftAccount.lowerCase(in, us, ue), 64)
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
