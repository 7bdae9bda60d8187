package dev.edgewise.policy;

import static dev.edgewise.policy.ExternalAccessEvaluatorProperties.CONTOSO;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Properties of the Teams-era gates over generated Teams tenants (and, for contrast, Skype for
 * Business Online tenants): every new id occurs; a closed switch never yields ALLOW for the class
 * it closes, whatever else is set; closing a switch never turns a denial into an allowance; the
 * quick answer agrees with the explained one.
 */
class TeamsProperties {

  private static final int EXAMPLES = 300;

  /** The ids only Teams-era configurations and parties produce. */
  static final Set<RuleId> TEAMS_IDS =
      EnumSet.of(
          RuleId.TEAMS_CONSUMER_OFF,
          RuleId.TEAMS_CONSUMER_INBOUND_OFF,
          RuleId.POLICY_TEAMS_CONSUMER_OFF,
          RuleId.POLICY_TEAMS_CONSUMER_INBOUND_OFF,
          RuleId.POLICY_DOMAIN_BLOCKED,
          RuleId.POLICY_DOMAIN_NOT_ALLOWED,
          RuleId.TRIAL_TENANT_BLOCKED,
          RuleId.TEAMS_CONSUMER_NOT_SUPPORTED,
          RuleId.POLICY_ALLOWED_DOMAIN,
          RuleId.TEAMS_CONSUMER,
          RuleId.TEAMS_CONSUMER_INBOUND_ON,
          RuleId.POLICY_TEAMS_CONSUMER_ON,
          RuleId.POLICY_TEAMS_CONSUMER_INBOUND_ON,
          RuleId.TRIAL_TENANT_ALLOWED);

  static final List<Domain> DOMAINS =
      List.of(Domain.parse("fabrikam.com"), Domain.parse("northwind.com"), Domain.parse("gmail.com"));
  static final List<SipUri> USERS =
      List.of(
          SipUri.parse("sip:alice@contoso.com"),
          SipUri.parse("sip:carol@contoso.com"),
          SipUri.parse("sip:zed@contoso.com"));
  /** A user of the tenant's own SIP domain whom it does not declare (on premises, if shared). */
  static final RemoteParty UNDECLARED = RemoteParty.of(SipUri.parse("sip:dan@contoso.com"));

  static final List<RemoteParty> REMOTES =
      List.of(
          RemoteParty.teamsConsumer(MicrosoftAccount.parse("kim@outlook.com")),
          RemoteParty.teamsConsumer(MicrosoftAccount.parse("lee@gmail.com")),
          RemoteParty.of(SipUri.parse("sip:erin@northwind.com")),
          RemoteParty.of(SipUri.parse("sip:dave@fabrikam.com")),
          RemoteParty.inTrialTenant(SipUri.parse("sip:erin@northwind.com")),
          RemoteParty.inTrialTenant(SipUri.parse("sip:dave@fabrikam.com")),
          RemoteParty.of(SipUri.parse("sip:bob@outlook.com")),
          RemoteParty.of(SipUri.parse("sip:carol@contoso.com")),
          UNDECLARED);

  // --- generators --------------------------------------------------------------------------

  static List<Domain> subset(Tape t) {
    List<Domain> out = new ArrayList<>();
    for (Domain d : DOMAINS) {
      if (t.bit()) {
        out.add(d);
      }
    }
    return out;
  }

  static ExternalAccessPolicy policy(String name, Tape t) {
    return ExternalAccessPolicy.builder()
        .identity(PolicyIdentity.tag(name))
        .enableFederationAccess(t.pick(4) != 0)
        .enablePublicCloudAccess(t.bit())
        .enableTeamsConsumerAccess(t.pick(4) != 0)
        .enableTeamsConsumerInbound(t.pick(4) != 0)
        .communicationWithExternalOrgs(t.of(List.of(CommunicationWithExternalOrgs.values())))
        .allowedExternalDomains(subset(t))
        .blockedExternalDomains(subset(t))
        .build();
  }

  /** A Teams tenant, or now and then a Skype for Business Online one with Teams defaults. */
  static OnlineTenantConfiguration config(List<Integer> values) {
    Tape t = new Tape(values);
    boolean teams = t.pick(6) != 0;
    List<String> tags = List.of("", "Partners", "Closed");
    OnlineTenantConfiguration.Builder b =
        OnlineTenantConfiguration.freshTenant().toBuilder()
            .addSipDomains(CONTOSO)
            .allowFederatedUsers(t.pick(5) != 0)
            .era(t.pick(3) == 0 ? ConnectivityEra.SKYPE_INTEROP_RETIRED
                : ConnectivityEra.DNS_SRV_DISCOVERY);
    for (int i = 0; i < 2; i++) {
      int grant = t.pick(3);
      LocalUser.Builder u = LocalUser.builder().sipUri(USERS.get(i));
      if (teams && grant > 0) {
        u.externalAccessPolicy(tags.get(grant));
      }
      b.addUsers(u.build());
    }
    if (t.pick(3) == 0) {
      b.allowedDomains(TenantAllowedDomains.allowList(subset(t)));
    } else {
      b.blockedDomains(subset(t));
    }
    if (!teams) {
      return b.product(Product.SKYPE_FOR_BUSINESS_ONLINE).build();
    }
    return b.product(Product.TEAMS_TENANT)
        .addExternalAccessPolicies(policy("Partners", t), policy("Closed", t))
        .allowTeamsConsumer(t.pick(4) != 0)
        .allowTeamsConsumerInbound(t.pick(4) != 0)
        .treatDiscoveredPartnersAsUnverified(t.bit())
        .externalAccessWithTrialTenants(t.of(List.of(TrialTenantAccess.values())))
        .allowedTrialTenantDomains(subset(t))
        .sharedSipAddressSpace(t.bit())
        .build();
  }

  static ExternalAccessEvaluatorProperties.Request request(List<Integer> values) {
    Tape t = new Tape(values);
    SipUri user = t.of(USERS);
    RemoteParty remote = t.of(REMOTES);
    Modality m = t.of(List.of(Modality.IM, Modality.PRESENCE, Modality.AUDIO));
    OutboundRequest out = new OutboundRequest(user, remote, m);
    InboundRequest in =
        InboundRequest.builder()
            .remote(remote)
            .localUser(user)
            .modality(m)
            .arrival(Arrival.defaultRoute())
            .senderInContacts(t.bit())
            .verificationMark(t.bit())
            .build();
    return new ExternalAccessEvaluatorProperties.Request(out, in, t.bit());
  }

  static RemoteClass cls(Decision d) {
    return d.remoteClass();
  }

  // --- properties ----------------------------------------------------------------------------

  // About the generators, not the code: mutation runs leave it out (docs/reliability.md).
  @Tag("generator-reach")
  @Test
  void generatedCasesReachEveryTeamsIdAndBothOutcomes() {
    Set<RuleId> seen = EnumSet.noneOf(RuleId.class);
    Set<String> outcomes = new HashSet<>();
    qt().withFixedSeed(20261127L)
        .withExamples(3000)
        .forAll(tapes(), tapes())
        .checkAssert(
            (c, r) -> {
              Decision d = request(r).evaluate(ExternalAccessEvaluator.compile(config(c)));
              seen.addAll(ExternalAccessEvaluatorProperties.rules(d));
              outcomes.add(d.remoteClass() + " " + d.effect());
            });
    Set<RuleId> missing = EnumSet.copyOf(TEAMS_IDS);
    missing.removeAll(seen);
    assertEquals(EnumSet.noneOf(RuleId.class), missing);
    assertTrue(outcomes.contains("TEAMS_CONSUMER ALLOW"), outcomes::toString);
    assertTrue(outcomes.contains("TEAMS_CONSUMER DENY"), outcomes::toString);
    assertTrue(outcomes.contains("FEDERATED ALLOW"), outcomes::toString);
    assertTrue(outcomes.contains("FEDERATED DENY"), outcomes::toString);
  }

  @Test
  void theQuickAnswerIsTheExplainedOneAndEveryReasonIsWorded() {
    qt().withExamples(EXAMPLES)
        .forAll(tapes(), tapes())
        .checkAssert(
            (c, r) -> {
              ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(config(c));
              ExternalAccessEvaluatorProperties.Request req = request(r);
              Decision d = req.evaluate(ev);
              boolean fast =
                  req.isInbound() ? ev.isAllowed(req.inbound()) : ev.isAllowed(req.outbound());
              assertEquals(d.isAllowed(), fast, d::toString);
              for (Reason reason : d.reasons()) {
                assertFalse(reason.explanation().isBlank());
                assertFalse(reason.decidedBy().isBlank());
              }
            });
  }

  /** One closing of a Teams switch: which class it closes, and for which direction. */
  record Closing(String name, UnaryOperator<OnlineTenantConfiguration> close, RemoteClass cls,
      boolean inboundOnly, boolean needsTrialParty) {}

  static ExternalAccessPolicy closeAll(ExternalAccessPolicy p, UnaryOperator<ExternalAccessPolicy.Builder> f) {
    return f.apply(p.toBuilder()).build();
  }

  static OnlineTenantConfiguration policies(
      OnlineTenantConfiguration c, UnaryOperator<ExternalAccessPolicy.Builder> f) {
    List<ExternalAccessPolicy> list = new ArrayList<>();
    for (ExternalAccessPolicy p : c.externalAccessPolicies()) {
      list.add(closeAll(p, f));
    }
    return c.toBuilder().externalAccessPolicies(list).build();
  }

  static final List<Closing> CLOSINGS =
      List.of(
          new Closing("AllowTeamsConsumer", c -> c.toBuilder().allowTeamsConsumer(false).build(),
              RemoteClass.TEAMS_CONSUMER, false, false),
          new Closing("AllowTeamsConsumerInbound",
              c -> c.toBuilder().allowTeamsConsumerInbound(false).build(),
              RemoteClass.TEAMS_CONSUMER, true, false),
          new Closing("ExternalAccessWithTrialTenants",
              c -> c.toBuilder().externalAccessWithTrialTenants(TrialTenantAccess.BLOCKED)
                  .allowedTrialTenantDomains(List.of()).build(),
              RemoteClass.FEDERATED, false, true),
          new Closing("AllowFederatedUsers", c -> c.toBuilder().allowFederatedUsers(false).build(),
              RemoteClass.FEDERATED, false, false));

  /**
   * A closed switch never yields ALLOW for its class, whatever else the tenant and the policies
   * say; per-user switches close it for the users the policy is in force for.
   */
  @Test
  void aClosedSwitchNeverAllowsItsClass() {
    qt().withExamples(EXAMPLES)
        .forAll(tapes(), tapes())
        .checkAssert(
            (c, r) -> {
              OnlineTenantConfiguration config = config(c);
              if (config.product() != Product.TEAMS_TENANT) {
                return;
              }
              ExternalAccessEvaluatorProperties.Request req = request(r);
              RemoteParty remote = req.outbound().remote();
              for (Closing closing : CLOSINGS) {
                Decision d = req.evaluate(ExternalAccessEvaluator.compile(closing.close().apply(config)));
                boolean applies =
                    d.remoteClass() == closing.cls()
                        && (!closing.inboundOnly() || req.isInbound())
                        && (!closing.needsTrialParty() || remote instanceof RemoteParty.TrialTenantUser);
                if (applies) {
                  assertFalse(d.isAllowed(), () -> closing.name() + " closed: " + d);
                }
              }
              // the online half of a split domain: federation reaches the on-premises users
              if (config.sharedSipAddressSpace() && remote.equals(UNDECLARED)) {
                Decision d = req.evaluate(ExternalAccessEvaluator.compile(
                    config.toBuilder().allowFederatedUsers(false).build()));
                assertFalse(d.isAllowed(), () -> "AllowFederatedUsers closed: " + d);
              }
              // per-user switches, for a user with a policy in force
              boolean hasPolicy =
                  config.user(req.outbound().localUser())
                      .flatMap(LocalUser::externalAccessPolicy).isPresent();
              if (!hasPolicy) {
                return;
              }
              Decision noConsumer = req.evaluate(ExternalAccessEvaluator.compile(
                  policies(config, p -> p.enableTeamsConsumerAccess(false))));
              if (noConsumer.remoteClass() == RemoteClass.TEAMS_CONSUMER) {
                assertFalse(noConsumer.isAllowed(), noConsumer::toString);
              }
              Decision noInbound = req.evaluate(ExternalAccessEvaluator.compile(
                  policies(config, p -> p.enableTeamsConsumerInbound(false))));
              if (noInbound.remoteClass() == RemoteClass.TEAMS_CONSUMER && req.isInbound()) {
                assertFalse(noInbound.isAllowed(), noInbound::toString);
              }
              Decision blockAll = req.evaluate(ExternalAccessEvaluator.compile(
                  policies(config, p -> p.enableFederationAccess(true).communicationWithExternalOrgs(
                      CommunicationWithExternalOrgs.BLOCK_ALL_EXTERNAL_DOMAINS))));
              if (blockAll.remoteClass() == RemoteClass.FEDERATED) {
                assertFalse(blockAll.isAllowed(), blockAll::toString);
              }
            });
  }

  /** Closing any Teams switch, tenant or per-user, never turns a denial into an allowance. */
  @Test
  void closingATeamsSwitchNeverTurnsDenyIntoAllow() {
    List<UnaryOperator<OnlineTenantConfiguration>> closings = new ArrayList<>();
    for (Closing c : CLOSINGS) {
      closings.add(c.close());
    }
    closings.add(c -> c.toBuilder().treatDiscoveredPartnersAsUnverified(true).build());
    closings.add(c -> c.toBuilder().sharedSipAddressSpace(true).build());
    closings.add(c -> policies(c, p -> p.enableTeamsConsumerAccess(false)));
    closings.add(c -> policies(c, p -> p.enableTeamsConsumerInbound(false)));
    closings.add(c -> policies(c, p -> p.enableFederationAccess(false)));
    qt().withExamples(EXAMPLES)
        .forAll(tapes(), tapes())
        .checkAssert(
            (c, r) -> {
              OnlineTenantConfiguration config = config(c);
              if (config.product() != Product.TEAMS_TENANT) {
                return;
              }
              ExternalAccessEvaluatorProperties.Request req = request(r);
              if (req.evaluate(ExternalAccessEvaluator.compile(config)).isAllowed()) {
                return;
              }
              for (UnaryOperator<OnlineTenantConfiguration> close : closings) {
                OnlineTenantConfiguration weaker = close.apply(config);
                Decision after = req.evaluate(ExternalAccessEvaluator.compile(weaker));
                assertFalse(after.isAllowed(), () -> req + "\n" + after + "\n" + weaker);
              }
            });
  }

  /** Teams consumer federation succeeded Skype interop: the era never changes its answer. */
  @Test
  void theEraNeverDecidesForATeamsConsumer() {
    qt().withExamples(EXAMPLES)
        .forAll(tapes(), tapes())
        .checkAssert(
            (c, r) -> {
              OnlineTenantConfiguration config = config(c);
              ExternalAccessEvaluatorProperties.Request req = request(r);
              Decision now = req.evaluate(ExternalAccessEvaluator.compile(config));
              if (now.remoteClass() != RemoteClass.TEAMS_CONSUMER) {
                return;
              }
              for (ConnectivityEra era : ConnectivityEra.values()) {
                Decision then =
                    req.evaluate(ExternalAccessEvaluator.compile(config.toBuilder().era(era).build()));
                assertEquals(now.effect(), then.effect(), then::toString);
                assertEquals(
                    ExternalAccessEvaluatorProperties.rules(now),
                    ExternalAccessEvaluatorProperties.rules(then));
              }
            });
  }
}
