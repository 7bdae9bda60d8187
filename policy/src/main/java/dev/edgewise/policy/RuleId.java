package dev.edgewise.policy;

/**
 * The stable identifier of every rule that can decide external access. Each {@code Reason} in a
 * decision names one; the names never change meaning once published, so callers may store them,
 * count them and match on them.
 *
 * <pre>{@code
 * RuleId id = RuleId.valueOf("POLICY_PUBLIC_OFF");
 * id.effect();   // DENY
 * }</pre>
 */
public enum RuleId {
  // --- rules that deny ---------------------------------------------------------------------

  /** On-premises: the Access Edge setting {@code AllowFederatedUsers} is off. */
  EDGE_FEDERATION_OFF(Effect.DENY),
  /** Online: External Access is Off ({@code AllowFederatedUsers} false for the tenant). */
  TENANT_FEDERATION_OFF(Effect.DENY),
  /** Online: Public IM Connectivity is off ({@code AllowPublicUsers} false). */
  TENANT_PUBLIC_USERS_OFF(Effect.DENY),
  /** Public and hosting providers need DNS SRV routing; the edge uses a default route. */
  DNS_SRV_ROUTING_REQUIRED(Effect.DENY),
  /** No public or hosting provider serves the remote party's domain. */
  PROVIDER_MISSING(Effect.DENY),
  /** The provider serving the remote party exists but is not {@code Enabled}. */
  PROVIDER_DISABLED(Effect.DENY),
  /** The remote party's domain is on the blocked list. */
  DOMAIN_BLOCKED(Effect.DENY),
  /** The remote party's domain is neither allowed nor discoverable as a partner. */
  DOMAIN_NOT_ALLOWED(Effect.DENY),
  /** An inbound message from an allowed domain came from an edge other than its pinned proxy. */
  PROXY_FQDN_MISMATCH(Effect.DENY),
  /** The effective external access policy has {@code EnableFederationAccess} off. */
  POLICY_FEDERATION_OFF(Effect.DENY),
  /** The effective external access policy has {@code EnablePublicCloudAccess} off. */
  POLICY_PUBLIC_OFF(Effect.DENY),
  /**
   * The effective policy has {@code EnablePublicCloudAudioVideoAccess} off; audio or video asked.
   */
  POLICY_PUBLIC_AV_OFF(Effect.DENY),
  /** The public provider does not carry the modality (file transfer never crosses, for example). */
  MODALITY_UNSUPPORTED_BY_PROVIDER(Effect.DENY),
  /** Era of PIC provisioning: the user's SIP domain is not yet provisioned for the provider. */
  PROVISIONING_INCOMPLETE(Effect.DENY),
  /** An unverified inbound sender is not on the recipient's contact list. */
  UNVERIFIED_NOT_IN_CONTACTS(Effect.DENY),
  /** The provider uses source verification and the inbound message carries no verification mark. */
  VERIFICATION_MARK_MISSING(Effect.DENY),
  /** The local user is not declared in the configuration. */
  UNKNOWN_LOCAL_USER(Effect.DENY),
  /** XMPP partners, anonymous users and remote sign-in are recognized but not modelled. */
  NOT_MODELLED(Effect.DENY),
  /** No rule allowed the request, so it is denied. */
  DEFAULT_DENY(Effect.DENY),
  /** A SIP domain's federation SRV record points to a host that is not a top-level suffix match. */
  SRV_TARGET_NOT_SUFFIX(Effect.DENY),
  /** The federation SRV target is not named on the Access Edge certificate. */
  CERT_NAME_MISSING(Effect.DENY),

  // --- rules that allow --------------------------------------------------------------------

  /** The remote party is in one of the organization's own SIP domains. */
  INTERNAL(Effect.ALLOW),
  /** The remote party's domain is on the allowed list. */
  ALLOWED_DOMAIN(Effect.ALLOW),
  /** The remote party's domain was discovered as a federation partner. */
  DISCOVERED_PARTNER(Effect.ALLOW),
  /** The remote party's domain is hosted by an enabled hosting provider. */
  HOSTING_PROVIDER(Effect.ALLOW),
  /** The remote party is a user of an enabled public provider such as Skype. */
  PUBLIC_PROVIDER(Effect.ALLOW),
  /**
   * Online: External Access is "On except for blocked domains" ({@code AllowAllKnownDomains}) and
   * the remote party's domain is not blocked.
   */
  ALL_KNOWN_DOMAINS_ALLOWED(Effect.ALLOW),

  // --- one allow reason per gate passed (section 0.5) ------------------------------------

  /** On-premises: the Access Edge setting {@code AllowFederatedUsers} is on. */
  EDGE_FEDERATION_ON(Effect.ALLOW),
  /** Online: External Access is not Off. */
  TENANT_FEDERATION_ON(Effect.ALLOW),
  /** Online: Public IM Connectivity is on ({@code AllowPublicUsers}). */
  TENANT_PUBLIC_USERS_ON(Effect.ALLOW),
  /** On-premises: the edge routes by DNS SRV, as public providers need. */
  DNS_SRV_ROUTING(Effect.ALLOW),
  /** No blocked-list entry matches the remote party's domain. */
  DOMAIN_NOT_BLOCKED(Effect.ALLOW),
  /** The effective external access policy has {@code EnableFederationAccess} on. */
  POLICY_FEDERATION_ON(Effect.ALLOW),
  /** The effective external access policy has {@code EnablePublicCloudAccess} on. */
  POLICY_PUBLIC_ON(Effect.ALLOW),
  /** The effective policy has {@code EnablePublicCloudAudioVideoAccess} on; audio or video asked. */
  POLICY_PUBLIC_AV_ON(Effect.ALLOW),
  /** The public provider carries the modality. */
  MODALITY_SUPPORTED_BY_PROVIDER(Effect.ALLOW),
  /** Era of PIC provisioning: the user's SIP domain is activated for the provider. */
  PROVISIONING_COMPLETE(Effect.ALLOW),
  /**
   * Inbound: the message passes verification (the source is always verifiable, the mark is
   * present, or an unverified sender is on the recipient's contact list).
   */
  SENDER_VERIFIED(Effect.ALLOW);

  private final Effect effect;

  RuleId(Effect effect) {
    this.effect = effect;
  }

  /** Returns whether a reason with this rule id allows or denies. */
  public Effect effect() {
    return effect;
  }
}
