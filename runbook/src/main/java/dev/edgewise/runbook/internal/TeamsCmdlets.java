package dev.edgewise.runbook.internal;

import dev.edgewise.address.Domain;
import dev.edgewise.policy.CommunicationWithExternalOrgs;
import dev.edgewise.policy.ExternalAccessPolicy;
import dev.edgewise.policy.OnlineTenantConfiguration;
import dev.edgewise.policy.Product;
import dev.edgewise.policy.TrialTenantAccess;
import dev.edgewise.runbook.RunbookErrorKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The Teams-era parameters of {@code Set-CsTenantFederationConfiguration} and of the external
 * access policy cmdlets. They exist only in a Teams tenant; the binder refuses them elsewhere.
 * Domain lists take what the reference shows: a string, an array {@code @("a.com","b.com")},
 * {@code $null} (empty), or {@code @{Add=...; Remove=...; Replace=...}}.
 */
final class TeamsCmdlets {

  /** The products that have the Teams settings. */
  static final Set<Product> TEAMS = Set.of(Product.TEAMS_TENANT);

  private TeamsCmdlets() {}

  /** {@code Set-CsTenantFederationConfiguration}'s Teams parameters. */
  static void tenant(
      Ctx ctx, Binder b, OnlineTenantConfiguration.Builder x, OnlineTenantConfiguration t) {
    b.bool("AllowTeamsConsumer").ifPresent(x::allowTeamsConsumer);
    b.bool("AllowTeamsConsumerInbound").ifPresent(x::allowTeamsConsumerInbound);
    b.bool("TreatDiscoveredPartnersAsUnverified").ifPresent(x::treatDiscoveredPartnersAsUnverified);
    b.bool("SharedSipAddressSpace").ifPresent(x::sharedSipAddressSpace);
    b.string("ExternalAccessWithTrialTenants")
        .flatMap(v -> trial(b, v))
        .ifPresent(x::externalAccessWithTrialTenants);
    list(ctx, b, "AllowedTrialTenantDomains", t.allowedTrialTenantDomains(),
        x::allowedTrialTenantDomains);
  }

  /** The external access policy's Teams parameters, applied to {@code p}. */
  static ExternalAccessPolicy policy(Ctx ctx, Binder b, ExternalAccessPolicy p) {
    ExternalAccessPolicy.Builder x = p.toBuilder();
    b.bool("EnableTeamsConsumerAccess").ifPresent(x::enableTeamsConsumerAccess);
    b.bool("EnableTeamsConsumerInbound").ifPresent(x::enableTeamsConsumerInbound);
    Optional<CommunicationWithExternalOrgs> orgs =
        b.string("CommunicationWithExternalOrgs")
            .flatMap(v -> orgs(b, v));
    if (orgs.isPresent()) {
      if (p.identity().isGlobal()
          && orgs.get() != CommunicationWithExternalOrgs.ORGANIZATION_DEFAULT) {
        b.report("CommunicationWithExternalOrgs", RunbookErrorKind.INVALID_VALUE,
            "the Global policy's CommunicationWithExternalOrgs is always OrganizationDefault");
      } else {
        x.communicationWithExternalOrgs(orgs.get());
      }
    }
    list(ctx, b, "AllowedExternalDomains", p.allowedExternalDomains(), x::allowedExternalDomains);
    list(ctx, b, "BlockedExternalDomains", p.blockedExternalDomains(), x::blockedExternalDomains);
    return x.build();
  }

  private static Optional<TrialTenantAccess> trial(Binder b, String value) {
    try {
      return Optional.of(TrialTenantAccess.fromCmdletValue(value));
    } catch (IllegalArgumentException e) {
      b.report("ExternalAccessWithTrialTenants", RunbookErrorKind.INVALID_VALUE,
          String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  private static Optional<CommunicationWithExternalOrgs> orgs(Binder b, String value) {
    try {
      return Optional.of(CommunicationWithExternalOrgs.fromCmdletValue(value));
    } catch (IllegalArgumentException e) {
      b.report("CommunicationWithExternalOrgs", RunbookErrorKind.INVALID_VALUE,
          String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  /** A domain list parameter: replaced, cleared with {@code $null}, or edited with a hash table. */
  private static void list(
      Ctx ctx, Binder b, String name, List<Domain> current, Consumer<List<Domain>> set) {
    Optional<Val> raw = b.raw(name);
    if (raw.isEmpty()) {
      return;
    }
    Val v = raw.get();
    Optional<List<Domain>> next;
    if (v instanceof Val.Null) {
      next = Optional.of(List.of());
    } else if (v instanceof Val.Hash h) {
      next = OnlineCmdlets.edit(ctx, h, current);
    } else {
      next = OnlineCmdlets.domains(ctx, v);
    }
    next.ifPresent(set);
  }
}
