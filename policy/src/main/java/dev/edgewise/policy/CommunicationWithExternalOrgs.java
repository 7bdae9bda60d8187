package dev.edgewise.policy;

/**
 * A Teams external access policy's {@code CommunicationWithExternalOrgs}: which external domains
 * the users it is in force for may communicate with. It is in effect only when the policy's {@code
 * EnableFederationAccess} is on; then every value but {@link #ORGANIZATION_DEFAULT} replaces the
 * tenant's allowed and blocked domains for those users (the tenant's {@code AllowFederatedUsers}
 * still applies). The Global policy is always {@code OrganizationDefault}.
 *
 * <pre>{@code
 * ExternalAccessPolicy p = ExternalAccessPolicy.builder()
 *     .identity(PolicyIdentity.tag("Partners"))
 *     .enableFederationAccess(true)
 *     .communicationWithExternalOrgs(CommunicationWithExternalOrgs.ALLOW_SPECIFIC_EXTERNAL_DOMAINS)
 *     .addAllowedExternalDomains(Domain.parse("fabrikam.com"))
 *     .build();
 * CommunicationWithExternalOrgs.ALLOW_SPECIFIC_EXTERNAL_DOMAINS.cmdletValue();
 * // "AllowSpecificExternalDomains"
 * }</pre>
 */
public enum CommunicationWithExternalOrgs {
  /** The users follow the tenant's federation settings. The default, and Global's only value. */
  ORGANIZATION_DEFAULT("OrganizationDefault"),
  /** The users may communicate with every external domain. */
  ALLOW_ALL_EXTERNAL_DOMAINS("AllowAllExternalDomains"),
  /** The users may communicate only with the domains in {@code AllowedExternalDomains}. */
  ALLOW_SPECIFIC_EXTERNAL_DOMAINS("AllowSpecificExternalDomains"),
  /** The users may communicate with every external domain but those in {@code BlockedExternalDomains}. */
  BLOCK_SPECIFIC_EXTERNAL_DOMAINS("BlockSpecificExternalDomains"),
  /** The users may communicate with no external domain. */
  BLOCK_ALL_EXTERNAL_DOMAINS("BlockAllExternalDomains");

  private final String cmdletValue;

  CommunicationWithExternalOrgs(String cmdletValue) {
    this.cmdletValue = cmdletValue;
  }

  /** Returns the value as the cmdlet writes it, such as {@code "OrganizationDefault"}. */
  public String cmdletValue() {
    return cmdletValue;
  }

  /**
   * Reads a cmdlet value, ignoring case.
   *
   * <pre>{@code
   * CommunicationWithExternalOrgs.fromCmdletValue("blockallexternaldomains");   // BLOCK_ALL_...
   * }</pre>
   *
   * @throws IllegalArgumentException if the text names no value
   */
  public static CommunicationWithExternalOrgs fromCmdletValue(String text) {
    for (CommunicationWithExternalOrgs c : values()) {
      if (c.cmdletValue.equalsIgnoreCase(text.trim())) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "not a CommunicationWithExternalOrgs value: " + text
            + " (OrganizationDefault, AllowAllExternalDomains, AllowSpecificExternalDomains,"
            + " BlockSpecificExternalDomains, BlockAllExternalDomains)");
  }
}
