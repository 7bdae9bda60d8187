package dev.edgewise.policy;

import dev.edgewise.address.Domain;
import dev.edgewise.core.internal.EdgewiseStyle;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A hosting provider ({@code New-CsHostingProvider}): an organization whose edge serves other
 * organizations' SIP domains, such as Office 365. Federating with a hoster federates with every
 * organization it hosts; the domains it hosts are not a cmdlet setting, so the caller declares them
 * in {@link #hostedDomains()}.
 *
 * <pre>{@code
 * HostingProvider o365 = HostingProvider.builder()
 *     .identity("LyncOnline")
 *     .proxyFqdn(Domain.parse("sipfed.online.lync.com"))
 *     .enabled(true)
 *     .addHostedDomains(Domain.parse("fabrikam.onmicrosoft.com"))
 *     .build();
 * }</pre>
 */
@EdgewiseStyle
@Value.Immutable
public abstract class HostingProvider {

  HostingProvider() {}

  /** {@code Identity}; unique, ignoring case, across public and hosting providers. */
  public abstract String identity();

  /** {@code ProxyFqdn}: the hoster's Access Edge; unique across all providers. */
  public abstract Domain proxyFqdn();

  /** {@code Enabled}: no messages are exchanged until true. Default false. */
  @Value.Default
  public boolean enabled() {
    return false;
  }

  /** {@code EnabledSharedAddressSpace}: the hoster shares our SIP domain (split domain). */
  @Value.Default
  public boolean enabledSharedAddressSpace() {
    return false;
  }

  /** {@code HostsOCSUsers}: the hoster hosts Lync or Skype for Business accounts. */
  @Value.Default
  public boolean hostsOcsUsers() {
    return false;
  }

  /** {@code IsLocal}: the proxy is inside the organization's topology. Default false. */
  @Value.Default
  public boolean isLocal() {
    return false;
  }

  /** {@code VerificationLevel}. Default {@link VerificationLevel#ALWAYS_VERIFIABLE}. */
  @Value.Default
  public VerificationLevel verificationLevel() {
    return VerificationLevel.ALWAYS_VERIFIABLE;
  }

  /** {@code AutodiscoverUrl}, if set. No gating effect. */
  public abstract Optional<String> autodiscoverUrl();

  /** {@code SipClientPort}, 1 to 65535. Default 443. No gating effect. */
  @Value.Default
  public int sipClientPort() {
    return 443;
  }

  /** The SIP domains the caller declares this provider hosts. */
  public abstract Set<Domain> hostedDomains();

  @Value.Check
  final void check() {
    ConfigurationNames.check("a hosting provider identity", identity());
    if (sipClientPort() < 1 || sipClientPort() > 65535) {
      throw new IllegalArgumentException("SipClientPort must be 1 to 65535: " + sipClientPort());
    }
  }

  /** Returns a builder that starts from this provider's values. */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  /** Returns an empty builder; identity and proxy FQDN are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link HostingProvider} values.
   *
   * <pre>{@code
   * HostingProvider h = HostingProvider.builder()
   *     .identity("Hoster").proxyFqdn(Domain.parse("edge.hoster.net")).build();
   * }</pre>
   */
  public static final class Builder extends ImmutableHostingProvider.Builder {
    Builder() {}
  }
}
