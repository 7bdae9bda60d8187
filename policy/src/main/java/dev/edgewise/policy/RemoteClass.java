package dev.edgewise.policy;

/**
 * What kind of party the remote end of a request is, decided from its address and the
 * configuration before any gate is consulted. The gates that apply depend on it.
 *
 * <pre>{@code
 * decision.remoteClass();   // PUBLIC_PROVIDER_USER for bob(fabrikam.com)@msn.com
 * }</pre>
 */
public enum RemoteClass {
  /** In one of the organization's own SIP domains: external access is not consulted. */
  INTERNAL,
  /** A user of a public provider such as Skype, by its domains or by a decorated address. */
  PUBLIC_PROVIDER_USER,
  /** In a domain that a hosting provider is declared to host. */
  HOSTED,
  /** In any other domain: another organization, reached by federation. */
  FEDERATED,
  /**
   * A person using Teams with an account no organization manages (Teams consumer), named with
   * {@link RemoteParty#teamsConsumer}. Not affected by the retirement of Skype consumer interop.
   */
  TEAMS_CONSUMER,
  /** Text that is no address the evaluator can route (a Skype name, a phone number, an IP host). */
  NOT_MODELLED,
  /** A user of an XMPP network, reached through the XMPP gateway. */
  XMPP_PARTNER,
  /** An anonymous (unauthenticated) user, who may join meetings and nothing else. */
  ANONYMOUS,
  /** One of the organization's own users signing in from the Internet ({@code SignInRequest}). */
  REMOTE_USER
}
