package dev.edgewise.policy;

import static dev.edgewise.policy.Fixtures.ALICE;
import static dev.edgewise.policy.Fixtures.CAROL;
import static dev.edgewise.policy.Fixtures.base;
import static dev.edgewise.policy.Fixtures.baseOnline;
import static dev.edgewise.policy.Fixtures.d;
import static dev.edgewise.policy.Fixtures.sip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import dev.edgewise.policy.ExternalAccessEvaluatorTest.RuleCase;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Teams-era gates (domain brief 0.7 item 21): the Teams consumer row in both directions, the
 * per-user {@code CommunicationWithExternalOrgs}, trial-only tenants and {@code
 * TreatDiscoveredPartnersAsUnverified}, each with the rule that decides and the pinned command.
 */
class TeamsGatesTest {

  static final SipUri ERIN = sip("sip:erin@northwind.com");
  static final SipUri DAVE = sip("sip:dave@fabrikam.com");
  static final RemoteParty KIM = RemoteParty.teamsConsumer(MicrosoftAccount.parse("kim@outlook.com"));
  static final RemoteParty TRIAL_ERIN = RemoteParty.inTrialTenant(ERIN);

  /** A Teams tenant with contoso.com, alice and carol, no per-user policy. */
  static OnlineTenantConfiguration teams() {
    return baseOnline().toBuilder().product(Product.TEAMS_TENANT).build();
  }

  static OnlineTenantConfiguration teams(UnaryOperator<OnlineTenantConfiguration.Builder> f) {
    return f.apply(teams().toBuilder()).build();
  }

  /** A per-user policy {@code Tag:Partners} with federation on, changed by {@code f}. */
  static ExternalAccessPolicy partners(UnaryOperator<ExternalAccessPolicy.Builder> f) {
    return f.apply(
            ExternalAccessPolicy.builder()
                .identity(PolicyIdentity.tag("Partners"))
                .enableFederationAccess(true))
        .build();
  }

  /** {@code base} with {@code p} granted to alice (carol has none). */
  static OnlineTenantConfiguration granted(OnlineTenantConfiguration base, ExternalAccessPolicy p) {
    return base.toBuilder()
        .addExternalAccessPolicies(p)
        .users(
            List.of(
                LocalUser.builder().sipUri(ALICE).externalAccessPolicy(p.identity().name()).build(),
                LocalUser.of(CAROL)))
        .build();
  }

  static OnlineTenantConfiguration granted(UnaryOperator<ExternalAccessPolicy.Builder> f) {
    return granted(teams(), partners(f));
  }

  static OutboundRequest out(RemoteParty r) {
    return new OutboundRequest(ALICE, r, Modality.IM);
  }

  static OutboundRequest out(SipUri r) {
    return out(RemoteParty.of(r));
  }

  static InboundRequest in(RemoteParty r) {
    return InboundRequest.builder()
        .remote(r)
        .localUser(ALICE)
        .modality(Modality.IM)
        .arrival(Arrival.defaultRoute())
        .build();
  }

  static InboundRequest in(SipUri r) {
    return in(RemoteParty.of(r));
  }

  static Decision evaluate(FederationConfiguration c, Object request) {
    return ExternalAccessEvaluatorTest.evaluate(c, request);
  }

  // --- every rule id, both outcomes ---------------------------------------------------------

  static Stream<RuleCase> denyingRules() {
    OnlineTenantConfiguration emptyAllowList =
        teams(t -> t.allowedDomains(TenantAllowedDomains.allowList(List.of())));
    return Stream.of(
        new RuleCase(RuleId.TEAMS_CONSUMER_OFF, "AllowTeamsConsumer off",
            teams(t -> t.allowTeamsConsumer(false)), teams(), out(KIM)),
        new RuleCase(RuleId.TEAMS_CONSUMER_INBOUND_OFF, "AllowTeamsConsumerInbound off",
            teams(t -> t.allowTeamsConsumerInbound(false)), teams(), in(KIM)),
        new RuleCase(RuleId.POLICY_TEAMS_CONSUMER_OFF, "EnableTeamsConsumerAccess off",
            granted(p -> p.enableTeamsConsumerAccess(false)), granted(p -> p), out(KIM)),
        new RuleCase(RuleId.POLICY_TEAMS_CONSUMER_INBOUND_OFF, "EnableTeamsConsumerInbound off",
            granted(p -> p.enableTeamsConsumerInbound(false)), granted(p -> p), in(KIM)),
        new RuleCase(RuleId.POLICY_DOMAIN_BLOCKED, "BlockAllExternalDomains",
            granted(p -> p.communicationWithExternalOrgs(
                CommunicationWithExternalOrgs.BLOCK_ALL_EXTERNAL_DOMAINS)),
            granted(p -> p.communicationWithExternalOrgs(
                CommunicationWithExternalOrgs.ALLOW_ALL_EXTERNAL_DOMAINS)),
            out(ERIN)),
        new RuleCase(RuleId.POLICY_DOMAIN_BLOCKED, "BlockSpecificExternalDomains, inbound",
            granted(p -> p.communicationWithExternalOrgs(
                    CommunicationWithExternalOrgs.BLOCK_SPECIFIC_EXTERNAL_DOMAINS)
                .addBlockedExternalDomains(d("northwind.com"))),
            granted(p -> p.communicationWithExternalOrgs(
                    CommunicationWithExternalOrgs.BLOCK_SPECIFIC_EXTERNAL_DOMAINS)
                .addBlockedExternalDomains(d("fabrikam.com"))),
            in(ERIN)),
        new RuleCase(RuleId.POLICY_DOMAIN_NOT_ALLOWED, "AllowSpecificExternalDomains",
            granted(emptyAllowList, partners(p -> p.communicationWithExternalOrgs(
                    CommunicationWithExternalOrgs.ALLOW_SPECIFIC_EXTERNAL_DOMAINS)
                .addAllowedExternalDomains(d("fabrikam.com")))),
            granted(emptyAllowList, partners(p -> p.communicationWithExternalOrgs(
                    CommunicationWithExternalOrgs.ALLOW_SPECIFIC_EXTERNAL_DOMAINS)
                .addAllowedExternalDomains(d("fabrikam.com"), d("northwind.com")))),
            out(ERIN)),
        new RuleCase(RuleId.TRIAL_TENANT_BLOCKED, "trial tenants blocked",
            teams(), teams(t -> t.addAllowedTrialTenantDomains(d("northwind.com"))),
            out(TRIAL_ERIN)),
        new RuleCase(RuleId.TEAMS_CONSUMER_NOT_SUPPORTED, "Skype for Business Server",
            base(), teams(), out(KIM)),
        new RuleCase(RuleId.TEAMS_CONSUMER_NOT_SUPPORTED, "Skype for Business Online",
            baseOnline(), teams(), in(KIM)));
  }

  static Stream<Object[]> allowingRules() {
    OnlineTenantConfiguration emptyAllowList =
        teams(t -> t.allowedDomains(TenantAllowedDomains.allowList(List.of())));
    return Stream.of(
        new Object[] {RuleId.TEAMS_CONSUMER, teams(), out(KIM)},
        new Object[] {RuleId.TEAMS_CONSUMER_INBOUND_ON, teams(), in(KIM)},
        new Object[] {RuleId.POLICY_TEAMS_CONSUMER_ON, granted(p -> p), out(KIM)},
        new Object[] {RuleId.POLICY_TEAMS_CONSUMER_INBOUND_ON, granted(p -> p), in(KIM)},
        // a per-user allow admits a domain even when the tenant's allow list is empty
        new Object[] {RuleId.POLICY_ALLOWED_DOMAIN,
            granted(emptyAllowList, partners(p -> p.communicationWithExternalOrgs(
                    CommunicationWithExternalOrgs.ALLOW_SPECIFIC_EXTERNAL_DOMAINS)
                .addAllowedExternalDomains(d("northwind.com")))),
            out(ERIN)},
        new Object[] {RuleId.TRIAL_TENANT_ALLOWED,
            teams(t -> t.externalAccessWithTrialTenants(TrialTenantAccess.ALLOWED)),
            out(TRIAL_ERIN)});
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("denyingRules")
  void eachDenyingRuleFiresAndTheFixFlipsIt(RuleCase c) {
    Decision denied = evaluate(c.denied(), c.request());
    assertFalse(denied.isAllowed(), denied::toString);
    assertTrue(denied.hasRule(c.rule()), denied::toString);
    Decision fixed = evaluate(c.fixed(), c.fixedRequest());
    assertTrue(fixed.isAllowed(), fixed::toString);
    assertFalse(fixed.hasRule(c.rule()), fixed::toString);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allowingRules")
  void eachAllowingRuleIsReportedOnAnAllowance(RuleId rule, FederationConfiguration c, Object r) {
    Decision d = evaluate(c, r);
    assertTrue(d.isAllowed(), d::toString);
    assertTrue(d.hasRule(rule), d::toString);
  }

  // --- tables per gate, both directions -------------------------------------------------------

  /** One row: configuration, request, the effect and (for a denial) the deciding rule. */
  record Row(String name, FederationConfiguration c, Object request, Optional<RuleId> denies) {}

  static Row allow(String name, FederationConfiguration c, Object request) {
    return new Row(name, c, request, Optional.empty());
  }

  static Row deny(String name, FederationConfiguration c, Object request, RuleId rule) {
    return new Row(name, c, request, Optional.of(rule));
  }

  static Stream<Row> consumerTable() {
    OnlineTenantConfiguration outboundOnly = teams(t -> t.allowTeamsConsumerInbound(false));
    OnlineTenantConfiguration off = teams(t -> t.allowTeamsConsumer(false));
    OnlineTenantConfiguration policyOff = granted(p -> p.enableTeamsConsumerAccess(false));
    OnlineTenantConfiguration policyNoInbound = granted(p -> p.enableTeamsConsumerInbound(false));
    OnlineTenantConfiguration retired = teams(t -> t.era(ConnectivityEra.SKYPE_INTEROP_RETIRED));
    return Stream.of(
        allow("fresh Teams tenant, outbound", teams(), out(KIM)),
        allow("fresh Teams tenant, inbound", teams(), in(KIM)),
        allow("inbound off: alice may still start", outboundOnly, out(KIM)),
        deny("inbound off: kim may not start", outboundOnly, in(KIM),
            RuleId.TEAMS_CONSUMER_INBOUND_OFF),
        deny("AllowTeamsConsumer off, outbound", off, out(KIM), RuleId.TEAMS_CONSUMER_OFF),
        deny("AllowTeamsConsumer off, inbound", off, in(KIM), RuleId.TEAMS_CONSUMER_OFF),
        deny("policy off, outbound", policyOff, out(KIM), RuleId.POLICY_TEAMS_CONSUMER_OFF),
        deny("policy off, inbound", policyOff, in(KIM), RuleId.POLICY_TEAMS_CONSUMER_OFF),
        allow("policy inbound off, outbound", policyNoInbound, out(KIM)),
        deny("policy inbound off, inbound", policyNoInbound, in(KIM),
            RuleId.POLICY_TEAMS_CONSUMER_INBOUND_OFF),
        allow("carol has no policy: the tenant decides", policyOff,
            new OutboundRequest(CAROL, KIM, Modality.IM)),
        // Teams consumer federation is what replaced Skype consumer interop
        allow("retired Skype interop, outbound", retired, out(KIM)),
        allow("retired Skype interop, inbound", retired, in(KIM)),
        allow("audio", teams(), new OutboundRequest(ALICE, KIM, Modality.AUDIO)),
        deny("on-premises", base(), out(KIM), RuleId.TEAMS_CONSUMER_NOT_SUPPORTED),
        deny("on-premises, inbound", base(), in(KIM), RuleId.TEAMS_CONSUMER_NOT_SUPPORTED),
        deny("Skype for Business Online", baseOnline(), out(KIM),
            RuleId.TEAMS_CONSUMER_NOT_SUPPORTED),
        deny("undeclared local user", teams(),
            new OutboundRequest(Fixtures.ZED, KIM, Modality.IM), RuleId.UNKNOWN_LOCAL_USER));
  }

  static Stream<Row> externalOrgsTable() {
    OnlineTenantConfiguration emptyAllowList =
        teams(t -> t.allowedDomains(TenantAllowedDomains.allowList(List.of())));
    OnlineTenantConfiguration blockedNorthwind = teams(t -> t.addBlockedDomains(d("northwind.com")));
    ExternalAccessPolicy allowAll = partners(p -> p.communicationWithExternalOrgs(
        CommunicationWithExternalOrgs.ALLOW_ALL_EXTERNAL_DOMAINS));
    ExternalAccessPolicy allowFabrikam = partners(p -> p.communicationWithExternalOrgs(
            CommunicationWithExternalOrgs.ALLOW_SPECIFIC_EXTERNAL_DOMAINS)
        .addAllowedExternalDomains(d("fabrikam.com")));
    ExternalAccessPolicy blockFabrikam = partners(p -> p.communicationWithExternalOrgs(
            CommunicationWithExternalOrgs.BLOCK_SPECIFIC_EXTERNAL_DOMAINS)
        .addBlockedExternalDomains(d("fabrikam.com")));
    ExternalAccessPolicy blockAll = partners(p -> p.communicationWithExternalOrgs(
        CommunicationWithExternalOrgs.BLOCK_ALL_EXTERNAL_DOMAINS));
    ExternalAccessPolicy federationOffAllowAll =
        allowAll.toBuilder().enableFederationAccess(false).build();
    return Stream.of(
        allow("AllowAll beats the tenant's empty allow list, out", granted(emptyAllowList, allowAll),
            out(ERIN)),
        allow("AllowAll beats the tenant's empty allow list, in", granted(emptyAllowList, allowAll),
            in(ERIN)),
        allow("AllowAll beats the tenant's blocked list", granted(blockedNorthwind, allowAll),
            out(ERIN)),
        deny("OrganizationDefault: the tenant's blocked list", granted(blockedNorthwind,
            partners(p -> p)), out(ERIN), RuleId.DOMAIN_BLOCKED),
        allow("AllowSpecific, listed", granted(emptyAllowList, allowFabrikam), out(DAVE)),
        deny("AllowSpecific, not listed, out", granted(teams(), allowFabrikam), out(ERIN),
            RuleId.POLICY_DOMAIN_NOT_ALLOWED),
        deny("AllowSpecific, not listed, in", granted(teams(), allowFabrikam), in(ERIN),
            RuleId.POLICY_DOMAIN_NOT_ALLOWED),
        deny("BlockSpecific, listed, out", granted(teams(), blockFabrikam), out(DAVE),
            RuleId.POLICY_DOMAIN_BLOCKED),
        deny("BlockSpecific, listed, in", granted(teams(), blockFabrikam), in(DAVE),
            RuleId.POLICY_DOMAIN_BLOCKED),
        allow("BlockSpecific, not listed, beats the empty allow list",
            granted(emptyAllowList, blockFabrikam), out(ERIN)),
        deny("BlockAll, out", granted(teams(), blockAll), out(ERIN), RuleId.POLICY_DOMAIN_BLOCKED),
        deny("BlockAll, in", granted(teams(), blockAll), in(ERIN), RuleId.POLICY_DOMAIN_BLOCKED),
        allow("BlockAll leaves internal users alone", granted(teams(), blockAll), out(CAROL)),
        deny("EnableFederationAccess off: the setting is not in effect",
            granted(emptyAllowList, federationOffAllowAll), out(ERIN),
            RuleId.POLICY_FEDERATION_OFF),
        deny("AllowFederatedUsers off beats every policy",
            granted(teams(t -> t.allowFederatedUsers(false)), allowAll), out(ERIN),
            RuleId.TENANT_FEDERATION_OFF),
        allow("carol has no policy: the tenant's lists", granted(teams(), blockAll),
            new OutboundRequest(CAROL, RemoteParty.of(ERIN), Modality.IM)));
  }

  static Stream<Row> trialAndDiscoveredTable() {
    OnlineTenantConfiguration unverified = teams(t -> t.treatDiscoveredPartnersAsUnverified(true));
    InboundRequest fromErin = in(ERIN);
    return Stream.of(
        deny("trial tenant, Blocked, out", teams(), out(TRIAL_ERIN), RuleId.TRIAL_TENANT_BLOCKED),
        deny("trial tenant, Blocked, in", teams(), in(TRIAL_ERIN), RuleId.TRIAL_TENANT_BLOCKED),
        allow("trial tenant, listed", teams(t -> t.addAllowedTrialTenantDomains(d("northwind.com"))),
            in(TRIAL_ERIN)),
        allow("trial tenant, Allowed", teams(t -> t.externalAccessWithTrialTenants(
            TrialTenantAccess.ALLOWED)), out(TRIAL_ERIN)),
        allow("a paid tenant is not trial", teams(), out(ERIN)),
        allow("Skype for Business Online has no trial setting", baseOnline(), out(TRIAL_ERIN)),
        deny("discovered partner not in contacts", unverified, fromErin,
            RuleId.UNVERIFIED_NOT_IN_CONTACTS),
        allow("discovered partner in contacts", unverified,
            fromErin.toBuilder().senderInContacts(true).build()),
        allow("outbound is not verified", unverified, out(ERIN)),
        allow("allow-list mode: nothing is discovered",
            teams(t -> t.treatDiscoveredPartnersAsUnverified(true)
                .allowedDomains(TenantAllowedDomains.allowList(List.of(d("northwind.com"))))),
            fromErin));
  }

  static Stream<Row> table() {
    return Stream.of(consumerTable(), externalOrgsTable(), trialAndDiscoveredTable())
        .flatMap(s -> s);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void decidesEachRowWithItsRule(Row row) {
    Decision d = evaluate(row.c(), row.request());
    assertEquals(row.denies().isEmpty(), d.isAllowed(), d::toString);
    row.denies().ifPresent(rule -> assertTrue(d.hasRule(rule), d::toString));
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(row.c());
    boolean fast =
        row.request() instanceof InboundRequest in
            ? ev.isAllowed(in)
            : ev.isAllowed((OutboundRequest) row.request());
    assertEquals(d.isAllowed(), fast, "isAllowed gives the same answer");
  }

  // --- pinned commands --------------------------------------------------------------------------

  static Reason reason(FederationConfiguration c, Object request, RuleId rule) {
    for (Reason r : evaluate(c, request).reasons()) {
      if (r.rule() == rule) {
        return r;
      }
    }
    throw new AssertionError(rule + " not in " + evaluate(c, request));
  }

  static String command(FederationConfiguration c, Object request, RuleId rule) {
    return reason(c, request, rule).remediation().orElseThrow().command();
  }

  /**
   * A trial tenant let through says which setting let it through, and a policy with {@code
   * EnableFederationAccess} off leaves the domain to the tenant's lists even when its {@code
   * CommunicationWithExternalOrgs} would admit it.
   */
  @Test
  void theAdmittingSettingIsNamed() {
    assertEquals(List.of(RuleId.TENANT_FEDERATION_ON, RuleId.ALL_KNOWN_DOMAINS_ALLOWED,
            RuleId.TRIAL_TENANT_ALLOWED),
        rules(evaluate(teams(t -> t.addAllowedTrialTenantDomains(d("northwind.com"))),
            out(TRIAL_ERIN))));
    assertEquals(
        "sip:erin@northwind.com's tenant holds only trial licences; the tenant blocks such"
            + " tenants, but northwind.com is in AllowedTrialTenantDomains.",
        reason(teams(t -> t.addAllowedTrialTenantDomains(d("northwind.com"))), out(TRIAL_ERIN),
            RuleId.TRIAL_TENANT_ALLOWED).explanation());
    assertEquals(
        "sip:erin@northwind.com's tenant holds only trial licences, and the tenant allows trial"
            + " tenants (ExternalAccessWithTrialTenants is Allowed).",
        reason(teams(t -> t.externalAccessWithTrialTenants(TrialTenantAccess.ALLOWED)),
            out(TRIAL_ERIN), RuleId.TRIAL_TENANT_ALLOWED).explanation());

    OnlineTenantConfiguration federationOff =
        granted(teams(t -> t.allowedDomains(TenantAllowedDomains.allowList(List.of()))),
            partners(p -> p.enableFederationAccess(false).communicationWithExternalOrgs(
                CommunicationWithExternalOrgs.ALLOW_ALL_EXTERNAL_DOMAINS)));
    assertEquals(List.of(RuleId.DOMAIN_NOT_ALLOWED, RuleId.POLICY_FEDERATION_OFF),
        rules(evaluate(federationOff, out(ERIN))), "a denial names its denying rules");
  }

  private static List<RuleId> rules(Decision d) {
    return d.reasons().stream().map(Reason::rule).toList();
  }

  @Test
  void tenantCommandsArePinned() {
    assertEquals("Set-CsTenantFederationConfiguration -AllowTeamsConsumer $True",
        command(teams(t -> t.allowTeamsConsumer(false)), out(KIM), RuleId.TEAMS_CONSUMER_OFF));
    assertEquals("Set-CsTenantFederationConfiguration -AllowTeamsConsumerInbound $True",
        command(teams(t -> t.allowTeamsConsumerInbound(false)), in(KIM),
            RuleId.TEAMS_CONSUMER_INBOUND_OFF));
    assertEquals(
        "Set-CsTenantFederationConfiguration -AllowedTrialTenantDomains"
            + " @(\"fabrikam.com\",\"northwind.com\")",
        command(teams(t -> t.addAllowedTrialTenantDomains(d("fabrikam.com"))), out(TRIAL_ERIN),
            RuleId.TRIAL_TENANT_BLOCKED));
    assertEquals("Set-CsTenantFederationConfiguration -TreatDiscoveredPartnersAsUnverified $False",
        command(teams(t -> t.treatDiscoveredPartnersAsUnverified(true)), in(ERIN),
            RuleId.UNVERIFIED_NOT_IN_CONTACTS));
    Reason unsupported = reason(base(), out(KIM), RuleId.TEAMS_CONSUMER_NOT_SUPPORTED);
    assertEquals(Optional.empty(), unsupported.remediation());
    assertTrue(unsupported.explanation().contains("predates Teams"), unsupported::explanation);
  }

  @Test
  void policyCommandsTargetThePolicyByNameAndOfferAGrant() {
    ExternalAccessPolicy open = ExternalAccessPolicy.builder()
        .identity(PolicyIdentity.tag("Open"))
        .enableFederationAccess(true)
        .communicationWithExternalOrgs(CommunicationWithExternalOrgs.ALLOW_ALL_EXTERNAL_DOMAINS)
        .build();
    OnlineTenantConfiguration c =
        granted(p -> p.enableTeamsConsumerAccess(false)).toBuilder()
            .addExternalAccessPolicies(open)
            .build();
    Remediation fix = reason(c, out(KIM), RuleId.POLICY_TEAMS_CONSUMER_OFF).remediation().orElseThrow();
    assertEquals("Set-CsExternalAccessPolicy -Identity Partners -EnableTeamsConsumerAccess $True",
        fix.command());
    assertEquals(0, fix.otherUsersAffected());
    assertEquals(
        Optional.of("Grant-CsExternalAccessPolicy -Identity sip:alice@contoso.com -PolicyName Open"),
        fix.grantAlternative());
    assertEquals("Set-CsExternalAccessPolicy -Identity Partners -EnableTeamsConsumerInbound $True",
        command(granted(p -> p.enableTeamsConsumerInbound(false)), in(KIM),
            RuleId.POLICY_TEAMS_CONSUMER_INBOUND_OFF));
    assertEquals(
        "Set-CsExternalAccessPolicy -Identity Partners -AllowedExternalDomains"
            + " @(\"fabrikam.com\",\"northwind.com\")",
        command(granted(p -> p.communicationWithExternalOrgs(
                CommunicationWithExternalOrgs.ALLOW_SPECIFIC_EXTERNAL_DOMAINS)
            .addAllowedExternalDomains(d("fabrikam.com"))), out(ERIN),
            RuleId.POLICY_DOMAIN_NOT_ALLOWED));
    assertEquals(
        "Set-CsExternalAccessPolicy -Identity Partners -BlockedExternalDomains @(\"fabrikam.com\")",
        command(granted(p -> p.communicationWithExternalOrgs(
                CommunicationWithExternalOrgs.BLOCK_SPECIFIC_EXTERNAL_DOMAINS)
            .addBlockedExternalDomains(d("northwind.com"), d("fabrikam.com"))), out(ERIN),
            RuleId.POLICY_DOMAIN_BLOCKED));
    assertEquals(
        "Set-CsExternalAccessPolicy -Identity Partners -CommunicationWithExternalOrgs"
            + " \"AllowAllExternalDomains\"",
        command(granted(p -> p.communicationWithExternalOrgs(
                CommunicationWithExternalOrgs.BLOCK_SPECIFIC_EXTERNAL_DOMAINS)
            .addBlockedExternalDomains(d("northwind.com"))), out(ERIN),
            RuleId.POLICY_DOMAIN_BLOCKED));
    assertEquals(
        "Set-CsExternalAccessPolicy -Identity Partners -CommunicationWithExternalOrgs"
            + " \"AllowSpecificExternalDomains\" -AllowedExternalDomains @(\"northwind.com\")",
        command(granted(p -> p.communicationWithExternalOrgs(
            CommunicationWithExternalOrgs.BLOCK_ALL_EXTERNAL_DOMAINS)), out(ERIN),
            RuleId.POLICY_DOMAIN_BLOCKED));
  }

  @Test
  void everyPrintedFixFlipsItsGate() {
    table()
        .filter(row -> row.denies().isPresent())
        .forEach(
            row -> {
              Reason r = reason(row.c(), row.request(), row.denies().get());
              assertFalse(r.explanation().isBlank());
              assertFalse(r.decidedBy().isBlank());
            });
  }

  @Test
  void theTeamsConsumerIsItsOwnClassAndTheSameAddressIsASkypeUserOtherwise() {
    assertEquals(RemoteClass.TEAMS_CONSUMER, evaluate(teams(), out(KIM)).remoteClass());
    assertEquals(
        RemoteClass.PUBLIC_PROVIDER_USER,
        evaluate(teams(), out(RemoteParty.of(MicrosoftAccount.parse("kim@outlook.com"))))
            .remoteClass());
    assertEquals(RemoteClass.FEDERATED, evaluate(teams(), out(TRIAL_ERIN)).remoteClass());
  }

  @Test
  void theChecklistForTeamsConsumersNamesTheirSwitches() {
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(
        granted(teams(t -> t.allowTeamsConsumer(false)), partners(p -> p
            .enableTeamsConsumerAccess(false))));
    Checklist c = ev.checklist(ALICE, RemoteClass.TEAMS_CONSUMER);
    assertEquals(RemoteClass.TEAMS_CONSUMER, c.remoteClass());
    assertEquals(
        List.of(
            "Set-CsTenantFederationConfiguration -AllowTeamsConsumer $True",
            "Set-CsExternalAccessPolicy -Identity Partners -EnableTeamsConsumerAccess $True"),
        c.commands());
    assertEquals(List.of(), ExternalAccessEvaluator.compile(teams())
        .checklist(ALICE, RemoteClass.TEAMS_CONSUMER).commands());
  }
}
