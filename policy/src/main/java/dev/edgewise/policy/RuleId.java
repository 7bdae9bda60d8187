package dev.edgewise.policy;

/**
 * The stable identifier of every rule that can decide external access. Each {@code Reason} in a
 * decision names one; the names never change meaning once published, so callers may store them,
 * count them and match on them.
 *
 * <p>Each id has a {@linkplain #kind() kind}: it {@linkplain Kind#DENY denies}, it says a gate
 * {@linkplain Kind#PASS passed}, or it {@linkplain Kind#ADMIT admits} the remote party. A request
 * is allowed only when no gate denied and some gate admitted the party (fail closed); the gate
 * table is in {@code docs/policy.md}. The federation SRV check has its own ids, {@link
 * FederationSrvCheck.Problem}.
 *
 * <pre>{@code
 * RuleId id = RuleId.valueOf("POLICY_PUBLIC_OFF");
 * id.effect();   // DENY
 * RuleId.PUBLIC_PROVIDER.kind();   // ADMIT
 * }</pre>
 */
public enum RuleId {
  // --- rules that deny ---------------------------------------------------------------------

  /** On-premises: the Access Edge setting {@code AllowFederatedUsers} is off. */
  EDGE_FEDERATION_OFF(Kind.DENY),
  /** Online: External Access is Off ({@code AllowFederatedUsers} false for the tenant). */
  TENANT_FEDERATION_OFF(Kind.DENY),
  /** Online: Public IM Connectivity is off ({@code AllowPublicUsers} false). */
  TENANT_PUBLIC_USERS_OFF(Kind.DENY),
  /** Public and hosting providers need DNS SRV routing; the edge uses a default route. */
  DNS_SRV_ROUTING_REQUIRED(Kind.DENY),
  /** No public or hosting provider serves the remote party's domain. */
  PROVIDER_MISSING(Kind.DENY),
  /** The provider serving the remote party exists but is not {@code Enabled}. */
  PROVIDER_DISABLED(Kind.DENY),
  /** The remote party's domain is on the blocked list. */
  DOMAIN_BLOCKED(Kind.DENY),
  /** The remote party's domain is neither allowed nor discoverable as a partner. */
  DOMAIN_NOT_ALLOWED(Kind.DENY),
  /** An inbound message from an allowed domain came from an edge other than its pinned proxy. */
  PROXY_FQDN_MISMATCH(Kind.DENY),
  /** The effective external access policy has {@code EnableFederationAccess} off. */
  POLICY_FEDERATION_OFF(Kind.DENY),
  /** The effective external access policy has {@code EnablePublicCloudAccess} off. */
  POLICY_PUBLIC_OFF(Kind.DENY),
  /**
   * The effective policy has {@code EnablePublicCloudAudioVideoAccess} off; audio or video asked.
   */
  POLICY_PUBLIC_AV_OFF(Kind.DENY),
  /** The public provider does not carry the modality (file transfer never crosses, for example). */
  MODALITY_UNSUPPORTED_BY_PROVIDER(Kind.DENY),
  /** Era of PIC provisioning: the user's SIP domain is not yet provisioned for the provider. */
  PROVISIONING_INCOMPLETE(Kind.DENY),
  /**
   * Era {@link ConnectivityEra#SKYPE_INTEROP_RETIRED}: public IM connectivity no longer carries
   * any request, so every request to or from a public provider's user is denied, whatever the
   * settings say.
   */
  SKYPE_INTEROP_RETIRED(Kind.DENY),
  /**
   * The public provider serving the remote party no longer serves in the configured era (Yahoo!
   * and AOL after 2014-06-30; see {@link PublicProvider#servesIn(ConnectivityEra)}).
   */
  PROVIDER_RETIRED(Kind.DENY),
  /**
   * Remote access: the Access Edge setting {@code AllowOutsideUsers} is off, so no user signs in
   * from the Internet and no anonymous participant joins a meeting (the setting covers both).
   */
  EDGE_OUTSIDE_OFF(Kind.DENY),
  /** Remote access: the user's effective external access policy has {@code EnableOutsideAccess} off. */
  POLICY_OUTSIDE_OFF(Kind.DENY),
  /** Meetings: the Access Edge setting {@code AllowAnonymousUsers} is off. */
  EDGE_ANONYMOUS_OFF(Kind.DENY),
  /**
   * Meetings: the organizer's conferencing policy has {@code AllowAnonymousParticipantsInMeetings}
   * off.
   */
  CONFERENCING_POLICY_NO_ANONYMOUS(Kind.DENY),
  /**
   * An anonymous user asked for something other than joining a meeting (IM, presence, a call):
   * anonymous users join meetings and nothing else.
   */
  ANONYMOUS_CONFERENCE_ONLY(Kind.DENY),
  /**
   * XMPP: the product has no XMPP gateway (Skype for Business Server 2019 and the online
   * products), so no XMPP partner is reached.
   */
  XMPP_NOT_SUPPORTED(Kind.DENY),
  /** XMPP: the remote party's domain is not one of a declared XMPP allowed partner's domains. */
  XMPP_PARTNER_MISSING(Kind.DENY),
  /** XMPP: the effective external access policy has {@code EnableXmppAccess} off. */
  POLICY_XMPP_OFF(Kind.DENY),
  /** XMPP: the gateway carries IM and presence only; audio, video, files and meetings do not cross. */
  XMPP_IM_AND_PRESENCE_ONLY(Kind.DENY),
  /**
   * Meetings: a public provider's user (a Skype user) cannot join as themselves, since multiparty
   * conferencing never crossed public IM connectivity.
   */
  PUBLIC_PROVIDER_NO_MEETINGS(Kind.DENY),
  /**
   * A Microsoft account written on one of the organization's own SIP domains (such as {@code
   * bob(contoso.com)@msn.com} for the organization's {@code contoso.com}) is not a valid external
   * party while public IM connectivity is on.
   */
  ACCOUNT_ON_OWN_DOMAIN(Kind.DENY),
  /** An unverified inbound sender is not on the recipient's contact list. */
  UNVERIFIED_NOT_IN_CONTACTS(Kind.DENY),
  /** The provider uses source verification and the inbound message carries no verification mark. */
  VERIFICATION_MARK_MISSING(Kind.DENY),
  /** Teams tenant: {@code AllowTeamsConsumer} is off; no user reaches unmanaged Teams accounts. */
  TEAMS_CONSUMER_OFF(Kind.DENY),
  /**
   * Teams tenant: {@code AllowTeamsConsumerInbound} is off; an unmanaged Teams account may not
   * start a conversation (the organization's users still may).
   */
  TEAMS_CONSUMER_INBOUND_OFF(Kind.DENY),
  /** The Teams policy in force has {@code EnableTeamsConsumerAccess} off. */
  POLICY_TEAMS_CONSUMER_OFF(Kind.DENY),
  /** The Teams policy in force has {@code EnableTeamsConsumerInbound} off; the party initiated. */
  POLICY_TEAMS_CONSUMER_INBOUND_OFF(Kind.DENY),
  /**
   * The Teams policy in force blocks the remote party's domain ({@code CommunicationWithExternalOrgs}
   * is {@code BlockAllExternalDomains}, or {@code BlockSpecificExternalDomains} listing it).
   */
  POLICY_DOMAIN_BLOCKED(Kind.DENY),
  /**
   * The Teams policy in force allows only {@code AllowedExternalDomains}, and the remote party's
   * domain is not one of them.
   */
  POLICY_DOMAIN_NOT_ALLOWED(Kind.DENY),
  /**
   * The remote party's tenant holds only trial licences, {@code ExternalAccessWithTrialTenants} is
   * {@code Blocked} and its domain is not in {@code AllowedTrialTenantDomains}.
   */
  TRIAL_TENANT_BLOCKED(Kind.DENY),
  /**
   * The remote party uses an unmanaged Teams account, and the configuration's product predates
   * Teams: no setting of it reaches such accounts.
   */
  TEAMS_CONSUMER_NOT_SUPPORTED(Kind.DENY),
  /** The local user is not declared in the configuration. */
  UNKNOWN_LOCAL_USER(Kind.DENY),
  /** The remote party is text that is no address the evaluator can route. */
  NOT_MODELLED(Kind.DENY),
  /** No rule allowed the request, so it is denied. */
  DEFAULT_DENY(Kind.DENY),

  // --- rules that allow --------------------------------------------------------------------

  /** The remote party is in one of the organization's own SIP domains. */
  INTERNAL(Kind.ADMIT),
  /** The remote party's domain is on the allowed list. */
  ALLOWED_DOMAIN(Kind.ADMIT),
  /** The remote party's domain was discovered as a federation partner. */
  DISCOVERED_PARTNER(Kind.ADMIT),
  /** The remote party's domain is hosted by an enabled hosting provider. */
  HOSTING_PROVIDER(Kind.ADMIT),
  /** The remote party is a user of an enabled public provider such as Skype. */
  PUBLIC_PROVIDER(Kind.ADMIT),
  /**
   * Online: External Access is "On except for blocked domains" ({@code AllowAllKnownDomains}) and
   * the remote party's domain is not blocked.
   */
  ALL_KNOWN_DOMAINS_ALLOWED(Kind.ADMIT),
  /** Remote access: a declared user of the organization signs in from the Internet. */
  REMOTE_USER(Kind.ADMIT),
  /**
   * Meetings: the organizer's conferencing policy lets anonymous participants join (online, also a
   * federated participant whose domain the lists would refuse, who joins as an anonymous one).
   */
  ANONYMOUS_PARTICIPANT(Kind.ADMIT),
  /** XMPP: the remote party's domain belongs to a declared XMPP allowed partner. */
  XMPP_PARTNER(Kind.ADMIT),
  /**
   * The Teams policy in force admits the remote party's domain through {@code
   * CommunicationWithExternalOrgs} (all domains, the allowed external domains, or every domain it
   * does not block), in place of the tenant's domain lists.
   */
  POLICY_ALLOWED_DOMAIN(Kind.ADMIT),
  /** Teams tenant: {@code AllowTeamsConsumer} is on, admitting an unmanaged Teams account. */
  TEAMS_CONSUMER(Kind.ADMIT),

  // --- one allow reason per gate passed ------------------------------------

  /** On-premises: the Access Edge setting {@code AllowFederatedUsers} is on. */
  EDGE_FEDERATION_ON(Kind.PASS),
  /** The Access Edge setting {@code AllowOutsideUsers} is on. */
  EDGE_OUTSIDE_ON(Kind.PASS),
  /** The effective external access policy has {@code EnableOutsideAccess} on. */
  POLICY_OUTSIDE_ON(Kind.PASS),
  /** The Access Edge setting {@code AllowAnonymousUsers} is on. */
  EDGE_ANONYMOUS_ON(Kind.PASS),
  /** The effective external access policy has {@code EnableXmppAccess} on. */
  POLICY_XMPP_ON(Kind.PASS),
  /** XMPP: the request is IM or presence, which the XMPP gateway carries. */
  XMPP_MODALITY_CARRIED(Kind.PASS),
  /**
   * Online meetings: the organizer allows anonymous participants, so the allowed and blocked
   * domain lists do not apply to the meeting.
   */
  MEETING_DOMAIN_LISTS_NOT_APPLIED(Kind.PASS),
  /** Online: External Access is not Off. */
  TENANT_FEDERATION_ON(Kind.PASS),
  /** Online: Public IM Connectivity is on ({@code AllowPublicUsers}). */
  TENANT_PUBLIC_USERS_ON(Kind.PASS),
  /** On-premises: the edge routes by DNS SRV, as public providers need. */
  DNS_SRV_ROUTING(Kind.PASS),
  /** No blocked-list entry matches the remote party's domain. */
  DOMAIN_NOT_BLOCKED(Kind.PASS),
  /** The effective external access policy has {@code EnableFederationAccess} on. */
  POLICY_FEDERATION_ON(Kind.PASS),
  /** The effective external access policy has {@code EnablePublicCloudAccess} on. */
  POLICY_PUBLIC_ON(Kind.PASS),
  /** The effective policy has {@code EnablePublicCloudAudioVideoAccess} on; audio or video asked. */
  POLICY_PUBLIC_AV_ON(Kind.PASS),
  /** The public provider carries the modality. */
  MODALITY_SUPPORTED_BY_PROVIDER(Kind.PASS),
  /** Era of PIC provisioning: the user's SIP domain is activated for the provider. */
  PROVISIONING_COMPLETE(Kind.PASS),
  /** Teams tenant: {@code AllowTeamsConsumerInbound} is on; the unmanaged Teams account initiated. */
  TEAMS_CONSUMER_INBOUND_ON(Kind.PASS),
  /** The Teams policy in force has {@code EnableTeamsConsumerAccess} on. */
  POLICY_TEAMS_CONSUMER_ON(Kind.PASS),
  /** The Teams policy in force has {@code EnableTeamsConsumerInbound} on; the party initiated. */
  POLICY_TEAMS_CONSUMER_INBOUND_ON(Kind.PASS),
  /**
   * The remote party's tenant is trial-only, and the tenant allows trial tenants or lists its
   * domain in {@code AllowedTrialTenantDomains}.
   */
  TRIAL_TENANT_ALLOWED(Kind.PASS),
  /**
   * Inbound: the message passes verification (the source is always verifiable, the mark is
   * present, or an unverified sender is on the recipient's contact list).
   */
  SENDER_VERIFIED(Kind.PASS);

  private final Kind kind;

  RuleId(Kind kind) {
    this.kind = kind;
  }

  /** Returns whether a reason with this rule id allows or denies. */
  public Effect effect() {
    return kind == Kind.DENY ? Effect.DENY : Effect.ALLOW;
  }

  /** Returns whether this id denies, passes a gate, or admits the remote party. */
  public Kind kind() {
    return kind;
  }

  /**
   * What a rule id does to a request.
   *
   * <pre>{@code
   * RuleId.DOMAIN_BLOCKED.kind();        // DENY
   * RuleId.DOMAIN_NOT_BLOCKED.kind();    // PASS
   * RuleId.ALLOWED_DOMAIN.kind();        // ADMIT
   * }</pre>
   */
  public enum Kind {
    /** The gate denies the request; any denial denies the whole request. */
    DENY,
    /** The gate lets the request through, but does not by itself admit the remote party. */
    PASS,
    /**
     * The gate admits the remote party (internal, an allowed, discovered, known, hosted domain or
     * a public provider's user); without one admission the request is denied by default.
     */
    ADMIT
  }
}
