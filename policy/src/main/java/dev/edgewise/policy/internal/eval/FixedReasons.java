package dev.edgewise.policy.internal.eval;

import dev.edgewise.address.Domain;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import dev.edgewise.policy.ExternalAccessPolicy;
import dev.edgewise.policy.PublicProvider;
import dev.edgewise.policy.Reason;
import dev.edgewise.policy.RemoteClass;
import dev.edgewise.policy.RuleId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The reasons of allowing and passing gates whose words depend only on the compiled
 * configuration and on objects it declares (the Access Edge, the tenant, a policy, a provider, the
 * modality), worded once when the evaluator is compiled and handed out for every request that
 * reaches them. An allowed request thus builds only the reasons that name the remote party (an
 * allowed domain, say); a reason that names the party or a denial's sentence is never fixed.
 *
 * <p>Every fixed reason is worded by {@link Explainer}'s own path at compile time, so it cannot
 * drift from what that path would say per request; an outcome is served from here only when its
 * rule and setting are those the reason was worded for, else the caller words it afresh. The maps
 * are filled in the constructor and never written again: the evaluator holding them is published
 * through its final fields, so every thread sees them complete.
 */
final class FixedReasons {
  /** Words nothing: what the explainer that words the fixed reasons consults. */
  static final FixedReasons NONE = new FixedReasons();

  /** The party the fixed reasons are worded for: it names nobody, as the reasons do not. */
  private static final SipUri NOBODY = SipUri.parse("sip:nobody.invalid");

  private final Map<RuleId, Reason> byRule;
  /** Per policy object in force (by identity, as users hold it), one reason per setting. */
  private final IdentityHashMap<ExternalAccessPolicy, Map<PolicyFlag, Reason>> byPolicy;
  /** Per provider object: {@code PUBLIC_PROVIDER}. */
  private final IdentityHashMap<PublicProvider, Reason> admits;
  /** Per provider object, {@code MODALITY_SUPPORTED_BY_PROVIDER} per modality. */
  private final IdentityHashMap<PublicProvider, Map<Modality, Reason>> carries;

  private FixedReasons() {
    this.byRule = Collections.emptyMap();
    this.byPolicy = new IdentityHashMap<>();
    this.admits = new IdentityHashMap<>();
    this.carries = new IdentityHashMap<>();
  }

  /** Words the fixed reasons of {@code config} with {@code explainer}, which must have none. */
  FixedReasons(CompiledConfiguration config, Explainer explainer) {
    Ask nobody = ask(null, Modality.IM);
    Map<RuleId, Reason> rules = new EnumMap<>(RuleId.class);
    fix(rules, explainer, nobody, RuleId.INTERNAL, "SIP domains");
    fix(rules, explainer, nobody, RuleId.EDGE_FEDERATION_ON, "AllowFederatedUsers");
    fix(rules, explainer, nobody, RuleId.DNS_SRV_ROUTING, "UseDnsSrvRouting");
    fix(rules, explainer, nobody, RuleId.TENANT_FEDERATION_ON, "AllowFederatedUsers");
    fix(rules, explainer, nobody, RuleId.TENANT_PUBLIC_USERS_ON, "AllowPublicUsers");
    fix(rules, explainer, nobody, RuleId.DOMAIN_NOT_BLOCKED, "BlockedDomain");
    fix(rules, explainer, nobody, RuleId.DISCOVERED_PARTNER, "EnablePartnerDiscovery");
    fix(rules, explainer, nobody, RuleId.ALL_KNOWN_DOMAINS_ALLOWED, "AllowedDomains");
    if (config.isOnline()) {
      // Online the allowed list is the tenant's, worded without the domain; on-premises it names it.
      fix(rules, explainer, nobody, RuleId.ALLOWED_DOMAIN, "AllowedDomains");
    }
    this.byRule = rules;

    IdentityHashMap<ExternalAccessPolicy, Map<PolicyFlag, Reason>> policies =
        new IdentityHashMap<>();
    for (ExternalAccessPolicy p : config.policiesInForce()) {
      Map<PolicyFlag, Reason> each = new EnumMap<>(PolicyFlag.class);
      for (PolicyFlag f : PolicyFlag.values()) {
        each.put(
            f,
            new Reason(
                f.on,
                f.setting,
                Explainer.policyDecidedBy(p),
                Explainer.policyOnExplanation(p, f),
                Optional.empty()));
      }
      policies.put(p, each);
    }
    this.byPolicy = policies;

    IdentityHashMap<PublicProvider, Reason> admitting = new IdentityHashMap<>();
    IdentityHashMap<PublicProvider, Map<Modality, Reason>> carrying = new IdentityHashMap<>();
    for (PublicProvider p : config.source().publicProviders()) {
      admitting.put(
          p, explainer.worded(outcome(RuleId.PUBLIC_PROVIDER, "Enabled"), ask(p, Modality.IM)));
      Map<Modality, Reason> each = new EnumMap<>(Modality.class);
      for (Modality m : Modality.values()) {
        each.put(
            m,
            explainer.worded(
                outcome(RuleId.MODALITY_SUPPORTED_BY_PROVIDER, "capabilities"), ask(p, m)));
      }
      carrying.put(p, each);
    }
    this.admits = admitting;
    this.carries = carrying;
  }

  /** The fixed reason for this outcome of this request, or null when it must be worded afresh. */
  @Nullable Reason of(GateOutcome o, Ask a) {
    RuleId rule = o.rule();
    if (rule.kind() == RuleId.Kind.DENY) {
      return null;
    }
    @Nullable Reason r;
    switch (rule) {
      case POLICY_FEDERATION_ON, POLICY_PUBLIC_ON, POLICY_PUBLIC_AV_ON, POLICY_OUTSIDE_ON,
          POLICY_XMPP_ON -> {
        UserEntry u = a.user;
        @Nullable ExternalAccessPolicy p = u == null ? null : u.policy();
        @Nullable Map<PolicyFlag, Reason> each = p == null ? null : byPolicy.get(p);
        r = each == null ? null : each.get(PolicyFlag.of(rule));
      }
      case PUBLIC_PROVIDER -> {
        @Nullable PublicProvider p = a.party.provider;
        r = p == null ? null : admits.get(p);
      }
      case MODALITY_SUPPORTED_BY_PROVIDER -> {
        @Nullable PublicProvider p = a.party.provider;
        @Nullable Map<Modality, Reason> each = p == null ? null : carries.get(p);
        r = each == null ? null : each.get(a.modality);
      }
      default -> r = byRule.get(rule);
    }
    return r != null && r.rule() == rule && r.setting().equals(o.setting()) ? r : null;
  }

  private static void fix(
      Map<RuleId, Reason> into, Explainer explainer, Ask nobody, RuleId rule, String setting) {
    into.put(rule, explainer.worded(outcome(rule, setting), nobody));
  }

  private static GateOutcome outcome(RuleId rule, String setting) {
    return new GateOutcome(rule, setting, Detail.NONE, (Domain) null, null);
  }

  private static Ask ask(@Nullable PublicProvider provider, Modality m) {
    Party party =
        new Party(
            provider == null ? RemoteClass.NOT_MODELLED : RemoteClass.PUBLIC_PROVIDER_USER,
            "",
            null,
            null,
            provider,
            null,
            null,
            "");
    return new Ask(NOBODY, null, party, m, null);
  }
}
