package dev.edgewise.address;

import static dev.edgewise.address.UriChars.HEADER;
import static dev.edgewise.address.UriChars.PARAM;
import static dev.edgewise.address.UriChars.PASSWORD;
import static dev.edgewise.address.UriChars.TOKEN;
import static dev.edgewise.address.UriChars.USER;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.checkerframework.checker.nullness.qual.MonotonicNonNull;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A SIP or SIPS URI (RFC 3261 section 19.1, with the RFC 5954 host rules), the address of every
 * Lync / Skype for Business user: {@code sip:bob@contoso.com}, or, for a Skype user with a
 * Microsoft account at a custom domain, the decorated form {@code sip:bob(contoso.com)@msn.com}.
 *
 * <p>Instances are immutable and thread-safe. A URI has a scheme ({@code sip} or {@code sips}), an
 * optional user with an optional password, a {@link Host}, an optional port, parameters and
 * headers:
 *
 * <pre>{@code
 * SipUri u = SipUri.parse("sip:bob(contoso.com)@msn.com;transport=tls?Subject=hi%20there");
 * u.user();          // Optional[bob(contoso.com)]
 * u.host();          // msn.com
 * u.port();          // OptionalInt.empty: an absent port is not 5060
 * u.transport();     // Optional[tls]
 * u.headers();       // [Header[name=Subject, value=hi there]]
 * }</pre>
 *
 * <h2>Parsing</h2>
 *
 * <p>{@link #parse}, {@link #tryParse} and {@link #isValid} share one hand-written scanner that
 * reads the input once, in linear time, with no regular expressions; input longer than {@link
 * #MAX_LENGTH} is rejected before anything else is looked at. They accept exactly the RFC 3261
 * section 25.1 grammar with the RFC 5954 IPv4 and IPv6 rules (see {@link Host}), with these
 * additions, all on the strict side:
 *
 * <ul>
 *   <li>the same parameter name (ignoring case and escapes) may appear only once;
 *   <li>the telephone-subscriber form of the user part is read as a plain user.
 * </ul>
 *
 * <p>A parameter with a name RFC 3261 gives its own rule ({@code transport}, {@code user}, {@code
 * method}, {@code ttl}, {@code maddr}, {@code lr}) but a value outside that rule ({@code ttl=999},
 * {@code transport=a/b}, {@code maddr=1.2.3.444}, {@code lr=on}, a bare {@code ;ttl}) is still
 * valid: the grammar's {@code uri-parameter} is an alternation, and {@code other-param} matches it.
 * Such a parameter is in {@link #parameters()} like any other, while the typed accessors ({@link
 * #transport}, {@link #userParam}, {@link #method}, {@link #ttl}, {@link #maddr}) stay strict and
 * return empty for it.
 *
 * <p>The scheme is case-insensitive, as ABNF literals are. {@code ;} and {@code ?} are legal in the
 * user part ({@code sip:alice;day=tuesday@atlanta.com}); so are {@code (} and {@code )}, which is
 * what makes the decorated form valid without escapes. The password may be present but empty
 * ({@code sip:alice:@atlanta.com}), which differs from absent. Bad input gets an {@link
 * AddressParseException} naming the {@link AddressErrorKind} and the index of the first offending
 * character; nothing else ever escapes a parser. {@link #parseUserInput} accepts what people type.
 *
 * <h2>Text, equality and equivalence</h2>
 *
 * <p>{@link #toString} returns the text exactly as it was parsed or built, so escapes and letter
 * case travel unchanged (peers reject re-encoded users). {@link #canonical} returns the canonical
 * form: lower-case scheme, host and parameter names, IP literals in RFC 5952 text, escapes of
 * characters that need none removed, the remaining escapes with upper-case hex digits, reserved
 * characters kept as written (escaped or not), order kept. {@link #equals} and {@link #hashCode}
 * compare canonical forms.
 *
 * <p>{@link #isEquivalentTo} is the RFC 3261 section 19.1.4 comparison instead. It is <b>not
 * transitive</b> (a parameter present in only one URI is ignored, so {@code sip:a@h;x=1} and {@code
 * sip:a@h;x=2} are both equivalent to {@code sip:a@h} but not to each other), which is why it is
 * not {@code equals}. Equal URIs are always equivalent.
 */
public final class SipUri {

  /** Longest input the parsers accept, in characters; longer input fails with {@code TOO_LONG}. */
  public static final int MAX_LENGTH = SipUriScanner.MAX_LENGTH;

  final String text;
  // Offsets into text, packed small: a parse allocates this object and nothing else. Absent parts
  // are -1. The user starts right after the scheme; a password, right after the user's ':'.
  final boolean secure;
  final short userEnd;
  final short hostStart;
  final short hostEnd;
  final short paramsStart;
  final short paramsEnd;
  final short headersStart;
  // The port as a char (0 to 65535 fit; whether there is one is in the text) and the host type as
  // a byte: with them the object is 48 bytes, not 56, and every parse allocates only this.
  private final char port;
  private final byte hostCode;

  // Built on first use and cached with the racy single-check idiom: no volatile, no lock. Two
  // threads may both build a value and either may win the write; that is harmless because every
  // value is equal whoever builds it, and safe because each is immutable with only final fields
  // (Host, String, ParameterMap over an ImmutableMap, an ImmutableList of Header records), so a
  // thread that sees the reference sees the whole object (JLS 17.5). Do not cache a mutable or
  // non-final-field object here. ConcurrencyStressTest races threads on fresh instances.
  private @MonotonicNonNull Host host;
  private @MonotonicNonNull String canonicalText;
  private @MonotonicNonNull Map<String, Optional<String>> parameters;
  private @MonotonicNonNull List<Header> headers;

  /** Wraps {@code text}, whose whole length {@link SipUriScanner#scan} accepted as {@code scan}. */
  private SipUri(String text, long scan) {
    this.text = text;
    this.secure = text.charAt(3) != ':';
    int ue = SipUriScanner.userEnd(scan);
    this.userEnd = (short) (ue == 0 ? -1 : ue);
    this.hostStart = (short) SipUriScanner.hostStart(scan);
    int p = SipUriScanner.hostEnd(scan);
    this.hostEnd = (short) p;
    this.hostCode = SipUriScanner.hostCode(scan);
    int len = text.length();
    int portValue = 0;
    if (p < len && text.charAt(p) == ':') {
      // Validated: one to five digits up to 65535.
      for (p++; p < len && UriChars.isDigit(text.charAt(p)); p++) {
        portValue = portValue * 10 + (text.charAt(p) - '0');
      }
    }
    this.port = (char) portValue;
    int hs = SipUriScanner.headersStart(scan);
    this.headersStart = (short) (hs == 0 ? -1 : hs);
    this.paramsStart = (short) (p < len && text.charAt(p) == ';' ? p : -1);
    this.paramsEnd = (short) (hs == 0 ? len : hs);
  }

  /** The port, or -1 when none is written. */
  int portNumber() {
    return hostEnd < text.length() && text.charAt(hostEnd) == ':' ? port : -1;
  }

  Host.Type hostType() {
    return SipUriScanner.hostTypeOf(hostCode);
  }

  int userStart() {
    return userEnd < 0 ? -1 : secure ? 5 : 4;
  }

  int passwordStart() {
    return userEnd >= 0 && text.charAt(userEnd) == ':' ? userEnd + 1 : -1;
  }

  int passwordEnd() {
    return hostStart - 1;
  }

  /**
   * A URI header: a decoded name and value, as in {@code ?Subject=hi%20there}. An empty value is
   * legal.
   *
   * <pre>{@code
   * new SipUri.Header("Subject", "hi there");
   * }</pre>
   *
   * @param name the decoded header name, never empty
   * @param value the decoded header value, possibly empty
   */
  public record Header(String name, String value) {
    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the name is empty
     */
    public Header {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("a header name cannot be empty");
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Parsing

  /**
   * Parses a SIP or SIPS URI by the strict grammar described in the class documentation.
   *
   * <pre>{@code
   * SipUri.parse("sip:bob@contoso.com").user();          // Optional[bob]
   * SipUri.parse("sip:bob(contoso.com)@msn.com").user(); // Optional[bob(contoso.com)]
   * SipUri.parse("sip:bob@contoso.com;transport=");      // throws: EMPTY_PARAMETER at 30
   * }</pre>
   *
   * @throws AddressParseException if the text is not a SIP URI, with the kind and index of the
   *     first error
   */
  public static SipUri parse(CharSequence text) {
    if (text.length() > MAX_LENGTH) {
      throw tooLong(text);
    }
    String s = text.toString();
    long scan = SipUriScanner.scan(s, 0, s.length(), false, null);
    if (scan < 0) {
      throw failure(s, 0, s.length(), false).exception(s);
    }
    return new SipUri(s, scan);
  }

  /** Scans a region known to fail a second time, now to learn why: failure is the rare path. */
  private static SipUriScanner.Report failure(String s, int b, int e, boolean implicit) {
    SipUriScanner.Report r = new SipUriScanner.Report();
    SipUriScanner.scan(s, b, e, implicit, r);
    return r;
  }

  /**
   * Parses like {@link #parse}, but records a failure in {@code f} (indexes in {@code text}) and
   * returns null instead of throwing, for callers that turn it into their own error.
   */
  static @Nullable SipUri parse(CharSequence text, ParseFailure f) {
    if (text.length() > MAX_LENGTH) {
      return f.fail(AddressErrorKind.TOO_LONG, MAX_LENGTH, "longer than 4096 characters");
    }
    String s = text.toString();
    long scan = SipUriScanner.scan(s, 0, s.length(), false, null);
    return scan < 0 ? failure(s, 0, s.length(), false).failInto(f) : new SipUri(s, scan);
  }

  /**
   * Parses a SIP or SIPS URI, or returns empty when {@link #parse} would throw. No exception is
   * built, so this is cheap on bad input.
   *
   * <pre>{@code
   * SipUri.tryParse("sip:alice@example.123");   // Optional.empty(): the last label is numeric
   * }</pre>
   */
  public static Optional<SipUri> tryParse(CharSequence text) {
    if (text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String s = text.toString();
    long scan = SipUriScanner.scan(s, 0, s.length(), false, null);
    return scan < 0 ? Optional.empty() : Optional.of(new SipUri(s, scan));
  }

  /**
   * Returns whether {@link #parse} would accept the text.
   *
   * <pre>{@code
   * SipUri.isValid("sip:[2001:db8::10]:5070");   // true
   * SipUri.isValid("sip:2001:db8::10");          // false: IPv6 needs brackets
   * }</pre>
   */
  public static boolean isValid(CharSequence text) {
    if (text.length() > MAX_LENGTH) {
      return false;
    }
    String s = text.toString();
    return SipUriScanner.scan(s, 0, s.length(), false, null) >= 0;
  }

  /**
   * Parses what a person types for a SIP address, and returns the strict URI it stands for.
   * Accepted, besides everything {@link #parse} accepts:
   *
   * <ul>
   *   <li>surrounding blanks: whitespace, no-break spaces and the zero-width characters pasted text
   *       carries;
   *   <li>no scheme: {@code bob@contoso.com} means {@code sip:bob@contoso.com};
   *   <li>the name-addr forms {@code <sip:bob@contoso.com>}, {@code "Bob" <sip:bob@contoso.com>},
   *       {@code Bob Smith <sip:bob@contoso.com>} and {@code Bob "The Boss" Smith <...>}; the display
   *       name (words and quoted strings) is dropped.
   * </ul>
   *
   * <p>These are the same rules {@link ContactAddress#classify} and {@link
   * NameDecoration#decode(CharSequence)} read typed text by, with the same limit: text longer than
   * {@link #MAX_LENGTH} is {@code TOO_LONG}, and so is an address without a scheme that would be
   * longer than that once {@code sip:} is put in front (at the index where it would pass the limit).
   * A leading word followed by {@code :} and something other than a digit ({@code tel:+1...},
   * {@code mailto:...}) is taken as another scheme and rejected with {@code BAD_SCHEME}. Error
   * indexes are positions in the text given.
   *
   * <pre>{@code
   * SipUri.parseUserInput("  bob@contoso.com ");            // sip:bob@contoso.com
   * SipUri.parseUserInput("\"Bob\" <SIP:bob@contoso.com>"); // SIP:bob@contoso.com
   * SipUri.parseUserInput("bob(contoso.com)@msn.com");      // sip:bob(contoso.com)@msn.com
   * }</pre>
   *
   * @throws AddressParseException if nothing usable was typed; {@code BAD_NAME_ADDR} for a broken
   *     {@code <...>} form
   */
  public static SipUri parseUserInput(CharSequence text) {
    ParseFailure f = new ParseFailure();
    long r = TypedText.read(text, f);
    String s = text.toString();
    SipUri u = r == TypedText.NONE ? null : readAddress(s, TypedText.start(r), TypedText.end(r), f);
    if (u == null) {
      throw f.toException(text);
    }
    return u;
  }

  /**
   * Reads the address region of typed text, {@code s[b, e)}: a SIP or SIPS URI, or one without its
   * scheme. Error indexes are positions in {@code s}.
   */
  static @Nullable SipUri readAddress(String s, int b, int e, ParseFailure f) {
    int colon = TypedText.schemeEnd(s, b, e);
    boolean implicit = true;
    if (colon >= 0) {
      if (TypedText.equalsIgnoreCase(s, b, colon, "sip")
          || TypedText.equalsIgnoreCase(s, b, colon, "sips")) {
        implicit = false;
      } else if (!TypedText.isFollowedByDigit(s, colon, e)) {
        return f.fail(AddressErrorKind.BAD_SCHEME, b, "only sip: and sips: addresses are accepted");
      }
    }
    if (implicit && e - b > MAX_LENGTH - 4) {
      return f.fail(
          AddressErrorKind.TOO_LONG,
          b + MAX_LENGTH - 4,
          "longer than 4096 characters with sip: in front");
    }
    long scan = SipUriScanner.scan(s, b, e, implicit, null);
    if (scan < 0) {
      return failure(s, b, e, implicit).failInto(f);
    }
    if (!implicit && b == 0 && e == s.length()) {
      return new SipUri(s, scan);
    }
    return fromValid(implicit ? "sip:" + s.substring(b, e) : s.substring(b, e));
  }

  /**
   * Wraps {@code text}, which is {@code sip:} then a non-empty user part escaped for a URI (by
   * {@link UriChars#encode} with {@link UriChars#USER}) ending at {@code userEnd}, {@code @} and the
   * canonical name of a {@link Domain}, which is always a SIP host name: nothing is scanned again
   * and no builder is needed. For {@link NameDecoration} and {@link ContactAddress#classify}, which
   * build two of these for every plain address.
   *
   * @throws AddressParseException if the text is too long
   */
  static SipUri userAtDomain(String text, int userEnd) {
    if (text.length() > MAX_LENGTH) {
      throw tooLong(text);
    }
    return new SipUri(
        text, SipUriScanner.pack(userEnd, userEnd + 1, text.length(), 0, Host.Type.DOMAIN_NAME));
  }

  private static AddressParseException tooLong(CharSequence text) {
    return new AddressParseException(
        AddressErrorKind.TOO_LONG, MAX_LENGTH, text, "longer than 4096 characters");
  }

  /** Wraps text that is known to be valid (built or canonicalized by this class). */
  private static SipUri fromValid(String s) {
    long scan = SipUriScanner.scan(s, 0, s.length(), false, null);
    if (scan < 0) {
      throw failure(s, 0, s.length(), false).exception(s);
    }
    return new SipUri(s, scan);
  }

  // ---------------------------------------------------------------------------------------------
  // Components

  /**
   * Returns {@code "sip"} or {@code "sips"}, in lower case whatever the input used.
   *
   * <pre>{@code
   * SipUri.parse("SIPS:bob@contoso.com").scheme();   // "sips"
   * }</pre>
   */
  public String scheme() {
    return secure ? "sips" : "sip";
  }

  /**
   * Returns whether this is a {@code sips:} URI.
   *
   * <pre>{@code
   * SipUri.parse("sips:bob@contoso.com").isSecure();   // true
   * }</pre>
   */
  public boolean isSecure() {
    return secure;
  }

  /**
   * Returns the user part with escapes decoded (octets read as UTF-8), or empty when there is none.
   * Case is kept: user parts compare case-sensitively.
   *
   * <pre>{@code
   * SipUri.parse("sip:%61lice;day=tuesday@atlanta.com").user();   // Optional[alice;day=tuesday]
   * SipUri.parse("sip:bob(contoso.com)@msn.com").user();          // Optional[bob(contoso.com)]
   * }</pre>
   */
  public Optional<String> user() {
    return userStart() < 0
        ? Optional.empty()
        : Optional.of(UriChars.decode(text, userStart(), userEnd));
  }

  /**
   * Returns the user part exactly as written, escapes included, or empty when there is none.
   *
   * <pre>{@code
   * SipUri.parse("sip:%23123@gw.example.com").rawUser();   // Optional[%23123]
   * }</pre>
   */
  public Optional<String> rawUser() {
    return userStart() < 0
        ? Optional.empty()
        : Optional.of(text.substring(userStart(), userEnd));
  }

  /**
   * Returns the decoded password, empty when there is none; a present but empty password ({@code
   * sip:alice:@host}) is {@code Optional[""]}.
   *
   * <pre>{@code
   * SipUri.parse("sip:alice:secret@atlanta.com").password();   // Optional[secret]
   * SipUri.parse("sip:alice:@atlanta.com").password();         // Optional[]
   * }</pre>
   */
  public Optional<String> password() {
    return passwordStart() < 0
        ? Optional.empty()
        : Optional.of(UriChars.decode(text, passwordStart(), passwordEnd()));
  }

  /**
   * Returns the password exactly as written, escapes included, or empty when there is none.
   *
   * <pre>{@code
   * SipUri.parse("sip:alice:p%40ss@atlanta.com").rawPassword();   // Optional[p%40ss]
   * }</pre>
   */
  public Optional<String> rawPassword() {
    return passwordStart() < 0
        ? Optional.empty()
        : Optional.of(text.substring(passwordStart(), passwordEnd()));
  }

  /**
   * Returns the host, normalized (see {@link Host}).
   *
   * <pre>{@code
   * SipUri.parse("sip:bob@Contoso.COM").host().toString();   // "contoso.com"
   * }</pre>
   */
  public Host host() {
    Host h = host;
    if (h == null) {
      h = Host.fromValidRegion(hostType(), text, hostStart, hostEnd);
      host = h;
    }
    return h;
  }

  /**
   * Returns the port, or empty when none is written. An absent port is not 5060: RFC 3261 19.1.4
   * treats the two as different URIs.
   *
   * <pre>{@code
   * SipUri.parse("sip:[2001:db8::10]:5070").port();   // OptionalInt[5070]
   * SipUri.parse("sip:[2001:db8::10:5070]").port();   // OptionalInt.empty (RFC 5118 4.3)
   * }</pre>
   */
  public OptionalInt port() {
    int p = portNumber();
    return p < 0 ? OptionalInt.empty() : OptionalInt.of(p);
  }

  /**
   * Returns the URI parameters in written order. Keys are the decoded names in lower case, and
   * look-ups ({@code get}, {@code containsKey}) ignore ASCII case. A flag parameter such as {@code
   * lr} maps to {@code Optional.empty()}; a valued one to its decoded value (decoded once: {@code
   * v%61lue%25%34%31} is {@code value%41}). The map is unmodifiable.
   *
   * <pre>{@code
   * SipUri.parse("sip:p.example.com;lr;Transport=TCP").parameters();
   * // {lr=Optional.empty, transport=Optional[TCP]}
   * }</pre>
   */
  public Map<String, Optional<String>> parameters() {
    Map<String, Optional<String>> m = parameters;
    if (m == null) {
      ImmutableMap.Builder<String, Optional<String>> b = ImmutableMap.builder();
      if (paramsStart >= 0) {
        for (int a = Params.first(paramsStart);
            a < paramsEnd;
            a = Params.next(text, a, paramsEnd)) {
          int ne = Params.nameEnd(text, a, paramsEnd);
          int vs = Params.valueStart(text, ne, paramsEnd);
          b.put(
              UriChars.decodeLower(text, a, ne),
              vs < 0
                  ? Optional.empty()
                  : Optional.of(
                      UriChars.decode(text, vs, Params.valueEnd(text, vs, paramsEnd))));
        }
      }
      m = new ParameterMap(b.buildOrThrow());
      parameters = m;
    }
    return m;
  }

  /**
   * Returns the decoded value of the named parameter (name compared ignoring case), or empty when
   * the parameter is absent <em>or is a flag</em>; use {@link #hasParameter} to tell those apart.
   *
   * <pre>{@code
   * SipUri.parse("sip:alice@atlanta.com;day=tuesday").parameter("Day");   // Optional[tuesday]
   * }</pre>
   */
  public Optional<String> parameter(String name) {
    Optional<String> v = parameters().get(name);
    return v == null ? Optional.empty() : v;
  }

  /**
   * Returns whether the named parameter is present, with or without a value.
   *
   * <pre>{@code
   * SipUri.parse("sip:p.example.com;lr").hasParameter("LR");   // true
   * }</pre>
   */
  public boolean hasParameter(String name) {
    return parameters().containsKey(name);
  }

  /** Start of the known parameter's name, or -1 when it is absent. */
  private int knownParameterStart(KnownParameter k) {
    if (paramsStart < 0) {
      return -1;
    }
    for (int a = Params.first(paramsStart);
        a < paramsEnd;
        a = Params.next(text, a, paramsEnd)) {
      if (UriChars.regionIsWord(text, a, Params.nameEnd(text, a, paramsEnd), k.word)) {
        return a;
      }
    }
    return -1;
  }

  /** The known parameter's raw value, or empty when it is absent or a flag. */
  private Optional<String> knownValue(KnownParameter k) {
    int a = knownParameterStart(k);
    if (a < 0) {
      return Optional.empty();
    }
    int vs = Params.valueStart(text, Params.nameEnd(text, a, paramsEnd), paramsEnd);
    return vs < 0
        ? Optional.empty()
        : Optional.of(text.substring(vs, Params.valueEnd(text, vs, paramsEnd)));
  }

  /** The known parameter's value when it is a token (RFC 3261), else empty. */
  private Optional<String> tokenValue(KnownParameter k) {
    return knownValue(k).filter(v -> UriChars.isAll(v, 0, v.length(), TOKEN));
  }

  /**
   * Returns the {@code transport} parameter as written ({@code udp}, {@code tcp}, {@code tls},
   * {@code sctp} or another token), or empty. Absent is not the same as the default transport. A
   * {@code transport} parameter whose value is no token (it has escapes or other characters) is an
   * other-param: empty here, and in {@link #parameters()}.
   *
   * <pre>{@code
   * SipUri.parse("sip:alice@atlanta.com;transport=TCP").transport();   // Optional[TCP]
   * }</pre>
   */
  public Optional<String> transport() {
    return tokenValue(KnownParameter.TRANSPORT);
  }

  /**
   * Returns the {@code user} parameter as written ({@code phone}, {@code ip} or another token), or
   * empty, also when its value is no token.
   *
   * <pre>{@code
   * SipUri.parse("sip:+1-212-555-1212:1234@gateway.com;user=phone").userParam(); // Optional[phone]
   * }</pre>
   */
  public Optional<String> userParam() {
    return tokenValue(KnownParameter.USER);
  }

  /**
   * Returns the {@code method} parameter as written, or empty, also when its value is no token.
   *
   * <pre>{@code
   * SipUri.parse("sip:biloxi.com;method=REGISTER").method();   // Optional[REGISTER]
   * }</pre>
   */
  public Optional<String> method() {
    return tokenValue(KnownParameter.METHOD);
  }

  /**
   * Returns the {@code ttl} parameter, from 0 to 255, or empty, also when its value is not one to
   * three digits up to 255 ({@code ttl=999} is an other-param, in {@link #parameters()} only).
   *
   * <pre>{@code
   * SipUri.parse("sip:224.2.0.1;ttl=15").ttl();   // OptionalInt[15]
   * }</pre>
   */
  public OptionalInt ttl() {
    Optional<String> v = knownValue(KnownParameter.TTL);
    int ttl = v.isPresent() ? SipUriScanner.ttlValue(v.get(), 0, v.get().length()) : -1;
    return ttl < 0 ? OptionalInt.empty() : OptionalInt.of(ttl);
  }

  /**
   * Returns the {@code maddr} parameter as a host, or empty, also when its value is no host.
   *
   * <pre>{@code
   * SipUri.parse("sip:alice@atlanta.com;maddr=239.255.255.1").maddr();   // Optional[239.255.255.1]
   * }</pre>
   */
  public Optional<Host> maddr() {
    return knownValue(KnownParameter.MADDR).flatMap(Host::tryParse);
  }

  /**
   * Returns whether the {@code lr} (loose routing) parameter is present, with or without a value.
   *
   * <pre>{@code
   * SipUri.parse("sip:p1.example.com;lr").hasLr();   // true
   * }</pre>
   */
  public boolean hasLr() {
    return knownParameterStart(KnownParameter.LR) >= 0;
  }

  /**
   * Returns the headers in written order, names and values decoded. The same name may appear more
   * than once.
   *
   * <pre>{@code
   * SipUri.parse("sip:alice@atlanta.com?subject=project%20x&priority=urgent").headers();
   * // [Header[name=subject, value=project x], Header[name=priority, value=urgent]]
   * }</pre>
   */
  public List<Header> headers() {
    List<Header> l = headers;
    if (l == null) {
      ImmutableList.Builder<Header> b = ImmutableList.builder();
      if (headersStart >= 0) {
        int len = text.length();
        for (int h = headersStart + 1; h < len; ) {
          int eq = headerNameEnd(h);
          int ve = headerValueEnd(eq + 1);
          b.add(new Header(UriChars.decode(text, h, eq), UriChars.decode(text, eq + 1, ve)));
          h = ve + 1;
        }
      }
      l = b.build();
      headers = l;
    }
    return l;
  }

  int headerNameEnd(int from) {
    int i = from;
    while (text.charAt(i) != '=') {
      i++;
    }
    return i;
  }

  int headerValueEnd(int from) {
    int i = from;
    int len = text.length();
    while (i < len && text.charAt(i) != '&') {
      i++;
    }
    return i;
  }

  // ---------------------------------------------------------------------------------------------
  // Canonical form, equality, equivalence

  /**
   * Returns the canonical form of this URI (see the class documentation). It is equal to this URI,
   * equivalent to it, and its own canonical form.
   *
   * <pre>{@code
   * SipUri.parse("SIP:%61lice@AtLanTa.CoM;Transport=TCP").canonical().toString();
   * // "sip:alice@atlanta.com;transport=TCP"
   * SipUri.parse("sip:bob%28contoso.com%29@msn.com").canonical().toString();
   * // "sip:bob(contoso.com)@msn.com"
   * }</pre>
   */
  public SipUri canonical() {
    String c = canonicalText();
    return c.equals(text) ? this : fromValid(c);
  }

  private String canonicalText() {
    String c = canonicalText;
    if (c == null) {
      StringBuilder sb = new StringBuilder(text.length() + 8).append(secure ? "sips:" : "sip:");
      if (userStart() >= 0) {
        UriChars.appendCanonical(sb, text, userStart(), userEnd, USER, false);
        if (passwordStart() >= 0) {
          sb.append(':');
          UriChars.appendCanonical(sb, text, passwordStart(), passwordEnd(), PASSWORD, false);
        }
        sb.append('@');
      }
      sb.append(host());
      int p = portNumber();
      if (p >= 0) {
        sb.append(':').append(p);
      }
      if (paramsStart >= 0) {
        for (int a = Params.first(paramsStart);
            a < paramsEnd;
            a = Params.next(text, a, paramsEnd)) {
          int ne = Params.nameEnd(text, a, paramsEnd);
          sb.append(';');
          UriChars.appendCanonical(sb, text, a, ne, PARAM, true);
          int vs = Params.valueStart(text, ne, paramsEnd);
          if (vs >= 0) {
            sb.append('=');
            UriChars.appendCanonical(
                sb, text, vs, Params.valueEnd(text, vs, paramsEnd), PARAM, false);
          }
        }
      }
      if (headersStart >= 0) {
        int len = text.length();
        char sep = '?';
        for (int h = headersStart + 1; h < len; ) {
          int eq = headerNameEnd(h);
          int ve = headerValueEnd(eq + 1);
          sb.append(sep);
          UriChars.appendCanonical(sb, text, h, eq, HEADER, false);
          sb.append('=');
          UriChars.appendCanonical(sb, text, eq + 1, ve, HEADER, false);
          sep = '&';
          h = ve + 1;
        }
      }
      c = sb.toString();
      if (c.equals(text)) {
        c = text;
      }
      canonicalText = c;
    }
    return c;
  }

  /**
   * Returns whether the two URIs are equivalent under RFC 3261 section 19.1.4, with IP literals
   * compared by value as RFC 5954 section 4.2 requires:
   *
   * <ul>
   *   <li>{@code sip} never matches {@code sips};
   *   <li>user and password compare case-sensitively, everything else ignoring case;
   *   <li>a character outside the RFC 2396 reserved set equals its {@code %HH} escape ({@code
   *       %61lice} is {@code alice}, {@code bob%28contoso.com%29} is {@code bob(contoso.com)}), a
   *       reserved one does not ({@code %3B} is not {@code ;});
   *   <li>user, password, host and port must match, and so must their presence: an absent port does
   *       not match 5060; no name is ever resolved to an address;
   *   <li>{@code user}, {@code ttl}, {@code method}, {@code transport} and {@code maddr} parameters
   *       must be in both URIs or in neither, and match; any other parameter present in both must
   *       match (a flag does not match a valued parameter); other parameters present in only one
   *       URI are ignored; order does not matter ({@code ttl} compares as a number, {@code maddr}
   *       as a host);
   *   <li>headers are never ignored: both URIs must carry the same headers, in any order, names and
   *       values compared ignoring case (RFC 3261 defines no finer rule for URI headers).
   * </ul>
   *
   * <p><b>Warning:</b> this relation is reflexive and symmetric but <b>not transitive</b>: {@code
   * sip:carol@chicago.com;security=on} and {@code sip:carol@chicago.com;security=off} are both
   * equivalent to {@code sip:carol@chicago.com} and not to each other. Use {@link #equals} for hash
   * keys.
   *
   * <p>The first comparison of a URI computes its {@linkplain #canonical() canonical text} and
   * keeps it (the one allocation, made once per URI); URIs whose canonical texts are equal are
   * then told equivalent by one {@code String.equals}. Otherwise the components are compared,
   * allocating nothing, except when one URI carries more than 8 parameters or headers (they are
   * then indexed, so that the time stays linear) or both carry an IPv6 {@code maddr}.
   *
   * <pre>{@code
   * SipUri a = SipUri.parse("sip:%61lice@atlanta.com;transport=TCP");
   * a.isEquivalentTo(SipUri.parse("sip:alice@AtLanTa.CoM;Transport=tcp"));   // true
   * a.isEquivalentTo(SipUri.parse("sip:ALICE@atlanta.com;transport=tcp"));   // false
   * SipUri.parse("sip:bob@biloxi.com").isEquivalentTo(SipUri.parse("sip:bob@biloxi.com:5060"));
   * // false
   * }</pre>
   */
  public boolean isEquivalentTo(SipUri other) {
    SipUri o = other;
    if (text.equals(o.text)) {
      // Every rule compares a component with itself: a URI is always equivalent to itself.
      return true;
    }
    // The canonical text is the cached comparison key: equal canonical forms mean equal
    // components, so equivalent ones (a URI is equivalent to its canonical form). Different
    // forms may still be equivalent (a parameter in one URI only, ttl=015 and ttl=15), so only
    // the positive answer is taken from it.
    if (canonicalText().equals(o.canonicalText())) {
      return true;
    }
    return SipUriEquivalence.componentsEquivalent(this, o);
  }

  /** The RFC 3261 comparison proper, component by component: see {@link SipUriEquivalence}. */
  boolean componentsEquivalent(SipUri o) {
    return SipUriEquivalence.componentsEquivalent(this, o);
  }

  /**
   * Two URIs are equal when their {@linkplain #canonical() canonical forms} are the same text.
   * Equal URIs are {@linkplain #isEquivalentTo equivalent}; the converse does not hold.
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o == this || (o instanceof SipUri u && u.canonicalText().equals(canonicalText()));
  }

  @Override
  public int hashCode() {
    return canonicalText().hashCode();
  }

  /**
   * Returns the URI as it was parsed or built, escapes and letter case unchanged. It parses back to
   * an equal URI.
   *
   * <pre>{@code
   * SipUri.parse("SIP:Bob@Contoso.com").toString();   // "SIP:Bob@Contoso.com"
   * }</pre>
   */
  @Override
  public String toString() {
    return text;
  }

  // ---------------------------------------------------------------------------------------------
  // Building

  /**
   * Returns an empty builder for a {@code sip:} URI; a host must be set before {@link
   * Builder#build}.
   *
   * <pre>{@code
   * SipUri u = SipUri.builder().user("bob(contoso.com)").host("msn.com").build();
   * u.toString();   // "sip:bob(contoso.com)@msn.com"
   * SipUri.builder().user("#1 fan").host("example.com").build().toString();
   * // "sip:%231%20fan@example.com"
   * }</pre>
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this URI's components, with user, password, parameters and headers
   * kept exactly as written.
   *
   * <pre>{@code
   * SipUri.parse("sip:bob@contoso.com").toBuilder().port(5061).secure(true).build();
   * // sips:bob@contoso.com:5061
   * }</pre>
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.secure = secure;
    b.rawUser = userStart() < 0 ? null : text.substring(userStart(), userEnd);
    b.rawPassword = passwordStart() < 0 ? null : text.substring(passwordStart(), passwordEnd());
    b.host = host();
    b.port = portNumber();
    if (paramsStart >= 0) {
      for (int a = Params.first(paramsStart);
          a < paramsEnd;
          a = Params.next(text, a, paramsEnd)) {
        int ne = Params.nameEnd(text, a, paramsEnd);
        int vs = Params.valueStart(text, ne, paramsEnd);
        b.params.put(
            UriChars.decodeLower(text, a, ne),
            new RawParameter(
                text.substring(a, ne),
                vs < 0 ? null : text.substring(vs, Params.valueEnd(text, vs, paramsEnd))));
      }
    }
    if (headersStart >= 0) {
      int len = text.length();
      for (int h = headersStart + 1; h < len; ) {
        int eq = headerNameEnd(h);
        int ve = headerValueEnd(eq + 1);
        b.headers.add(new RawHeader(text.substring(h, eq), text.substring(eq + 1, ve)));
        h = ve + 1;
      }
    }
    return b;
  }

  private record RawParameter(String name, @Nullable String value) {}

  private record RawHeader(String name, String value) {}

  /**
   * Builds a {@link SipUri} from decoded components, escaping whatever the grammar requires, so
   * that the result is always valid. Setters take decoded text; a value that no escaping can make
   * valid (an empty user, a port above 65535, a {@code ttl} above 255, a non-token {@code
   * transport}) is rejected at once with {@link IllegalArgumentException}. Not thread-safe.
   *
   * <pre>{@code
   * SipUri u = SipUri.builder()
   *     .secure(true)
   *     .user("alice")
   *     .host("atlanta.com")
   *     .port(5061)
   *     .transport("tls")
   *     .lr(true)
   *     .header("Subject", "hi there")
   *     .build();
   * u.toString();   // "sips:alice@atlanta.com:5061;transport=tls;lr?Subject=hi%20there"
   * }</pre>
   */
  public static final class Builder {
    private boolean secure;
    private @Nullable String rawUser;
    private @Nullable String rawPassword;
    private @Nullable Host host;
    private int port = -1;
    private final LinkedHashMap<String, RawParameter> params = new LinkedHashMap<>();
    private final List<RawHeader> headers = new ArrayList<>();

    private Builder() {}

    /**
     * Chooses {@code sips} (true) or {@code sip} (false, the default).
     *
     * <pre>{@code
     * SipUri.builder().secure(true).host("contoso.com").build();   // sips:contoso.com
     * }</pre>
     */
    public Builder secure(boolean secure) {
      this.secure = secure;
      return this;
    }

    /**
     * Sets the decoded user part; characters the user part cannot hold are escaped.
     *
     * <pre>{@code
     * SipUri.builder().user("alice;day=tuesday").host("atlanta.com").build();
     * // sip:alice;day=tuesday@atlanta.com
     * }</pre>
     *
     * @throws IllegalArgumentException if the user is empty or holds an unpaired surrogate
     */
    public Builder user(String user) {
      if (user.isEmpty()) {
        throw new IllegalArgumentException("a user part cannot be empty; use clearUser()");
      }
      this.rawUser = UriChars.encode(user, USER);
      return this;
    }

    /**
     * Removes the user part and the password.
     *
     * <pre>{@code
     * SipUri.parse("sip:bob@contoso.com").toBuilder().clearUser().build();   // sip:contoso.com
     * }</pre>
     */
    public Builder clearUser() {
      this.rawUser = null;
      this.rawPassword = null;
      return this;
    }

    /**
     * Sets the decoded password, which may be empty; it needs a user part at {@link #build}.
     *
     * <pre>{@code
     * SipUri.builder().user("alice").password("").host("atlanta.com").build();
     * // sip:alice:@atlanta.com
     * }</pre>
     *
     * @throws IllegalArgumentException if the password holds an unpaired surrogate
     */
    public Builder password(String password) {
      this.rawPassword = UriChars.encode(password, PASSWORD);
      return this;
    }

    /**
     * Removes the password.
     *
     * <pre>{@code
     * SipUri.parse("sip:a:b@h.com").toBuilder().clearPassword().build();   // sip:a@h.com
     * }</pre>
     */
    public Builder clearPassword() {
      this.rawPassword = null;
      return this;
    }

    /**
     * Sets the host.
     *
     * <pre>{@code
     * SipUri.builder().host(Host.parse("[2001:db8::1]")).build();   // sip:[2001:db8::1]
     * }</pre>
     */
    public Builder host(Host host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /**
     * Parses and sets the host.
     *
     * <pre>{@code
     * SipUri.builder().host("contoso.com").build();   // sip:contoso.com
     * }</pre>
     *
     * @throws AddressParseException if the text is not a host
     */
    public Builder host(String host) {
      this.host = Host.parse(host);
      return this;
    }

    /**
     * Sets the port.
     *
     * <pre>{@code
     * SipUri.builder().host("contoso.com").port(5061).build();   // sip:contoso.com:5061
     * }</pre>
     *
     * @throws IllegalArgumentException if the port is outside 0 to 65535
     */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Removes the port.
     *
     * <pre>{@code
     * SipUri.parse("sip:h.com:5060").toBuilder().clearPort().build();   // sip:h.com
     * }</pre>
     */
    public Builder clearPort() {
      this.port = -1;
      return this;
    }

    /**
     * Sets a parameter with a decoded value, replacing any parameter of the same name (ignoring
     * case); a new parameter goes last. Name and value are escaped as needed.
     *
     * <pre>{@code
     * SipUri.builder().host("h.com").parameter("day", "tuesday").build(); // sip:h.com;day=tuesday
     * }</pre>
     *
     * @throws IllegalArgumentException if the name or value is empty (write a flag with {@link
     *     #parameter(String)}), or the value does not fit a parameter RFC 3261 defines
     */
    public Builder parameter(String name, String value) {
      if (value.isEmpty()) {
        throw new IllegalArgumentException("a parameter value cannot be empty");
      }
      String key = checkName(name);
      KnownParameter k = known(key);
      if (k != null) {
        checkKnownValue(k, value);
      }
      params.put(
          key, new RawParameter(UriChars.encode(name, PARAM), UriChars.encode(value, PARAM)));
      return this;
    }

    /**
     * Sets a flag parameter (one without a value), replacing any parameter of the same name.
     *
     * <pre>{@code
     * SipUri.builder().host("p.com").parameter("lr").build();   // sip:p.com;lr
     * }</pre>
     *
     * @throws IllegalArgumentException if the name is empty, or is {@code transport}, {@code user},
     *     {@code method}, {@code ttl} or {@code maddr}, which need a value
     */
    public Builder parameter(String name) {
      String key = checkName(name);
      KnownParameter k = known(key);
      if (k != null && k.mustBeInBoth()) {
        throw new IllegalArgumentException("the " + key + " parameter needs a value");
      }
      params.put(key, new RawParameter(UriChars.encode(name, PARAM), null));
      return this;
    }

    /**
     * Removes the named parameter (ignoring case), if present.
     *
     * <pre>{@code
     * SipUri.parse("sip:h.com;lr").toBuilder().removeParameter("LR").build();   // sip:h.com
     * }</pre>
     */
    public Builder removeParameter(String name) {
      params.remove(Ascii.toLowerCase(name));
      return this;
    }

    /**
     * Sets the {@code transport} parameter.
     *
     * <pre>{@code
     * SipUri.builder().host("h.com").transport("tcp").build();   // sip:h.com;transport=tcp
     * }</pre>
     *
     * @throws IllegalArgumentException if the value is not a token
     */
    public Builder transport(String transport) {
      return parameter("transport", transport);
    }

    /**
     * Sets the {@code user} parameter, such as {@code phone}.
     *
     * <pre>{@code
     * SipUri.builder().user("+1-212-555-1212").host("gw.com").userParam("phone").build();
     * // sip:+1-212-555-1212@gw.com;user=phone
     * }</pre>
     *
     * @throws IllegalArgumentException if the value is not a token
     */
    public Builder userParam(String userParam) {
      return parameter("user", userParam);
    }

    /**
     * Sets the {@code method} parameter.
     *
     * <pre>{@code
     * SipUri.builder().host("biloxi.com").method("REGISTER").build();
     * // sip:biloxi.com;method=REGISTER
     * }</pre>
     *
     * @throws IllegalArgumentException if the value is not a token
     */
    public Builder method(String method) {
      return parameter("method", method);
    }

    /**
     * Sets the {@code ttl} parameter.
     *
     * <pre>{@code
     * SipUri.builder().host("224.2.0.1").ttl(15).build();   // sip:224.2.0.1;ttl=15
     * }</pre>
     *
     * @throws IllegalArgumentException if the value is outside 0 to 255
     */
    public Builder ttl(int ttl) {
      if (ttl < 0 || ttl > 255) {
        throw new IllegalArgumentException("ttl out of range: " + ttl);
      }
      return parameter("ttl", Integer.toString(ttl));
    }

    /**
     * Sets the {@code maddr} parameter.
     *
     * <pre>{@code
     * SipUri.builder().host("h.com").maddr(Host.parse("239.255.255.1")).build();
     * // sip:h.com;maddr=239.255.255.1
     * }</pre>
     */
    public Builder maddr(Host maddr) {
      return parameter("maddr", maddr.toString());
    }

    /**
     * Adds ({@code true}) or removes ({@code false}) the {@code lr} flag.
     *
     * <pre>{@code
     * SipUri.builder().host("p.com").lr(true).build();   // sip:p.com;lr
     * }</pre>
     */
    public Builder lr(boolean lr) {
      return lr ? parameter("lr") : removeParameter("lr");
    }

    /**
     * Appends a header with a decoded name and value (which may be empty); both are escaped as
     * needed. Headers with the same name may repeat.
     *
     * <pre>{@code
     * SipUri.builder().host("h.com").header("Subject", "a&b").build();
     * // sip:h.com?Subject=a%26b
     * }</pre>
     *
     * @throws IllegalArgumentException if the name is empty
     */
    public Builder header(String name, String value) {
      if (name.isEmpty()) {
        throw new IllegalArgumentException("a header name cannot be empty");
      }
      headers.add(new RawHeader(UriChars.encode(name, HEADER), UriChars.encode(value, HEADER)));
      return this;
    }

    /**
     * Removes all headers.
     *
     * <pre>{@code
     * SipUri.parse("sip:h.com?a=b").toBuilder().clearHeaders().build();   // sip:h.com
     * }</pre>
     */
    public Builder clearHeaders() {
      headers.clear();
      return this;
    }

    /**
     * Builds the URI. Its text is written in the order user, password, host, port, parameters (in
     * the order first set), headers (in the order added).
     *
     * <pre>{@code
     * SipUri.builder().user("bob").host("contoso.com").build();   // sip:bob@contoso.com
     * }</pre>
     *
     * @throws IllegalStateException if no host is set, or a password is set without a user
     * @throws AddressParseException with {@code TOO_LONG} if the URI would exceed {@link
     *     SipUri#MAX_LENGTH}
     */
    public SipUri build() {
      Host h = host;
      if (h == null) {
        throw new IllegalStateException("a SIP URI needs a host");
      }
      String u = rawUser;
      String pw = rawPassword;
      if (pw != null && u == null) {
        throw new IllegalStateException("a password needs a user part");
      }
      StringBuilder sb = new StringBuilder(64).append(secure ? "sips:" : "sip:");
      if (u != null) {
        sb.append(u);
        if (pw != null) {
          sb.append(':').append(pw);
        }
        sb.append('@');
      }
      sb.append(h);
      if (port >= 0) {
        sb.append(':').append(port);
      }
      for (RawParameter p : params.values()) {
        sb.append(';').append(p.name());
        String v = p.value();
        if (v != null) {
          sb.append('=').append(v);
        }
      }
      char sep = '?';
      for (RawHeader hd : headers) {
        sb.append(sep).append(hd.name()).append('=').append(hd.value());
        sep = '&';
      }
      if (sb.length() > MAX_LENGTH) {
        throw tooLong(sb);
      }
      return fromValid(sb.toString());
    }

    private static String checkName(String name) {
      if (name.isEmpty()) {
        throw new IllegalArgumentException("a parameter name cannot be empty");
      }
      return Ascii.toLowerCase(name);
    }

    private static @Nullable KnownParameter known(String lowerName) {
      for (KnownParameter k : KnownParameter.values()) {
        if (k.word.equals(lowerName)) {
          return k;
        }
      }
      return null;
    }

    private static void checkKnownValue(KnownParameter k, String value) {
      boolean ok =
          switch (k) {
            case TTL -> SipUriScanner.ttlValue(value, 0, value.length()) >= 0;
            case MADDR -> Host.isValid(value);
            case TRANSPORT, USER, METHOD -> UriChars.isAll(value, 0, value.length(), TOKEN);
            case LR -> true;
          };
      if (!ok) {
        throw new IllegalArgumentException(
            "not a valid " + k.word + " parameter value: " + AddressParseException.clip(value, 64));
      }
    }
  }
}
