package dev.edgewise.policy;

import static dev.edgewise.policy.ExternalAccessEvaluatorTest.evaluate;
import static dev.edgewise.policy.Fixtures.ALICE;
import static dev.edgewise.policy.Fixtures.CAROL;
import static dev.edgewise.policy.Fixtures.sip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The online half of a split domain: a Teams tenant with {@code SharedSipAddressSpace} homes only
 * the users it declares; another user of its SIP domains may be homed on premises and is reached
 * over federation, so the tenant's {@code AllowFederatedUsers} decides, in both directions.
 */
class SharedSipAddressSpaceTest {

  /** Of contoso.com, and not a user the tenant declares. */
  static final SipUri DAN = sip("sip:dan@contoso.com");

  static OnlineTenantConfiguration tenant(boolean shared, boolean federation) {
    return TeamsGatesTest.teams(
        t -> t.sharedSipAddressSpace(shared).allowFederatedUsers(federation));
  }

  static Object out(SipUri to) {
    return OutboundRequest.of(ALICE, to, Modality.IM);
  }

  static Object in(SipUri from) {
    return InboundRequest.builder()
        .remote(RemoteParty.of(from))
        .localUser(ALICE)
        .modality(Modality.IM)
        .arrival(Arrival.viaEdge(Fixtures.d("sip.contoso.com")))
        .build();
  }

  record Row(String name, FederationConfiguration c, Object request, Set<RuleId> denies,
      boolean federationConsulted) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Row> table() {
    Set<RuleId> none = EnumSet.noneOf(RuleId.class);
    Set<RuleId> off = EnumSet.of(RuleId.TENANT_FEDERATION_OFF);
    return Stream.of(
        new Row("shared, federation on, outbound", tenant(true, true), out(DAN), none, true),
        new Row("shared, federation on, inbound", tenant(true, true), in(DAN), none, true),
        new Row("shared, federation off, outbound", tenant(true, false), out(DAN), off, true),
        new Row("shared, federation off, inbound", tenant(true, false), in(DAN), off, true),
        new Row("a declared user is homed in the tenant", tenant(true, false), out(CAROL), none,
            false),
        new Row("not shared: the tenant holds the whole domain", tenant(false, false), out(DAN),
            none, false),
        new Row("no policy is consulted: the user is one of ours",
            TeamsGatesTest.granted(tenant(true, true),
                TeamsGatesTest.partners(p -> p.enableFederationAccess(false))),
            out(DAN), none, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void decides(Row row) {
    Decision d = evaluate(row.c(), row.request());
    assertEquals(RemoteClass.INTERNAL, d.remoteClass());
    assertEquals(row.denies().isEmpty(), d.isAllowed(), d::toString);
    assertEquals(row.denies(), denies(d), d::toString);
    boolean consulted =
        d.hasRule(RuleId.TENANT_FEDERATION_ON) || d.hasRule(RuleId.TENANT_FEDERATION_OFF);
    assertEquals(row.federationConsulted(), consulted, d::toString);
    assertEquals(row.denies().isEmpty(), d.hasRule(RuleId.INTERNAL), d::toString);
  }

  private static Set<RuleId> denies(Decision d) {
    Set<RuleId> s = EnumSet.noneOf(RuleId.class);
    for (Reason r : d.reasons()) {
      if (r.rule().kind() == RuleId.Kind.DENY) {
        s.add(r.rule());
      }
    }
    return s;
  }

  @Test
  void theDenialSaysWhyAndPinsTheCommand() {
    Decision d = evaluate(tenant(true, false), out(DAN));
    Reason r = d.reasons().stream().filter(x -> x.rule() == RuleId.TENANT_FEDERATION_OFF)
        .findFirst().orElseThrow();
    assertEquals("AllowFederatedUsers", r.setting());
    assertEquals("TenantFederationConfiguration Global (SharedSipAddressSpace is True)",
        r.decidedBy());
    assertTrue(r.explanation().contains("SharedSipAddressSpace is True"), r::explanation);
    assertTrue(r.explanation().contains("homed on premises"), r::explanation);
    assertTrue(r.explanation().contains("sip:dan@contoso.com"), r::explanation);
    assertEquals(
        Optional.of("Set-CsTenantFederationConfiguration -AllowFederatedUsers $True"),
        r.remediation().map(Remediation::command));
    // alice and carol are declared; the change reaches carol too
    assertEquals(Optional.of(1), r.remediation().map(Remediation::otherUsersAffected));
  }

  @Test
  void theAllowanceSaysWhereTheUserMayBeHomed() {
    Decision d = evaluate(tenant(true, true), out(DAN));
    Reason r = d.reasons().stream().filter(x -> x.rule() == RuleId.TENANT_FEDERATION_ON)
        .findFirst().orElseThrow();
    assertTrue(r.explanation().contains("hybrid reaches them over federation"), r::explanation);
    assertFalse(r.remediation().isPresent());
    assertEquals(
        List.of(RuleId.TENANT_FEDERATION_ON, RuleId.INTERNAL),
        d.reasons().stream().map(Reason::rule).toList());
  }
}
