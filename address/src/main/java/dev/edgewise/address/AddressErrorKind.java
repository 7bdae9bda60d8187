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
  /**
   * A parameter with a defined syntax has a value outside it: {@code ttl} not a number from 0 to
   * 255, {@code maddr} not a host, {@code transport}, {@code user} or {@code method} not a token.
   */
  BAD_PARAMETER_VALUE,
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
}
