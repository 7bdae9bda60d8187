package dev.edgewise.policy.internal.eval;

import dev.edgewise.address.Domain;
import dev.edgewise.policy.ExternalAccessPolicy;
import dev.edgewise.policy.OnlineTenantConfiguration;
import dev.edgewise.policy.PublicProvider;
import dev.edgewise.policy.RuleId;
import org.checkerframework.checker.nullness.qual.Nullable;

/** The gates both platforms have: provider, capabilities, blocked list, policy flags. */
final class SharedGates {
  private final CompiledConfiguration config;

  SharedGates(CompiledConfiguration config) {
    this.config = config;
  }

  /**
   * The era gates of a public provider's user: public IM connectivity still carries requests in
   * the era ({@code SKYPE_INTEROP_RETIRED} denies), and the provider serving the party still
   * serves in it ({@code PROVIDER_RETIRED} denies). They report only a denial. Returns whether
   * the connectivity exists; when it does not, the rest of the row configures nothing that
   * could carry the request, so the caller stops there and no remediation names its settings.
   */
  boolean era(Ask a, Verdicts v) {
    boolean open = true;
    if (!config.era().carriesPublicIm()) {
      v.found(RuleId.SKYPE_INTEROP_RETIRED, "ConnectivityEra");
      open = false;
    }
    PublicProvider p = a.party.provider;
    if (p != null && !config.serves(p)) {
      v.found(RuleId.PROVIDER_RETIRED, "ConnectivityEra");
      open = false;
    }
    return open;
  }

  /** The public provider serving the party is present and enabled. */
  void provider(Ask a, Verdicts v) {
    PublicProvider p = a.party.provider;
    if (p == null) {
      v.found(RuleId.PROVIDER_MISSING, "PublicProvider");
    } else if (!p.enabled()) {
      v.found(RuleId.PROVIDER_DISABLED, "Enabled");
    } else {
      v.found(RuleId.PUBLIC_PROVIDER, "Enabled");
    }
  }

  /** The public provider carries the modality. */
  void capability(Ask a, Verdicts v) {
    PublicProvider p = a.party.provider;
    if (p == null) {
      return;
    }
    v.found(
        p.supports(a.modality)
            ? RuleId.MODALITY_SUPPORTED_BY_PROVIDER
            : RuleId.MODALITY_UNSUPPORTED_BY_PROVIDER,
        "capabilities");
  }

  /**
   * The blocked list against a public provider's user: the account's own domain, then the
   * domain the address is written under (blocking the routing domain blocks every decorated
   * account).
   */
  void publicBlocked(Ask a, Verdicts v) {
    OnlineTenantConfiguration t = config.onlineTenant();
    if (t != null && t.allowedDomains().isAllowList()) {
      return; // the tenant ignores its blocked list in allow-list mode
    }
    Domain d = a.party.requireDomain();
    @Nullable Domain own = a.party.accountDomain;
    boolean any = false;
    boolean decorated = own != null && !own.equals(d);
    if (own != null && decorated) {
      @Nullable String entry = config.blockedEntry(own);
      if (entry != null) {
        v.found(RuleId.DOMAIN_BLOCKED, blockedSetting(), Detail.ACCOUNT_DOMAIN, own, entry);
        any = true;
      }
    }
    @Nullable String entry = config.blockedEntry(d);
    if (entry != null) {
      v.found(
          RuleId.DOMAIN_BLOCKED,
          blockedSetting(),
          decorated ? Detail.ROUTING_DOMAIN : Detail.NONE,
          d,
          entry);
      any = true;
    }
    if (!any) {
      v.found(RuleId.DOMAIN_NOT_BLOCKED, "BlockedDomain");
    }
  }

  /** The blocked list against a federated or hosted domain. */
  void blocked(Ask a, Verdicts v) {
    Domain d = a.party.requireDomain();
    @Nullable String entry = config.blockedEntry(d);
    if (entry != null) {
      v.found(RuleId.DOMAIN_BLOCKED, blockedSetting(), Detail.NONE, d, entry);
    } else {
      v.found(RuleId.DOMAIN_NOT_BLOCKED, "BlockedDomain");
    }
  }

  private String blockedSetting() {
    return config.isOnline() ? "BlockedDomains" : "BlockedDomain";
  }

  /**
   * One setting of the policy in force. Skipped for an unknown user and, online, for a user with
   * no per-user policy assigned: nothing to consult.
   */
  void policy(Ask a, Verdicts v, PolicyFlag flag) {
    UserEntry u = a.user;
    ExternalAccessPolicy p = u == null ? null : u.policy();
    if (p == null) {
      return;
    }
    v.found(flag.isOn(p) ? flag.on : flag.off, flag.setting);
  }
}
