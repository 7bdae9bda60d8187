package dev.edgewise.policy;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The period of public IM connectivity the configuration describes. The library has no clock: the
 * caller names the era.
 *
 * <pre>{@code
 * OnPremisesConfiguration c = OnPremisesConfiguration.freshInstall().toBuilder()
 *     .era(ConnectivityEra.PIC_PROVISIONING)
 *     .putPicProvisioning(Domain.parse("contoso.com"), ProvisioningState.IN_PROGRESS)
 *     .build();
 * ConnectivityEra.SKYPE_INTEROP_RETIRED.carriesPublicIm();   // false
 * }</pre>
 */
public enum ConnectivityEra {
  /**
   * 2013 (Lync-Skype connectivity launched on 2013-05-29) to 2019-08-15: each SIP domain needed a
   * PIC provisioning request at Microsoft, in progress for up to 30 days, then activated. Until it
   * is activated, Skype users cannot be reached from that domain ({@link
   * RuleId#PROVISIONING_INCOMPLETE}). Yahoo! and AOL connectivity ended within it, on 2014-06-30
   * ({@link PublicProvider#servesIn(ConnectivityEra)}).
   */
  PIC_PROVISIONING(LocalDate.of(2013, 5, 29), true),
  /**
   * Since 2019-08-15: Skype finds the organization through its federation DNS SRV record;
   * provisioning state is irrelevant.
   */
  DNS_SRV_DISCOVERY(LocalDate.of(2019, 8, 15), true),
  /**
   * From 2025-05-05: Skype consumer interop is retired, and no public provider user can be reached
   * ({@link #carriesPublicIm()} is false): the evaluator denies every such request with {@link
   * RuleId#SKYPE_INTEROP_RETIRED} and offers no command.
   */
  SKYPE_INTEROP_RETIRED(LocalDate.of(2025, 5, 5), false);

  private final LocalDate begins;
  private final boolean carriesPublicIm;

  ConnectivityEra(LocalDate begins, boolean carriesPublicIm) {
    this.begins = begins;
    this.carriesPublicIm = carriesPublicIm;
  }

  /** Returns the first day of the era. */
  public LocalDate begins() {
    return begins;
  }

  /** Returns the day after the era's last day (the next era's first day), or empty for the last. */
  public Optional<LocalDate> ends() {
    return switch (this) {
      case PIC_PROVISIONING -> Optional.of(DNS_SRV_DISCOVERY.begins);
      case DNS_SRV_DISCOVERY -> Optional.of(SKYPE_INTEROP_RETIRED.begins);
      case SKYPE_INTEROP_RETIRED -> Optional.empty();
    };
  }

  /**
   * Returns whether public IM connectivity (Skype and any other public provider) still carries
   * requests in this era: false only for {@link #SKYPE_INTEROP_RETIRED}.
   */
  public boolean carriesPublicIm() {
    return carriesPublicIm;
  }
}
