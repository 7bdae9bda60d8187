package dev.edgewise.policy;

import static dev.edgewise.policy.Fixtures.ALICE;
import static dev.edgewise.policy.Fixtures.CAROL;
import static dev.edgewise.policy.Fixtures.base;
import static dev.edgewise.policy.Fixtures.baseOnline;
import static dev.edgewise.policy.Fixtures.sip;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.edgewise.address.SipUri;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conferencing policy in force for an anonymous join, by scope: a per-user grant, else on
 * premises the organizer's site, else Global; online only per-user policies exist and the service
 * default admits. The denial's command targets that policy and counts the other users it is in
 * force for; its grant is the first per-user policy that admits, else revoking the grant when the
 * policy beneath it (site, else Global) admits.
 */
class ConferencingPolicyScopeTest {

  private static final SipUri ZOE = sip("sip:zoe@contoso.com");
  private static final SipUri YAN = sip("sip:yan@contoso.com");
  private static final SipUri DAN = sip("sip:dan@contoso.com");

  /**
   * Alice in Redmond; carol and dan in no site; zoe in Redmond and yan in no site, both granted
   * {@code Tag:Closed}.
   */
  private static final List<LocalUser> USERS =
      List.of(
          LocalUser.builder().sipUri(ALICE).site("Redmond").build(),
          LocalUser.of(CAROL),
          LocalUser.of(DAN),
          LocalUser.builder().sipUri(ZOE).site("Redmond").conferencingPolicy("Closed").build(),
          LocalUser.builder().sipUri(YAN).conferencingPolicy("Closed").build());

  record Row(
      String name,
      FederationConfiguration config,
      SipUri organizer,
      boolean admitted,
      Optional<String> command,
      int othersAffected,
      Optional<String> grant) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Row> rows() {
    FederationConfiguration siteOpen =
        onPremises(conf("Global", false), conf("site:Redmond", true), conf("Tag:Closed", false),
            conf("Tag:Open", true));
    FederationConfiguration siteOpenNoTag =
        onPremises(conf("Global", false), conf("site:Redmond", true), conf("Tag:Closed", false));
    FederationConfiguration globalOpen =
        onPremises(conf("Global", true), conf("site:Redmond", false), conf("Tag:Closed", false));
    FederationConfiguration online =
        baseOnline().toBuilder()
            // Online users have no site.
            .users(
                List.of(
                    LocalUser.of(ALICE),
                    LocalUser.of(CAROL),
                    LocalUser.builder().sipUri(ZOE).conferencingPolicy("Closed").build()))
            .addConferencingPolicies(
                conf("Global", false), conf("Tag:Closed", false), conf("Tag:Open", true))
            .build();
    return Stream.of(
        new Row("site policy admits", siteOpen, ALICE, true, Optional.empty(), 0,
            Optional.empty()),
        new Row("no site: Global, in force for two", siteOpen, CAROL, false,
            set("Global"), 1, grant(CAROL, "Open")),
        new Row("granted: the first admitting tag", siteOpen, ZOE, false, set("Tag:Closed"), 1,
            grant(ZOE, "Open")),
        new Row("granted, no admitting tag, the site beneath admits", siteOpenNoTag, ZOE, false,
            set("Tag:Closed"), 1, grant(ZOE, "$Null")),
        new Row("granted, no site, Global beneath admits", globalOpen, YAN, false,
            set("Tag:Closed"), 1, grant(YAN, "$Null")),
        new Row("granted, the site beneath does not admit though Global does", globalOpen, ZOE,
            false, set("Tag:Closed"), 1, Optional.empty()),
        new Row("site policy closed, nothing to grant", globalOpen, ALICE, false,
            set("site:Redmond"), 0, Optional.empty()),
        new Row("online: a listed Global policy is not consulted", online, ALICE, true,
            Optional.empty(), 0, Optional.empty()),
        new Row("online: only the grant", online, ZOE, false,
            Optional.of("Grant-CsConferencingPolicy -Identity sip:zoe@contoso.com -PolicyName Open"),
            0, Optional.empty()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void thePolicyInForceDecidesAndItsCommandTargetsIt(Row row) {
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(row.config());
    MeetingJoinRequest join = MeetingJoinRequest.anonymous(row.organizer());
    Decision d = ev.evaluate(join);
    assertEquals(row.admitted(), d.isAllowed(), d::toString);
    assertEquals(row.admitted(), ev.isAllowed(join));
    Optional<Remediation> fix =
        d.reasons().stream()
            .filter(r -> r.rule() == RuleId.CONFERENCING_POLICY_NO_ANONYMOUS)
            .findFirst()
            .flatMap(Reason::remediation);
    assertEquals(row.command(), fix.map(Remediation::command), d::toString);
    fix.ifPresent(f -> assertEquals(row.othersAffected(), f.otherUsersAffected(), d::toString));
    assertEquals(row.grant(), fix.flatMap(Remediation::grantAlternative), d::toString);
  }

  /**
   * Who else can ask to join: an organizer the configuration does not declare, a hosted party
   * (its provider's row decides, here a disabled provider), and a party the evaluator does not
   * model. Each is denied by the rule named, by both answers.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("otherJoins")
  void otherJoinsAreDecidedByTheirOwnRow(String name, MeetingJoinRequest join, RuleId rule) {
    HostingProvider disabled =
        HostingProvider.builder()
            .identity("Tailspin")
            .proxyFqdn(Fixtures.d("sip.tailspin-hosting.net"))
            .addHostedDomains(Fixtures.d("tailspin.com"))
            .build();
    FederationConfiguration c =
        base().toBuilder()
            .accessEdge(base().accessEdge().toBuilder().allowAnonymousUsers(true).build())
            .addHostingProviders(disabled)
            .build();
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(c);
    Decision d = ev.evaluate(join);
    assertEquals(List.of(rule), d.reasons().stream().map(Reason::rule).toList(), d::toString);
    assertEquals(false, ev.isAllowed(join));
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> otherJoins() {
    return Stream.of(
        org.junit.jupiter.params.provider.Arguments.of("undeclared organizer",
            MeetingJoinRequest.anonymous(sip("sip:zed@contoso.com")), RuleId.UNKNOWN_LOCAL_USER),
        org.junit.jupiter.params.provider.Arguments.of("hosted participant",
            MeetingJoinRequest.of(ALICE, RemoteParty.of(sip("sip:tom@tailspin.com"))),
            RuleId.PROVIDER_DISABLED),
        org.junit.jupiter.params.provider.Arguments.of("participant at an IP address",
            MeetingJoinRequest.of(ALICE, RemoteParty.of(sip("sip:tom@[2001:db8::1]"))),
            RuleId.NOT_MODELLED));
  }

  private static FederationConfiguration onPremises(ConferencingPolicy... policies) {
    return base().toBuilder()
        .accessEdge(base().accessEdge().toBuilder().allowAnonymousUsers(true).build())
        .users(USERS)
        .addConferencingPolicies(policies)
        .build();
  }

  private static ConferencingPolicy conf(String identity, boolean admitsAnonymous) {
    return ConferencingPolicy.builder()
        .identity(PolicyIdentity.parse(identity))
        .allowAnonymousParticipantsInMeetings(admitsAnonymous)
        .build();
  }

  private static Optional<String> set(String identity) {
    return Optional.of(
        "Set-CsConferencingPolicy -Identity " + identity
            + " -AllowAnonymousParticipantsInMeetings $True");
  }

  private static Optional<String> grant(SipUri user, String policy) {
    return Optional.of("Grant-CsConferencingPolicy -Identity " + user + " -PolicyName " + policy);
  }
}
