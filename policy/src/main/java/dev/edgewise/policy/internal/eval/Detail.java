package dev.edgewise.policy.internal.eval;

/**
 * Which of a gate's cases decided, where one rule id has several: the fact the explainer and the
 * catalog need beyond the rule, the request and the configuration.
 */
public enum Detail {
  /** The rule has one case. */
  NONE,
  /** Blocked list: the entry matched the Microsoft account's own domain. */
  ACCOUNT_DOMAIN,
  /** Blocked list: the entry matched the routing domain every decorated account is written under. */
  ROUTING_DOMAIN,
  /** Verification: the message came by the edge's default route. */
  DEFAULT_ROUTE,
  /** Verification: the sender's domain is on the allowed list. */
  ALLOWED_DOMAIN,
  /** Verification: the sender's domain federates as a discovered partner. */
  DISCOVERED_PARTNER,
  /** Verification: the sender is a public provider's user. */
  PUBLIC_PROVIDER,
  /** Provider gates: the provider is a hosting provider. */
  HOSTING_PROVIDER,
  /** The request is joining a meeting, not a peer-to-peer request. */
  MEETING,
  /** Split domain: the remote user of an own SIP domain is homed at a hosting provider. */
  SPLIT_DOMAIN,
  /**
   * Split domain, online half: the Teams tenant shares its SIP domains with an on-premises
   * deployment ({@code SharedSipAddressSpace}) and does not declare the remote user.
   */
  SHARED_SIP_ADDRESS_SPACE,
  /**
   * Teams tenant, verification: {@code TreatDiscoveredPartnersAsUnverified} with every federated
   * domain discovered ({@code AllowAllKnownDomains}).
   */
  TENANT_DISCOVERED
}
