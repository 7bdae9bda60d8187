package dev.edgewise.policy;

import dev.edgewise.address.Domain;
import dev.edgewise.core.internal.EdgewiseStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An external access policy ({@code New-CsExternalAccessPolicy}): what the users it is in force for
 * may do with people outside the organization.
 *
 * <p>Its {@link #identity()} says where it applies: {@code Global}, {@code site:<name>}, or a
 * per-user {@code Tag:<name>} that does nothing until granted to a user with {@link
 * LocalUser#externalAccessPolicy()}. The single most specific policy in force for a user decides,
 * as a whole object: no setting falls back to a less specific policy (see {@link
 * FederationConfiguration#effectivePolicy}). Every setting defaults to {@code false}, the Lync and
 * Skype for Business Server value; the online value of {@code EnableFederationAccess} differs,
 * which is why {@link OnlineTenantConfiguration} only consults per-user policies that are assigned.
 *
 * <pre>{@code
 * ExternalAccessPolicy noPic = ExternalAccessPolicy.builder()
 *     .identity(PolicyIdentity.tag("NoPic"))
 *     .enableFederationAccess(true)        // federation on, public IM off
 *     .build();
 * ExternalAccessPolicy.global();           // fresh-install Global: everything off
 * }</pre>
 */
@EdgewiseStyle
@Value.Immutable
public abstract class ExternalAccessPolicy {

  ExternalAccessPolicy() {}

  /** Where the policy applies: {@code Global}, {@code site:<name>} or {@code Tag:<name>}. */
  public abstract PolicyIdentity identity();

  /**
   * {@code EnableFederationAccess}: users may communicate with federated domains and hosted
   * organizations. Default {@code false}.
   */
  @Value.Default
  public boolean enableFederationAccess() {
    return false;
  }

  /**
   * {@code EnablePublicCloudAccess}: users may communicate with public provider users such as
   * Skype. Default {@code false}.
   */
  @Value.Default
  public boolean enablePublicCloudAccess() {
    return false;
  }

  /**
   * {@code EnablePublicCloudAudioVideoAccess}: users may also call public provider users, with
   * audio or video. Default {@code false}.
   */
  @Value.Default
  public boolean enablePublicCloudAudioVideoAccess() {
    return false;
  }

  /**
   * {@code EnableOutsideAccess}: users may sign in from the Internet without VPN (remote access;
   * not modelled by the evaluator). Default {@code false}.
   */
  @Value.Default
  public boolean enableOutsideAccess() {
    return false;
  }

  /**
   * {@code EnableXmppAccess}: users may communicate with XMPP partners (not modelled by the
   * evaluator). Default {@code false}.
   */
  @Value.Default
  public boolean enableXmppAccess() {
    return false;
  }

  /**
   * {@code EnableTeamsConsumerAccess} (Teams tenants only): users may communicate with people who
   * use Teams with an account no organization manages. Default {@code true}, the value Microsoft
   * documents for it.
   */
  @Value.Default
  public boolean enableTeamsConsumerAccess() {
    return true;
  }

  /**
   * {@code EnableTeamsConsumerInbound} (Teams tenants only): such people may start conversations
   * with the users. Default {@code true}.
   */
  @Value.Default
  public boolean enableTeamsConsumerInbound() {
    return true;
  }

  /**
   * {@code CommunicationWithExternalOrgs} (Teams tenants only), in effect only when {@link
   * #enableFederationAccess()} is on. Default {@link
   * CommunicationWithExternalOrgs#ORGANIZATION_DEFAULT}, the Global policy's only value.
   */
  @Value.Default
  public CommunicationWithExternalOrgs communicationWithExternalOrgs() {
    return CommunicationWithExternalOrgs.ORGANIZATION_DEFAULT;
  }

  /**
   * {@code AllowedExternalDomains}: consulted when {@link #communicationWithExternalOrgs()} is
   * {@code AllowSpecificExternalDomains}.
   */
  public abstract List<Domain> allowedExternalDomains();

  /**
   * {@code BlockedExternalDomains}: consulted when {@link #communicationWithExternalOrgs()} is
   * {@code BlockSpecificExternalDomains}.
   */
  public abstract List<Domain> blockedExternalDomains();

  /**
   * Returns whether any Teams-only setting differs from its default: such a policy describes a
   * Teams tenant.
   *
   * <pre>{@code
   * ExternalAccessPolicy.global().hasTeamsSettings();   // false
   * }</pre>
   */
  public final boolean hasTeamsSettings() {
    return !enableTeamsConsumerAccess()
        || !enableTeamsConsumerInbound()
        || communicationWithExternalOrgs() != CommunicationWithExternalOrgs.ORGANIZATION_DEFAULT
        || !allowedExternalDomains().isEmpty()
        || !blockedExternalDomains().isEmpty();
  }

  /** {@code Description}: free text, no effect on decisions. */
  public abstract Optional<String> description();

  /** Returns the scope of {@link #identity()}. */
  public final PolicyScope scope() {
    return identity().scope();
  }

  /** Returns a builder that starts from this policy's values. */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  /** Returns an empty builder; {@link Builder#identity(PolicyIdentity)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the {@code Global} policy as a fresh install ships it, and as removing the Global
   * policy resets it: every setting off.
   */
  public static ExternalAccessPolicy global() {
    return builder().identity(PolicyIdentity.global()).build();
  }

  /** Returns a policy with the given identity and every setting off. */
  public static ExternalAccessPolicy allOff(PolicyIdentity identity) {
    return builder().identity(identity).build();
  }

  /**
   * Builds {@link ExternalAccessPolicy} values.
   *
   * <pre>{@code
   * ExternalAccessPolicy p = ExternalAccessPolicy.builder()
   *     .identity(PolicyIdentity.site("Redmond")).enablePublicCloudAccess(true).build();
   * }</pre>
   */
  public static final class Builder extends ImmutableExternalAccessPolicy.Builder {
    Builder() {}
  }
}
