package dev.edgewise.policy;

import dev.edgewise.address.Domain;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.internal.EdgewiseStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The federation configuration of a Lync Online / Office 365 tenant: External Access, Public IM
 * Connectivity, the {@code Set-CsTenantFederationConfiguration} fields that decide access, the
 * per-user external access policies assigned to users, and the tenant's SIP domains and users.
 *
 * <p>External Access is derived from the fields as the admin center shows it ({@link
 * #externalAccess()}): Off when {@code AllowFederatedUsers} is false; on except for blocked domains
 * with {@code AllowAllKnownDomains}; on only for allowed domains with an allow list, in which mode
 * the blocked list is ignored (and {@link #validate()} warns). Only per-user policies that are
 * assigned are consulted; Global or site policies listed here are ignored with a warning.
 *
 * <pre>{@code
 * OnlineTenantConfiguration t = OnlineTenantConfiguration.freshTenant().toBuilder()
 *     .allowedDomains(TenantAllowedDomains.allowList(List.of(Domain.parse("fabrikam.com"))))
 *     .addSipDomains(Domain.parse("contoso.com"))
 *     .addUsers(LocalUser.of(SipUri.parse("sip:alice@contoso.com")))
 *     .build();
 * t.externalAccess();         // ON_ONLY_ALLOWED
 * t.publicImConnectivity();   // true
 * }</pre>
 */
@EdgewiseStyle
@Value.Immutable
public abstract non-sealed class OnlineTenantConfiguration extends ConfigurationMembers
    implements FederationConfiguration {

  OnlineTenantConfiguration() {}

  /** Returns {@link Platform#ONLINE}. */
  @Override
  public final Platform platform() {
    return Platform.ONLINE;
  }

  /**
   * The online product. Default {@link Product#SKYPE_FOR_BUSINESS_ONLINE}; must be an online
   * product.
   */
  @Override
  @Value.Default
  public Product product() {
    return Product.SKYPE_FOR_BUSINESS_ONLINE;
  }

  @Value.Check
  final void checkProduct() {
    if (product().platform() != Platform.ONLINE) {
      throw new IllegalArgumentException("not an online product: " + product());
    }
  }

  /** {@code AllowFederatedUsers}: the master switch of External Access. Default true. */
  @Value.Default
  public boolean allowFederatedUsers() {
    return true;
  }

  /** {@code AllowedDomains}. Default {@link TenantAllowedDomains#allowAllKnownDomains()}. */
  @Value.Default
  public TenantAllowedDomains allowedDomains() {
    return TenantAllowedDomains.allowAllKnownDomains();
  }

  /** {@code BlockedDomains}: honoured only with {@code AllowAllKnownDomains}. */
  public abstract List<Domain> blockedDomains();

  /** {@code BlockAllSubdomains}: blocked entries also block their subdomains. Default false. */
  @Value.Default
  public boolean blockAllSubdomains() {
    return false;
  }

  /** {@code AllowPublicUsers}: Public IM Connectivity (Skype). Default true. */
  @Value.Default
  public boolean allowPublicUsers() {
    return true;
  }

  /**
   * {@code AllowTeamsConsumer} (Teams tenants): users may communicate with people using Teams with
   * an account no organization manages. Default true.
   */
  @Value.Default
  public boolean allowTeamsConsumer() {
    return true;
  }

  /**
   * {@code AllowTeamsConsumerInbound} (Teams tenants): such people may find the users and start
   * conversations with them; when off, the users may still start them. Default true.
   */
  @Value.Default
  public boolean allowTeamsConsumerInbound() {
    return true;
  }

  /**
   * {@code TreatDiscoveredPartnersAsUnverified} (Teams tenants): a message from a discovered
   * partner is delivered only if the sender is on the recipient's contact list. Edgewise's reading:
   * with {@code AllowAllKnownDomains} every federated domain counts as discovered; with an allow
   * list none does. Default false.
   */
  @Value.Default
  public boolean treatDiscoveredPartnersAsUnverified() {
    return false;
  }

  /**
   * {@code ExternalAccessWithTrialTenants} (Teams tenants). Default {@link
   * TrialTenantAccess#BLOCKED}.
   */
  @Value.Default
  public TrialTenantAccess externalAccessWithTrialTenants() {
    return TrialTenantAccess.BLOCKED;
  }

  /**
   * {@code AllowedTrialTenantDomains} (Teams tenants): trial-only tenants reached even while
   * {@link #externalAccessWithTrialTenants()} is {@code Blocked}.
   */
  public abstract List<Domain> allowedTrialTenantDomains();

  /**
   * {@code SharedSipAddressSpace} (Teams tenants): the tenant shares its SIP domains with an
   * on-premises deployment (hybrid split domain). Default false. When true, the users the tenant
   * declares are homed in it, and any other user of its SIP domains may be homed on premises and
   * is reached over federation, so {@link #allowFederatedUsers()} decides requests to and from
   * them (the split-domain rows of {@code docs/policy.md}).
   */
  @Value.Default
  public boolean sharedSipAddressSpace() {
    return false;
  }

  /**
   * Returns whether any Teams-only tenant setting differs from its default.
   *
   * <pre>{@code
   * OnlineTenantConfiguration.freshTenant().hasTeamsSettings();   // false
   * }</pre>
   */
  public final boolean hasTeamsSettings() {
    return !allowTeamsConsumer()
        || !allowTeamsConsumerInbound()
        || treatDiscoveredPartnersAsUnverified()
        || externalAccessWithTrialTenants() != TrialTenantAccess.BLOCKED
        || !allowedTrialTenantDomains().isEmpty()
        || sharedSipAddressSpace();
  }

  /** Returns External Access as the admin center shows it, derived from the fields. */
  public final ExternalAccessMode externalAccess() {
    if (!allowFederatedUsers()) {
      return ExternalAccessMode.OFF;
    }
    return allowedDomains().isAllowList()
        ? ExternalAccessMode.ON_ONLY_ALLOWED
        : ExternalAccessMode.ON_EXCEPT_BLOCKED;
  }

  /** Returns whether Public IM Connectivity is on ({@code AllowPublicUsers}). */
  public final boolean publicImConnectivity() {
    return allowPublicUsers();
  }

  /** The per-user policies that may be assigned to the tenant's users. */
  @Override
  public abstract List<ExternalAccessPolicy> externalAccessPolicies();

  /** The public providers; {@link #freshTenant()} has {@link PublicProvider#skype()}. */
  @Override
  public abstract List<PublicProvider> publicProviders();

  @Override
  public final OnlineTenantConfiguration requireValid() {
    ConfigurationValidator.requireValid(validate());
    return this;
  }

  /** Returns a builder that starts from this configuration's values. */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  /** Returns an empty builder: tenant defaults, but no public provider, domains or users. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a new tenant's defaults: External Access on except for blocked domains ({@code
   * AllowFederatedUsers} true, {@code AllowAllKnownDomains}, nothing blocked), Public IM
   * Connectivity on, {@code BlockAllSubdomains} off, the public provider {@link
   * PublicProvider#skype()}, no per-user policies, no domains or users.
   */
  public static OnlineTenantConfiguration freshTenant() {
    return builder().addPublicProviders(PublicProvider.skype()).build();
  }

  /**
   * Builds {@link OnlineTenantConfiguration} values.
   *
   * <pre>{@code
   * OnlineTenantConfiguration t = OnlineTenantConfiguration.builder()
   *     .allowFederatedUsers(false).build();   // External Access Off
   * }</pre>
   */
  public static final class Builder extends ImmutableOnlineTenantConfiguration.Builder {
    Builder() {}
  }
}
