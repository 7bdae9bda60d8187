package dev.edgewise.address;

/**
 * Why an address could not be parsed. Carried by {@link AddressParseException#kind()} so that
 * callers and tests can react to the kind of error instead of to message text.
 *
 * <pre>{@code
 * try {
 *   SipUri.parse("sip:alice@example.com:99999");
 * } catch (AddressParseException e) {
 *   e.kind();    // PORT_OUT_OF_RANGE
 *   e.index();   // 22, where the port starts
 * }
 * }</pre>
 */
public enum AddressErrorKind {
  /** The input is empty or only whitespace. */
  EMPTY,
  /** The input is longer than the parser accepts; nothing else was checked. */
  TOO_LONG,
  /** The scheme is missing, misspelt or not one this parser accepts. */
  BAD_SCHEME,
  /** The user part contains a character that must be escaped, or is empty where it is required. */
  BAD_USER_CHAR,
  /** The password contains a character that must be escaped. */
  BAD_PASSWORD_CHAR,
  /** A {@code %} is not followed by two hexadecimal digits. */
  BAD_ESCAPE,
  /** The host is missing or is not a valid domain name or IPv4 address. */
  BAD_HOST,
  /** A bracketed IPv6 reference is malformed. */
  BAD_IPV6,
  /** The port is not a decimal number. */
  BAD_PORT,
  /** The port is a number outside 0 to 65535. */
  PORT_OUT_OF_RANGE,
  /** A parameter has an empty name, or an {@code =} with no value. */
  EMPTY_PARAMETER,
  /** A parameter name or value contains a character that must be escaped. */
  BAD_PARAMETER_CHAR,
  /** The same parameter name appears twice. */
  DUPLICATE_PARAMETER,
  /** A header has an empty name or a character that must be escaped. */
  BAD_HEADER,
  /** Characters remain after a complete address. */
  TRAILING_CHARACTERS,
  /** A domain label or the whole domain is too long, or a label is empty or malformed. */
  BAD_DOMAIN,
  /** The local part of an e-mail address is empty, too long or not a dot-atom. */
  BAD_LOCAL_PART,
  /** An e-mail address has no {@code @}, or more than one. */
  MISSING_AT,
  /** Parentheses are nested or unbalanced. */
  UNBALANCED_PARENTHESES,
  /** A decorated address has nothing between its parentheses: {@code x()@msn.com}. */
  EMPTY_DECORATED_DOMAIN,
  /** A decorated address names a domain the decoration rule writes undecorated. */
  DECORATED_EXCLUDED_DOMAIN,
  /** A decorated address is not under the routing domain. */
  WRONG_ROUTING_DOMAIN,
  /** A name-addr form ({@code "Bob" <sip:...>}) is malformed. */
  BAD_NAME_ADDR,
  /**
   * A decorated address has an {@code @} between its parentheses: {@code
   * bob(bob@contoso.com)@msn.com}. Only the domain goes there: {@code bob(contoso.com)@msn.com}.
   */
  AT_IN_DECORATED_DOMAIN,
  /**
   * The parenthesized domain of a decorated address is not the one group at the end of the user
   * part, right before the {@code @}: {@code bob(contoso.com)x@msn.com}, {@code
   * (contoso.com)bob@msn.com}, {@code bob(a.com)(b.com)@msn.com}.
   */
  MISPLACED_DECORATION,
  /**
   * An address without decoration is at a domain outside the excluded domain list, so it names a
   * federated user, not a Microsoft account: {@code bob@contoso.com} where the account would be
   * written {@code bob(contoso.com)@msn.com}.
   */
  NOT_DECORATED,
  /**
   * A SIP URI names a Microsoft account only after folding case or converting an internationalized
   * domain ({@code sip:Bob@live.com}, {@code sip:bob(Contoso.com)@msn.com}). SIP compares user
   * parts case-sensitively (RFC 3261 section 19.1.4), so the canonical address is a different URI;
   * the message names it.
   */
  NOT_CANONICAL,
  /**
   * A SIP URI meant as a Microsoft account's address carries a password, port, parameters or
   * headers; such an address is {@code sip:user@host} only.
   */
  URI_COMPONENTS_NOT_ALLOWED,
}
