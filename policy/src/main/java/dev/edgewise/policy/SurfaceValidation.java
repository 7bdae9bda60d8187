package dev.edgewise.policy;

import dev.edgewise.address.Domain;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The validator's checks of conferencing policies and XMPP allowed partners: identities unique,
 * grants of policies that exist, site policies for sites that exist, online only per-user
 * policies, and partners only on a product with the XMPP gateway, each domain declared once.
 */
final class SurfaceValidation {

  private SurfaceValidation() {}

  static void check(ConfigurationValidator v, FederationConfiguration c) {
    conferencing(v, c);
    xmpp(v, c);
  }

  private static void conferencing(ConfigurationValidator v, FederationConfiguration c) {
    boolean online = c.platform() == Platform.ONLINE;
    Set<String> sites =
        c instanceof OnPremisesConfiguration p ? p.sites() : Set.of();
    TreeMap<String, Integer> counts = new TreeMap<>();
    Set<PolicyIdentity> grantable = new HashSet<>();
    for (ConferencingPolicy p : c.conferencingPolicies()) {
      String id = p.identity().toString();
      counts.merge(id, 1, Integer::sum);
      if (online && p.scope() != PolicyScope.USER) {
        v.add(
            ConfigurationProblem.Code.POLICY_IGNORED_ONLINE,
            "ConferencingPolicy:" + id,
            "The conferencing policy " + id + " is listed, but online only per-user conferencing"
                + " policies are modelled; it is ignored.");
      }
      if (!online && p.scope() == PolicyScope.SITE && !sites.contains(p.identity().name())) {
        v.add(
            ConfigurationProblem.Code.SITE_POLICY_FOR_UNKNOWN_SITE,
            "ConferencingPolicy:" + id,
            "The conferencing policy " + id + " is for site " + p.identity().name()
                + ", which the organization does not have.");
      }
      if (p.scope() == PolicyScope.USER) {
        grantable.add(p.identity());
      }
    }
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > 1) {
        v.add(
            ConfigurationProblem.Code.DUPLICATE_POLICY_IDENTITY,
            "ConferencingPolicy:" + e.getKey(),
            "The conferencing policy " + e.getKey() + " is declared " + e.getValue()
                + " times; identities are unique.");
      }
    }
    for (LocalUser u : c.users()) {
      Optional<PolicyIdentity> granted = u.grantedConferencingPolicy();
      if (granted.isPresent() && !grantable.contains(granted.get())) {
        v.add(
            ConfigurationProblem.Code.GRANT_OF_UNKNOWN_POLICY,
            "User:" + u.sipUri(),
            "The user " + u.sipUri() + " is granted the conferencing policy " + granted.get()
                + ", which does not exist; create it with New-CsConferencingPolicy -Identity "
                + granted.get().name() + " or grant an existing policy.");
      }
    }
  }

  private static void xmpp(ConfigurationValidator v, FederationConfiguration c) {
    List<XmppPartner> partners = c.xmppPartners();
    if (!partners.isEmpty() && !c.product().hasXmppGateway()) {
      v.add(
          ConfigurationProblem.Code.XMPP_WITHOUT_GATEWAY,
          "XmppAllowedPartner",
          c.product().displayName() + " has no XMPP gateway, but XMPP allowed partners are"
              + " declared: " + partners.size() + "; remove them, or name a product with the"
              + " gateway (Lync Server 2013, Skype for Business Server 2015).");
    }
    TreeMap<Domain, Integer> seen = new TreeMap<>(ConfigurationValidator.BY_NAME);
    for (XmppPartner x : partners) {
      for (Domain d : x.domains()) {
        seen.merge(d, 1, Integer::sum);
      }
    }
    Set<Domain> own = new HashSet<>(c.sipDomains());
    for (Map.Entry<Domain, Integer> e : seen.entrySet()) {
      if (e.getValue() > 1) {
        v.add(
            ConfigurationProblem.Code.DUPLICATE_DOMAIN_ENTRY,
            "XmppAllowedPartner:" + e.getKey(),
            "The XMPP domain " + e.getKey() + " is declared " + e.getValue()
                + " times across the XMPP allowed partners; declare it once.");
      }
      if (own.contains(e.getKey())) {
        v.add(
            ConfigurationProblem.Code.SIP_DOMAIN_ON_DOMAIN_LIST,
            "XmppAllowedPartner:" + e.getKey(),
            "The XMPP domain " + e.getKey() + " is one of the organization's own SIP domains;"
                + " its users are internal and the partner entry is never consulted.");
      }
    }
  }
}
