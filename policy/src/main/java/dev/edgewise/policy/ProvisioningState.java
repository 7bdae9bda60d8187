package dev.edgewise.policy;

/**
 * Where one SIP domain stands in PIC provisioning (era {@link ConnectivityEra#PIC_PROVISIONING}). A
 * SIP domain the configuration says nothing about is {@link #NOT_REQUESTED}.
 *
 * <pre>{@code
 * ProvisioningState s = config.picProvisioningState(Domain.parse("contoso.com"));
 * s.isActivated();   // false while the request is in progress
 * }</pre>
 */
public enum ProvisioningState {
  /** No provisioning request was made for the SIP domain. */
  NOT_REQUESTED,
  /** The request was made and is being processed (up to 30 days). */
  IN_PROGRESS,
  /** Microsoft activated public IM connectivity for the SIP domain. */
  ACTIVATED;

  /** Returns whether the SIP domain may reach public provider users in the provisioning era. */
  public boolean isActivated() {
    return this == ACTIVATED;
  }
}
