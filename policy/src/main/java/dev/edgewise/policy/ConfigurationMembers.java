package dev.edgewise.policy;

import dev.edgewise.address.Domain;
import dev.edgewise.address.SipUri;
import dev.edgewise.policy.internal.eval.CompiledConfiguration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The members both configuration shapes share, written once: the shared settings and the queries
 * that read the one compiled form ({@link CompiledConfiguration}). The records themselves stay
 * plain data; the compiled form is built lazily, once per configuration, by whoever asks first.
 * Doors go one way: these members delegate to the compiled form and the validator, which read the
 * records' data accessors only, never these queries, and the validator's cross-checks read the
 * compiled form, so a configuration is indexed once whether it is validated, evaluated or both.
 */
abstract class ConfigurationMembers {

  ConfigurationMembers() {}

  /** The organization's own SIP domains; remote parties in them are internal. */
  public abstract List<Domain> sipDomains();

  /** The organization's users. A user not listed here is denied every external request. */
  public abstract List<LocalUser> users();

  /** PIC provisioning state per SIP domain; consulted only in era {@code PIC_PROVISIONING}. */
  public abstract Map<Domain, ProvisioningState> picProvisioning();

  /**
   * The conferencing policies: on-premises {@code Global} (when absent, {@link
   * ConferencingPolicy#global()}), site and per-user ones; online per-user ones.
   */
  public abstract List<ConferencingPolicy> conferencingPolicies();

  /** The XMPP allowed partners ({@code Get-CsXmppAllowedPartner}). */
  public abstract List<XmppPartner> xmppPartners();

  /** The connectivity era. Default {@link ConnectivityEra#DNS_SRV_DISCOVERY}. */
  @Value.Default
  public ConnectivityEra era() {
    return ConnectivityEra.DNS_SRV_DISCOVERY;
  }

  /**
   * {@code EnablePrivacyMode} of the privacy configuration ({@code Set-CsPrivacyConfiguration}):
   * when on, users may let only the people on their contact list see their presence. Default
   * false. The client gate reads it for inbound presence.
   */
  @Value.Default
  public boolean enablePrivacyMode() {
    return false;
  }

  /** The compiled form, built on first use and kept. */
  @Value.Lazy
  CompiledConfiguration compiled() {
    return CompiledConfiguration.of(self());
  }

  private FederationConfiguration self() {
    // Only the two permitted shapes extend this class, and both are FederationConfigurations.
    return (FederationConfiguration) this;
  }

  /** Returns the provisioning state of a SIP domain, {@code NOT_REQUESTED} when none is given. */
  public final ProvisioningState picProvisioningState(Domain sipDomain) {
    return picProvisioning().getOrDefault(sipDomain, ProvisioningState.NOT_REQUESTED);
  }

  /** Returns whether the domain is one of the organization's SIP domains (exact match). */
  public final boolean isSipDomain(Domain domain) {
    return compiled().isSipDomain(domain);
  }

  /** Returns the declared user with this SIP URI, if any. */
  public final Optional<LocalUser> user(SipUri sipUri) {
    return compiled().user(sipUri);
  }

  /** Returns the policy with this identity, the on-premises {@code Global} included. */
  public final Optional<ExternalAccessPolicy> policy(PolicyIdentity identity) {
    return compiled().policy(identity);
  }

  /** Resolves which external access policy is in force for a declared user, and why. */
  public final Optional<EffectivePolicy> effectivePolicy(SipUri user) {
    return compiled().effectivePolicy(user);
  }

  /** Returns how many declared users the policy with this identity is in force for. */
  public final int usersInForce(PolicyIdentity identity) {
    return compiled().usersInForce(identity);
  }

  /** Returns every problem of this configuration; see {@link FederationConfiguration#validate()}. */
  public final List<ConfigurationProblem> validate() {
    return ConfigurationValidator.validate(compiled());
  }
}
