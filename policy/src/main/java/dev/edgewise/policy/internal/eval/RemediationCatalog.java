package dev.edgewise.policy.internal.eval;

import com.google.common.base.Ascii;
import dev.edgewise.address.Domain;
import dev.edgewise.address.NameDecoration;
import dev.edgewise.policy.Arrival;
import dev.edgewise.policy.EdgeRouting;
import dev.edgewise.policy.ExternalAccessPolicy;
import dev.edgewise.policy.HostingProvider;
import dev.edgewise.policy.InboundRequest;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.Product;
import dev.edgewise.policy.PublicProvider;
import dev.edgewise.policy.Remediation;
import dev.edgewise.policy.EffectivePolicy;
import dev.edgewise.policy.RemoteClass;
import dev.edgewise.policy.RuleId;
import java.util.List;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Turns a denying gate outcome into the command that would flip it, in the syntax of the
 * configuration's product, targeting the object actually in force. Every command this class can
 * print is listed in {@code docs/remediations.md} with the Microsoft reference page it was checked
 * against. Outcomes no admin command changes (an undeclared user, a modality the provider never
 * carried, provisioning at Microsoft's portal) have none.
 */
public final class RemediationCatalog {
  static final String SET_EDGE = "Set-CsAccessEdgeConfiguration";
  static final String SET_TENANT = "Set-CsTenantFederationConfiguration";
  static final String SET_POLICY = "Set-CsExternalAccessPolicy -Identity ";
  static final String GRANT_POLICY = "Grant-CsExternalAccessPolicy -Identity ";

  private final CompiledConfiguration config;
  private final AccessRemedies access;
  private final TeamsRemedies teams;

  public RemediationCatalog(CompiledConfiguration config) {
    this.config = config;
    this.access = new AccessRemedies(config);
    this.teams = new TeamsRemedies(config);
  }

  /** Returns the remedy for an outcome, or empty when it allows or no command changes it. */
  public Optional<Remediation> remedy(GateOutcome o, Ask a) {
    if (TeamsExplainer.ownsCase(o)) {
      return teams.remedy(o, a);
    }
    if (!config.era().carriesPublicIm() && o.rule() != RuleId.DOMAIN_NOT_ALLOWED
        && a.party.cls == RemoteClass.PUBLIC_PROVIDER_USER) {
      // Retired interop: no switch brings it back, so no command names one (the era gate ends
      // the row before other gates run; this keeps that promise if a gate is added above it).
      return Optional.empty();
    }
    return switch (o.rule()) {
      case EDGE_FEDERATION_OFF -> orgWide(a, SET_EDGE + " -AllowFederatedUsers $True");
      case DNS_SRV_ROUTING_REQUIRED -> orgWide(a, dnsSrvRouting());
      case TENANT_FEDERATION_OFF -> orgWide(a, SET_TENANT + " -AllowFederatedUsers $True");
      case TENANT_PUBLIC_USERS_OFF -> orgWide(a, SET_TENANT + " -AllowPublicUsers $True");
      case DOMAIN_BLOCKED -> orgWide(a, unblock(String.valueOf(o.entry())));
      case PROXY_FQDN_MISMATCH -> orgWide(a, repin(o, a));
      case DOMAIN_NOT_ALLOWED -> redecorate(Explainer.requireDomain(o)).isPresent()
          ? redecorate(Explainer.requireDomain(o)).flatMap(command -> orgWide(a, command))
          : ConsumerMailDomains.contains(Explainer.requireDomain(o))
          // No Lync edge lives there: the explanation names the decorated form, and a historic
          // provider's domain gets that provider where it still serves.
          ? historicRemedy(Explainer.requireDomain(o)).flatMap(command -> orgWide(a, command))
          : orgWide(a, allow(Explainer.requireDomain(o)));
      case POLICY_FEDERATION_OFF, POLICY_PUBLIC_OFF, POLICY_PUBLIC_AV_OFF, POLICY_OUTSIDE_OFF,
          POLICY_XMPP_OFF -> policy(o, a);
      case EDGE_OUTSIDE_OFF, EDGE_ANONYMOUS_OFF, XMPP_PARTNER_MISSING,
          CONFERENCING_POLICY_NO_ANONYMOUS -> access.remedy(o, a);
      case UNVERIFIED_NOT_IN_CONTACTS, VERIFICATION_MARK_MISSING -> verifiable(o, a).flatMap(
          command -> orgWide(a, command));
      case PROVIDER_DISABLED -> orgWide(a, enableProvider(o, a));
      case PROVIDER_MISSING -> orgWide(a, createSkype());
      case TEAMS_CONSUMER_OFF, TEAMS_CONSUMER_INBOUND_OFF, POLICY_TEAMS_CONSUMER_OFF,
          POLICY_TEAMS_CONSUMER_INBOUND_OFF, POLICY_DOMAIN_BLOCKED, POLICY_DOMAIN_NOT_ALLOWED,
          TRIAL_TENANT_BLOCKED, TEAMS_CONSUMER_NOT_SUPPORTED -> teams.remedy(o, a);
      case UNKNOWN_LOCAL_USER, NOT_MODELLED, DEFAULT_DENY, MODALITY_UNSUPPORTED_BY_PROVIDER,
          PROVISIONING_INCOMPLETE, SKYPE_INTEROP_RETIRED, PROVIDER_RETIRED -> Optional.empty();
      default -> Optional.empty(); // the rule allows
    };
  }

  private static final List<PublicProvider> HISTORIC =
      List.of(PublicProvider.yahoo(), PublicProvider.aim());

  /** The built-in provider (Yahoo!, AOL) whose consumer domains include {@code d}, if any. */
  static Optional<PublicProvider> historicProvider(Domain d) {
    for (PublicProvider p : HISTORIC) {
      if (p.consumerDomains().contains(d)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * For a user at a historic provider's consumer domain the configuration has no provider for:
   * that provider, created as a fresh install ships it but enabled, while its connectivity still
   * serves in the era. None where a provider with its identity or proxy FQDN already exists (the
   * command would be refused; the explanation says what serves the domain).
   */
  private Optional<String> historicRemedy(Domain d) {
    Optional<PublicProvider> found = historicProvider(d);
    if (found.isEmpty() || !found.get().servesIn(config.era())) {
      return Optional.empty();
    }
    PublicProvider h = found.get();
    if (config.isOnline()) {
      return Optional.of(tenantProviders(onlineName(h)));
    }
    for (PublicProvider p : config.source().publicProviders()) {
      if (Ascii.equalsIgnoreCase(p.identity(), h.identity()) || p.proxyFqdn().equals(h.proxyFqdn())) {
        return Optional.empty();
      }
    }
    return Optional.of(
        "New-CsPublicProvider -Identity " + h.identity() + " -ProxyFqdn " + h.proxyFqdn()
            + " -VerificationLevel AlwaysVerifiable -Enabled $True");
  }

  private String unblock(String entry) {
    return config.isOnline()
        ? SET_TENANT + " -BlockedDomains @{Remove=(New-CsEdgeDomainPattern -Domain \"" + entry
            + "\")}"
        : "Remove-CsBlockedDomain -Identity " + entry;
  }

  private String allow(Domain d) {
    return config.isOnline()
        ? SET_TENANT + " -AllowedDomainsAsAList @{Add=\"" + d + "\"}"
        : "New-CsAllowedDomain -Identity " + d;
  }

  private static String repin(GateOutcome o, Ask a) {
    InboundRequest in = Explainer.requireInbound(a);
    String fix = in.arrival() instanceof Arrival.EdgeRoute e ? e.edgeFqdn().toString() : "$Null";
    return "Set-CsAllowedDomain -Identity " + o.domain() + " -ProxyFqdn " + fix;
  }

  /**
   * Lync Server 2013 has no {@code -VerificationLevel} on allowed domains (it came with Skype for
   * Business Server 2015), so there an allowed domain's verification has no command.
   */
  private Optional<String> verifiable(GateOutcome o, Ask a) {
    if (o.detail() == Detail.ALLOWED_DOMAIN && isLync2013()) {
      return Optional.empty();
    }
    return Optional.of(switch (o.detail()) {
      case DEFAULT_ROUTE -> {
        OnPremisesConfiguration p = config.onPremises();
        String fqdn =
            p != null && p.accessEdge().routing() instanceof EdgeRouting.DefaultRoute dr
                ? dr.defaultRouteFqdn().toString()
                : "";
        yield SET_EDGE + " -UseDefaultRouting -DefaultRouteFqdn " + fqdn
            + " -VerificationLevel AlwaysVerifiable";
      }
      case ALLOWED_DOMAIN -> "Set-CsAllowedDomain -Identity " + o.domain()
          + " -VerificationLevel AlwaysVerifiable";
      case DISCOVERED_PARTNER -> SET_EDGE + " -DiscoveredPartnerVerificationLevel AlwaysVerifiable";
      default -> "Set-CsPublicProvider -Identity "
          + Explainer.requireProvider(a.party).identity()
          + " -VerificationLevel AlwaysVerifiable";
    });
  }

  private boolean isLync2013() {
    Product p = config.product();
    return p == Product.LYNC_SERVER_2013 || p == Product.LYNC_SERVER_2013_CU5;
  }

  /**
   * The reference requires the discovery setting with {@code -UseDnsSrvRouting}; the current
   * value is kept, so the command changes the routing only.
   */
  private String dnsSrvRouting() {
    OnPremisesConfiguration p = config.onPremises();
    boolean discovery = p != null && p.accessEdge().enablePartnerDiscovery();
    return SET_EDGE + " -UseDnsSrvRouting -EnablePartnerDiscovery " + (discovery ? "$True" : "$False");
  }

  private String enableProvider(GateOutcome o, Ask a) {
    if (o.detail() == Detail.HOSTING_PROVIDER) {
      HostingProvider h = a.party.requireHosting();
      return "Set-CsHostingProvider -Identity " + h.identity() + " -Enabled $True";
    }
    PublicProvider p = Explainer.requireProvider(a.party);
    if (config.isOnline()) {
      return tenantProviders(onlineName(p));
    }
    return isMessengerNotSkype(p)
        ? removeThenNewSkype(p)
        : "Set-CsPublicProvider -Identity " + p.identity() + " -Enabled $True";
  }

  /**
   * A provider cannot be changed in place to another name decoration, and proxy FQDNs are unique
   * across providers: the provider holding Skype's proxy FQDN is removed and Skype created anew,
   * as the deployment guide does.
   */
  private String removeThenNewSkype(PublicProvider holder) {
    return "Remove-CsPublicProvider -Identity " + holder.identity() + "; " + newSkype();
  }

  /** The configuration's provider on Skype's proxy FQDN, whatever its identity, or null. */
  private @Nullable PublicProvider skypeFqdnHolder() {
    for (PublicProvider p : config.source().publicProviders()) {
      if (p.proxyFqdn().toString().equals(PublicProvider.MESSENGER_PROXY_FQDN)) {
        return p;
      }
    }
    return null;
  }

  /**
   * For one of Microsoft's own account domains (the deployment guide's excluded list) that the
   * decoration in force does not cover, on a product with the name-decoration parameters, while a
   * provider already holds Skype's proxy FQDN: that provider recreated with the guide's
   * decoration. Such a party reads as a federated domain, and no allowed-domain entry reaches a
   * Microsoft account.
   */
  private Optional<String> redecorate(Domain d) {
    if (config.isOnline()
        || config.product() == Product.LYNC_SERVER_2013
        || !NameDecoration.defaults().excludedDomains().contains(d)
        || config.decoration().isExcluded(d)) {
      return Optional.empty();
    }
    PublicProvider holder = skypeFqdnHolder();
    return holder == null ? Optional.empty() : Optional.of(removeThenNewSkype(holder));
  }

  /**
   * Creates the Skype provider as the deployment guide does, with the parameters the product
   * has: name decoration from Lync Server 2013 CU5, Skype ID routing and directory search from
   * Skype for Business Server 2015. Online, Skype is the {@code WindowsLive} provider.
   */
  private String createSkype() {
    if (config.isOnline()) {
      return tenantProviders(WINDOWS_LIVE);
    }
    PublicProvider holder = skypeFqdnHolder();
    // The FQDN is taken (by a provider without the decoration, or the party would be its user).
    return holder == null ? newSkype() : removeThenNewSkype(holder);
  }

  /** {@code New-CsPublicProvider} for Skype with the parameters the product has. */
  private String newSkype() {
    StringBuilder b =
        new StringBuilder("New-CsPublicProvider -Identity Skype -ProxyFqdn ")
            .append(PublicProvider.MESSENGER_PROXY_FQDN)
            .append(" -VerificationLevel AlwaysVerifiable -Enabled $True");
    Product p = config.product();
    if (p != Product.LYNC_SERVER_2013) {
      b.append(" -NameDecorationRoutingDomain msn.com")
          .append(" -NameDecorationExcludedDomainList \"msn.com,outlook.com,live.com,hotmail.com\"");
    }
    if (!isLync2013()) {
      b.append(" -EnableSkypeIdRouting $True -EnableSkypeDirectorySearch $True");
    }
    return b.toString();
  }

  private static final String WINDOWS_LIVE = "WindowsLive";

  /**
   * The online value of a provider: {@code Set-CsTenantPublicProvider -Provider} knows only
   * {@code WindowsLive}, {@code AOL} and {@code Yahoo}; Skype and Messenger are Windows Live.
   */
  static String onlineName(PublicProvider p) {
    String fqdn = p.proxyFqdn().toString();
    if (fqdn.endsWith("yahoo.com") || Ascii.equalsIgnoreCase(p.identity(), "Yahoo")) {
      return "Yahoo";
    }
    if (fqdn.endsWith("aol.com") || Ascii.equalsIgnoreCase(p.identity(), "AOL")) {
      return "AOL";
    }
    return WINDOWS_LIVE;
  }

  /**
   * The command replaces the whole enabled set, so it names every provider already enabled
   * besides the one to enable.
   */
  private String tenantProviders(String toEnable) {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    for (PublicProvider p : config.source().publicProviders()) {
      if (p.enabled()) {
        names.add(onlineName(p));
      }
    }
    names.add(toEnable);
    StringBuilder b = new StringBuilder("Set-CsTenantPublicProvider -Provider ");
    boolean first = true;
    for (String n : names) {
      b.append(first ? "" : ",").append('"').append(n).append('"');
      first = false;
    }
    return b.toString();
  }

  /** The retired Messenger provider on Skype's proxy FQDN: replaced, not enabled. */
  static boolean isMessengerNotSkype(PublicProvider p) {
    return p.proxyFqdn().toString().equals(PublicProvider.MESSENGER_PROXY_FQDN)
        && !Ascii.equalsIgnoreCase(p.identity(), "Skype");
  }

  /**
   * The policy in force: change it (affecting everyone it is in force for), or grant this user
   * an existing policy that allows the request.
   */
  private Optional<Remediation> policy(GateOutcome o, Ask a) {
    UserEntry u = Explainer.requireUser(a);
    ExternalAccessPolicy p = Explainer.requirePolicy(a);
    PolicyFlag flag = PolicyFlag.of(o.rule());
    Optional<String> grant = grantAlternative(u, a);
    if (config.product() == Product.SKYPE_FOR_BUSINESS_ONLINE) {
      // Lync / Skype for Business Online policies cannot be changed: grant another one.
      return grant.map(Remediation::of);
    }
    String identity =
        config.product() == Product.TEAMS_TENANT ? p.identity().name() : p.identity().toString();
    return Optional.of(
        new Remediation(
            SET_POLICY + identity + " -" + flag.setting + " $True",
            Math.max(1, config.usersInForce(p.identity())) - 1,
            grant));
  }

  /**
   * A grant that would make every policy gate of this request pass for this user alone: an
   * existing per-user policy that allows it, else revoking the per-user grant when the site or
   * Global policy (online: no policy) would allow it.
   */
  private Optional<String> grantAlternative(UserEntry u, Ask a) {
    @Nullable ExternalAccessPolicy current = u.policy();
    for (ExternalAccessPolicy p : config.grantablePolicies()) {
      if ((current == null || !p.identity().equals(current.identity()))
          && PolicyFlag.allows(p, a.party.cls, a.modality)
          && teams.externalOrgsAdmit(p, a)) {
        return Optional.of(GRANT_POLICY + u.user().sipUri() + " -PolicyName " + p.identity().name());
      }
    }
    ExternalAccessPolicy fallback = u.fallback();
    if (u.effective().basis() == EffectivePolicy.Basis.USER_GRANT
        && (fallback == null || PolicyFlag.allows(fallback, a.party.cls, a.modality))) {
      return Optional.of(GRANT_POLICY + u.user().sipUri() + " -PolicyName $Null");
    }
    return Optional.empty();
  }

  private Optional<Remediation> orgWide(Ask a, String command) {
    int others = config.userCount() - (a.user == null ? 0 : 1);
    return Optional.of(new Remediation(command, Math.max(0, others), Optional.empty()));
  }
}
