package dev.edgewise.policy;

import dev.edgewise.address.Domain;
import dev.edgewise.core.internal.EdgewiseStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An entry of the on-premises allowed list ({@code New-CsAllowedDomain}): a federated SIP domain
 * the organization may talk to, optionally pinned to one partner Access Edge.
 *
 * <p>Entries match the exact domain: an entry for {@code contoso.com} does not allow {@code
 * it.contoso.com} (federation is per SIP domain).
 *
 * <pre>{@code
 * AllowedDomain fabrikam = AllowedDomain.builder()
 *     .domain(Domain.parse("fabrikam.com"))
 *     .proxyFqdn(Domain.parse("sip.fabrikam.com"))   // inbound must come from this edge
 *     .comment("partner since 2014")
 *     .build();
 * AllowedDomain.of(Domain.parse("northwind.com"));     // no pin, UseSourceVerification
 * }</pre>
 */
@EdgewiseStyle
@Value.Immutable
public abstract class AllowedDomain {

  AllowedDomain() {}

  /** {@code Identity}/{@code Domain}: the partner's SIP domain. */
  public abstract Domain domain();

  /**
   * {@code ProxyFqdn}: the partner's Access Edge. When present, inbound traffic for the domain must
   * arrive from it; when absent, the partner is found by DNS SRV.
   */
  public abstract Optional<Domain> proxyFqdn();

  /**
   * {@code VerificationLevel} (Skype for Business Server 2015 and later). Default {@link
   * VerificationLevel#USE_SOURCE_VERIFICATION}.
   */
  @Value.Default
  public VerificationLevel verificationLevel() {
    return VerificationLevel.USE_SOURCE_VERIFICATION;
  }

  /** {@code Comment}: free text, no effect on decisions. */
  public abstract Optional<String> comment();

  /** {@code MarkForMonitoring}: Monitoring Server only, no effect on decisions. Default false. */
  @Value.Default
  public boolean markForMonitoring() {
    return false;
  }

  /** Returns a builder that starts from this entry's values. */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  /** Returns an empty builder; {@link Builder#domain(Domain)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns an entry for the domain with every other setting at its default. */
  public static AllowedDomain of(Domain domain) {
    return builder().domain(domain).build();
  }

  /**
   * Builds {@link AllowedDomain} values.
   *
   * <pre>{@code
   * AllowedDomain a = AllowedDomain.builder().domain(Domain.parse("fabrikam.com")).build();
   * }</pre>
   */
  public static final class Builder extends ImmutableAllowedDomain.Builder {
    Builder() {}
  }
}
