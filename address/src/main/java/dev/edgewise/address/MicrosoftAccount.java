package dev.edgewise.address;

import com.google.common.base.Ascii;
import java.util.Locale;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A Microsoft account (MSA) name: the e-mail address a Skype user signs in with, such as {@code
 * alice@outlook.com} or {@code bob@contoso.com}. Whether and how it must be decorated to be reached
 * from Lync is {@link NameDecoration}'s business, not this type's.
 *
 * <p>Microsoft account names are case-insensitive, so the canonical account is in lower case:
 * {@code Bob@Contoso.COM} and {@code bob@contoso.com} are equal, and {@link #toString} gives the
 * latter. The domain is a {@link Domain}, normalized as that class describes (trailing dot removed,
 * internationalized names in their IDNA 2003 ASCII form).
 *
 * <p>The accepted syntax is the RFC 5322 {@code addr-spec} restricted to what an account name can
 * be: {@code local-part "@" domain}, where
 *
 * <ul>
 *   <li>the local part is a {@code dot-atom}: one or more runs of ASCII letters, digits and {@code
 *       ! # $ % & ' * + - / = ? ^ _ ` { | } ~}, separated by single dots, with no dot at either
 *       end; at most 64 characters (RFC 5321 section 4.5.3.1.1). Sub-addressing tags ({@code
 *       bob+news@outlook.com}) and dots ({@code bob.smith@live.com}) are kept: they are part of the
 *       name the account was created with, and no provider-specific folding is applied;
 *   <li>the domain has at least two labels ({@code bob@localhost} is no Microsoft account).
 * </ul>
 *
 * <p>Rejected, each with an {@link AddressParseException} and why:
 *
 * <ul>
 *   <li><b>quoted local parts</b> ({@code "bob smith"@contoso.com}), {@link
 *       AddressErrorKind#BAD_LOCAL_PART}: legal in e-mail but not a name an account can have, and
 *       their quotes and spaces cannot be carried through a SIP user part unchanged;
 *   <li><b>comments and parentheses</b> ({@code bob(work)@contoso.com}), {@link
 *       AddressErrorKind#BAD_LOCAL_PART}: in this domain parentheses mean the decorated form {@code
 *       bob(contoso.com)@msn.com}, which {@link NameDecoration#decode(CharSequence)} reads; an
 *       account whose name contained them would make decoding ambiguous;
 *   <li><b>spaces</b> and other whitespace anywhere, even around the address, {@link
 *       AddressErrorKind#BAD_LOCAL_PART} or {@link AddressErrorKind#BAD_DOMAIN}: this is a value
 *       parser, and trimming is left to whoever reads what a person typed ({@link
 *       ContactAddress#classify});
 *   <li><b>non-ASCII local parts</b> (RFC 6531), {@link AddressErrorKind#BAD_LOCAL_PART}: Microsoft
 *       account names are ASCII;
 *   <li>no {@code @}, or more than one, {@link AddressErrorKind#MISSING_AT}; a domain literal
 *       ({@code bob@[192.0.2.1]}) or an invalid domain, {@link AddressErrorKind#BAD_DOMAIN}; empty
 *       or blank input, {@link AddressErrorKind#EMPTY}; over 1024 characters, {@link
 *       AddressErrorKind#TOO_LONG}.
 * </ul>
 *
 * <pre>{@code
 * MicrosoftAccount a = MicrosoftAccount.parse("Bob.Smith+news@Contoso.COM");
 * a.toString();     // "bob.smith+news@contoso.com"
 * a.localPart();    // "bob.smith+news"
 * a.domain();       // contoso.com
 * MicrosoftAccount.isValid("\"bob\"@contoso.com");   // false
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MicrosoftAccount {
  /** Longest local part in characters (RFC 5321 4.5.3.1.1). */
  static final int MAX_LOCAL_PART_LENGTH = 64;

  /** Input longer than this is refused unscanned. */
  static final int MAX_INPUT_LENGTH = 1024;

  /** Canonical text, {@code local@domain}. */
  private final String address;

  private final int at;
  /**
   * The domain, built on first use when parsing kept the caller's string. Racy but benign, like
   * {@code String.hash}: every thread computes an equal {@code Domain}, whose field is final.
   */
  private @Nullable Domain domain;

  private MicrosoftAccount(String address, int at, @Nullable Domain domain) {
    this.address = address;
    this.at = at;
    this.domain = domain;
  }

  /**
   * Parses an account name and folds it to lower case.
   *
   * <pre>{@code
   * MicrosoftAccount.parse("Alice@Outlook.com");   // alice@outlook.com
   * MicrosoftAccount.parse("bob(contoso.com)@msn.com");   // throws: BAD_LOCAL_PART
   * }</pre>
   *
   * @throws AddressParseException if {@code text} is not an account name; the class description
   *     lists the error kinds
   */
  public static MicrosoftAccount parse(CharSequence text) {
    MicrosoftAccount a = scan(text, 0, text.length(), ParseFailure.DISCARD);
    if (a == null) {
      // Scan again to learn why: failure is the rare path, and success then records nothing.
      ParseFailure f = new ParseFailure();
      scan(text, 0, text.length(), f);
      throw f.toException(text);
    }
    return a;
  }

  /**
   * Parses an account name, or returns empty where {@link #parse} would throw.
   *
   * <pre>{@code
   * MicrosoftAccount.tryParse("bob@contoso.com");   // Optional[bob@contoso.com]
   * MicrosoftAccount.tryParse("bob");               // Optional.empty()
   * }</pre>
   */
  public static Optional<MicrosoftAccount> tryParse(CharSequence text) {
    return Optional.ofNullable(scan(text, 0, text.length(), ParseFailure.DISCARD));
  }

  /**
   * Returns whether {@link #parse} would accept {@code text}.
   *
   * <pre>{@code
   * MicrosoftAccount.isValid("bob.smith@live.com");   // true
   * MicrosoftAccount.isValid("bob..smith@live.com");  // false
   * }</pre>
   */
  public static boolean isValid(CharSequence text) {
    return scan(text, 0, text.length(), ParseFailure.DISCARD) != null;
  }

  /**
   * Wraps the canonical text of an account whose local part ends at {@code at}, as checked by a
   * caller that read it; the {@link Domain} is built on first use.
   */
  static MicrosoftAccount ofCanonical(String canonicalAddress, int at) {
    return new MicrosoftAccount(canonicalAddress, at, null);
  }

  /**
   * Builds an account from a local part the caller has already checked with {@link #scanLocalPart}
   * and folded to lower case, and a domain that has at least two labels.
   */
  static MicrosoftAccount of(String canonicalLocalPart, Domain domain) {
    String d = domain.toString();
    return new MicrosoftAccount(canonicalLocalPart + '@' + d, canonicalLocalPart.length(), domain);
  }

  static @Nullable MicrosoftAccount scan(CharSequence in, int start, int end, ParseFailure f) {
    if (start == 0 && in instanceof String s && end == s.length()) {
      MicrosoftAccount a = scanPlain(s);
      if (a != null) {
        return a;
      }
    }
    return scanGeneral(in, start, end, f);
  }

  /**
   * The common case in one pass and without a {@link Domain}: a whole string that is a dot-atom,
   * an {@code @} and an ASCII domain of at least two labels, no trailing dot and no {@code xn--}
   * label. Answers null for anything else, valid or not, which {@link #scanGeneral} then reads
   * (and, if it must, explains); so this only ever agrees with it.
   */
  static @Nullable MicrosoftAccount scanPlain(String s) {
    int n = s.length();
    if (n > MAX_INPUT_LENGTH) {
      return null;
    }
    boolean upper = false;
    char prev = '.'; // so that a leading dot is a doubled one
    int i = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c == '@') {
        break;
      }
      if (c == '.') {
        if (prev == '.') {
          return null;
        }
      } else if (!isAtext(c)) {
        return null;
      } else if (c <= 'Z' && c >= 'A') {
        upper = true;
      }
      prev = c;
    }
    int at = i;
    if (at == 0 || at == n || prev == '.' || at > MAX_LOCAL_PART_LENGTH) {
      return null;
    }
    int labelStart = at + 1;
    boolean dotted = false;
    for (i = labelStart; i < n; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (!isPlainLabel(s, labelStart, i)) {
          return null;
        }
        labelStart = i + 1;
        dotted = true;
      } else if (c <= 'Z' && c >= 'A') {
        upper = true;
      } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return null;
      }
    }
    if (!dotted
        || n - at - 1 > Domain.MAX_LENGTH
        || !isPlainLabel(s, labelStart, n)
        || !TypedText.isAsciiLetter(s.charAt(labelStart))) {
      return null;
    }
    // Only ASCII is left, so folding under Locale.ROOT is ASCII folding, in one copy.
    return new MicrosoftAccount(upper ? s.toLowerCase(Locale.ROOT) : s, at, null);
  }

  /**
   * A label of letters, digits and inner hyphens, 1 to 63 long, without the {@code --} of an {@code
   * xn--} label in third and fourth place: those must round-trip, which only the general path checks.
   */
  private static boolean isPlainLabel(String s, int from, int to) {
    int length = to - from;
    return length > 0
        && length <= Domain.MAX_LABEL_LENGTH
        && s.charAt(from) != '-'
        && s.charAt(to - 1) != '-'
        && !(length >= 4 && s.charAt(from + 2) == '-' && s.charAt(from + 3) == '-');
  }

  /** Reads any account name, in any {@link CharSequence}, and records why one is not. */
  static @Nullable MicrosoftAccount scanGeneral(
      CharSequence in, int start, int end, ParseFailure f) {
    if (end - start > MAX_INPUT_LENGTH) {
      return f.fail(AddressErrorKind.TOO_LONG, start, "an account name is much shorter");
    }
    int at = -1;
    for (int i = start; i < end; i++) {
      if (in.charAt(i) == '@') {
        if (at >= 0) {
          return f.fail(AddressErrorKind.MISSING_AT, i, "an account name has exactly one '@'");
        }
        at = i;
      }
    }
    if (at < 0) {
      if (isBlank(in, start, end)) {
        return f.fail(AddressErrorKind.EMPTY, start, "no account name was given");
      }
      return f.fail(
          AddressErrorKind.MISSING_AT, end, "an account name is an e-mail address: name@domain");
    }
    if (scanLocalPart(in, start, at, f) < 0) {
      return null;
    }
    if (start == 0
        && end == in.length()
        && in instanceof String s
        && !needsFolding(in, start, at)
        && s.indexOf('.', at + 1) >= 0
        && Domain.isCanonicalAscii(s, at + 1, end, f)) {
      // Already canonical, and the domain is at least two labels: keep the caller's string and
      // build the Domain only if asked for.
      return new MicrosoftAccount(s, at, null);
    }
    Domain domain = scanDomain(in, at + 1, end, f);
    return domain == null ? null : ofScanned(in, start, at, end, domain);
  }

  /**
   * Builds the account {@code in[start, end)} once its local part {@code in[start, at)} has passed
   * {@link #scanLocalPart} and its domain {@code in[at + 1, end)} {@link #scanDomain}, keeping the
   * caller's string when it is already canonical.
   */
  static MicrosoftAccount ofScanned(
      CharSequence in, int start, int at, int end, Domain domain) {
    if (!needsFolding(in, start, at)
        && start == 0
        && end == in.length()
        && in instanceof String s
        && s.regionMatches(at + 1, domain.toString(), 0, end - at - 1)) {
      // Already canonical: keep the caller's string.
      return new MicrosoftAccount(s, at, domain);
    }
    String d = domain.toString();
    StringBuilder sb = new StringBuilder(at - start + 1 + d.length());
    for (int i = start; i < at; i++) {
      sb.append(Ascii.toLowerCase(in.charAt(i)));
    }
    return new MicrosoftAccount(sb.append('@').append(d).toString(), at - start, domain);
  }

  /** Scans the domain of an account: a {@link Domain} with at least two labels. */
  static @Nullable Domain scanDomain(CharSequence in, int start, int end, ParseFailure f) {
    if (start < end && in.charAt(start) == '[') {
      return f.fail(
          AddressErrorKind.BAD_DOMAIN,
          start,
          "an account name needs a domain name, not an address");
    }
    Domain domain = Domain.scan(in, start, end, f);
    if (domain == null) {
      if (f.kind() == AddressErrorKind.EMPTY) {
        return f.fail(AddressErrorKind.BAD_DOMAIN, start, "nothing follows the '@'");
      }
      return null;
    }
    if (domain.toString().indexOf('.') < 0) {
      return f.fail(
          AddressErrorKind.BAD_DOMAIN, start, "an account's domain has at least two labels");
    }
    return domain;
  }

  /**
   * Checks that {@code in[start, end)} is a dot-atom of at most 64 characters and returns {@code
   * end}, or records the failure and returns -1.
   */
  static int scanLocalPart(CharSequence in, int start, int end, ParseFailure f) {
    if (start == end) {
      f.fail(AddressErrorKind.BAD_LOCAL_PART, start, "the name before the '@' is empty");
      return -1;
    }
    for (int i = start; i < end; i++) {
      char c = in.charAt(i);
      if (c == '.') {
        if (i == start || i == end - 1 || in.charAt(i - 1) == '.') {
          f.fail(
              AddressErrorKind.BAD_LOCAL_PART,
              i,
              "dots must stand between characters, one at a time");
          return -1;
        }
      } else if (!isAtext(c)) {
        f.fail(AddressErrorKind.BAD_LOCAL_PART, i, rejection(c));
        return -1;
      }
    }
    if (end - start > MAX_LOCAL_PART_LENGTH) {
      f.fail(
          AddressErrorKind.BAD_LOCAL_PART,
          start + MAX_LOCAL_PART_LENGTH,
          "the name before the '@' has at most 64 characters");
      return -1;
    }
    return end;
  }

  private static String rejection(char c) {
    return switch (c) {
      case '"' -> "quoted names are not Microsoft account names";
      case '(', ')' ->
          "parentheses are not allowed in an account name;"
              + " a decorated address such as bob(contoso.com)@msn.com is read by NameDecoration";
      default -> {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
          yield "spaces are not allowed in an account name";
        }
        yield c >= 0x80
            ? "account names are ASCII"
            : "this character is not allowed in an account name";
      }
    };
  }

  // isAtext as two 64-bit sets, one test per character on the hot path.
  private static final long ATEXT_LOW = atextSet(0);
  private static final long ATEXT_HIGH = atextSet(64);

  private static long atextSet(int from) {
    long set = 0;
    for (int c = from; c < from + 64; c++) {
      if (isAtextBySpec((char) c)) {
        set |= 1L << (c - from);
      }
    }
    return set;
  }

  /** RFC 5322 {@code atext}. */
  static boolean isAtext(char c) {
    return c < 64 ? ((ATEXT_LOW >>> c) & 1) != 0 : c < 128 && ((ATEXT_HIGH >>> (c - 64)) & 1) != 0;
  }

  /** RFC 5322 {@code atext}, as the grammar lists it. */
  static boolean isAtextBySpec(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      return true;
    }
    return switch (c) {
      case '!',
          '#',
          '$',
          '%',
          '&',
          '\'',
          '*',
          '+',
          '-',
          '/',
          '=',
          '?',
          '^',
          '_',
          '`',
          '{',
          '|',
          '}',
          '~' ->
          true;
      default -> false;
    };
  }

  private static boolean isBlank(CharSequence in, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isWhitespace(in.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean needsFolding(CharSequence in, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Ascii.isUpperCase(in.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static String lowerCase(CharSequence in, int start, int end) {
    StringBuilder sb = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      sb.append(Ascii.toLowerCase(in.charAt(i)));
    }
    return sb.toString();
  }

  /** Where the {@code @} is in {@link #toString}. */
  int atIndex() {
    return at;
  }

  /**
   * Returns the part before the {@code @}, in lower case.
   *
   * <pre>{@code
   * MicrosoftAccount.parse("Bob+news@contoso.com").localPart();   // "bob+news"
   * }</pre>
   */
  public String localPart() {
    return address.substring(0, at);
  }

  /**
   * Returns the domain after the {@code @}.
   *
   * <pre>{@code
   * MicrosoftAccount.parse("bob@Bücher.de").domain();   // xn--bcher-kva.de
   * }</pre>
   */
  public Domain domain() {
    Domain d = domain;
    if (d == null) {
      d = Domain.ofCanonical(address.substring(at + 1));
      domain = d;
    }
    return d;
  }

  /** Returns whether {@code o} is an account with the same canonical name. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MicrosoftAccount other && other.address.equals(address);
  }

  @Override
  public int hashCode() {
    return address.hashCode();
  }

  /**
   * Returns the canonical name, {@code localPart() + "@" + domain()}.
   *
   * <pre>{@code
   * MicrosoftAccount.parse("Bob@Live.COM").toString();   // "bob@live.com"
   * }</pre>
   */
  @Override
  public String toString() {
    return address;
  }
}
