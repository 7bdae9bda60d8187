package dev.edgewise.policy;

import dev.edgewise.address.Domain;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.internal.EdgewiseStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One of the organization's own users: the SIP URI that identifies them, the site they belong to
 * (on-premises), and the per-user external access policy granted to them, if any ({@code
 * Grant-CsExternalAccessPolicy -Identity <user> -PolicyName <tag>}).
 *
 * <p>A user not declared in the configuration is denied every external request by the evaluator.
 *
 * <pre>{@code
 * LocalUser alice = LocalUser.builder()
 *     .sipUri(SipUri.parse("sip:alice@contoso.com"))
 *     .site("Redmond")
 *     .externalAccessPolicy("NoPic")    // grants Tag:NoPic
 *     .build();
 * alice.grantedPolicy();                // Optional[Tag:NoPic]
 * }</pre>
 */
@EdgewiseStyle
@Value.Immutable
public abstract class LocalUser {

  LocalUser() {}

  /** The user's SIP URI, their identity in every request. */
  public abstract SipUri sipUri();

  /** The name of the site the user's pool belongs to (on-premises), if any. */
  public abstract Optional<String> site();

  /**
   * The name of the per-user policy granted to the user (the tag name, without {@code Tag:}), or
   * empty when none is granted ({@code -PolicyName $Null}).
   */
  public abstract Optional<String> externalAccessPolicy();

  /**
   * The name of the per-user conferencing policy granted to the user (the tag name, without
   * {@code Tag:}; {@code Grant-CsConferencingPolicy -PolicyName}), or empty when none is granted.
   */
  public abstract Optional<String> conferencingPolicy();

  /** Returns the identity of the granted per-user conferencing policy, if one is granted. */
  public final Optional<PolicyIdentity> grantedConferencingPolicy() {
    return conferencingPolicy().map(PolicyIdentity::tag);
  }

  /**
   * The identity of the hosting provider the user is homed at, if any: in a split domain ({@code
   * EnabledSharedAddressSpace}) a user of the organization's own SIP domain may live at a hoster,
   * and is then reached through it. Empty for a user homed on the organization's own servers.
   */
  public abstract Optional<String> homeProvider();

  /**
   * Returns the domain of the user's SIP URI, the SIP domain whose provisioning state counts in era
   * {@link ConnectivityEra#PIC_PROVISIONING}; empty if the host is an IP address.
   */
  @Value.Lazy
  public Optional<Domain> sipDomain() {
    return sipUri().host().domainName().flatMap(Domain::tryParse);
  }

  /** Returns the identity of the granted per-user policy, if one is granted. */
  public final Optional<PolicyIdentity> grantedPolicy() {
    return externalAccessPolicy().map(PolicyIdentity::tag);
  }

  @Value.Check
  final void check() {
    // Both names are checked by the identities they form, so a bad name fails here, not later.
    site().ifPresent(PolicyIdentity::site);
    externalAccessPolicy().ifPresent(PolicyIdentity::tag);
    conferencingPolicy().ifPresent(PolicyIdentity::tag);
    homeProvider().ifPresent(h -> ConfigurationNames.check("a hosting provider identity", h));
  }

  /** Returns a builder that starts from this user's values. */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  /** Returns an empty builder; {@link Builder#sipUri(SipUri)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a user of a split domain, homed at the hosting provider with this identity.
   *
   * <pre>{@code
   * LocalUser dan = LocalUser.homedAt(SipUri.parse("sip:dan@contoso.com"), "LyncOnline");
   * dan.homeProvider();   // Optional[LyncOnline]
   * }</pre>
   */
  public static LocalUser homedAt(SipUri sipUri, String hostingProvider) {
    return builder().sipUri(sipUri).homeProvider(hostingProvider).build();
  }

  /** Returns a user in no site and with no per-user policy. */
  public static LocalUser of(SipUri sipUri) {
    return builder().sipUri(sipUri).build();
  }

  /**
   * Builds {@link LocalUser} values.
   *
   * <pre>{@code
   * LocalUser u = LocalUser.builder().sipUri(SipUri.parse("sip:carol@contoso.com")).build();
   * }</pre>
   */
  public static final class Builder extends ImmutableLocalUser.Builder {
    Builder() {}
  }
}
