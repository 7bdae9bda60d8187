package dev.edgewise.policy;

import static dev.edgewise.policy.ExternalAccessEvaluatorTest.edge;
import static dev.edgewise.policy.ExternalAccessEvaluatorTest.evaluate;
import static dev.edgewise.policy.ExternalAccessEvaluatorTest.global;
import static dev.edgewise.policy.Fixtures.ALICE;
import static dev.edgewise.policy.Fixtures.CAROL;
import static dev.edgewise.policy.Fixtures.sip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The split domain (domain brief 0.7 item 22): a user of contoso.com homed at a hosting provider
 * with {@code EnabledSharedAddressSpace} is reached through it, so the provider's {@code Enabled}
 * and the edge's {@code AllowFederatedUsers} decide, in both directions.
 */
class SplitDomainTest {

  static final SipUri DAN = sip("sip:dan@contoso.com");

  static OnPremisesConfiguration split(boolean edgeOn, boolean providerOn) {
    OnPremisesConfiguration c =
        TeamsValidationTest.split(
            TeamsValidationTest.SPLIT.toBuilder().enabled(providerOn).build(), "LyncOnline");
    return edge(c, e -> e.allowFederatedUsers(edgeOn));
  }

  static Object out(SipUri from, SipUri to) {
    return OutboundRequest.of(from, to, Modality.IM);
  }

  static Object in(SipUri from, SipUri to) {
    return InboundRequest.builder()
        .remote(RemoteParty.of(from))
        .localUser(to)
        .modality(Modality.IM)
        .arrival(Arrival.viaEdge(Fixtures.d("sipfed.online.lync.com")))
        .build();
  }

  record Row(String name, FederationConfiguration c, Object request, Set<RuleId> denies) {}

  static Stream<Row> table() {
    Set<RuleId> none = EnumSet.noneOf(RuleId.class);
    return Stream.of(
        new Row("both on, outbound", split(true, true), out(ALICE, DAN), none),
        new Row("both on, inbound", split(true, true), in(DAN, ALICE), none),
        new Row("provider disabled, outbound", split(true, false), out(ALICE, DAN),
            EnumSet.of(RuleId.PROVIDER_DISABLED)),
        new Row("provider disabled, inbound", split(true, false), in(DAN, ALICE),
            EnumSet.of(RuleId.PROVIDER_DISABLED)),
        new Row("edge off, outbound", split(false, true), out(ALICE, DAN),
            EnumSet.of(RuleId.EDGE_FEDERATION_OFF)),
        new Row("edge off, inbound", split(false, true), in(DAN, ALICE),
            EnumSet.of(RuleId.EDGE_FEDERATION_OFF)),
        new Row("both off: both reported", split(false, false), out(ALICE, DAN),
            EnumSet.of(RuleId.EDGE_FEDERATION_OFF, RuleId.PROVIDER_DISABLED)),
        new Row("a user homed on our servers is internal", split(false, false), out(ALICE, CAROL),
            none),
        new Row("no policy is consulted: the user is one of ours",
            global(g -> g.enableFederationAccess(false)).toBuilder()
                .addHostingProviders(TeamsValidationTest.SPLIT)
                .addUsers(LocalUser.homedAt(DAN, "LyncOnline"))
                .build(),
            out(ALICE, DAN), none));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void decides(Row row) {
    Decision d = evaluate(row.c(), row.request());
    assertEquals(RemoteClass.INTERNAL, d.remoteClass());
    assertEquals(row.denies().isEmpty(), d.isAllowed(), d::toString);
    if (!row.denies().isEmpty()) {
      assertEquals(row.denies(), ExternalAccessEvaluatorProperties.rules(d), d::toString);
    }
  }

  @Test
  void anAllowanceSaysWhereTheUserIsHomed() {
    Decision d = evaluate(split(true, true), out(ALICE, DAN));
    assertTrue(d.hasRule(RuleId.HOSTING_PROVIDER), d::toString);
    assertTrue(d.hasRule(RuleId.EDGE_FEDERATION_ON), d::toString);
    Reason r = d.reasons().stream().filter(x -> x.rule() == RuleId.HOSTING_PROVIDER).findFirst()
        .orElseThrow();
    assertTrue(r.explanation().contains("split domain"), r::explanation);
    assertTrue(r.decidedBy().startsWith("HostingProvider LyncOnline"), r::decidedBy);
  }

  @Test
  void theProvidersSentenceSaysWhetherItIsEnabled() {
    String where = "sip:dan@contoso.com is in the organization's own SIP domain contoso.com, but"
        + " homed at the hosting provider LyncOnline (split domain), so requests to them go"
        + " through it";
    assertEquals(where + "; LyncOnline is enabled.",
        explanation(split(true, true), RuleId.HOSTING_PROVIDER));
    assertEquals(where + ", and LyncOnline is not enabled.",
        explanation(split(true, false), RuleId.PROVIDER_DISABLED));
  }

  private static String explanation(FederationConfiguration c, RuleId rule) {
    Decision d = evaluate(c, out(ALICE, DAN));
    return d.reasons().stream().filter(r -> r.rule() == rule).findFirst()
        .orElseThrow(() -> new AssertionError(d.toString())).explanation();
  }

  @Test
  void theCommandsArePinned() {
    Decision d = evaluate(split(false, false), out(ALICE, DAN));
    List<String> commands =
        d.reasons().stream().map(r -> r.remediation().orElseThrow().command()).toList();
    assertEquals(
        List.of(
            "Set-CsAccessEdgeConfiguration -AllowFederatedUsers $True",
            "Set-CsHostingProvider -Identity LyncOnline -Enabled $True"),
        commands);
    Reason disabled = d.reasons().get(1);
    assertEquals(Optional.of(2), disabled.remediation().map(Remediation::otherUsersAffected));
    assertTrue(disabled.explanation().contains("not enabled"), disabled::explanation);
  }
}
