package dev.edgewise.policy;

import dev.edgewise.core.internal.EdgewiseStyle;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The on-premises Access Edge configuration ({@code Set-CsAccessEdgeConfiguration}): the
 * organization-wide switches for federation, public IM connectivity, remote and anonymous users,
 * and how the edge routes to external domains.
 *
 * <p>The first six settings gate decisions. The others never gate anything on this side (they shape
 * headers, rates, certificates and caches) and are kept as data so a configuration can be read and
 * written back whole. Single-setting ranges are checked when building ({@link
 * IllegalArgumentException}); contradictions between objects are reported by {@link
 * FederationConfiguration#validate()}.
 *
 * <pre>{@code
 * AccessEdgeConfiguration edge = AccessEdgeConfiguration.freshInstall().toBuilder()
 *     .allowFederatedUsers(true)                 // federation and public IM connectivity on
 *     .enablePartnerDiscovery(true)
 *     .build();
 * edge.routing().isDnsSrv();                     // true
 * }</pre>
 */
@EdgewiseStyle
@Value.Immutable
public abstract class AccessEdgeConfiguration {

  AccessEdgeConfiguration() {}

  /**
   * {@code AllowFederatedUsers}: the organization-wide switch for federation and public IM
   * connectivity. Default {@code false}.
   */
  @Value.Default
  public boolean allowFederatedUsers() {
    return false;
  }

  /**
   * {@code EnablePartnerDiscovery}: domains not on the allowed list may federate as discovered
   * partners, found by DNS SRV. Needs DNS SRV routing. Default {@code false}.
   */
  @Value.Default
  public boolean enablePartnerDiscovery() {
    return false;
  }

  /** {@code AllowOutsideUsers}: own users may sign in from the Internet. Default {@code true}. */
  @Value.Default
  public boolean allowOutsideUsers() {
    return true;
  }

  /** {@code AllowAnonymousUsers}: anonymous users may join conferences. Default {@code false}. */
  @Value.Default
  public boolean allowAnonymousUsers() {
    return false;
  }

  /** {@code UseDnsSrvRouting} or {@code UseDefaultRouting}. Default DNS SRV. */
  @Value.Default
  public EdgeRouting routing() {
    return EdgeRouting.dnsSrv();
  }

  /**
   * {@code DiscoveredPartnerVerificationLevel}: how messages from discovered partners are trusted.
   * Default {@link VerificationLevel#USE_SOURCE_VERIFICATION}, under which unmarked messages are
   * treated as unverifiable.
   */
  @Value.Default
  public VerificationLevel discoveredPartnerVerificationLevel() {
    return VerificationLevel.USE_SOURCE_VERIFICATION;
  }

  // --- settings that never gate a decision on this side -----------------------------------

  /** {@code EnableArchivingDisclaimer}. Default {@code false}. No gating effect. */
  @Value.Default
  public boolean enableArchivingDisclaimer() {
    return false;
  }

  /**
   * {@code MarkSourceVerifiableOnOutgoingMessages}. Default {@code true}. Affects the partner's
   * decision, not ours.
   */
  @Value.Default
  public boolean markSourceVerifiableOnOutgoingMessages() {
    return true;
  }

  /** {@code EnableDiscoveredPartnerContactsLimit}. Default {@code true}. Rate protection only. */
  @Value.Default
  public boolean enableDiscoveredPartnerContactsLimit() {
    return true;
  }

  /** {@code MaxContactsPerDiscoveredPartner}. Default 1000. Rate protection only. */
  @Value.Default
  public int maxContactsPerDiscoveredPartner() {
    return 1000;
  }

  /** {@code DiscoveredPartnerStandardRate}, messages per second. Default 20. */
  @Value.Default
  public int discoveredPartnerStandardRate() {
    return 20;
  }

  /** {@code DiscoveredPartnerReportPeriodMinutes}. Default 60. */
  @Value.Default
  public int discoveredPartnerReportPeriodMinutes() {
    return 60;
  }

  /** {@code KeepCrlsUpToDateForPeers}. Default {@code true}. Transport detail. */
  @Value.Default
  public boolean keepCrlsUpToDateForPeers() {
    return true;
  }

  /** {@code OutgoingTlsCountForFederatedPartners}, 1 to 4. Default 4. Transport detail. */
  @Value.Default
  public int outgoingTlsCountForFederatedPartners() {
    return 4;
  }

  /** {@code BeClearingHouse}. Default {@code false}. Transport detail. */
  @Value.Default
  public boolean beClearinghouse() {
    return false;
  }

  /** {@code SkypeSearchUrl}, if set. Directory search only. */
  public abstract Optional<String> skypeSearchUrl();

  /** {@code DnsSrvCacheRecordCount}, if set; unset means the server's own default. */
  public abstract OptionalInt dnsSrvCacheRecordCount();

  @Value.Check
  final void check() {
    requireAtLeast("MaxContactsPerDiscoveredPartner", maxContactsPerDiscoveredPartner(), 0);
    requireAtLeast("DiscoveredPartnerStandardRate", discoveredPartnerStandardRate(), 0);
    requireAtLeast(
        "DiscoveredPartnerReportPeriodMinutes", discoveredPartnerReportPeriodMinutes(), 1);
    int tls = outgoingTlsCountForFederatedPartners();
    if (tls < 1 || tls > 4) {
      throw new IllegalArgumentException(
          "OutgoingTlsCountForFederatedPartners must be 1 to 4: " + tls);
    }
    if (dnsSrvCacheRecordCount().isPresent()) {
      requireAtLeast("DnsSrvCacheRecordCount", dnsSrvCacheRecordCount().getAsInt(), 0);
    }
  }

  private static void requireAtLeast(String setting, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(setting + " must be at least " + min + ": " + value);
    }
  }

  /** Returns a builder that starts from this configuration's values. */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  /** Returns a builder with every setting at its fresh-install default. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the configuration of a fresh install: federation and public IM connectivity off,
   * partner discovery off, anonymous users off, remote users on, DNS SRV routing.
   */
  public static AccessEdgeConfiguration freshInstall() {
    return builder().build();
  }

  /**
   * Builds {@link AccessEdgeConfiguration} values.
   *
   * <pre>{@code
   * AccessEdgeConfiguration edge = AccessEdgeConfiguration.builder()
   *     .allowFederatedUsers(true).build();
   * }</pre>
   */
  public static final class Builder extends ImmutableAccessEdgeConfiguration.Builder {
    Builder() {}
  }
}
