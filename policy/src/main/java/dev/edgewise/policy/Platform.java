package dev.edgewise.policy;

/**
 * The two configuration shapes: what an on-premises server or an online tenant lets the admin set.
 *
 * <pre>{@code
 * FederationConfiguration c = OnlineTenantConfiguration.freshTenant();
 * c.platform();   // ONLINE
 * }</pre>
 */
public enum Platform {
  /** Lync Server 2013 or Skype for Business Server: {@link OnPremisesConfiguration}. */
  ON_PREMISES,
  /** Lync Online / Office 365: {@link OnlineTenantConfiguration}. */
  ONLINE
}
