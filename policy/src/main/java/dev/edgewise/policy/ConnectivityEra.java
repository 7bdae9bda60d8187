package dev.edgewise.policy;

/**
 * The period of public IM connectivity the configuration describes. The library has no clock: the
 * caller names the era.
 *
 * <pre>{@code
 * OnPremisesConfiguration c = OnPremisesConfiguration.freshInstall().toBuilder()
 *     .era(ConnectivityEra.PIC_PROVISIONING)
 *     .putPicProvisioning(Domain.parse("contoso.com"), ProvisioningState.IN_PROGRESS)
 *     .build();
 * }</pre>
 */
public enum ConnectivityEra {
  /**
   * 2013 to 2019-08-15: each SIP domain needed a PIC provisioning request at Microsoft, in progress
   * for up to 30 days, then activated. Until it is activated, Skype users cannot be reached from
   * that domain ({@link RuleId#PROVISIONING_INCOMPLETE}).
   */
  PIC_PROVISIONING,
  /**
   * Since 2019-08-15: Skype finds the organization through its federation DNS SRV record;
   * provisioning state is irrelevant.
   */
  DNS_SRV_DISCOVERY
}
