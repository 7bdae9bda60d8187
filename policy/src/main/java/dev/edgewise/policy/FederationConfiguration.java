package dev.edgewise.policy;

import dev.edgewise.address.Domain;
import dev.edgewise.address.SipUri;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an organization's admin sets that decides whether its users may talk to public
 * provider users such as Skype and to other organizations: the configuration the external-access
 * evaluator compiles.
 *
 * <p>It has one of two shapes, told apart by {@link #platform()} or by type: {@link
 * OnPremisesConfiguration} (Lync Server 2013 / Skype for Business Server: Access Edge, policies at
 * global, site and user scope, allowed and blocked domains, public and hosting providers, sites)
 * and {@link OnlineTenantConfiguration} (Lync Online / Office 365: External Access, Public IM
 * Connectivity, the tenant federation fields, per-user policies when assigned). A sealed interface
 * rather than one type with a platform flag, so that settings of one platform cannot be set on the
 * other and a later platform (Teams-era consumer settings) is one more shape, not new flags on the
 * old ones. What both shapes share is here.
 *
 * <p>Values are immutable and thread-safe. Building checks each object's own settings ({@link
 * IllegalArgumentException}); contradictions between objects are reported all at once by {@link
 * #validate()} and enforced by {@link #requireValid()}.
 *
 * <pre>{@code
 * FederationConfiguration c = OnPremisesConfiguration.freshInstall().toBuilder()
 *     .addSipDomains(Domain.parse("contoso.com"))
 *     .addUsers(LocalUser.of(SipUri.parse("sip:alice@contoso.com")))
 *     .build();
 * c.validate();                                                  // []
 * c.effectivePolicy(SipUri.parse("sip:alice@contoso.com"))
 *     .orElseThrow().basis();                                    // GLOBAL_POLICY
 * }</pre>
 */
public sealed interface FederationConfiguration
    permits OnPremisesConfiguration, OnlineTenantConfiguration {

  /** Returns which shape this is. */
  Platform platform();

  /** Returns the product; its {@link Product#platform()} is {@link #platform()}. */
  Product product();

  /** The organization's own SIP domains; remote parties in them are internal. */
  List<Domain> sipDomains();

  /** The organization's users. A user not listed here is denied every external request. */
  List<LocalUser> users();

  /**
   * The external access policies other than the on-premises {@code Global} one: site and per-user
   * policies on-premises, per-user policies online.
   */
  List<ExternalAccessPolicy> externalAccessPolicies();

  /** The public providers, such as Skype. */
  List<PublicProvider> publicProviders();

  /**
   * The conferencing policies, which decide whether a user's meetings admit anonymous
   * participants; see {@link ConferencingPolicy}.
   */
  List<ConferencingPolicy> conferencingPolicies();

  /** The XMPP allowed partners; see {@link XmppPartner}. */
  List<XmppPartner> xmppPartners();

  /** The connectivity era; see {@link ConnectivityEra}. */
  ConnectivityEra era();

  /**
   * {@code EnablePrivacyMode} ({@code Set-CsPrivacyConfiguration}): users may show their presence
   * to their contacts only. Default false.
   */
  boolean enablePrivacyMode();

  /** PIC provisioning state per SIP domain; consulted only in era {@code PIC_PROVISIONING}. */
  Map<Domain, ProvisioningState> picProvisioning();

  /** Returns the provisioning state of a SIP domain, {@code NOT_REQUESTED} when none is given. */
  ProvisioningState picProvisioningState(Domain sipDomain);

  /** Returns whether the domain is one of the organization's SIP domains (exact match). */
  boolean isSipDomain(Domain domain);

  /** Returns the declared user with this SIP URI (compared with {@code equals}), if any. */
  Optional<LocalUser> user(SipUri sipUri);

  /** Returns the policy with this identity, the on-premises {@code Global} included. */
  Optional<ExternalAccessPolicy> policy(PolicyIdentity identity);

  /**
   * Resolves which external access policy is in force for a declared user, and why; empty if the
   * user is not declared. On a configuration with errors, a grant of a policy that does not exist
   * is ignored.
   */
  Optional<EffectivePolicy> effectivePolicy(SipUri user);

  /** Returns how many declared users the policy with this identity is in force for. */
  int usersInForce(PolicyIdentity identity);

  /**
   * Returns every problem of this configuration, errors and warnings, in a deterministic order (by
   * {@link ConfigurationProblem.Code}, then subject, then message) that does not depend on the
   * order in which entries were added. Empty when the configuration is consistent.
   */
  List<ConfigurationProblem> validate();

  /**
   * Returns this configuration if it has no errors (warnings are allowed).
   *
   * @throws InvalidConfigurationException carrying every error, if there is one
   */
  FederationConfiguration requireValid();
}
