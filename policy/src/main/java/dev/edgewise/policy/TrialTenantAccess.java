package dev.edgewise.policy;

/**
 * A Teams tenant's {@code ExternalAccessWithTrialTenants}: whether its users may communicate with
 * users of tenants that hold only trial licences. Whether a remote tenant is trial-only is a fact
 * the caller states with {@link RemoteParty#inTrialTenant}.
 *
 * <pre>{@code
 * OnlineTenantConfiguration t = OnlineTenantConfiguration.freshTenant().toBuilder()
 *     .product(Product.TEAMS_TENANT)
 *     .externalAccessWithTrialTenants(TrialTenantAccess.ALLOWED)
 *     .build();
 * TrialTenantAccess.BLOCKED.cmdletValue();   // "Blocked"
 * }</pre>
 */
public enum TrialTenantAccess {
  /** Trial-only tenants are reached like any other. */
  ALLOWED("Allowed"),
  /**
   * Trial-only tenants are not reached, except the domains in {@code AllowedTrialTenantDomains}.
   * The default.
   */
  BLOCKED("Blocked");

  private final String cmdletValue;

  TrialTenantAccess(String cmdletValue) {
    this.cmdletValue = cmdletValue;
  }

  /** Returns the value as the cmdlet writes it. */
  public String cmdletValue() {
    return cmdletValue;
  }

  /**
   * Reads a cmdlet value, ignoring case.
   *
   * <pre>{@code
   * TrialTenantAccess.fromCmdletValue("allowed");   // ALLOWED
   * }</pre>
   *
   * @throws IllegalArgumentException if the text is neither Allowed nor Blocked
   */
  public static TrialTenantAccess fromCmdletValue(String text) {
    for (TrialTenantAccess t : values()) {
      if (t.cmdletValue.equalsIgnoreCase(text.trim())) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "not an ExternalAccessWithTrialTenants value: " + text + " (Allowed, Blocked)");
  }
}
