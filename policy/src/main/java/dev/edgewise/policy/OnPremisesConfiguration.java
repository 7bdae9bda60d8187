package dev.edgewise.policy;

import dev.edgewise.address.Domain;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.internal.EdgewiseStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The federation configuration of an on-premises Lync Server 2013 or Skype for Business Server
 * deployment: the Access Edge, the external access policies (global, site and per-user) and their
 * grants, the allowed and blocked domains, the public and hosting providers, and the organization's
 * SIP domains, sites and users.
 *
 * <p>{@link #freshInstall()} is what a new deployment ships: federation off, the Global policy all
 * off, and the public providers Yahoo!, AIM and Messenger configured but disabled. Lists keep the
 * order and the duplicates they were given, so that {@link #validate()} can report duplicates the
 * way the server refuses them; equality compares them in order.
 *
 * <pre>{@code
 * // The base configuration of the normative examples.
 * OnPremisesConfiguration c = OnPremisesConfiguration.builder()
 *     .accessEdge(AccessEdgeConfiguration.builder().allowFederatedUsers(true).build())
 *     .globalPolicy(ExternalAccessPolicy.global().toBuilder()
 *         .enableFederationAccess(true).enablePublicCloudAccess(true).build())
 *     .addPublicProviders(PublicProvider.skype())
 *     .addSipDomains(Domain.parse("contoso.com"))
 *     .addSites("Redmond")
 *     .addUsers(LocalUser.builder().sipUri(SipUri.parse("sip:alice@contoso.com"))
 *         .site("Redmond").build())
 *     .addUsers(LocalUser.of(SipUri.parse("sip:carol@contoso.com")))
 *     .build()
 *     .requireValid();
 * }</pre>
 */
@EdgewiseStyle
@Value.Immutable
public abstract non-sealed class OnPremisesConfiguration extends ConfigurationMembers
    implements FederationConfiguration {

  OnPremisesConfiguration() {}

  /** Returns {@link Platform#ON_PREMISES}. */
  @Override
  public final Platform platform() {
    return Platform.ON_PREMISES;
  }

  /**
   * The product deployed. Default {@link Product#SKYPE_FOR_BUSINESS_SERVER_2019}; must be an
   * on-premises product.
   */
  @Override
  @Value.Default
  public Product product() {
    return Product.SKYPE_FOR_BUSINESS_SERVER_2019;
  }

  /** The Access Edge configuration. Default {@link AccessEdgeConfiguration#freshInstall()}. */
  @Value.Default
  public AccessEdgeConfiguration accessEdge() {
    return AccessEdgeConfiguration.freshInstall();
  }

  /**
   * The {@code Global} external access policy, which always exists. Default (and after a reset)
   * {@link ExternalAccessPolicy#global()}: every setting off.
   */
  @Value.Default
  public ExternalAccessPolicy globalPolicy() {
    return ExternalAccessPolicy.global();
  }

  /** The site ({@code site:<name>}) and per-user ({@code Tag:<name>}) policies. */
  @Override
  public abstract List<ExternalAccessPolicy> externalAccessPolicies();

  /** The allowed list ({@code Get-CsAllowedDomain}). */
  public abstract List<AllowedDomain> allowedDomains();

  /** The blocked list ({@code Get-CsBlockedDomain}). */
  public abstract List<BlockedDomain> blockedDomains();

  @Override
  public abstract List<PublicProvider> publicProviders();

  /** The hosting providers ({@code Get-CsHostingProvider}). */
  public abstract List<HostingProvider> hostingProviders();

  /** The names of the organization's sites. */
  public abstract Set<String> sites();

  @Override
  public final OnPremisesConfiguration requireValid() {
    ConfigurationValidator.requireValid(validate());
    return this;
  }

  /**
   * Returns a copy whose Global policy is reset to the fresh-install values, as {@code
   * Remove-CsExternalAccessPolicy -Identity Global} does (the Global policy cannot be deleted).
   */
  public final OnPremisesConfiguration resetGlobalPolicy() {
    return toBuilder().globalPolicy(ExternalAccessPolicy.global()).build();
  }

  @Value.Check
  final void check() {
    if (product().platform() != Platform.ON_PREMISES) {
      throw new IllegalArgumentException("not an on-premises product: " + product());
    }
    if (!globalPolicy().identity().isGlobal()) {
      throw new IllegalArgumentException(
          "the global policy must have the identity Global: " + globalPolicy().identity());
    }
  }

  /** Returns a builder that starts from this configuration's values. */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Returns an empty builder: fresh-install edge and Global policy, but no providers, domains or
   * users. Start from {@link #freshInstall()} to keep the shipped public providers.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a fresh install: federation and public IM connectivity off, the Global policy all off,
   * no domains, users or sites, and the public providers {@link PublicProvider#yahoo()}, {@link
   * PublicProvider#aim()} and {@link PublicProvider#messenger()} present but disabled.
   */
  public static OnPremisesConfiguration freshInstall() {
    return builder()
        .addPublicProviders(
            PublicProvider.yahoo(), PublicProvider.aim(), PublicProvider.messenger())
        .build();
  }

  /**
   * Builds {@link OnPremisesConfiguration} values.
   *
   * <pre>{@code
   * OnPremisesConfiguration c = OnPremisesConfiguration.builder()
   *     .addSipDomains(Domain.parse("contoso.com")).build();
   * }</pre>
   */
  public static final class Builder extends ImmutableOnPremisesConfiguration.Builder {
    Builder() {}
  }
}
