package dev.edgewise.policy;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.edgewise.address.Domain;
import dev.edgewise.address.NameDecoration;
import dev.edgewise.core.Modality;
import dev.edgewise.core.internal.EdgewiseStyle;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
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
 * Yahoo! and AOL serve their own consumer domains ({@link #consumerDomains()}), so {@code
 * bob@yahoo.com} is Yahoo!'s user, and their connectivity ended in June 2014 ({@link
 * #servesIn(ConnectivityEra)}).
 *
 * <pre>{@code
 * // New-CsPublicProvider -Identity Skype -ProxyFqdn federation.messenger.msn.com
 * //     -VerificationLevel AlwaysVerifiable -Enabled 1
 * PublicProvider skype = PublicProvider.skype();
 * skype.capabilities();                        // [IM, PRESENCE, AUDIO, VIDEO]
 * skype.nameDecorationRoutingDomain();         // Optional[msn.com]
 * PublicProvider.skypeAtLaunch().capabilities(); // [IM, PRESENCE, AUDIO]: the 2013 preset
 * PublicProvider.yahoo().servesIn(ConnectivityEra.DNS_SRV_DISCOVERY);   // false
 * }</pre>
 */
@EdgewiseStyle
@Value.Immutable
public abstract class PublicProvider {

  /** The proxy FQDN of Skype and of the historic Messenger provider. */
  public static final String MESSENGER_PROXY_FQDN = "federation.messenger.msn.com";

  /** The identity of the fresh-install Messenger provider from Lync Server 2013 on. */
  public static final String MESSENGER_IDENTITY = "Messenger";

  /** The last day of Yahoo! and AOL public IM connectivity. */
  private static final LocalDate YAHOO_AOL_ENDED = LocalDate.of(2014, 6, 30);

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
   * CapabilityPreset#WITH_VIDEO}, what Skype carried from about 18 months after launch through
   * the default era; {@link CapabilityPreset#LAUNCH} models 2013. Not a cmdlet setting: the caller
   * chooses the period it models.
   */
  @Value.Default
  public Set<Modality> capabilities() {
    return CapabilityPreset.WITH_VIDEO.modalities();
  }

  /**
   * The consumer domains the provider serves beyond its name-decoration settings: the mail
   * domains of the historic Yahoo! and AOL services, whose users are this provider's users. Not a
   * cmdlet setting (the server knew them); empty for Skype, whose domains are its name-decoration
   * settings.
   */
  public abstract Set<Domain> consumerDomains();

  /**
   * The last day the provider's public IM connectivity served, if it has ended: 2014-06-30 for
   * Yahoo! and AOL. Not a cmdlet setting. Skype's end is an era of its own ({@link
   * ConnectivityEra#SKYPE_INTEROP_RETIRED}), which ends every provider at once.
   */
  public abstract Optional<LocalDate> connectivityEnded();

  /**
   * Returns whether the provider still serves in the era: true unless its connectivity ended
   * before the era began. Yahoo! and AOL serve in {@link ConnectivityEra#PIC_PROVISIONING}, which
   * they outlived the start of, and in no later era. The era's own retirement of public IM is a
   * separate fact, {@link ConnectivityEra#carriesPublicIm()}. The evaluator denies a request to
   * the user of a provider that does not serve with {@link RuleId#PROVIDER_RETIRED}.
   *
   * <pre>{@code
   * PublicProvider.aim().servesIn(ConnectivityEra.PIC_PROVISIONING);    // true
   * PublicProvider.aim().servesIn(ConnectivityEra.DNS_SRV_DISCOVERY);   // false
   * PublicProvider.skype().servesIn(ConnectivityEra.DNS_SRV_DISCOVERY); // true
   * }</pre>
   */
  public final boolean servesIn(ConnectivityEra era) {
    Objects.requireNonNull(era, "era");
    Optional<LocalDate> ended = connectivityEnded();
    return ended.isEmpty() || !ended.get().isBefore(era.begins());
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
   * Returns the provider's own domains: the routing domain, the excluded domains and the consumer
   * domains, the domains whose users are this provider's users.
   */
  @Value.Lazy
  public Set<Domain> providerDomains() {
    LinkedHashSet<Domain> all = new LinkedHashSet<>();
    nameDecorationRoutingDomain().ifPresent(all::add);
    all.addAll(nameDecorationExcludedDomains());
    all.addAll(consumerDomains());
    return Collections.unmodifiableSet(all);
  }

  @Value.Check
  final void check() {
    ConfigurationNames.check("a public provider identity", identity());
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
   * enabled, {@code AlwaysVerifiable}, the default name decoration, and the capabilities of the
   * default era ({@link CapabilityPreset#WITH_VIDEO}).
   */
  public static PublicProvider skype() {
    return withDefaultDecoration(builder().identity("Skype")).enabled(true).build();
  }

  /**
   * Returns {@link #skype()} with the capabilities it launched with in 2013 ({@link
   * CapabilityPreset#LAUNCH}: no video).
   */
  public static PublicProvider skypeAtLaunch() {
    return skype().toBuilder().capabilities(CapabilityPreset.LAUNCH.modalities()).build();
  }

  /**
   * Returns the fresh-install Messenger provider of Lync Server 2013 and every later server,
   * identity {@code Messenger} (the identity the published Skype instructions remove; Lync Server
   * 2010 named it {@code MSN}): {@code federation.messenger.msn.com}, disabled, with the default
   * name decoration.
   */
  public static PublicProvider messenger() {
    return withDefaultDecoration(builder().identity(MESSENGER_IDENTITY)).build();
  }

  /**
   * Returns the fresh-install Yahoo! provider, identity {@code Yahoo}, proxy FQDN {@code
   * sip.yahoo.com}, disabled, IM and presence only, no name decoration, serving the consumer
   * domains {@code yahoo.com}, {@code ymail.com} and {@code rocketmail.com}; its connectivity
   * ended on 2014-06-30.
   */
  public static PublicProvider yahoo() {
    return historic("Yahoo", "sip.yahoo.com", "yahoo.com", "ymail.com", "rocketmail.com");
  }

  /**
   * Returns the fresh-install AIM provider, identity {@code AOL}, proxy FQDN {@code
   * sip.oscar.aol.com}, disabled, IM and presence only, no name decoration, serving the consumer
   * domains {@code aol.com} and {@code aim.com}; its connectivity ended on 2014-06-30.
   */
  public static PublicProvider aim() {
    return historic("AOL", "sip.oscar.aol.com", "aol.com", "aim.com");
  }

  private static PublicProvider historic(String identity, String proxyFqdn, String... domains) {
    Builder b =
        builder()
            .identity(identity)
            .proxyFqdn(Domain.parse(proxyFqdn))
            .capabilities(CapabilityPreset.IM_AND_PRESENCE.modalities())
            .connectivityEnded(YAHOO_AOL_ENDED);
    for (String d : domains) {
      b.addConsumerDomains(Domain.parse(d));
    }
    return b.build();
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
      Objects.requireNonNull(rules, "nameDecoration");
      nameDecorationRoutingDomain(rules.routingDomain());
      nameDecorationExcludedDomains(rules.excludedDomains());
      return this;
    }
  }
}
