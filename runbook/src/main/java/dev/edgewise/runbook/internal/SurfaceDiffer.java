package dev.edgewise.runbook.internal;

import dev.edgewise.address.Domain;
import dev.edgewise.policy.ConferencingPolicy;
import dev.edgewise.policy.FederationConfiguration;
import dev.edgewise.policy.LocalUser;
import dev.edgewise.policy.PolicyIdentity;
import dev.edgewise.policy.Product;
import dev.edgewise.policy.XmppPartner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The runbook lines for conferencing policies, their grants, and XMPP allowed partners, between
 * two configurations whose users are already declared ({@link Differ} runs this last). The order
 * is the reader's: a granted policy is ungranted before it is removed; the {@code Global} policy
 * is changed with {@code Set-} (it always exists) and reset with {@code Remove-}.
 */
final class SurfaceDiffer {
  private final List<String> out = new ArrayList<>();

  private SurfaceDiffer() {}

  static List<String> lines(FederationConfiguration a, FederationConfiguration b) {
    SurfaceDiffer d = new SurfaceDiffer();
    d.conferencing(a, b);
    d.xmpp(a.xmppPartners(), b.xmppPartners());
    return d.out;
  }

  private void conferencing(FederationConfiguration a, FederationConfiguration b) {
    Plan<ConferencingPolicy> plan =
        Plan.of(
            a.conferencingPolicies(),
            b.conferencingPolicies(),
            ConferencingPolicy::identity,
            (x, y) -> true);
    if (b.product() == Product.SKYPE_FOR_BUSINESS_ONLINE
        && !(plan.removes.isEmpty() && plan.sets.isEmpty() && plan.news.isEmpty())) {
      // The reader refuses New-/Set-/Remove-CsConferencingPolicy there; printing them would not
      // read back (Runbook.print's contract).
      throw new IllegalArgumentException(
          "Skype for Business Online has only its predefined conferencing policies: no cmdlet"
              + " creates, changes or removes one");
    }
    Set<PolicyIdentity> removed = new HashSet<>();
    for (ConferencingPolicy p : plan.removes) {
      removed.add(p.identity());
    }
    Map<String, Optional<String>> grant = new HashMap<>();
    Set<String> inB = new HashSet<>();
    for (LocalUser u : b.users()) {
      inB.add(u.sipUri().toString());
    }
    for (LocalUser u : a.users()) {
      String key = u.sipUri().toString();
      if (!inB.contains(key)) {
        continue;
      }
      Optional<String> now = u.conferencingPolicy();
      if (now.isPresent() && removed.contains(PolicyIdentity.tag(now.get()))) {
        emitGrant(key, Optional.empty());
        now = Optional.empty();
      }
      grant.put(key, now);
    }
    for (ConferencingPolicy p : plan.removes) {
      out.add("Remove-CsConferencingPolicy -Identity " + CmdletText.q(p.identity().toString()));
    }
    for (List<ConferencingPolicy> pair : plan.sets) {
      out.add("Set-CsConferencingPolicy -Identity " + CmdletText.q(pair.get(1).identity().toString())
          + params(pair.get(0), pair.get(1)));
    }
    for (ConferencingPolicy p : plan.news) {
      String id = CmdletText.q(p.identity().toString());
      if (p.identity().isGlobal()) {
        out.add("Set-CsConferencingPolicy -Identity " + id + params(ConferencingPolicy.global(), p));
      } else {
        ConferencingPolicy fresh = ConferencingPolicy.builder().identity(p.identity()).build();
        out.add("New-CsConferencingPolicy -Identity " + id + params(fresh, p));
      }
    }
    for (LocalUser u : b.users()) {
      String key = u.sipUri().toString();
      Optional<String> now = grant.getOrDefault(key, Optional.empty());
      if (!now.equals(u.conferencingPolicy())) {
        emitGrant(key, u.conferencingPolicy());
      }
    }
  }

  private static String params(ConferencingPolicy a, ConferencingPolicy b) {
    StringBuilder sb = new StringBuilder();
    if (a.allowAnonymousParticipantsInMeetings() != b.allowAnonymousParticipantsInMeetings()) {
      sb.append(" -AllowAnonymousParticipantsInMeetings ")
          .append(CmdletText.b(b.allowAnonymousParticipantsInMeetings()));
    }
    if (!Objects.equals(a.description(), b.description())) {
      sb.append(" -Description ")
          .append(b.description().isPresent() ? CmdletText.q(b.description().get()) : "$null");
    }
    return sb.toString();
  }

  private void emitGrant(String user, Optional<String> tag) {
    out.add("Grant-CsConferencingPolicy -Identity " + CmdletText.q(user) + " -PolicyName "
        + (tag.isPresent() ? CmdletText.q(tag.get()) : "$null"));
  }

  private void xmpp(List<XmppPartner> a, List<XmppPartner> b) {
    Plan<XmppPartner> plan = Plan.of(a, b, XmppPartner::domain, (x, y) -> true);
    for (XmppPartner p : plan.removes) {
      out.add("Remove-CsXmppAllowedPartner -Identity " + CmdletText.q(p.domain().toString()));
    }
    for (List<XmppPartner> pair : plan.sets) {
      out.add("Set-CsXmppAllowedPartner -Identity " + CmdletText.q(pair.get(1).domain().toString())
          + partnerParams(pair.get(0), pair.get(1)));
    }
    for (XmppPartner p : plan.news) {
      out.add("New-CsXmppAllowedPartner -Identity " + CmdletText.q(p.domain().toString())
          + partnerParams(XmppPartner.of(p.domain()), p));
    }
  }

  private static String partnerParams(XmppPartner a, XmppPartner b) {
    StringBuilder sb = new StringBuilder();
    if (!a.additionalDomains().equals(b.additionalDomains())) {
      sb.append(" -AdditionalDomains ");
      if (b.additionalDomains().isEmpty()) {
        sb.append("$null");
      } else {
        boolean first = true;
        for (Domain d : b.additionalDomains()) {
          sb.append(first ? "" : ",").append(CmdletText.q(d.toString()));
          first = false;
        }
      }
    }
    if (a.partnerType() != b.partnerType()) {
      sb.append(" -PartnerType ").append(b.partnerType().cmdletValue());
    }
    return sb.toString();
  }
}
