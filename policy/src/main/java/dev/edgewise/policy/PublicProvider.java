package dev.edgewise.policy;

import com.google.common.base.CharMatcher;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.edgewise.address.Domain;
import dev.edgewise.address.NameDecoration;
import dev.edgewise.core.Modality;
import dev.edgewise.core.internal.EdgewiseStyle;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A public IM provider the organization federates with ({@code New-CsPublicProvider}), such as
 * Skype: its identity and Access Edge, whether it is enabled, how its messages are verified, how
 * its users' addresses are written, and which modalities cross to it.
 *
 * <p>A provider's users are recognized by the name-decoration settings: accounts at the routing
 * domain or an excluded domain are written as they are ({@code bob@outlook.com}); any other
 * Microsoft account is written decorated, {@code bob(fabrikam.com)@msn.com}. The two settings are
 * kept as the cmdlet has them; {@link FederationConfiguration#validate()} reports a routing domain
 * missing from its own excluded list ({@link
 * ConfigurationProblem.Code#ROUTING_DOMAIN_NOT_EXCLUDED}).
 *
 * <p>A fresh install ships {@link #yahoo()}, {@link #aim()} and {@link #messenger()}, configured
 * but disabled. Messenger's proxy FQDN is Skype's, and proxy FQDNs are unique across providers,
 * which is why the published instructions remove Messenger before creating {@link #skype()}.
 *
 * <pre>{@code
 * // New-CsPublicProvider -Identity Skype -ProxyFqdn federation.messenger.msn.com
 * //     -VerificationLevel AlwaysVerifiable -Enabled 1
 * PublicProvider skype = PublicProvider.skype();
 * skype.capabilities();                        // [IM, PRESENCE, AUDIO]: the launch preset
 * skype.nameDecorationRoutingDomain();         // Optional[msn.com]
 * PublicProvider withVideo = skype.toBuilder()
 *     .capabilities(CapabilityPreset.WITH_VIDEO.modalities()).build();
 * }</pre>
 */
@EdgewiseStyle
@Value.Immutable
public abstract class PublicProvider {

  /** The proxy FQDN of Skype and of the historic Messenger (MSN) provider. */
  public static final String MESSENGER_PROXY_FQDN = "federation.messenger.msn.com";

  PublicProvider() {}

  /** {@code Identity}, such as {@code Skype}; unique, ignoring case, across all providers. */
  public abstract String identity();

  /** {@code ProxyFqdn}: the provider's Access Edge; unique across all providers. */
  public abstract Domain proxyFqdn();

  /** {@code IconUrl}: the icon shown beside the provider's contacts, if set. */
  public abstract Optional<String> iconUrl();

  /** {@code Enabled}: whether users may communicate with the provider's users. Default false. */
  @Value.Default
  public boolean enabled() {
    return false;
  }

  /** {@code VerificationLevel}. Default {@link VerificationLevel#ALWAYS_VERIFIABLE}. */
  @Value.Default
  public VerificationLevel verificationLevel() {
    return VerificationLevel.ALWAYS_VERIFIABLE;
  }

  /**
   * {@code NameDecorationRoutingDomain}: the domain decorated accounts are written under ({@code
   * msn.com} for Skype); empty for providers without name decoration, such as Yahoo!.
   */
  public abstract Optional<Domain> nameDecorationRoutingDomain();

  /**
   * {@code NameDecorationExcludedDomainList}: the provider's native domains, whose accounts are
   * written without decoration. Must contain the routing domain when one is set.
   */
  public abstract Set<Domain> nameDecorationExcludedDomains();

  /** {@code EnableSkypeIdRouting}. Default false. Directory search only, no gating effect. */
  @Value.Default
  public boolean enableSkypeIdRouting() {
    return false;
  }

  /** {@code EnableSkypeDirectorySearch}. Default false. Directory search only. */
  @Value.Default
  public boolean enableSkypeDirectorySearch() {
    return false;
  }

  /**
   * The modalities that cross to this provider; see {@link CapabilityPreset}. Default {@link
   * CapabilityPreset#LAUNCH}. Not a cmdlet setting: the caller chooses the period it models.
   */
  @Value.Default
  public Set<Modality> capabilities() {
    return CapabilityPreset.LAUNCH.modalities();
  }

  /**
   * Returns the decoration rule of the two name-decoration settings, or empty when no routing
   * domain is set or the routing domain is missing from the excluded list (an error {@link
   * FederationConfiguration#validate()} reports).
   */
  @Value.Lazy
  public Optional<NameDecoration> nameDecoration() {
    Optional<Domain> routing = nameDecorationRoutingDomain();
    if (routing.isEmpty() || !nameDecorationExcludedDomains().contains(routing.get())) {
      return Optional.empty();
    }
    return Optional.of(NameDecoration.of(routing.get(), nameDecorationExcludedDomains()));
  }

  /** Returns whether the provider carries the modality. */
  public final boolean supports(Modality modality) {
    return capabilities().contains(modality);
  }

  /**
   * Returns the provider's own domains: the routing domain and the excluded domains, the domains
   * whose users are this provider's users.
   */
  @Value.Lazy
  public Set<Domain> providerDomains() {
    LinkedHashSet<Domain> all = new LinkedHashSet<>();
    nameDecorationRoutingDomain().ifPresent(all::add);
    all.addAll(nameDecorationExcludedDomains());
    return Collections.unmodifiableSet(all);
  }

  @Value.Check
  final void check() {
    if (identity().isEmpty() || !CharMatcher.whitespace().trimFrom(identity()).equals(identity())) {
      throw new IllegalArgumentException(
          "a public provider identity is non-empty without surrounding white space: '"
              + identity()
              + "'");
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
   * Returns Skype as Microsoft's instructions create it: {@code federation.messenger.msn.com},
   * enabled, {@code AlwaysVerifiable}, the default name decoration, the launch capabilities.
   */
  public static PublicProvider skype() {
    return withDefaultDecoration(builder().identity("Skype")).enabled(true).build();
  }

  /**
   * Returns the fresh-install Messenger provider, identity {@code MSN}: {@code
   * federation.messenger.msn.com}, disabled, with the default name decoration.
   */
  public static PublicProvider messenger() {
    return withDefaultDecoration(builder().identity("MSN")).build();
  }

  /**
   * Returns the fresh-install Yahoo! provider, identity {@code Yahoo}, proxy FQDN {@code
   * sip.yahoo.com}, disabled, IM and presence only, no name decoration.
   */
  public static PublicProvider yahoo() {
    return builder()
        .identity("Yahoo")
        .proxyFqdn(Domain.parse("sip.yahoo.com"))
        .capabilities(CapabilityPreset.IM_AND_PRESENCE.modalities())
        .build();
  }

  /**
   * Returns the fresh-install AIM provider, identity {@code AOL}, proxy FQDN {@code
   * sip.oscar.aol.com}, disabled, IM and presence only, no name decoration.
   */
  public static PublicProvider aim() {
    return builder()
        .identity("AOL")
        .proxyFqdn(Domain.parse("sip.oscar.aol.com"))
        .capabilities(CapabilityPreset.IM_AND_PRESENCE.modalities())
        .build();
  }

  private static Builder withDefaultDecoration(Builder b) {
    b.proxyFqdn(Domain.parse(MESSENGER_PROXY_FQDN));
    return b.nameDecoration(NameDecoration.defaults());
  }

  /**
   * Builds {@link PublicProvider} values.
   *
   * <pre>{@code
   * PublicProvider p = PublicProvider.builder()
   *     .identity("Skype").proxyFqdn(Domain.parse("federation.messenger.msn.com"))
   *     .enabled(true).build();
   * }</pre>
   */
  public static final class Builder extends ImmutablePublicProvider.Builder {
    Builder() {}

    /**
     * Sets both name-decoration settings from a decoration rule: {@code
     * NameDecorationRoutingDomain} and {@code NameDecorationExcludedDomainList}.
     *
     * <pre>{@code
     * PublicProvider.builder().nameDecoration(NameDecoration.defaults());
     * }</pre>
     */
    @CanIgnoreReturnValue
    public Builder nameDecoration(NameDecoration rules) {
      nameDecorationRoutingDomain(rules.routingDomain());
      nameDecorationExcludedDomains(rules.excludedDomains());
      return this;
    }
  }
}
