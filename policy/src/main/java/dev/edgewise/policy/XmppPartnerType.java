package dev.edgewise.policy;

/**
 * The relationship with an XMPP allowed partner ({@code New-CsXmppAllowedPartner -PartnerType}).
 * Recorded as declared; no gate reads it (Microsoft does not say how the types differ in what
 * is delivered).
 *
 * <pre>{@code
 * XmppPartnerType.PUBLIC_VERIFIED.cmdletValue();   // "PublicVerified"
 * }</pre>
 */
public enum XmppPartnerType {
  /** {@code Federated}: the partner is a federated domain. */
  FEDERATED("Federated"),
  /** {@code PublicVerified}. */
  PUBLIC_VERIFIED("PublicVerified"),
  /** {@code PublicUnverified}: the cmdlet's default. */
  PUBLIC_UNVERIFIED("PublicUnverified");

  private final String cmdletValue;

  XmppPartnerType(String cmdletValue) {
    this.cmdletValue = cmdletValue;
  }

  /** Returns the value as the cmdlet writes it, such as {@code PublicUnverified}. */
  public String cmdletValue() {
    return cmdletValue;
  }
}
