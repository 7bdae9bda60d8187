package dev.edgewise.policy;

import static dev.edgewise.policy.ExternalAccessEvaluatorProperties.USERS;
import static dev.edgewise.policy.ExternalAccessEvaluatorProperties.config;
import static dev.edgewise.policy.ExternalAccessEvaluatorProperties.tapes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.edgewise.address.Domain;
import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import dev.edgewise.policy.ExternalAccessEvaluatorProperties.Tape;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Properties of remote access, meetings and XMPP (issue 11) over generated configurations: the
 * generated federation configurations of {@link ExternalAccessEvaluatorProperties} with a product,
 * the edge's remote and anonymous switches, the policies' {@code EnableOutsideAccess} and {@code
 * EnableXmppAccess}, conferencing policies with grants, and XMPP partners layered on. A closed
 * switch never lets its class through; closing any switch never turns a denial into an allowance;
 * the quick answer is the explained one; every command printed is in {@code docs/remediations.md}.
 */
class SurfaceProperties {

  /** The rule ids only sign-in, meetings and declared XMPP partners reach. */
  static final Set<RuleId> OWN_RULES =
      EnumSet.of(
          RuleId.EDGE_OUTSIDE_OFF, RuleId.POLICY_OUTSIDE_OFF, RuleId.EDGE_ANONYMOUS_OFF,
          RuleId.CONFERENCING_POLICY_NO_ANONYMOUS, RuleId.ANONYMOUS_CONFERENCE_ONLY,
          RuleId.XMPP_NOT_SUPPORTED, RuleId.XMPP_PARTNER_MISSING, RuleId.POLICY_XMPP_OFF,
          RuleId.XMPP_IM_AND_PRESENCE_ONLY, RuleId.PUBLIC_PROVIDER_NO_MEETINGS,
          RuleId.ACCOUNT_ON_OWN_DOMAIN, RuleId.REMOTE_USER, RuleId.ANONYMOUS_PARTICIPANT,
          RuleId.XMPP_PARTNER, RuleId.EDGE_OUTSIDE_ON, RuleId.POLICY_OUTSIDE_ON,
          RuleId.EDGE_ANONYMOUS_ON, RuleId.POLICY_XMPP_ON, RuleId.XMPP_MODALITY_CARRIED,
          RuleId.MEETING_DOMAIN_LISTS_NOT_APPLIED);

  /** The classes only these requests and configurations reach both ways. */
  static final Set<RemoteClass> OWN_CLASSES =
      EnumSet.of(RemoteClass.XMPP_PARTNER, RemoteClass.ANONYMOUS, RemoteClass.REMOTE_USER);

  private static final int EXAMPLES = 300;
  private static final Domain JABBER = Domain.parse("jabber.example");
  private static final List<RemoteParty> PARTICIPANTS =
      List.of(
          RemoteParty.anonymous("guest"),
          RemoteParty.of(SipUri.parse("sip:erin@northwind.com")),
          RemoteParty.of(SipUri.parse("sip:dave@fabrikam.com")),
          RemoteParty.of(SipUri.parse("sip:tom@tailspin.com")),
          RemoteParty.of(SipUri.parse("sip:bob@outlook.com")),
          RemoteParty.of(SipUri.parse("sip:ann@jabber.example")),
          RemoteParty.notModelled(RemoteParty.Unmodelled.Kind.XMPP_PARTNER, "xmpp:ann@jabber.example"),
          RemoteParty.of(MicrosoftAccount.parse("bob@contoso.com")),
          RemoteParty.of(SipUri.parse("sip:carol@contoso.com")));

  // --- generation ----------------------------------------------------------------------------

  /** The federation configuration of the first tape with this settings from the second. */
  static FederationConfiguration surface(List<Integer> base, List<Integer> layer) {
    FederationConfiguration c = config(base);
    Tape t = new Tape(layer);
    List<Product> products = new ArrayList<>();
    for (Product p : Product.values()) {
      if (p.platform() == c.platform()) {
        products.add(p);
      }
    }
    Product product = t.of(products);
    List<ConferencingPolicy> conferencing = new ArrayList<>();
    if (c.platform() == Platform.ON_PREMISES && t.bit()) {
      conferencing.add(conferencingPolicy(PolicyIdentity.global(), t));
    }
    if (c.platform() == Platform.ON_PREMISES && t.bit()) {
      conferencing.add(conferencingPolicy(PolicyIdentity.site("Redmond"), t));
    }
    conferencing.add(conferencingPolicy(PolicyIdentity.tag("Closed"), t));
    conferencing.add(conferencingPolicy(PolicyIdentity.tag("Open"), t));
    List<LocalUser> users = new ArrayList<>();
    for (LocalUser u : c.users()) {
      int grant = t.pick(3);
      users.add(
          grant == 0 ? u : u.toBuilder().conferencingPolicy(grant == 1 ? "Closed" : "Open").build());
    }
    List<XmppPartner> partners =
        product.hasXmppGateway() && t.pick(4) != 0
            ? List.of(XmppPartner.builder().domain(Domain.parse("chat.example"))
                .addAdditionalDomains(JABBER).build())
            : List.of();
    if (c instanceof OnPremisesConfiguration p) {
      return RemediationCatalogTableTest.as(
          p.toBuilder()
              .accessEdge(p.accessEdge().toBuilder()
                  .allowOutsideUsers(t.pick(4) != 0)
                  .allowAnonymousUsers(t.bit())
                  .build())
              .globalPolicy(flags(p.globalPolicy(), t))
              .externalAccessPolicies(flags(p.externalAccessPolicies(), t))
              .conferencingPolicies(conferencing)
              .users(users)
              .xmppPartners(partners)
              .build(),
          product);
    }
    OnlineTenantConfiguration o = (OnlineTenantConfiguration) c;
    return o.toBuilder()
        .product(product)
        .externalAccessPolicies(flags(o.externalAccessPolicies(), t))
        .conferencingPolicies(conferencing)
        .users(users)
        .build();
  }

  private static ConferencingPolicy conferencingPolicy(PolicyIdentity id, Tape t) {
    return ConferencingPolicy.builder()
        .identity(id)
        .allowAnonymousParticipantsInMeetings(t.pick(4) != 0)
        .build();
  }

  private static ExternalAccessPolicy flags(ExternalAccessPolicy p, Tape t) {
    return p.toBuilder().enableOutsideAccess(t.pick(4) != 0).enableXmppAccess(t.bit()).build();
  }

  private static List<ExternalAccessPolicy> flags(List<ExternalAccessPolicy> ps, Tape t) {
    List<ExternalAccessPolicy> out = new ArrayList<>();
    for (ExternalAccessPolicy p : ps) {
      out.add(flags(p, t));
    }
    return out;
  }

  /** One of this requests: a sign-in, a meeting join, or IM/presence/a call both ways. */
  static Object request(List<Integer> values) {
    Tape t = new Tape(values);
    SipUri user = t.of(USERS);
    RemoteParty who = t.of(PARTICIPANTS);
    Modality m = t.of(List.of(Modality.values()));
    return switch (t.pick(4)) {
      case 0 -> SignInRequest.of(user);
      case 1 -> MeetingJoinRequest.of(user, who);
      case 2 -> new OutboundRequest(user, who, m);
      default -> InboundRequest.builder().remote(who).localUser(user).modality(m)
          .arrival(Arrival.defaultRoute()).senderInContacts(t.bit()).verificationMark(t.bit())
          .build();
    };
  }

  static Decision evaluate(ExternalAccessEvaluator ev, Object r) {
    if (r instanceof SignInRequest s) {
      assertEquals(ev.evaluate(s).isAllowed(), ev.isAllowed(s));
      return ev.evaluate(s);
    }
    if (r instanceof MeetingJoinRequest j) {
      assertEquals(ev.evaluate(j).isAllowed(), ev.isAllowed(j));
      return ev.evaluate(j);
    }
    if (r instanceof OutboundRequest o) {
      assertEquals(ev.evaluate(o).isAllowed(), ev.isAllowed(o));
      return ev.evaluate(o);
    }
    InboundRequest in = (InboundRequest) r;
    assertEquals(ev.evaluate(in).isAllowed(), ev.isAllowed(in));
    return ev.evaluate(in);
  }

  // --- closing one switch --------------------------------------------------------------------

  /** Each closes one switch of this issue (or federation, which XMPP also needs). */
  static List<UnaryOperator<FederationConfiguration>> closings() {
    return List.of(
        c -> onPrem(c, p -> p.toBuilder().accessEdge(
            p.accessEdge().toBuilder().allowOutsideUsers(false).build()).build()),
        c -> onPrem(c, p -> p.toBuilder().accessEdge(
            p.accessEdge().toBuilder().allowAnonymousUsers(false).build()).build()),
        c -> onPrem(c, p -> p.toBuilder().accessEdge(
            p.accessEdge().toBuilder().allowFederatedUsers(false).build()).build()),
        c -> policies(c, p -> p.toBuilder().enableOutsideAccess(false).build()),
        c -> policies(c, p -> p.toBuilder().enableXmppAccess(false).build()),
        c -> policies(c, p -> p.toBuilder().enableFederationAccess(false).build()),
        SurfaceProperties::closeConferencing,
        c -> c instanceof OnPremisesConfiguration p
            ? p.toBuilder().xmppPartners(List.of()).build()
            : c);
  }

  private static FederationConfiguration onPrem(
      FederationConfiguration c, UnaryOperator<OnPremisesConfiguration> f) {
    return c instanceof OnPremisesConfiguration p ? f.apply(p) : c;
  }

  private static FederationConfiguration policies(
      FederationConfiguration c, UnaryOperator<ExternalAccessPolicy> f) {
    List<ExternalAccessPolicy> out = new ArrayList<>();
    for (ExternalAccessPolicy p : c.externalAccessPolicies()) {
      out.add(f.apply(p));
    }
    if (c instanceof OnPremisesConfiguration p) {
      return p.toBuilder().globalPolicy(f.apply(p.globalPolicy())).externalAccessPolicies(out)
          .build();
    }
    return ((OnlineTenantConfiguration) c).toBuilder().externalAccessPolicies(out).build();
  }

  /** Every conferencing policy closed, the on-premises Global included. */
  static FederationConfiguration closeConferencing(FederationConfiguration c) {
    List<ConferencingPolicy> out = new ArrayList<>();
    boolean global = false;
    for (ConferencingPolicy p : c.conferencingPolicies()) {
      global |= p.identity().isGlobal();
      out.add(p.toBuilder().allowAnonymousParticipantsInMeetings(false).build());
    }
    if (c instanceof OnPremisesConfiguration p) {
      if (!global) {
        out.add(ConferencingPolicy.global().toBuilder()
            .allowAnonymousParticipantsInMeetings(false).build());
      }
      return p.toBuilder().conferencingPolicies(out).build();
    }
    return ((OnlineTenantConfiguration) c).toBuilder().conferencingPolicies(out).build();
  }

  // --- properties ----------------------------------------------------------------------------

  @Test
  void everyGeneratedConfigurationCompiles() {
    qt().withExamples(EXAMPLES)
        .forAll(tapes(), tapes())
        .checkAssert((c, l) -> ExternalAccessEvaluator.compile(surface(c, l)));
  }

  @Test
  void closingASwitchNeverTurnsDenyIntoAllow() {
    qt().withExamples(EXAMPLES)
        .forAll(tapes(), tapes(), tapes())
        .checkAssert(
            (c, l, r) -> {
              FederationConfiguration config = surface(c, l);
              Object request = request(r);
              Decision before = evaluate(ExternalAccessEvaluator.compile(config), request);
              if (before.isAllowed()) {
                return;
              }
              for (UnaryOperator<FederationConfiguration> close : closings()) {
                FederationConfiguration closed = close.apply(config);
                Decision after = evaluate(ExternalAccessEvaluator.compile(closed), request);
                if (after.remoteClass() != before.remoteClass()) {
                  // Removing the XMPP partners makes sip:ann@jabber.example a federated SIP
                  // address again: a different party, decided by the federation gates.
                  continue;
                }
                assertFalse(after.isAllowed(), () -> request + "\n" + after + "\n" + closed);
              }
            });
  }

  @Test
  void aClosedSwitchNeverAllowsItsClass() {
    qt().withExamples(EXAMPLES)
        .forAll(tapes(), tapes(), tapes())
        .checkAssert(
            (c, l, r) -> {
              FederationConfiguration config = surface(c, l);
              Object request = request(r);
              boolean signIn = request instanceof SignInRequest;
              boolean anonymousJoin =
                  request instanceof MeetingJoinRequest j
                      && j.participant() instanceof RemoteParty.Unmodelled u
                      && u.kind() == RemoteParty.Unmodelled.Kind.ANONYMOUS_USER;
              Decision open = evaluate(ExternalAccessEvaluator.compile(config), request);
              boolean xmpp = open.remoteClass() == RemoteClass.XMPP_PARTNER;
              List<FederationConfiguration> closedFor = new ArrayList<>();
              if (signIn) {
                closedFor.add(closings().get(0).apply(config)); // AllowOutsideUsers
                if (config.platform() == Platform.ON_PREMISES) {
                  closedFor.add(closings().get(3).apply(config)); // EnableOutsideAccess
                }
              }
              if (anonymousJoin) {
                closedFor.add(closings().get(0).apply(config)); // AllowOutsideUsers
                closedFor.add(closings().get(1).apply(config)); // AllowAnonymousUsers
                if (config.platform() == Platform.ON_PREMISES) {
                  // online, an organizer with no per-user policy has the service default
                  closedFor.add(closeConferencing(config));
                }
              }
              if (xmpp && config.platform() == Platform.ON_PREMISES) {
                closedFor.add(closings().get(2).apply(config)); // AllowFederatedUsers
                closedFor.add(closings().get(4).apply(config)); // EnableXmppAccess
                closedFor.add(closings().get(5).apply(config)); // EnableFederationAccess
                closedFor.add(closings().get(7).apply(config)); // no partners
              }
              for (FederationConfiguration closed : closedFor) {
                if (closed == config) {
                  continue; // online: the switch does not exist there
                }
                Decision d = evaluate(ExternalAccessEvaluator.compile(closed), request);
                if (d.remoteClass() != open.remoteClass()) {
                  continue; // without its partner entry, sip:ann@jabber.example is federated
                }
                assertFalse(d.isAllowed(), () -> request + "\n" + d + "\n" + closed);
              }
              if (xmpp && !config.product().hasXmppGateway()) {
                Set<RuleId> ids = ExternalAccessEvaluatorProperties.rules(open);
                ids.remove(RuleId.UNKNOWN_LOCAL_USER);
                assertEquals(Set.of(RuleId.XMPP_NOT_SUPPORTED), ids, open::toString);
              }
              if (open.remoteClass() == RemoteClass.ANONYMOUS
                  && !(request instanceof MeetingJoinRequest)) {
                assertTrue(open.hasRule(RuleId.ANONYMOUS_CONFERENCE_ONLY), open::toString);
              }
            });
  }

  @Test
  void everyPrintedCommandIsListed() throws IOException {
    List<RemediationCatalogTableTest.Row> rows = RemediationCatalogTableTest.rows();
    qt().withExamples(EXAMPLES)
        .forAll(tapes(), tapes(), tapes())
        .checkAssert(
            (c, l, r) -> {
              FederationConfiguration config = surface(c, l);
              Decision d = evaluate(ExternalAccessEvaluator.compile(config), request(r));
              for (Reason reason : d.reasons()) {
                if (reason.effect() == Effect.DENY) {
                  RemediationCatalogTableTest.check(rows, reason, config.product());
                }
              }
            });
  }

  /** The generators reach every rule id of this issue, and each new class both ways. */
  // About the generators, not the code: mutation runs leave it out (docs/reliability.md).
  @Tag("generator-reach")
  @Test
  void generatedCasesReachEveryNewGateBothWays() {
    Set<RuleId> seen = EnumSet.noneOf(RuleId.class);
    Set<String> outcomes = new HashSet<>();
    qt().withFixedSeed(20261127L)
        .withExamples(4_000)
        .forAll(tapes(), tapes(), tapes())
        .checkAssert(
            (c, l, r) -> {
              Decision d = evaluate(ExternalAccessEvaluator.compile(surface(c, l)), request(r));
              seen.addAll(ExternalAccessEvaluatorProperties.rules(d));
              outcomes.add(d.remoteClass() + " " + d.effect());
            });
    Set<RuleId> missing = EnumSet.copyOf(OWN_RULES);
    missing.removeAll(seen);
    assertEquals(EnumSet.noneOf(RuleId.class), missing);
    for (RemoteClass cls : OWN_CLASSES) {
      assertTrue(outcomes.contains(cls + " DENY"), cls::toString);
      if (cls != RemoteClass.ANONYMOUS) {
        assertTrue(outcomes.contains(cls + " ALLOW"), cls::toString);
      }
    }
    assertTrue(outcomes.contains("ANONYMOUS ALLOW"), "an anonymous participant joins");
  }
}
