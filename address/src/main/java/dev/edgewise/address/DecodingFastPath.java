package dev.edgewise.address;

import java.nio.charset.StandardCharsets;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The common cases of {@link NameDecoration}'s decoding, read in one pass over text that is already
 * in hand: {@code sip:local(domain)@routing} and {@code sip:local@excluded}, typed or parsed, with
 * an ASCII host and a decorated domain that is ASCII or made of characters {@link Idna} converts
 * itself. It builds no {@link Domain}, no substring and no failure record; the result is the
 * account and its canonical text. For anything else, including every error, it answers null and
 * the general path in {@link NameDecoration} reads the address (and says what is wrong): so the
 * two can only agree, which {@code NameDecorationProperties} checks over generated addresses.
 */
final class DecodingFastPath {
  private DecodingFastPath() {}

  /** {@link NameDecoration#decodeUri}'s fast path. */
  static @Nullable MicrosoftAccount uri(NameDecoration rules, SipUri u, boolean strict) {
    int us = u.userStart();
    if (u.isSecure()
        || us < 0
        || u.hostType() != Host.Type.DOMAIN_NAME
        || u.portNumber() >= 0
        || u.paramsStart >= 0
        || u.headersStart >= 0
        || u.passwordStart() >= 0) {
      return null;
    }
    String t = u.text;
    int ue = u.userEnd;
    int hs = u.hostStart;
    int he = u.hostEnd;
    if (!isPlainHost(t, hs, he)) {
      return null;
    }
    if (!UriChars.hasEscape(t, us, ue)) {
      return parts(rules, t, us, ue, t, hs, he, strict);
    }
    // An escape of an unreserved ASCII character is equivalent to the character, and one of a
    // character a user part cannot hold is what encode writes itself (RFC 3261 19.1.4); escaped
    // reserved or non-ASCII characters go to the general path, which explains why they differ.
    for (int i = us; i < ue; i++) {
      if (t.charAt(i) == '%') {
        int v = (UriChars.hexValue(t.charAt(i + 1)) << 4) | UriChars.hexValue(t.charAt(i + 2));
        if (v >= 0x80 || UriChars.is((char) v, UriChars.RESERVED)) {
          return null;
        }
        i += 2;
      }
    }
    String user = UriChars.decode(t, us, ue);
    return parts(rules, user, 0, user.length(), t, hs, he, strict);
  }

  /**
   * {@link NameDecoration#decode(CharSequence)}'s fast path: trimmed text without a scheme or a
   * display name.
   */
  static @Nullable MicrosoftAccount typed(NameDecoration rules, CharSequence in) {
    if (in.length() > TypedText.MAX_LENGTH) {
      return null;
    }
    int end = TypedText.trimEnd(in, 0, in.length());
    int start = TypedText.trimStart(in, 0, end);
    if (start == end
        || in.charAt(end - 1) == '>'
        || TypedText.indexOf(in, start, end, '<') >= 0
        || TypedText.schemeEnd(in, start, end) >= 0) {
      return null;
    }
    int at = TypedText.lastIndexOf(in, start, end, '@');
    if (at < 0 || !isPlainHost(in, at + 1, end)) {
      return null;
    }
    return parts(rules, in, start, at, in, at + 1, end, false);
  }

  /**
   * A name of at least two labels without a trailing dot, as an account's host must be. Whether
   * it is a valid domain is not checked here: {@link #parts} goes on only when the host is, folded,
   * the routing domain or an excluded one, each a valid {@link Domain} already, so a host that
   * passes both is valid, and reading it once more here showed in the profile of every decode.
   */
  private static boolean isPlainHost(CharSequence in, int hs, int he) {
    return hs < he && in.charAt(he - 1) != '.' && TypedText.indexOf(in, hs, he, '.') >= 0;
  }

  /**
   * Reads the user part {@code src[us, ue)}, unescaped, under the plain host {@code h[hs, he)}.
   * Strict mode takes only what {@link NameDecoration#encode} writes back equivalently.
   */
  private static @Nullable MicrosoftAccount parts(
      NameDecoration rules,
      CharSequence src,
      int us,
      int ue,
      CharSequence h,
      int hs,
      int he,
      boolean strict) {
    int open = -1;
    int close = -1;
    boolean upper = false;
    for (int i = us; i < ue; i++) {
      char c = src.charAt(i);
      if (c == '(') {
        if (open >= 0) {
          return null;
        }
        open = i;
      } else if (c == ')') {
        if (close >= 0 || open < 0) {
          return null;
        }
        close = i;
      } else if (c >= 'A' && c <= 'Z') {
        upper = true;
      }
    }
    if (strict && upper) {
      return null;
    }
    if (open < 0) {
      if (close >= 0
          || !rules.excludedNames().contains(h, hs, he)
          || MicrosoftAccount.scanLocalPart(src, us, ue, ParseFailure.DISCARD) < 0) {
        return null;
      }
      return undecorated(src, us, ue, h, hs, he);
    }
    int ds = open + 1;
    if (close != ue - 1
        || ds == close
        || !DomainNames.equalsFolded(h, hs, he, rules.routingDomain().toString())
        || MicrosoftAccount.scanLocalPart(src, us, open, ParseFailure.DISCARD) < 0) {
      return null;
    }
    if (src.charAt(close - 1) == '.') {
      return null; // a trailing dot: the general path folds it away, or calls it not canonical
    }
    if (Domain.checkAscii(src, ds, close, ParseFailure.DISCARD) >= 0) {
      if (TypedText.indexOf(src, ds, close, '.') < 0
          || rules.excludedNames().contains(src, ds, close)) {
        return null;
      }
      byte[] b = new byte[close - us];
      for (int i = us; i < close; i++) {
        b[i - us] = i == open ? (byte) '@' : (byte) lower(src.charAt(i));
      }
      return MicrosoftAccount.ofCanonical(new String(b, StandardCharsets.ISO_8859_1), open - us);
    }
    if (strict || !hasNonAscii(src, ds, close)) {
      return null;
    }
    return internationalized(rules, src, us, open, close);
  }

  /** {@code local@host} at an excluded host, folded to lower case. */
  private static MicrosoftAccount undecorated(
      CharSequence src, int us, int ue, CharSequence h, int hs, int he) {
    if (src == h && hs == ue + 1 && h instanceof String s && !hasUpperCase(s, us, he)) {
      return MicrosoftAccount.ofCanonical(s.substring(us, he), ue - us); // as written
    }
    int n = ue - us + 1 + he - hs;
    byte[] b = new byte[n];
    for (int i = us; i < ue; i++) {
      b[i - us] = (byte) lower(src.charAt(i));
    }
    b[ue - us] = '@';
    for (int i = hs; i < he; i++) {
      b[ue - us + 1 + i - hs] = (byte) lower(h.charAt(i));
    }
    return MicrosoftAccount.ofCanonical(new String(b, StandardCharsets.ISO_8859_1), ue - us);
  }

  /** A decorated domain with characters outside ASCII, which typed text may hold. */
  private static @Nullable MicrosoftAccount internationalized(
      NameDecoration rules, CharSequence src, int us, int open, int close) {
    String ascii = Idna.toAscii(src, open + 1, close);
    if (ascii == null) {
      return null;
    }
    Domain d = Domain.scan(ascii, 0, ascii.length(), ParseFailure.DISCARD);
    if (d == null || ascii.indexOf('.') < 0 || rules.isExcluded(d)) {
      return null;
    }
    return MicrosoftAccount.of(MicrosoftAccount.lowerCase(src, us, open), d);
  }

  private static boolean hasUpperCase(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        return true;
      }
    }
    return false;
  }

  private static boolean hasNonAscii(CharSequence in, int start, int end) {
    for (int i = start; i < end; i++) {
      if (in.charAt(i) >= 0x80) {
        return true;
      }
    }
    return false;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
