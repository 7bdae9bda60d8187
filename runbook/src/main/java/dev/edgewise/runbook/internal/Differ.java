package dev.edgewise.runbook.internal;

import static dev.edgewise.runbook.internal.CmdletText.b;
import static dev.edgewise.runbook.internal.CmdletText.list;
import static dev.edgewise.runbook.internal.CmdletText.opt;
import static dev.edgewise.runbook.internal.CmdletText.q;

import dev.edgewise.address.Domain;
import dev.edgewise.policy.AllowedDomain;
import dev.edgewise.policy.ExternalAccessPolicy;
import dev.edgewise.policy.FederationConfiguration;
import dev.edgewise.policy.LocalUser;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.OnlineTenantConfiguration;
import dev.edgewise.policy.PolicyIdentity;
import dev.edgewise.policy.Product;
import dev.edgewise.policy.ProvisioningState;
import dev.edgewise.policy.PublicProvider;
import dev.edgewise.runbook.internal.CmdletText.Params;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Prints configurations and the runbook between two of them. */
public final class Differ {

  private final List<String> out = new ArrayList<>();
  private final Product product;

  private Differ(Product product) {
    this.product = product;
  }

  /** The runbook of a configuration: its product, then the way from the product's fresh state. */
  public static String print(FederationConfiguration c) {
    String body = diff(Interpreter.fresh(c.product()), c);
    return "# edgewise: Product " + c.product().name() + "\n" + body;
  }

  public static String diff(FederationConfiguration a, FederationConfiguration b) {
    if (a.product() != b.product()) {
      throw new IllegalArgumentException(
          "a runbook cannot change the product: " + a.product() + " -> " + b.product());
    }
    Differ d = new Differ(b.product());
    d.declarations(a, b);
    if (a instanceof OnPremisesConfiguration pa && b instanceof OnPremisesConfiguration pb) {
      d.onPrem(pa, pb);
    } else {
      d.online((OnlineTenantConfiguration) a, (OnlineTenantConfiguration) b);
    }
    d.out.addAll(SurfaceDiffer.lines(a, b));
    if (a.enablePrivacyMode() != b.enablePrivacyMode()) {
      d.emit("Set-CsPrivacyConfiguration -EnablePrivacyMode " + b(b.enablePrivacyMode()));
    }
    StringBuilder sb = new StringBuilder();
    for (String line : d.out) {
      sb.append(line).append('\n');
    }
    return sb.toString();
  }

  private void emit(String line) {
    out.add(line);
  }

  private void declare(String line) {
    out.add(CmdletText.DECLARE + line);
  }

  // --- declarations -----------------------------------------------------------------------------

  private void declarations(FederationConfiguration a, FederationConfiguration b) {
    if (a.era() != b.era()) {
      declare("Era " + b.era().name());
    }
    Plan<Domain> sip = Plan.of(a.sipDomains(), b.sipDomains(), d -> d, (x, y) -> false);
    for (Domain d : sip.removes) {
      declare("RemoveSipDomain " + d);
    }
    for (Domain d : sip.news) {
      declare("SipDomain " + d);
    }
    if (a instanceof OnPremisesConfiguration pa && b instanceof OnPremisesConfiguration pb) {
      for (String s : pb.sites()) {
        if (!pa.sites().contains(s)) {
          declare("Site " + q(s));
        }
      }
      for (String s : pa.sites()) {
        if (!pb.sites().contains(s)) {
          declare("RemoveSite " + q(s));
        }
      }
    }
    Plan<LocalUser> users =
        Plan.of(a.users(), b.users(), LocalUser::sipUri, (x, y) -> true);
    for (LocalUser u : users.removes) {
      declare("RemoveUser " + q(u.sipUri().toString()));
    }
    for (List<LocalUser> pair : users.sets) {
      if (!pair.get(0).site().equals(pair.get(1).site())
          || !pair.get(0).homeProvider().equals(pair.get(1).homeProvider())) {
        declare(user(pair.get(1)));
      }
    }
    for (LocalUser u : users.news) {
      declare(user(u));
    }
    Map<Domain, ProvisioningState> pa = a.picProvisioning();
    for (Map.Entry<Domain, ProvisioningState> e : b.picProvisioning().entrySet()) {
      if (pa.get(e.getKey()) != e.getValue()) {
        declare("PicProvisioning " + e.getKey() + " " + e.getValue().name());
      }
    }
    for (Domain d : pa.keySet()) {
      if (!b.picProvisioning().containsKey(d)) {
        declare("PicProvisioning " + d + " $null");
      }
    }
  }

  private String user(LocalUser u) {
    return "User " + q(u.sipUri().toString()) + u.site().map(s -> " -Site " + q(s)).orElse("")
        + u.homeProvider().map(h -> " -HomeProvider " + q(h)).orElse("");
  }

  // --- policies and grants (both platforms) -------------------------------------------------------

  private static Params policyParams(ExternalAccessPolicy a, ExternalAccessPolicy b) {
    return new Params()
        .bool("EnableFederationAccess", a.enableFederationAccess(), b.enableFederationAccess())
        .bool("EnablePublicCloudAccess", a.enablePublicCloudAccess(), b.enablePublicCloudAccess())
        .bool(
            "EnablePublicCloudAudioVideoAccess",
            a.enablePublicCloudAudioVideoAccess(),
            b.enablePublicCloudAudioVideoAccess())
        .bool("EnableOutsideAccess", a.enableOutsideAccess(), b.enableOutsideAccess())
        .bool("EnableXmppAccess", a.enableXmppAccess(), b.enableXmppAccess())
        .changed("Description", a.description(), b.description(), opt(b.description()))
        // the Teams settings differ only in a Teams tenant, the one product that has them
        .bool("EnableTeamsConsumerAccess", a.enableTeamsConsumerAccess(),
            b.enableTeamsConsumerAccess())
        .bool("EnableTeamsConsumerInbound", a.enableTeamsConsumerInbound(),
            b.enableTeamsConsumerInbound())
        .changed("CommunicationWithExternalOrgs", a.communicationWithExternalOrgs(),
            b.communicationWithExternalOrgs(), b.communicationWithExternalOrgs().cmdletValue())
        .changed("AllowedExternalDomains", a.allowedExternalDomains(),
            b.allowedExternalDomains(), list(b.allowedExternalDomains()))
        .changed("BlockedExternalDomains", a.blockedExternalDomains(),
            b.blockedExternalDomains(), list(b.blockedExternalDomains()));
  }

  /** Policies, then grants; {@code declared} for Skype for Business Online's predefined policies. */
  private void policiesAndGrants(FederationConfiguration a, FederationConfiguration b) {
    boolean declared = product == Product.SKYPE_FOR_BUSINESS_ONLINE;
    Plan<ExternalAccessPolicy> plan =
        Plan.of(
            a.externalAccessPolicies(),
            b.externalAccessPolicies(),
            ExternalAccessPolicy::identity,
            (x, y) -> true);
    Set<PolicyIdentity> removed = new HashSet<>();
    for (ExternalAccessPolicy p : plan.removes) {
      removed.add(p.identity());
    }
    // The grants in force once user declarations ran: kept users keep theirs, new ones have none.
    Plan<LocalUser> users = Plan.of(a.users(), b.users(), LocalUser::sipUri, (x, y) -> true);
    Map<String, Optional<String>> grant = new HashMap<>();
    Map<String, LocalUser> before = new HashMap<>();
    for (LocalUser u : a.users()) {
      before.put(u.sipUri().toString(), u);
    }
    for (LocalUser u : users.kept) {
      LocalUser old = before.get(u.sipUri().toString());
      grant.put(u.sipUri().toString(), old == null ? Optional.empty() : old.externalAccessPolicy());
    }
    Map<String, Optional<String>> target = new LinkedHashMap<>();
    for (LocalUser u : b.users()) {
      target.put(u.sipUri().toString(), u.externalAccessPolicy());
      grant.putIfAbsent(u.sipUri().toString(), Optional.empty());
    }
    if (!declared) {
      // A granted policy cannot be removed: move its users first, to their final policy if it
      // survives, else to none.
      for (LocalUser u : users.kept) {
        String key = u.sipUri().toString();
        Optional<String> now = grant.get(key);
        if (now != null && now.isPresent() && removed.contains(PolicyIdentity.tag(now.get()))) {
          Optional<String> fin = target.get(key);
          Optional<String> to =
              fin != null && fin.isPresent() && !removed.contains(PolicyIdentity.tag(fin.get()))
                      && a.policy(PolicyIdentity.tag(fin.get())).isPresent()
                  ? fin
                  : Optional.empty();
          emitGrant(key, to);
          grant.put(key, to);
        }
      }
    }
    for (ExternalAccessPolicy p : plan.removes) {
      if (declared) {
        declare("RemovePolicy " + q(p.identity().toString()));
      } else {
        emit("Remove-CsExternalAccessPolicy -Identity " + q(p.identity().toString()));
      }
    }
    for (List<ExternalAccessPolicy> pair : plan.sets) {
      if (declared) {
        declare("Policy -Identity " + q(pair.get(1).identity().toString())
            + policyParams(ExternalAccessPolicy.allOff(pair.get(1).identity()), pair.get(1)));
      } else {
        emit("Set-CsExternalAccessPolicy -Identity " + q(pair.get(1).identity().toString())
            + policyParams(pair.get(0), pair.get(1)));
      }
    }
    for (ExternalAccessPolicy p : plan.news) {
      String params = policyParams(ExternalAccessPolicy.allOff(p.identity()), p).toString();
      if (declared) {
        declare("Policy -Identity " + q(p.identity().toString()) + params);
      } else {
        emit("New-CsExternalAccessPolicy -Identity " + q(p.identity().toString()) + params);
      }
    }
    for (Map.Entry<String, Optional<String>> e : target.entrySet()) {
      if (!e.getValue().equals(grant.get(e.getKey()))) {
        emitGrant(e.getKey(), e.getValue());
      }
    }
  }

  private void emitGrant(String user, Optional<String> tag) {
    emit("Grant-CsExternalAccessPolicy -Identity " + q(user) + " -PolicyName "
        + (tag.isPresent() ? q(tag.get()) : "$null"));
  }

  // --- on-premises ------------------------------------------------------------------------------

  private void onPrem(OnPremisesConfiguration a, OnPremisesConfiguration b) {
    Params edge = OnPremisesDiffer.edge(a.accessEdge(), b.accessEdge());
    if (!edge.isEmpty()) {
      emit("Set-CsAccessEdgeConfiguration" + edge);
    }
    Params global = policyParams(a.globalPolicy(), b.globalPolicy());
    if (!global.isEmpty()) {
      emit("Set-CsExternalAccessPolicy -Identity Global" + global);
    }
    policiesAndGrants(a, b);
    out.addAll(OnPremisesDiffer.listsAndProviders(a, b, product));
  }

  // --- online -----------------------------------------------------------------------------------

  private void online(OnlineTenantConfiguration a, OnlineTenantConfiguration b) {
    for (LocalUser u : b.users()) {
      if (u.site().isPresent()) {
        throw new IllegalArgumentException("online users have no site: " + u.sipUri());
      }
    }
    policiesAndGrants(a, b);
    List<PublicProvider> pa = a.publicProviders();
    List<PublicProvider> pb = b.publicProviders();
    boolean providersChange = false;
    if (pa.size() != pb.size()) {
      throw new IllegalArgumentException("online public providers cannot be added or removed");
    }
    List<String> enabled = new ArrayList<>();
    for (int i = 0; i < pa.size(); i++) {
      PublicProvider x = pa.get(i);
      PublicProvider y = pb.get(i);
      if (!x.toBuilder().enabled(y.enabled()).capabilities(y.capabilities()).build().equals(y)) {
        throw new IllegalArgumentException("an online public provider cannot be changed: " + y.identity());
      }
      Optional<String> name = OnlineCmdlets.onlineName(y.identity());
      if (name.isEmpty()) {
        throw new IllegalArgumentException("no online provider name for " + y.identity());
      }
      providersChange |= x.enabled() != y.enabled();
      if (y.enabled()) {
        enabled.add(name.get());
      }
    }
    Params p = new Params()
        .bool("AllowFederatedUsers", a.allowFederatedUsers(), b.allowFederatedUsers())
        .bool("BlockAllSubdomains", a.blockAllSubdomains(), b.blockAllSubdomains())
        .bool("AllowTeamsConsumer", a.allowTeamsConsumer(), b.allowTeamsConsumer())
        .bool("AllowTeamsConsumerInbound", a.allowTeamsConsumerInbound(),
            b.allowTeamsConsumerInbound())
        .bool("TreatDiscoveredPartnersAsUnverified", a.treatDiscoveredPartnersAsUnverified(),
            b.treatDiscoveredPartnersAsUnverified())
        .bool("SharedSipAddressSpace", a.sharedSipAddressSpace(), b.sharedSipAddressSpace())
        .changed("ExternalAccessWithTrialTenants", a.externalAccessWithTrialTenants(),
            b.externalAccessWithTrialTenants(), b.externalAccessWithTrialTenants().cmdletValue())
        .changed("AllowedTrialTenantDomains", a.allowedTrialTenantDomains(),
            b.allowedTrialTenantDomains(), list(b.allowedTrialTenantDomains()));
    if (!a.allowedDomains().equals(b.allowedDomains())) {
      p.put("AllowedDomains", b.allowedDomains() instanceof dev.edgewise.policy.TenantAllowedDomains.AllowList l
          ? "(New-CsEdgeAllowList -AllowedDomain " + (l.domains().isEmpty() ? "@()" : list(l.domains())) + ")"
          : "(New-CsEdgeAllowAllKnownDomains)");
    }
    if (!a.blockedDomains().equals(b.blockedDomains())) {
      p.put("BlockedDomains", blockedEdit(a.blockedDomains(), b.blockedDomains()));
    }
    boolean publicOffLater = false;
    if (providersChange && !a.allowPublicUsers()) {
      p.put("AllowPublicUsers", "$true");
      publicOffLater = !b.allowPublicUsers();
    } else if (providersChange) {
      publicOffLater = !b.allowPublicUsers();
    } else if (a.allowPublicUsers() != b.allowPublicUsers()) {
      p.put("AllowPublicUsers", b(b.allowPublicUsers()));
    }
    if (!p.isEmpty()) {
      emit("Set-CsTenantFederationConfiguration" + p);
    }
    if (providersChange) {
      emit("Set-CsTenantPublicProvider -Provider " + (enabled.isEmpty() ? "@()" : list(enabled)));
      if (publicOffLater) {
        emit("Set-CsTenantFederationConfiguration -AllowPublicUsers $false");
      }
    }
    out.addAll(CmdletText.capabilities(pa, pb, Set.of()));
  }

  /** Remove then Add when that keeps the order, else Replace. */
  private static String blockedEdit(List<Domain> a, List<Domain> b) {
    List<Domain> removed = new ArrayList<>();
    List<Domain> rest = new ArrayList<>();
    for (Domain d : a) {
      if (b.contains(d)) {
        rest.add(d);
      } else {
        removed.add(d);
      }
    }
    boolean prefix = rest.size() <= b.size() && rest.equals(b.subList(0, rest.size()));
    if (!prefix || new HashSet<>(a).size() != a.size() || new HashSet<>(b).size() != b.size()) {
      return "@{Replace=" + (b.isEmpty() ? "@()" : list(b)) + "}";
    }
    List<Domain> added = b.subList(rest.size(), b.size());
    StringBuilder sb = new StringBuilder("@{");
    if (!removed.isEmpty()) {
      sb.append("Remove=").append(list(removed));
    }
    if (!added.isEmpty()) {
      sb.append(removed.isEmpty() ? "" : "; ").append("Add=").append(list(added));
    }
    return sb.append('}').toString();
  }
}
