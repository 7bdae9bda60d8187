package dev.edgewise.policy;

/**
 * An online tenant's External Access setting as the admin center shows it, derived from the {@code
 * Set-CsTenantFederationConfiguration} fields: {@code AllowFederatedUsers} and whether {@code
 * AllowedDomains} allows all known domains or only a list.
 *
 * <pre>{@code
 * OnlineTenantConfiguration t = OnlineTenantConfiguration.freshTenant();
 * t.externalAccess();   // ON_EXCEPT_BLOCKED
 * }</pre>
 */
public enum ExternalAccessMode {
  /** Off: {@code AllowFederatedUsers} is false; no external domain, no public user. */
  OFF,
  /** On except for blocked domains: {@code AllowedDomains} is {@code AllowAllKnownDomains}. */
  ON_EXCEPT_BLOCKED,
  /** On only for allowed domains: {@code AllowedDomains} is an allow list. */
  ON_ONLY_ALLOWED
}
