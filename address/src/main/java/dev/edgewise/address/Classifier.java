package dev.edgewise.address;

import com.google.common.base.Ascii;

/** The reading rules of {@link ContactAddress#classify}, step by step as its Javadoc lists them. */
final class Classifier {
  private Classifier() {}

  /** Longest Skype name (Skype's own limit). */
  static final int MAX_SKYPE_NAME_LENGTH = 32;

  static ContactAddress classify(CharSequence typed, NameDecoration rules) {
    long r = TypedText.read(typed, ParseFailure.DISCARD);
    if (r == TypedText.NONE) {
      // Read again to learn why: the rare path, so that the common one records nothing.
      ParseFailure f = new ParseFailure();
      TypedText.read(typed, f);
      return invalid(f, typed);
    }
    int start = TypedText.start(r);
    int end = TypedText.end(r);
    if (end - start > 2 && typed.charAt(start) == '8' && typed.charAt(start + 1) == ':') {
      return new ContactAddress.SkypeName(typed.subSequence(start, end).toString());
    }
    int colon = TypedText.schemeEnd(typed, start, end);
    if (colon >= 0) {
      if (TypedText.equalsIgnoreCase(typed, start, colon, "sip")
          || TypedText.equalsIgnoreCase(typed, start, colon, "sips")) {
        return sipUri(typed, start, end, rules);
      }
      if (TypedText.equalsIgnoreCase(typed, start, colon, "tel")) {
        return new ContactAddress.PhoneNumber(typed.subSequence(start, end).toString());
      }
      if (TypedText.equalsIgnoreCase(typed, start, colon, "live")
          || TypedText.equalsIgnoreCase(typed, start, colon, "skype")) {
        return new ContactAddress.SkypeName(typed.subSequence(start, end).toString());
      }
      if (TypedText.equalsIgnoreCase(typed, start, colon, "mailto")) {
        return schemeless(typed, colon + 1, end, rules);
      }
      if (!TypedText.isFollowedByDigit(typed, colon, end)) {
        return invalid(AddressErrorKind.BAD_SCHEME, start, typed, "not a sip: address");
      }
      // A host and port, "contoso.com:5061", or a user and numeric password: no scheme.
    }
    return schemeless(typed, start, end, rules);
  }

  private static ContactAddress schemeless(
      CharSequence typed, int start, int end, NameDecoration rules) {
    if (start == end) {
      return invalid(AddressErrorKind.EMPTY, start, typed, "nothing follows the scheme");
    }
    if (start == 0 && typed instanceof String s && end == s.length()) {
      // The common case, a plain account name outside the excluded domains, read in one pass
      // without a Domain: what the general reading below answers for it, at a fraction.
      MicrosoftAccount a = MicrosoftAccount.scanPlain(s);
      if (a != null && !rules.excludedNames().contains(s, a.atIndex() + 1, end)) {
        return ambiguous(a, rules);
      }
    }
    MicrosoftAccount decoded = DecodingFastPath.typed(rules, typed);
    if (decoded != null) {
      // What decodeParts below answers for an excluded host or a decorated name, read in one pass.
      return account(decoded, rules);
    }
    int at = TypedText.lastIndexOf(typed, start, end, '@');
    if (at < 0) {
      if (isPhoneNumber(typed, start, end)) {
        return new ContactAddress.PhoneNumber(typed.subSequence(start, end).toString());
      }
      if (isSkypeName(typed, start, end)) {
        return new ContactAddress.SkypeName(typed.subSequence(start, end).toString());
      }
      return invalid(AddressErrorKind.MISSING_AT, end, typed, "no '@'");
    }
    Domain host = MicrosoftAccount.scanDomain(typed, at + 1, end, ParseFailure.DISCARD);
    boolean parens =
        TypedText.indexOf(typed, start, at, '(') >= 0
            || TypedText.indexOf(typed, start, at, ')') >= 0;
    if (host != null && (rules.isExcluded(host) || parens)) {
      ParseFailure g = new ParseFailure();
      MicrosoftAccount a = rules.decodeParts(typed, start, at, host, at + 1, false, g);
      return a == null ? invalid(g, typed) : account(a, rules);
    }
    // The domain is already read: the account needs only its local part checked (an '@' in it
    // fails there), which is what MicrosoftAccount.scan would do with the same text.
    MicrosoftAccount a =
        host != null
                && end - start <= MicrosoftAccount.MAX_INPUT_LENGTH
                && MicrosoftAccount.scanLocalPart(typed, start, at, ParseFailure.DISCARD) >= 0
            ? MicrosoftAccount.ofScanned(typed, start, at, end, host)
            : null;
    if (a != null) {
      return ambiguous(a, rules);
    }
    SipUri sip = SipUri.readAddress(typed.toString(), start, end, ParseFailure.DISCARD);
    if (sip != null) {
      return new ContactAddress.SipAddress(sip);
    }
    // Read the account again to learn why it failed: the rare path.
    ParseFailure m = new ParseFailure();
    MicrosoftAccount.scan(typed, start, end, m);
    return invalid(m, typed);
  }

  private static ContactAddress sipUri(
      CharSequence typed, int start, int end, NameDecoration rules) {
    ParseFailure f = new ParseFailure();
    SipUri u = SipUri.readAddress(typed.toString(), start, end, f);
    if (u == null) {
      return invalid(f.kind(), f.index(), typed, "not a valid SIP address");
    }
    if (u.userParam().filter(p -> Ascii.equalsIgnoreCase(p, "phone")).isPresent()) {
      return new ContactAddress.PhoneNumber(u.user().orElse(u.toString()));
    }
    if (u.user().isEmpty()) {
      return invalid(
          AddressErrorKind.BAD_USER_CHAR,
          start + u.scheme().length() + 1,
          typed,
          "a server's address, not a person's");
    }
    String name = u.host().domainName().orElse("");
    Domain host = name.isEmpty() ? null : Domain.tryParse(name).orElse(null);
    if (host != null) {
      String user = u.user().orElse("");
      boolean parens = user.indexOf('(') >= 0 || user.indexOf(')') >= 0;
      if (rules.isExcluded(host) || parens) {
        ParseFailure g = new ParseFailure();
        MicrosoftAccount a = rules.decodeUri(u, false, g);
        return a == null
            ? invalid(g.kind(), start + g.index(), typed, g.detail())
            : account(a, rules);
      }
    }
    return new ContactAddress.SipAddress(u);
  }

  private static ContactAddress ambiguous(MicrosoftAccount a, NameDecoration rules) {
    // The federated reading uses the canonical (lower-case) name too: Lync compares SIP
    // addresses of its own users without regard to case.
    SipUri federated = NameDecoration.undecoratedUri(a);
    return new ContactAddress.Ambiguous(federated, a, rules.encode(a));
  }

  private static ContactAddress account(MicrosoftAccount a, NameDecoration rules) {
    SipUri im = rules.encode(a);
    return rules.isExcludedAccount(a)
        ? new ContactAddress.NativeAccount(a, im)
        : new ContactAddress.DecoratedAccount(a, im);
  }

  /** At least three ASCII digits, an optional leading '+', and only the usual separators. */
  static boolean isPhoneNumber(CharSequence in, int start, int end) {
    int digits = 0;
    for (int i = start; i < end; i++) {
      char c = in.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '+') {
        if (i != start) {
          return false;
        }
      } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')' && c != '/') {
        return false;
      }
    }
    return digits >= 3;
  }

  /** A letter, then letters, digits and {@code . , - _}; at most 32 characters. */
  static boolean isSkypeName(CharSequence in, int start, int end) {
    if (end - start > MAX_SKYPE_NAME_LENGTH || !TypedText.isAsciiLetter(in.charAt(start))) {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      char c = in.charAt(i);
      if (!TypedText.isAsciiLetter(c)
          && !(c >= '0' && c <= '9')
          && c != '.'
          && c != ','
          && c != '-'
          && c != '_') {
        return false;
      }
    }
    return true;
  }

  private static ContactAddress.Invalid invalid(ParseFailure f, CharSequence typed) {
    return invalid(f.kind(), f.index(), typed, f.detail());
  }

  /** An invalid result whose message is the advice for its kind, then where and what exactly. */
  private static ContactAddress.Invalid invalid(
      AddressErrorKind kind, int index, CharSequence typed, String detail) {
    int at = Math.min(index, typed.length());
    // The same text an exception would carry, formatted without building one.
    String where = AddressParseException.message(kind, at, typed, detail);
    return new ContactAddress.Invalid(kind, at, advice(kind) + " [" + where + "]");
  }

  /** A sentence per kind that says what to do, for the help desk. */
  static String advice(AddressErrorKind kind) {
    return switch (kind) {
      case EMPTY -> "Nothing was typed; type the person's address.";
      case TOO_LONG -> "This is far too long for an address; check what was pasted.";
      case BAD_SCHEME -> "Only sip: addresses and e-mail addresses can be added.";
      case MISSING_AT ->
          "An address is name@domain with exactly one '@'; ask for the person's full address.";
      case BAD_LOCAL_PART ->
          "The name before the '@' is not a valid account name: no spaces, quotes or"
              + " parentheses, and dots only between characters.";
      case BAD_DOMAIN, BAD_HOST, BAD_IPV6 ->
          "The part after the '@' is not a valid domain name; check it for typing errors.";
      case UNBALANCED_PARENTHESES ->
          "Parentheses come in one pair around the account's domain: bob(contoso.com)@msn.com.";
      case EMPTY_DECORATED_DOMAIN ->
          "The account's domain is missing between the parentheses: bob(contoso.com)@msn.com.";
      case AT_IN_DECORATED_DOMAIN ->
          "Only the domain goes between the parentheses: bob(contoso.com)@msn.com, not"
              + " bob(bob@contoso.com)@msn.com.";
      case MISPLACED_DECORATION ->
          "The domain in parentheses comes last, right before the '@': bob(contoso.com)@msn.com.";
      case DECORATED_EXCLUDED_DOMAIN ->
          "Accounts at Microsoft's own domains are added as they are: bob@live.com, not"
              + " bob(live.com)@msn.com.";
      case WRONG_ROUTING_DOMAIN ->
          "A decorated address goes under the routing domain: bob(contoso.com)@msn.com.";
      case URI_COMPONENTS_NOT_ALLOWED ->
          "A Skype user's address is just sip:name@domain; remove the port, ';' parameters or"
              + " '?' headers.";
      case BAD_USER_CHAR, BAD_ESCAPE ->
          "A contact's SIP address is sip:name@domain; the name is missing or has a character"
              + " that must be escaped.";
      case BAD_NAME_ADDR ->
          "Write the address alone, or as Name <address> with both angle brackets.";
      default -> "This is not a valid address; check it for typing errors.";
    };
  }
}
