package dev.edgewise.policy;

import java.io.Serializable;
import java.util.Objects;

/**
 * One contradiction or doubtful setting found by {@link FederationConfiguration#validate()}: a
 * stable {@link Code} with its {@link Severity}, the object concerned and a sentence an admin can
 * act on.
 *
 * <p>The {@linkplain #subject() subject} names the object as {@code Kind:identity}, for example
 * {@code AllowedDomain:fabrikam.com}, {@code PublicProvider:Skype}, {@code
 * User:sip:alice@contoso.com} or {@code ExternalAccessPolicy:site:Paris}. Codes never change
 * meaning once published; match on them, not on the message.
 *
 * <pre>{@code
 * for (ConfigurationProblem p : config.validate()) {
 *   if (p.severity() == ConfigurationProblem.Severity.ERROR) {
 *     log.info(p.code() + " " + p.subject() + ": " + p.message());
 *   }
 * }
 * }</pre>
 *
 * @param code what is wrong; also decides the severity
 * @param subject the object concerned, as {@code Kind:identity}
 * @param message a sentence that says what is wrong and what to change
 */
public record ConfigurationProblem(Code code, String subject, String message)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException naming the null component
   */
  public ConfigurationProblem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(message, "message");
  }

  /** Returns the severity of this problem's {@link #code()}. */
  public Severity severity() {
    return code.severity();
  }

  /** Returns whether this problem is an {@linkplain Severity#ERROR error}. */
  public boolean isError() {
    return code.severity() == Severity.ERROR;
  }

  /** Returns {@code "ERROR CODE subject: message"}. */
  @Override
  public String toString() {
    return code.severity() + " " + code + " " + subject + ": " + message;
  }

  /**
   * How bad a problem is.
   *
   * <pre>{@code
   * ConfigurationProblem.Code.DOMAIN_ON_BOTH_LISTS.severity();   // ERROR
   * }</pre>
   */
  public enum Severity {
    /** The real server would refuse this; no evaluator is compiled from it. */
    ERROR,
    /** Accepted, but a setting is ignored or doubtful. */
    WARNING
  }

  /**
   * The stable identifier of each kind of problem, with its severity. Problems are reported in the
   * order of these constants, then by subject.
   *
   * <pre>{@code
   * ConfigurationProblem.Code c = ConfigurationProblem.Code.valueOf("DUPLICATE_DOMAIN_ENTRY");
   * c.severity();   // ERROR
   * }</pre>
   */
  public enum Code {
    // --- errors ------------------------------------------------------------------------------

    /** On-premises: a domain is on both the allowed and the blocked list. */
    DOMAIN_ON_BOTH_LISTS(Severity.ERROR),
    /** A domain appears twice in the same list (allowed, blocked, or a tenant's lists). */
    DUPLICATE_DOMAIN_ENTRY(Severity.ERROR),
    /** A public or hosting provider is configured while the edge uses a default route. */
    PROVIDER_WITH_DEFAULT_ROUTING(Severity.ERROR),
    /** Two providers (public or hosting, in any mix) share an identity, ignoring case. */
    DUPLICATE_PROVIDER_IDENTITY(Severity.ERROR),
    /** Two providers (public or hosting, in any mix) share a proxy FQDN. */
    DUPLICATE_PROVIDER_PROXY_FQDN(Severity.ERROR),
    /** A user is granted a per-user policy that does not exist. */
    GRANT_OF_UNKNOWN_POLICY(Severity.ERROR),
    /** A public provider's name-decoration routing domain is missing from its excluded list. */
    ROUTING_DOMAIN_NOT_EXCLUDED(Severity.ERROR),
    /** Two policies share an identity (a listed {@code Global} duplicates the global policy). */
    DUPLICATE_POLICY_IDENTITY(Severity.ERROR),
    /** A {@code site:<name>} policy names a site the organization does not have. */
    SITE_POLICY_FOR_UNKNOWN_SITE(Severity.ERROR),
    /**
     * The same user is declared twice: SIP URIs are compared as values, so {@code
     * sip:alice@contoso.com}, {@code sip:alice@CONTOSO.COM} and {@code sip:%61lice@contoso.com}
     * are one user.
     */
    DUPLICATE_USER(Severity.ERROR),
    /** A user is placed in a site the organization does not have. */
    USER_IN_UNKNOWN_SITE(Severity.ERROR),
    /** A user's SIP URI is not in one of the organization's SIP domains. */
    USER_OUTSIDE_SIP_DOMAINS(Severity.ERROR),
    /** The same SIP domain is declared twice. */
    DUPLICATE_SIP_DOMAIN(Severity.ERROR),
    /** Two hosting providers declare that they host the same domain. */
    HOSTED_DOMAIN_CLAIMED_TWICE(Severity.ERROR),
    /**
     * A domain is a domain (name-decoration routing or excluded domain, or consumer domain) of two
     * public providers.
     */
    PUBLIC_PROVIDER_DOMAIN_CLAIMED_TWICE(Severity.ERROR),
    /**
     * One of the organization's own SIP domains is also a public provider's domain (routing,
     * excluded or consumer domain), so its users would be internal one way and the provider's
     * users the other.
     */
    SIP_DOMAIN_IS_PUBLIC_PROVIDER_DOMAIN(Severity.ERROR),
    /**
     * A name nothing could reference: empty, with surrounding white space, or with a colon, a
     * control character or an unpaired surrogate (a site name; other names are refused when
     * built).
     */
    INVALID_NAME(Severity.ERROR),
    /**
     * A setting the configuration's product does not have is set, such as name decoration on Lync
     * Server 2013 before CU5.
     */
    SETTING_NOT_IN_PRODUCT(Severity.ERROR),
    /**
     * XMPP allowed partners are declared on a product without the XMPP gateway (Skype for
     * Business Server 2019, the online products).
     */
    XMPP_WITHOUT_GATEWAY(Severity.ERROR),
    /**
     * A user is declared as homed at a hosting provider (split domain) that the configuration
     * does not have (online tenants have none).
     */
    HOME_PROVIDER_MISSING(Severity.ERROR),
    /**
     * A user is homed at a hosting provider that does not share the organization's address space:
     * its {@code EnabledSharedAddressSpace} or {@code HostsOCSUsers} is off.
     */
    HOME_PROVIDER_NOT_SPLIT_DOMAIN(Severity.ERROR),
    /**
     * The Global external access policy's {@code CommunicationWithExternalOrgs} is not {@code
     * OrganizationDefault}, the only value Global can have.
     */
    GLOBAL_POLICY_EXTERNAL_ORGS_NOT_DEFAULT(Severity.ERROR),

    // --- warnings ----------------------------------------------------------------------------

    /** Online: allow-list mode with a non-empty blocked list, which the tenant ignores. */
    BLOCKED_LIST_IGNORED_IN_ALLOW_LIST_MODE(Severity.WARNING),
    /** On-premises: partner discovery is on, but it needs DNS SRV routing and the edge has none. */
    PARTNER_DISCOVERY_WITHOUT_DNS_SRV(Severity.WARNING),
    /**
     * One of the organization's own SIP domains is listed; internal traffic never consults lists.
     */
    SIP_DOMAIN_ON_DOMAIN_LIST(Severity.WARNING),
    /** A PIC provisioning state is given for a domain that is not one of the SIP domains. */
    PROVISIONING_FOR_UNKNOWN_SIP_DOMAIN(Severity.WARNING),
    /** Online: a Global or site policy is listed; only assigned per-user policies apply online. */
    POLICY_IGNORED_ONLINE(Severity.WARNING),
    /** A hosted domain is also a public provider's domain; the public provider wins. */
    HOSTED_DOMAIN_SHADOWED_BY_PUBLIC_PROVIDER(Severity.WARNING),
    /**
     * A numeric {@code -VerificationLevel} was read through the inferred table of {@link
     * VerificationLevel#fromNumber(int)}. Reported by readers of cmdlet text, never by {@code
     * validate()}, which sees only the resulting level.
     */
    NUMERIC_VERIFICATION_LEVEL_INFERRED(Severity.WARNING);

    private final Severity severity;

    Code(Severity severity) {
      this.severity = severity;
    }

    /** Returns whether problems with this code are errors or warnings. */
    public Severity severity() {
      return severity;
    }
  }
}
