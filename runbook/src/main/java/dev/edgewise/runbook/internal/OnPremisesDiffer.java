package dev.edgewise.runbook.internal;

import static dev.edgewise.runbook.internal.CmdletText.b;
import static dev.edgewise.runbook.internal.CmdletText.list;
import static dev.edgewise.runbook.internal.CmdletText.opt;
import static dev.edgewise.runbook.internal.CmdletText.q;

import dev.edgewise.address.Domain;
import dev.edgewise.address.NameDecoration;
import dev.edgewise.policy.AccessEdgeConfiguration;
import dev.edgewise.policy.AllowedDomain;
import dev.edgewise.policy.BlockedDomain;
import dev.edgewise.policy.EdgeRouting;
import dev.edgewise.policy.HostingProvider;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.Product;
import dev.edgewise.policy.PublicProvider;
import dev.edgewise.policy.VerificationLevel;
import dev.edgewise.runbook.internal.CmdletText.Params;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Prints what only an on-premises deployment has: the Access Edge's parameters, and the statements
 * that take the allowed and blocked domains, the public and the hosting providers from one
 * configuration to another (removals first, then changes, then additions, so that an identity or
 * a proxy FQDN is free before it is taken again).
 */
final class OnPremisesDiffer {
  private final List<String> out = new ArrayList<>();
  private final Product product;

  private OnPremisesDiffer(Product product) {
    this.product = product;
  }

  /** The statements for the domain lists and providers, and the declarations they need. */
  static List<String> listsAndProviders(
      OnPremisesConfiguration a, OnPremisesConfiguration b, Product product) {
    OnPremisesDiffer d = new OnPremisesDiffer(product);
    d.lists(a, b);
    return d.out;
  }

  private void lists(OnPremisesConfiguration a, OnPremisesConfiguration b) {
    Plan<BlockedDomain> blocked =
        Plan.of(a.blockedDomains(), b.blockedDomains(), BlockedDomain::domain, (x, y) -> true);
    Plan<AllowedDomain> allowed =
        Plan.of(a.allowedDomains(), b.allowedDomains(), AllowedDomain::domain, (x, y) -> true);
    for (BlockedDomain d : blocked.removes) {
      out.add("Remove-CsBlockedDomain -Identity " + d.domain());
    }
    for (AllowedDomain d : allowed.removes) {
      out.add("Remove-CsAllowedDomain -Identity " + d.domain());
    }
    for (List<AllowedDomain> pair : allowed.sets) {
      out.add("Set-CsAllowedDomain -Identity " + pair.get(1).domain() + allowedParams(pair.get(0), pair.get(1)));
    }
    for (AllowedDomain d : allowed.news) {
      out.add("New-CsAllowedDomain -Identity " + d.domain() + allowedParams(AllowedDomain.of(d.domain()), d));
    }
    for (List<BlockedDomain> pair : blocked.sets) {
      out.add("Set-CsBlockedDomain -Identity " + pair.get(1).domain() + " -Comment " + opt(pair.get(1).comment()));
    }
    for (BlockedDomain d : blocked.news) {
      out.add("New-CsBlockedDomain -Identity " + d.domain()
          + (d.comment().isPresent() ? " -Comment " + q(d.comment().get()) : ""));
    }

    Plan<PublicProvider> pub =
        Plan.of(
            a.publicProviders(),
            b.publicProviders(),
            p -> p.identity().toLowerCase(Locale.ROOT),
            (x, y) ->
                x.toBuilder()
                    .enabled(y.enabled())
                    .verificationLevel(y.verificationLevel())
                    .capabilities(y.capabilities())
                    .build()
                    .equals(y));
    Plan<HostingProvider> host =
        Plan.of(
            a.hostingProviders(),
            b.hostingProviders(),
            h -> h.identity().toLowerCase(Locale.ROOT),
            (x, y) -> x.identity().equals(y.identity()) && x.proxyFqdn().equals(y.proxyFqdn()));
    for (PublicProvider p : pub.removes) {
      out.add("Remove-CsPublicProvider -Identity " + q(p.identity()));
    }
    for (HostingProvider h : host.removes) {
      out.add("Remove-CsHostingProvider -Identity " + q(h.identity()));
    }
    for (List<PublicProvider> pair : pub.sets) {
      PublicProvider x = pair.get(0);
      PublicProvider y = pair.get(1);
      Params p = new Params()
          .bool("Enabled", x.enabled(), y.enabled())
          .changed("VerificationLevel", x.verificationLevel(), y.verificationLevel(), y.verificationLevel().cmdletName());
      if (!p.isEmpty()) {
        out.add("Set-CsPublicProvider -Identity " + q(y.identity()) + p);
      }
    }
    for (List<HostingProvider> pair : host.sets) {
      Params p = hostingParams(pair.get(0), pair.get(1));
      if (!p.isEmpty()) {
        out.add("Set-CsHostingProvider -Identity " + q(pair.get(1).identity()) + p);
      }
    }
    for (PublicProvider p : pub.news) {
      out.add("New-CsPublicProvider -Identity " + q(p.identity()) + " -ProxyFqdn " + p.proxyFqdn()
          + publicParams(p));
    }
    for (HostingProvider h : host.news) {
      HostingProvider fresh = HostingProvider.builder().identity(h.identity()).proxyFqdn(h.proxyFqdn()).build();
      out.add("New-CsHostingProvider -Identity " + q(h.identity()) + " -ProxyFqdn " + h.proxyFqdn()
          + hostingParams(fresh, h));
    }
    Set<String> newPublic = new HashSet<>();
    for (PublicProvider p : pub.news) {
      newPublic.add(p.identity());
    }
    out.addAll(CmdletText.capabilities(a.publicProviders(), b.publicProviders(), newPublic));
    Map<String, HostingProvider> oldHost = new HashMap<>();
    for (HostingProvider h : a.hostingProviders()) {
      oldHost.put(h.identity(), h);
    }
    Set<String> recreated = new HashSet<>();
    for (HostingProvider h : host.news) {
      recreated.add(h.identity());
    }
    for (HostingProvider h : b.hostingProviders()) {
      @Nullable HostingProvider o = recreated.contains(h.identity()) ? null : oldHost.get(h.identity());
      Set<Domain> was = o == null ? Set.of() : o.hostedDomains();
      if (!was.equals(h.hostedDomains())) {
        out.add(CmdletText.DECLARE + "HostedDomains " + q(h.identity()) + " " + list(h.hostedDomains()));
      }
    }
  }

  /** The parameters of {@code Set-CsAccessEdgeConfiguration} from {@code a} to {@code b}. */
  static Params edge(AccessEdgeConfiguration a, AccessEdgeConfiguration b) {
    Params p = new Params();
    p.bool("AllowFederatedUsers", a.allowFederatedUsers(), b.allowFederatedUsers());
    p.bool("EnablePartnerDiscovery", a.enablePartnerDiscovery(), b.enablePartnerDiscovery());
    p.bool("AllowOutsideUsers", a.allowOutsideUsers(), b.allowOutsideUsers());
    p.bool("AllowAnonymousUsers", a.allowAnonymousUsers(), b.allowAnonymousUsers());
    p.changed(
            "DiscoveredPartnerVerificationLevel",
            a.discoveredPartnerVerificationLevel(),
            b.discoveredPartnerVerificationLevel(),
            b.discoveredPartnerVerificationLevel().cmdletName());
    p.bool("EnableArchivingDisclaimer", a.enableArchivingDisclaimer(), b.enableArchivingDisclaimer());
    p.bool(
            "MarkSourceVerifiableOnOutgoingMessages",
            a.markSourceVerifiableOnOutgoingMessages(),
            b.markSourceVerifiableOnOutgoingMessages());
    p.bool(
            "EnableDiscoveredPartnerContactsLimit",
            a.enableDiscoveredPartnerContactsLimit(),
            b.enableDiscoveredPartnerContactsLimit());
    p.changed(
            "MaxContactsPerDiscoveredPartner",
            a.maxContactsPerDiscoveredPartner(),
            b.maxContactsPerDiscoveredPartner(),
            Integer.toString(b.maxContactsPerDiscoveredPartner()));
    p.changed(
            "DiscoveredPartnerStandardRate",
            a.discoveredPartnerStandardRate(),
            b.discoveredPartnerStandardRate(),
            Integer.toString(b.discoveredPartnerStandardRate()));
    p.changed(
            "DiscoveredPartnerReportPeriodMinutes",
            a.discoveredPartnerReportPeriodMinutes(),
            b.discoveredPartnerReportPeriodMinutes(),
            Integer.toString(b.discoveredPartnerReportPeriodMinutes()));
    p.bool("KeepCrlsUpToDateForPeers", a.keepCrlsUpToDateForPeers(), b.keepCrlsUpToDateForPeers());
    p.changed(
            "OutgoingTlsCountForFederatedPartners",
            a.outgoingTlsCountForFederatedPartners(),
            b.outgoingTlsCountForFederatedPartners(),
            Integer.toString(b.outgoingTlsCountForFederatedPartners()));
    p.bool("BeClearingHouse", a.beClearinghouse(), b.beClearinghouse());
    p.changed("SkypeSearchUrl", a.skypeSearchUrl(), b.skypeSearchUrl(), opt(b.skypeSearchUrl()));
    p.changed(
            "DnsSrvCacheRecordCount",
            a.dnsSrvCacheRecordCount(),
            b.dnsSrvCacheRecordCount(),
            b.dnsSrvCacheRecordCount().isPresent()
                ? Integer.toString(b.dnsSrvCacheRecordCount().getAsInt())
                : "$null");
    if (!a.routing().equals(b.routing())) {
      if (b.routing() instanceof EdgeRouting.DefaultRoute r) {
        if (a.routing().isDnsSrv()) {
          p.sb.append(" -UseDefaultRouting");
          p.put("DefaultRouteFqdn", r.defaultRouteFqdn().toString());
          p.put("VerificationLevel", r.verificationLevel().cmdletName());
        } else {
          EdgeRouting.DefaultRoute o = (EdgeRouting.DefaultRoute) a.routing();
          p.changed("DefaultRouteFqdn", o.defaultRouteFqdn(), r.defaultRouteFqdn(), r.defaultRouteFqdn().toString());
          p.changed("VerificationLevel", o.verificationLevel(), r.verificationLevel(), r.verificationLevel().cmdletName());
        }
      } else {
        p.sb.append(" -UseDnsSrvRouting");
      }
    }
    return p;
  }

  private Params allowedParams(AllowedDomain a, AllowedDomain b) {
    if (a.verificationLevel() != b.verificationLevel() && !ProviderCmdlets.SFB2015.contains(product)) {
      throw new IllegalArgumentException(
          "an allowed domain's VerificationLevel cannot be set on " + product.displayName());
    }
    return new Params()
        .changed("ProxyFqdn", a.proxyFqdn(), b.proxyFqdn(), opt(b.proxyFqdn()))
        .changed("Comment", a.comment(), b.comment(), opt(b.comment()))
        .bool("MarkForMonitoring", a.markForMonitoring(), b.markForMonitoring())
        .changed("VerificationLevel", a.verificationLevel(), b.verificationLevel(), b.verificationLevel().cmdletName());
  }

  private String publicParams(PublicProvider p) {
    Params x = new Params().put("Enabled", b(p.enabled()));
    if (p.verificationLevel() != VerificationLevel.ALWAYS_VERIFIABLE) {
      x.put("VerificationLevel", p.verificationLevel().cmdletName());
    }
    p.iconUrl().ifPresent(u -> x.put("IconUrl", q(u)));
    boolean decorates = ProviderCmdlets.DECORATION.contains(product);
    NameDecoration d = NameDecoration.defaults();
    Optional<Domain> routing = decorates ? Optional.of(d.routingDomain()) : Optional.empty();
    Set<Domain> excluded = decorates ? d.excludedDomains() : Set.of();
    if (!routing.equals(p.nameDecorationRoutingDomain()) || !excluded.equals(p.nameDecorationExcludedDomains())) {
      if (!decorates) {
        throw new IllegalArgumentException(
            "name decoration cannot be set on " + product.displayName() + ": " + p.identity());
      }
      x.changed("NameDecorationRoutingDomain", routing, p.nameDecorationRoutingDomain(), opt(p.nameDecorationRoutingDomain()));
      if (!excluded.equals(p.nameDecorationExcludedDomains())) {
        StringBuilder sb = new StringBuilder();
        for (Domain e : p.nameDecorationExcludedDomains()) {
          sb.append(sb.length() == 0 ? "" : ",").append(e);
        }
        x.put("NameDecorationExcludedDomainList", sb.length() == 0 ? "$null" : "'" + sb + "'");
      }
    }
    if (p.enableSkypeIdRouting() || p.enableSkypeDirectorySearch()) {
      if (!ProviderCmdlets.SFB2015.contains(product)) {
        throw new IllegalArgumentException(
            "Skype ID routing and directory search cannot be set on " + product.displayName());
      }
      x.bool("EnableSkypeIdRouting", false, p.enableSkypeIdRouting());
      x.bool("EnableSkypeDirectorySearch", false, p.enableSkypeDirectorySearch());
    }
    return x.toString();
  }

  private static Params hostingParams(HostingProvider a, HostingProvider b) {
    return new Params()
        .bool("Enabled", a.enabled(), b.enabled())
        .bool("EnabledSharedAddressSpace", a.enabledSharedAddressSpace(), b.enabledSharedAddressSpace())
        .bool("HostsOCSUsers", a.hostsOcsUsers(), b.hostsOcsUsers())
        .bool("IsLocal", a.isLocal(), b.isLocal())
        .changed("VerificationLevel", a.verificationLevel(), b.verificationLevel(), b.verificationLevel().cmdletName())
        .changed("AutodiscoverUrl", a.autodiscoverUrl(), b.autodiscoverUrl(), opt(b.autodiscoverUrl()))
        .changed("SipClientPort", a.sipClientPort(), b.sipClientPort(), Integer.toString(b.sipClientPort()));
  }
}
