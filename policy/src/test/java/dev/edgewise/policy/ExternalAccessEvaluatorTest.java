package dev.edgewise.policy;

import static dev.edgewise.policy.Fixtures.ALICE;
import static dev.edgewise.policy.Fixtures.CAROL;
import static dev.edgewise.policy.Fixtures.CONTOSO;
import static dev.edgewise.policy.Fixtures.FABRIKAM;
import static dev.edgewise.policy.Fixtures.base;
import static dev.edgewise.policy.Fixtures.baseGlobal;
import static dev.edgewise.policy.Fixtures.baseOnline;
import static dev.edgewise.policy.Fixtures.d;
import static dev.edgewise.policy.Fixtures.sip;
import static dev.edgewise.policy.NormativeExamplesTest.BOB_DECORATED;
import static dev.edgewise.policy.NormativeExamplesTest.BOB_OUTLOOK;
import static dev.edgewise.policy.NormativeExamplesTest.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.policy.internal.eval.ConsumerMailDomains;
import dev.edgewise.address.Domain;
import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule id in both outcomes, scope precedence, both platform shapes, both directions, and
 * decorated addresses against the blocked list.
 */
class ExternalAccessEvaluatorTest {

  static final SipUri ERIN = sip("sip:erin@northwind.com");
  static final SipUri DAVE_FABRIKAM = sip("sip:dave@fabrikam.com");
  static final SipUri TOM_HOSTED = sip("sip:tom@tailspin.com");

  static final HostingProvider TAILSPIN =
      HostingProvider.builder()
          .identity("Tailspin")
          .proxyFqdn(d("sip.tailspin-hosting.net"))
          .enabled(true)
          .addHostedDomains(d("tailspin.com"))
          .build();

  static Decision evaluate(FederationConfiguration c, Object request) {
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(c);
    Decision d;
    boolean quick;
    if (request instanceof InboundRequest in) {
      d = ev.evaluate(in);
      quick = ev.isAllowed(in);
    } else if (request instanceof SignInRequest s) {
      d = ev.evaluate(s);
      quick = ev.isAllowed(s);
    } else if (request instanceof MeetingJoinRequest m) {
      d = ev.evaluate(m);
      quick = ev.isAllowed(m);
    } else {
      d = ev.evaluate((OutboundRequest) request);
      quick = ev.isAllowed((OutboundRequest) request);
    }
    assertEquals(d.isAllowed(), quick, d::toString);
    return d;
  }

  // --- remote access, meetings, XMPP (issue 11) ----------------------------------------------

  static final SipUri ANN_XMPP = sip("sip:ann@jabber.example");
  static final Domain JABBER = d("jabber.example");

  /** The base, with the Global external access policy's remote access on. */
  static OnPremisesConfiguration outside() {
    return global(g -> g.enableOutsideAccess(true));
  }

  /** The base, with anonymous users allowed on the edge (the conferencing default admits them). */
  static OnPremisesConfiguration anonymousOn() {
    return edge(base(), e -> e.allowAnonymousUsers(true));
  }

  /** Skype for Business Server 2015 (it has the XMPP gateway), XMPP on, jabber.example declared. */
  static OnPremisesConfiguration xmpp() {
    return global(g -> g.enableXmppAccess(true)).toBuilder()
        .product(Product.SKYPE_FOR_BUSINESS_SERVER_2015)
        .addXmppPartners(XmppPartner.of(JABBER))
        .build();
  }

  static MeetingJoinRequest anonymousJoin() {
    return MeetingJoinRequest.anonymous(ALICE);
  }

  static OutboundRequest toXmpp(Modality m) {
    return new OutboundRequest(
        ALICE, RemoteParty.notModelled(RemoteParty.Unmodelled.Kind.XMPP_PARTNER, "ann@jabber.example"), m);
  }

  static Stream<RuleCase> surfaceDenyingRules() {
    ConferencingPolicy closed =
        ConferencingPolicy.global().toBuilder().allowAnonymousParticipantsInMeetings(false).build();
    return Stream.of(
        new RuleCase(RuleId.EDGE_OUTSIDE_OFF, "sign-in, edge remote access off",
            edge(outside(), e -> e.allowOutsideUsers(false)), outside(), SignInRequest.of(ALICE)),
        new RuleCase(RuleId.EDGE_OUTSIDE_OFF, "anonymous join, edge remote access off",
            edge(anonymousOn(), e -> e.allowOutsideUsers(false)), anonymousOn(), anonymousJoin()),
        new RuleCase(RuleId.POLICY_OUTSIDE_OFF, "sign-in, Global EnableOutsideAccess off",
            base(), outside(), SignInRequest.of(ALICE)),
        new RuleCase(RuleId.EDGE_ANONYMOUS_OFF, "anonymous join, fresh edge",
            base(), anonymousOn(), anonymousJoin()),
        new RuleCase(RuleId.CONFERENCING_POLICY_NO_ANONYMOUS, "Global conferencing closed",
            anonymousOn().toBuilder().addConferencingPolicies(closed).build(), anonymousOn(),
            anonymousJoin()),
        new RuleCase(RuleId.ANONYMOUS_CONFERENCE_ONLY, "IM to an anonymous user",
            anonymousOn(), anonymousOn(),
            new OutboundRequest(ALICE, RemoteParty.anonymous("guest"), Modality.IM),
            anonymousJoin()),
        new RuleCase(RuleId.XMPP_NOT_SUPPORTED, "Skype for Business Server 2019",
            global(g -> g.enableXmppAccess(true)), xmpp(), toXmpp(Modality.IM)),
        new RuleCase(RuleId.XMPP_PARTNER_MISSING, "no partner declared",
            xmpp().toBuilder().xmppPartners(List.of()).build(), xmpp(), toXmpp(Modality.IM)),
        new RuleCase(RuleId.POLICY_XMPP_OFF, "Global EnableXmppAccess off",
            xmpp().toBuilder().globalPolicy(baseGlobal()).build(), xmpp(), im(ANN_XMPP)),
        new RuleCase(RuleId.XMPP_IM_AND_PRESENCE_ONLY, "audio to an XMPP user",
            xmpp(), xmpp(), toXmpp(Modality.AUDIO), toXmpp(Modality.PRESENCE)),
        new RuleCase(RuleId.PUBLIC_PROVIDER_NO_MEETINGS, "a Skype user joins a meeting",
            anonymousOn(), anonymousOn(),
            MeetingJoinRequest.of(ALICE, RemoteParty.of(BOB_OUTLOOK)), anonymousJoin()),
        new RuleCase(RuleId.ACCOUNT_ON_OWN_DOMAIN, "a Microsoft account on contoso.com",
            base(), base(),
            OutboundRequest.of(ALICE, MicrosoftAccount.parse("bob@contoso.com"), Modality.IM),
            OutboundRequest.of(ALICE, MicrosoftAccount.parse("bob@fabrikam.com"), Modality.IM)));
  }

  static OutboundRequest im(SipUri remote) {
    return OutboundRequest.of(ALICE, remote, Modality.IM);
  }

  static InboundRequest.Builder inbound(SipUri remote, Arrival arrival) {
    return InboundRequest.builder()
        .remote(RemoteParty.of(remote))
        .localUser(ALICE)
        .modality(Modality.IM)
        .arrival(arrival);
  }

  static OnPremisesConfiguration edge(
      OnPremisesConfiguration c, Consumer<AccessEdgeConfiguration.Builder> change) {
    AccessEdgeConfiguration.Builder b = c.accessEdge().toBuilder();
    change.accept(b);
    return c.toBuilder().accessEdge(b.build()).build();
  }

  static OnPremisesConfiguration skype(Consumer<PublicProvider.Builder> change) {
    PublicProvider.Builder b = PublicProvider.skype().toBuilder();
    change.accept(b);
    return base().toBuilder().publicProviders(List.of(b.build())).build();
  }

  static OnPremisesConfiguration global(Consumer<ExternalAccessPolicy.Builder> change) {
    ExternalAccessPolicy.Builder b = baseGlobal().toBuilder();
    change.accept(b);
    return base().toBuilder().globalPolicy(b.build()).build();
  }

  /** A rule that denies in {@code denied} and no longer does in {@code fixed}, same request. */
  record RuleCase(
      RuleId rule,
      String name,
      FederationConfiguration denied,
      FederationConfiguration fixed,
      Object request,
      Object fixedRequest) {
    RuleCase(RuleId rule, String name, FederationConfiguration denied,
        FederationConfiguration fixed, Object request) {
      this(rule, name, denied, fixed, request, request);
    }

    @Override
    public String toString() {
      return rule + ": " + name;
    }
  }

  static Stream<RuleCase> denyingRules() {
    OnPremisesConfiguration discovery = edge(base(), e -> e.enablePartnerDiscovery(true));
    InboundRequest fromFabrikamEdge =
        inbound(DAVE_FABRIKAM, Arrival.viaEdge(d("sip.fabrikam.com"))).build();
    OnPremisesConfiguration pinned =
        base().toBuilder()
            .addAllowedDomains(
                AllowedDomain.builder()
                    .domain(FABRIKAM)
                    .proxyFqdn(d("edge.fabrikam.com"))
                    .verificationLevel(VerificationLevel.ALWAYS_VERIFIABLE)
                    .build())
            .build();
    OnPremisesConfiguration pinnedRight =
        base().toBuilder()
            .addAllowedDomains(
                AllowedDomain.builder()
                    .domain(FABRIKAM)
                    .proxyFqdn(d("sip.fabrikam.com"))
                    .verificationLevel(VerificationLevel.ALWAYS_VERIFIABLE)
                    .build())
            .build();
    InboundRequest fromDiscovered =
        inbound(ERIN, Arrival.viaEdge(d("sip.northwind.com"))).build();
    InboundRequest fromSkype = inbound(BOB_OUTLOOK, Arrival.viaPublicProvider("Skype")).build();
    OnPremisesConfiguration noProviders =
        base().toBuilder().publicProviders(List.of()).build();
    OnPremisesConfiguration defaultRouted =
        edge(noProviders, e -> e.routing(EdgeRouting.defaultRoute(d("edge.ch.net"),
            VerificationLevel.ALWAYS_VERIFIABLE)));
    OutboundRequest toAccount =
        OutboundRequest.of(ALICE, MicrosoftAccount.parse("bob@fabrikam.com"), Modality.IM);
    return Stream.of(
        new RuleCase(RuleId.EDGE_FEDERATION_OFF, "edge switch",
            edge(base(), e -> e.allowFederatedUsers(false)), base(), im(BOB_OUTLOOK)),
        new RuleCase(RuleId.TENANT_FEDERATION_OFF, "External Access Off",
            baseOnline().toBuilder().allowFederatedUsers(false).build(), baseOnline(), im(ERIN)),
        new RuleCase(RuleId.TENANT_PUBLIC_USERS_OFF, "Public IM Connectivity off",
            baseOnline().toBuilder().allowPublicUsers(false).build(), baseOnline(),
            im(BOB_OUTLOOK)),
        new RuleCase(RuleId.DNS_SRV_ROUTING_REQUIRED, "default route and no Skype",
            defaultRouted, base(), toAccount),
        new RuleCase(RuleId.PROVIDER_MISSING, "no public provider for an account",
            noProviders, base(), toAccount),
        new RuleCase(RuleId.PROVIDER_DISABLED, "Skype disabled",
            skype(p -> p.enabled(false)), base(), im(BOB_OUTLOOK)),
        new RuleCase(RuleId.PROVIDER_DISABLED, "hosting provider disabled",
            base().toBuilder().addHostingProviders(
                TAILSPIN.toBuilder().enabled(false).build()).build(),
            base().toBuilder().addHostingProviders(TAILSPIN).build(), im(TOM_HOSTED)),
        new RuleCase(RuleId.DOMAIN_BLOCKED, "federated domain blocked with discovery on",
            discovery.toBuilder().addBlockedDomains(BlockedDomain.of(d("northwind.com"))).build(),
            discovery, im(ERIN)),
        new RuleCase(RuleId.DOMAIN_BLOCKED, "online, blocked",
            baseOnline().toBuilder().addBlockedDomains(d("northwind.com")).build(),
            baseOnline(), im(ERIN)),
        new RuleCase(RuleId.DOMAIN_NOT_ALLOWED, "discovery off, not listed",
            base(), base().toBuilder().addAllowedDomains(AllowedDomain.of(d("northwind.com")))
                .build(), im(ERIN)),
        new RuleCase(RuleId.PROXY_FQDN_MISMATCH, "pinned to another edge",
            pinned, pinnedRight, fromFabrikamEdge),
        new RuleCase(RuleId.POLICY_FEDERATION_OFF, "Global federation off",
            global(g -> g.enableFederationAccess(false)), discovery, im(ERIN)),
        new RuleCase(RuleId.POLICY_PUBLIC_OFF, "Global public off",
            global(g -> g.enablePublicCloudAccess(false)), base(), im(BOB_OUTLOOK)),
        new RuleCase(RuleId.POLICY_PUBLIC_AV_OFF, "Global A/V off",
            base(), global(g -> g.enablePublicCloudAudioVideoAccess(true)),
            OutboundRequest.of(ALICE, BOB_OUTLOOK, Modality.AUDIO)),
        new RuleCase(RuleId.MODALITY_UNSUPPORTED_BY_PROVIDER, "video at launch",
            global(g -> g.enablePublicCloudAudioVideoAccess(true)),
            global(g -> g.enablePublicCloudAudioVideoAccess(true)).toBuilder()
                .publicProviders(List.of(PublicProvider.skype().toBuilder()
                    .capabilities(CapabilityPreset.WITH_VIDEO.modalities()).build()))
                .build(),
            OutboundRequest.of(ALICE, BOB_OUTLOOK, Modality.VIDEO)),
        new RuleCase(RuleId.PROVISIONING_INCOMPLETE, "not requested",
            base().toBuilder().era(ConnectivityEra.PIC_PROVISIONING).build(),
            base().toBuilder().era(ConnectivityEra.PIC_PROVISIONING)
                .putPicProvisioning(CONTOSO, ProvisioningState.ACTIVATED).build(),
            im(BOB_OUTLOOK)),
        new RuleCase(RuleId.SKYPE_INTEROP_RETIRED, "on-premises, Skype interop retired",
            base().toBuilder().era(ConnectivityEra.SKYPE_INTEROP_RETIRED).build(), base(),
            im(BOB_OUTLOOK)),
        new RuleCase(RuleId.SKYPE_INTEROP_RETIRED, "online, Skype interop retired",
            baseOnline().toBuilder().era(ConnectivityEra.SKYPE_INTEROP_RETIRED).build(),
            baseOnline(), im(BOB_OUTLOOK)),
        new RuleCase(RuleId.PROVIDER_RETIRED, "Yahoo! after June 2014",
            yahooEnabled(ConnectivityEra.DNS_SRV_DISCOVERY),
            yahooEnabled(ConnectivityEra.PIC_PROVISIONING).toBuilder()
                .putPicProvisioning(CONTOSO, ProvisioningState.ACTIVATED).build(),
            im(sip("sip:bob@yahoo.com"))),
        new RuleCase(RuleId.UNVERIFIED_NOT_IN_CONTACTS, "discovered partner, unmarked",
            discovery, discovery, fromDiscovered,
            fromDiscovered.toBuilder().verificationMark(true).build()),
        new RuleCase(RuleId.VERIFICATION_MARK_MISSING, "Skype UseSourceVerification",
            skype(p -> p.verificationLevel(VerificationLevel.USE_SOURCE_VERIFICATION)),
            skype(p -> p.verificationLevel(VerificationLevel.USE_SOURCE_VERIFICATION)),
            fromSkype, fromSkype.toBuilder().verificationMark(true).build()),
        new RuleCase(RuleId.UNKNOWN_LOCAL_USER, "undeclared user",
            base(), base(), OutboundRequest.of(Fixtures.ZED, BOB_OUTLOOK, Modality.IM),
            im(BOB_OUTLOOK)),
        new RuleCase(RuleId.NOT_MODELLED, "text that is no address",
            base(), base(),
            OutboundRequest.typed(ALICE, "not an address", Modality.IM),
            im(BOB_OUTLOOK)));
  }

  /** The base configuration with the fresh-install Yahoo! provider enabled, in an era. */
  static OnPremisesConfiguration yahooEnabled(ConnectivityEra era) {
    return base().toBuilder()
        .addPublicProviders(PublicProvider.yahoo().toBuilder().enabled(true).build())
        .era(era)
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"denyingRules", "surfaceDenyingRules"})
  void eachDenyingRuleFiresAndTheFixFlipsIt(RuleCase c) {
    Decision denied = evaluate(c.denied(), c.request());
    assertFalse(denied.isAllowed(), denied::toString);
    assertTrue(denied.hasRule(c.rule()), denied::toString);
    Decision fixed = evaluate(c.fixed(), c.fixedRequest());
    assertTrue(fixed.isAllowed(), fixed::toString);
    assertFalse(fixed.hasRule(c.rule()), fixed::toString);
  }

  @Test
  void everyDenyingRuleOfTheEvaluatorHasACase() {
    Set<RuleId> covered = EnumSet.noneOf(RuleId.class);
    denyingRules().forEach(c -> covered.add(c.rule()));
    surfaceDenyingRules().forEach(c -> covered.add(c.rule()));
    TeamsGatesTest.denyingRules().forEach(c -> covered.add(c.rule()));
    Set<RuleId> expected = EnumSet.noneOf(RuleId.class);
    for (RuleId r : RuleId.values()) {
      if (r.effect() == Effect.DENY) {
        expected.add(r);
      }
    }
    // DEFAULT_DENY cannot be reached through a valid configuration (every class has an
    // admitting gate) and is tested on the combination rule.
    expected.remove(RuleId.DEFAULT_DENY);
    assertEquals(expected, covered);
  }

  @Test
  void defaultDenyWhenNoGateAdmits() {
    Reason passed =
        new Reason(RuleId.EDGE_FEDERATION_ON, "AllowFederatedUsers", "edge", "on", Optional.empty());
    Decision d =
        ExternalAccessEvaluator.combine(RemoteClass.FEDERATED, List.of(passed), false, List.of());
    assertEquals(List.of(RuleId.DEFAULT_DENY), rules(d));
    Decision allowed =
        ExternalAccessEvaluator.combine(RemoteClass.FEDERATED, List.of(passed), true, List.of());
    assertTrue(allowed.isAllowed());
  }

  static Stream<Object[]> allowingRules() {
    OnPremisesConfiguration discovery = edge(base(), e -> e.enablePartnerDiscovery(true));
    OnPremisesConfiguration av = global(g -> g.enablePublicCloudAudioVideoAccess(true));
    return Stream.of(
        new Object[] {RuleId.INTERNAL, base(), im(CAROL)},
        new Object[] {RuleId.ALLOWED_DOMAIN,
            base().toBuilder().addAllowedDomains(AllowedDomain.of(FABRIKAM)).build(),
            im(DAVE_FABRIKAM)},
        new Object[] {RuleId.DISCOVERED_PARTNER, discovery, im(ERIN)},
        new Object[] {RuleId.HOSTING_PROVIDER,
            base().toBuilder().addHostingProviders(TAILSPIN).build(), im(TOM_HOSTED)},
        new Object[] {RuleId.PUBLIC_PROVIDER, base(), im(BOB_OUTLOOK)},
        new Object[] {RuleId.ALL_KNOWN_DOMAINS_ALLOWED, baseOnline(), im(ERIN)},
        new Object[] {RuleId.EDGE_FEDERATION_ON, base(), im(BOB_OUTLOOK)},
        new Object[] {RuleId.TENANT_FEDERATION_ON, baseOnline(), im(ERIN)},
        new Object[] {RuleId.TENANT_PUBLIC_USERS_ON, baseOnline(), im(BOB_OUTLOOK)},
        new Object[] {RuleId.DNS_SRV_ROUTING, base(), im(BOB_OUTLOOK)},
        new Object[] {RuleId.DOMAIN_NOT_BLOCKED, base(), im(BOB_DECORATED)},
        new Object[] {RuleId.POLICY_FEDERATION_ON, discovery, im(ERIN)},
        new Object[] {RuleId.POLICY_PUBLIC_ON, base(), im(BOB_OUTLOOK)},
        new Object[] {RuleId.POLICY_PUBLIC_AV_ON, av,
            OutboundRequest.of(ALICE, BOB_OUTLOOK, Modality.AUDIO)},
        new Object[] {RuleId.MODALITY_SUPPORTED_BY_PROVIDER, base(), im(BOB_OUTLOOK)},
        new Object[] {RuleId.PROVISIONING_COMPLETE,
            base().toBuilder().era(ConnectivityEra.PIC_PROVISIONING)
                .putPicProvisioning(CONTOSO, ProvisioningState.ACTIVATED).build(),
            im(BOB_OUTLOOK)},
        new Object[] {RuleId.SENDER_VERIFIED, base(),
            inbound(BOB_OUTLOOK, Arrival.viaPublicProvider("Skype")).build()},
        new Object[] {RuleId.REMOTE_USER, outside(), SignInRequest.of(ALICE)},
        new Object[] {RuleId.EDGE_OUTSIDE_ON, outside(), SignInRequest.of(ALICE)},
        new Object[] {RuleId.POLICY_OUTSIDE_ON, outside(), SignInRequest.of(ALICE)},
        new Object[] {RuleId.ANONYMOUS_PARTICIPANT, anonymousOn(), anonymousJoin()},
        new Object[] {RuleId.EDGE_ANONYMOUS_ON, anonymousOn(), anonymousJoin()},
        new Object[] {RuleId.XMPP_PARTNER, xmpp(), im(ANN_XMPP)},
        new Object[] {RuleId.POLICY_XMPP_ON, xmpp(), im(ANN_XMPP)},
        new Object[] {RuleId.XMPP_MODALITY_CARRIED, xmpp(), im(ANN_XMPP)},
        new Object[] {RuleId.MEETING_DOMAIN_LISTS_NOT_APPLIED,
            baseOnline().toBuilder().addBlockedDomains(d("northwind.com")).build(),
            MeetingJoinRequest.of(ALICE, RemoteParty.of(ERIN))});
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allowingRules")
  void eachAllowingRuleIsReportedOnAnAllowance(RuleId rule, FederationConfiguration c, Object r) {
    Decision d = evaluate(c, r);
    assertTrue(d.isAllowed(), d::toString);
    assertTrue(d.hasRule(rule), d::toString);
  }

  @Test
  void everyAllowingRuleHasACase() {
    Set<RuleId> covered = EnumSet.noneOf(RuleId.class);
    allowingRules().forEach(row -> covered.add((RuleId) row[0]));
    TeamsGatesTest.allowingRules().forEach(row -> covered.add((RuleId) row[0]));
    Set<RuleId> expected = EnumSet.noneOf(RuleId.class);
    for (RuleId r : RuleId.values()) {
      if (r.effect() == Effect.ALLOW) {
        expected.add(r);
      }
    }
    assertEquals(expected, covered);
  }

  // --- scope precedence -----------------------------------------------------------------------

  static OnPremisesConfiguration scoped(boolean site, boolean tag) {
    OnPremisesConfiguration.Builder b =
        base().toBuilder()
            .globalPolicy(ExternalAccessPolicy.global()) // all off
            .addSites("Paris")
            .addExternalAccessPolicies(
                ExternalAccessPolicy.builder().identity(PolicyIdentity.tag("AllowPic"))
                    .enablePublicCloudAccess(true).build());
    if (site) {
      b.addExternalAccessPolicies(
          ExternalAccessPolicy.builder().identity(PolicyIdentity.site("Redmond"))
              .enableFederationAccess(true).build());
    }
    List<LocalUser> users = new ArrayList<>();
    users.add(tag ? Fixtures.alice().toBuilder().externalAccessPolicy("AllowPic").build()
        : Fixtures.alice());
    users.add(Fixtures.carol());
    users.add(LocalUser.builder().sipUri(sip("sip:dan@contoso.com")).site("Redmond").build());
    return b.users(users).build();
  }

  @Test
  void globalAppliesWithoutSiteOrUserPolicy() {
    Decision d = evaluate(scoped(false, false), im(BOB_OUTLOOK));
    assertEquals(List.of(RuleId.POLICY_PUBLIC_OFF), rules(d));
    Reason r = d.reasons().get(0);
    assertEquals(
        "ExternalAccessPolicy Global, global scope, in force for sip:alice@contoso.com",
        r.decidedBy());
    Remediation fix = r.remediation().orElseThrow();
    assertEquals(
        "Set-CsExternalAccessPolicy -Identity Global -EnablePublicCloudAccess $True",
        fix.command());
    assertEquals(2, fix.otherUsersAffected()); // carol and dan
    assertEquals(
        Optional.of("Grant-CsExternalAccessPolicy -Identity sip:alice@contoso.com -PolicyName AllowPic"),
        fix.grantAlternative());
  }

  @Test
  void sitePolicyReplacesGlobalAsAWhole() {
    // The site policy allows federation only: public access is off although Global is irrelevant.
    Decision d = evaluate(scoped(true, false), im(BOB_OUTLOOK));
    Reason r = d.reasons().get(0);
    assertEquals(RuleId.POLICY_PUBLIC_OFF, r.rule());
    assertTrue(r.decidedBy().contains("site:Redmond, site scope"), r.decidedBy());
    Remediation fix = r.remediation().orElseThrow();
    assertEquals(
        "Set-CsExternalAccessPolicy -Identity site:Redmond -EnablePublicCloudAccess $True",
        fix.command());
    assertEquals(1, fix.otherUsersAffected()); // dan, also in Redmond
  }

  @Test
  void perUserPolicyWinsOverSiteAndGlobal() {
    assertTrue(evaluate(scoped(true, true), im(BOB_OUTLOOK)).isAllowed());
    // ...as a whole object: AllowPic has federation off, though the site policy has it on
    OnPremisesConfiguration c =
        edge(scoped(true, true), e -> e.enablePartnerDiscovery(true));
    Decision d = evaluate(c, im(ERIN));
    assertEquals(List.of(RuleId.POLICY_FEDERATION_OFF), rules(d));
    assertEquals(
        Optional.of("Grant-CsExternalAccessPolicy -Identity sip:alice@contoso.com -PolicyName $Null"),
        d.reasons().get(0).remediation().orElseThrow().grantAlternative());
  }

  @Test
  void ungrantedPerUserPolicyIsInert() {
    // AllowPic exists but carol has none granted: Global (all off) decides for her.
    Decision d =
        evaluate(scoped(false, false), OutboundRequest.of(CAROL, BOB_OUTLOOK, Modality.IM));
    assertEquals(List.of(RuleId.POLICY_PUBLIC_OFF), rules(d));
  }

  // --- online shapes --------------------------------------------------------------------------

  @Test
  void onlineWithoutAssignedPolicyConsultsNoPolicy() {
    Decision d = evaluate(baseOnline(), im(BOB_OUTLOOK));
    assertTrue(d.isAllowed());
    assertFalse(d.hasRule(RuleId.POLICY_PUBLIC_ON));
  }

  @Test
  void onlineAssignedPolicyIsConsultedAndRevokingItIsTheAlternative() {
    // A Teams tenant may change the policy; Skype for Business Online only grants (see
    // RemediationsPerProductTest).
    OnlineTenantConfiguration t =
        baseOnline().toBuilder()
            .product(Product.TEAMS_TENANT)
            .addExternalAccessPolicies(
                ExternalAccessPolicy.builder().identity(PolicyIdentity.tag("FederationOnly"))
                    .enableFederationAccess(true).build())
            .users(List.of(
                LocalUser.builder().sipUri(ALICE).externalAccessPolicy("FederationOnly").build(),
                Fixtures.carol()))
            .build();
    Decision d = evaluate(t, im(BOB_OUTLOOK));
    assertEquals(List.of(RuleId.POLICY_PUBLIC_OFF), rules(d));
    Remediation fix = d.reasons().get(0).remediation().orElseThrow();
    assertEquals(
        "Set-CsExternalAccessPolicy -Identity FederationOnly -EnablePublicCloudAccess $True",
        fix.command());
    assertEquals(
        Optional.of(
            "Grant-CsExternalAccessPolicy -Identity sip:alice@contoso.com -PolicyName $Null"),
        fix.grantAlternative());
  }

  @Test
  void onlineBlockedEntriesCoverSubdomainsOnlyWithBlockAllSubdomains() {
    SipUri sales = sip("sip:yan@sales.fabrikam.com");
    OnlineTenantConfiguration t =
        baseOnline().toBuilder().addBlockedDomains(FABRIKAM).build();
    assertTrue(evaluate(t, im(sales)).isAllowed());
    Decision blocked = evaluate(t.toBuilder().blockAllSubdomains(true).build(), im(sales));
    assertEquals(List.of(RuleId.DOMAIN_BLOCKED), rules(blocked));
    assertEquals(
        "Set-CsTenantFederationConfiguration -BlockedDomains @{Remove=(New-CsEdgeDomainPattern"
            + " -Domain \"fabrikam.com\")}",
        blocked.reasons().get(0).remediation().orElseThrow().command());
    // never by a mere suffix: subfabrikam.com is another domain
    assertTrue(
        evaluate(t.toBuilder().blockAllSubdomains(true).build(), im(sip("sip:x@subfabrikam.com")))
            .isAllowed());
  }

  @Test
  void onlineAllowListModeIgnoresTheBlockedList() {
    OnlineTenantConfiguration t =
        baseOnline().toBuilder()
            .allowedDomains(TenantAllowedDomains.allowList(List.of(FABRIKAM)))
            .addBlockedDomains(FABRIKAM, d("msn.com"))
            .build();
    assertTrue(evaluate(t, im(DAVE_FABRIKAM)).isAllowed());
    assertTrue(evaluate(t, im(BOB_DECORATED)).isAllowed());
  }

  @Test
  void onlineDecoratedAccountIsBlockedByItsOwnDomain() {
    OnlineTenantConfiguration t = baseOnline().toBuilder().addBlockedDomains(FABRIKAM).build();
    assertEquals(List.of(RuleId.DOMAIN_BLOCKED), rules(evaluate(t, im(BOB_DECORATED))));
  }

  // --- decorated addresses against the blocked list ------------------------------------------

  @Test
  void bothDomainsOfADecoratedAccountAreReportedWhenBothAreBlocked() {
    OnPremisesConfiguration c =
        base().toBuilder()
            .addBlockedDomains(BlockedDomain.of(FABRIKAM), BlockedDomain.of(d("msn.com")))
            .build();
    Decision d = evaluate(c, im(BOB_DECORATED));
    assertEquals(List.of(RuleId.DOMAIN_BLOCKED, RuleId.DOMAIN_BLOCKED), rules(d));
    assertEquals("BlockedDomain fabrikam.com", d.reasons().get(0).decidedBy());
    assertEquals("BlockedDomain msn.com", d.reasons().get(1).decidedBy());
  }

  @Test
  void anAccountGivenAsMicrosoftAccountIsDecoratedBeforeTheBlockedList() {
    OnPremisesConfiguration c =
        base().toBuilder().addBlockedDomains(BlockedDomain.of(d("msn.com"))).build();
    Decision d =
        evaluate(c, OutboundRequest.of(ALICE, MicrosoftAccount.parse("bob@fabrikam.com"),
            Modality.IM));
    assertEquals(List.of(RuleId.DOMAIN_BLOCKED), rules(d));
    assertEquals(RemoteClass.PUBLIC_PROVIDER_USER, d.remoteClass());
    Decision typed =
        evaluate(c, OutboundRequest.typed(ALICE, "Bob(Fabrikam.COM)@MSN.com", Modality.IM));
    assertEquals(List.of(RuleId.DOMAIN_BLOCKED), rules(typed));
  }

  @Test
  void blockedListMatchesExactDomainsOnPremises() {
    OnPremisesConfiguration c =
        base().toBuilder().addBlockedDomains(BlockedDomain.of(FABRIKAM)).build();
    Decision d = evaluate(c, im(sip("sip:bob(sales.fabrikam.com)@msn.com")));
    assertTrue(d.isAllowed(), d::toString);
  }

  // --- directions and classification ----------------------------------------------------------

  @Test
  void inboundUsesTheRecipientsPolicy() {
    OnPremisesConfiguration c = scoped(false, true); // alice has AllowPic, carol has Global (off)
    InboundRequest toAlice = inbound(BOB_OUTLOOK, Arrival.viaPublicProvider("Skype")).build();
    assertTrue(evaluate(c, toAlice).isAllowed());
    Decision toCarol = evaluate(c, toAlice.toBuilder().localUser(CAROL).build());
    assertEquals(List.of(RuleId.POLICY_PUBLIC_OFF), rules(toCarol));
  }

  @Test
  void allowedDomainAlwaysUnverifiableNeedsContactsEvenWhenMarked() {
    OnPremisesConfiguration c =
        base().toBuilder()
            .addAllowedDomains(AllowedDomain.builder().domain(FABRIKAM)
                .verificationLevel(VerificationLevel.ALWAYS_UNVERIFIABLE).build())
            .build();
    InboundRequest marked =
        inbound(DAVE_FABRIKAM, Arrival.viaEdge(d("sip.fabrikam.com")))
            .verificationMark(true).build();
    Decision d = evaluate(c, marked);
    assertEquals(List.of(RuleId.UNVERIFIED_NOT_IN_CONTACTS), rules(d));
    assertEquals(
        "Set-CsAllowedDomain -Identity fabrikam.com -VerificationLevel AlwaysVerifiable",
        d.reasons().get(0).remediation().orElseThrow().command());
    assertTrue(evaluate(c, marked.toBuilder().senderInContacts(true).build()).isAllowed());
    // outbound, verification is not consulted
    assertTrue(evaluate(c, im(DAVE_FABRIKAM)).isAllowed());
  }

  @Test
  void defaultRouteTrafficIsVerifiedAtTheRoutesLevel() {
    OnPremisesConfiguration c =
        edge(
                base().toBuilder().publicProviders(List.of())
                    .addAllowedDomains(AllowedDomain.builder().domain(FABRIKAM)
                        .verificationLevel(VerificationLevel.ALWAYS_VERIFIABLE).build())
                    .build(),
                e -> e.routing(EdgeRouting.defaultRoute(d("edge.ch.net"),
                    VerificationLevel.ALWAYS_UNVERIFIABLE)));
    InboundRequest viaRoute = inbound(DAVE_FABRIKAM, Arrival.defaultRoute()).build();
    assertEquals(List.of(RuleId.UNVERIFIED_NOT_IN_CONTACTS), rules(evaluate(c, viaRoute)));
    assertTrue(
        evaluate(c, inbound(DAVE_FABRIKAM, Arrival.viaEdge(d("sip.fabrikam.com"))).build())
            .isAllowed());
  }

  @Test
  void partnerDiscoveryNeedsDnsSrvRouting() {
    OnPremisesConfiguration c =
        edge(base().toBuilder().publicProviders(List.of()).build(),
            e -> e.enablePartnerDiscovery(true)
                .routing(EdgeRouting.defaultRoute(d("edge.ch.net"),
                    VerificationLevel.ALWAYS_VERIFIABLE)));
    Decision d = evaluate(c, im(ERIN));
    assertEquals(List.of(RuleId.DOMAIN_NOT_ALLOWED), rules(d));
    assertTrue(d.reasons().get(0).explanation().contains("without DNS SRV routing"));
  }

  @Test
  void classifiesEveryKindOfRemote() {
    OnPremisesConfiguration c = base().toBuilder().addHostingProviders(TAILSPIN).build();
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(c);
    Object[][] table = {
      {RemoteParty.of(CAROL), RemoteClass.INTERNAL},
      {RemoteParty.of(BOB_OUTLOOK), RemoteClass.PUBLIC_PROVIDER_USER},
      {RemoteParty.of(sip("sip:bob@msn.com")), RemoteClass.PUBLIC_PROVIDER_USER},
      {RemoteParty.of(BOB_DECORATED), RemoteClass.PUBLIC_PROVIDER_USER},
      {RemoteParty.of(MicrosoftAccount.parse("bob@contoso.com")), RemoteClass.PUBLIC_PROVIDER_USER},
      {RemoteParty.typed("bob(fabrikam.com)@msn.com"), RemoteClass.PUBLIC_PROVIDER_USER},
      {RemoteParty.of(TOM_HOSTED), RemoteClass.HOSTED},
      {RemoteParty.of(ERIN), RemoteClass.FEDERATED},
      {RemoteParty.of(sip("sip:x@sub.contoso.com")), RemoteClass.FEDERATED},
      {RemoteParty.typed("erin@northwind.com"), RemoteClass.FEDERATED},
      {RemoteParty.typed("live:bob_1"), RemoteClass.NOT_MODELLED},
      {RemoteParty.typed("+1 425 555 0100"), RemoteClass.NOT_MODELLED},
      {RemoteParty.typed("not an address"), RemoteClass.NOT_MODELLED},
      {RemoteParty.of(sip("sip:bob@192.0.2.1")), RemoteClass.NOT_MODELLED},
      // a valid SIP host, but not a domain: its xn-- label does not round-trip
      {RemoteParty.of(sip("sip:bob@xn---bcher-kva.com")), RemoteClass.NOT_MODELLED},
      {RemoteParty.notModelled(RemoteParty.Unmodelled.Kind.ANONYMOUS_USER, "guest"),
          RemoteClass.ANONYMOUS},
      {RemoteParty.anonymous("guest"), RemoteClass.ANONYMOUS},
      {RemoteParty.notModelled(RemoteParty.Unmodelled.Kind.XMPP_PARTNER, "xmpp:ann@jabber.org/pc"),
          RemoteClass.XMPP_PARTNER},
      {RemoteParty.notModelled(RemoteParty.Unmodelled.Kind.XMPP_PARTNER, "an XMPP partner"),
          RemoteClass.NOT_MODELLED},
      {RemoteParty.notModelled(RemoteParty.Unmodelled.Kind.REMOTE_SIGN_IN, "carol@contoso.com"),
          RemoteClass.INTERNAL},
    };
    for (Object[] row : table) {
      Decision d = ev.evaluate(new OutboundRequest(ALICE, (RemoteParty) row[0], Modality.IM));
      assertEquals(row[1], d.remoteClass(), row[0]::toString);
    }
  }

  @Test
  void unknownUserStillSeesTheOrganizationWideGates() {
    OnPremisesConfiguration c = edge(base(), e -> e.allowFederatedUsers(false));
    Decision d = evaluate(c, OutboundRequest.of(Fixtures.ZED, BOB_OUTLOOK, Modality.IM));
    assertEquals(List.of(RuleId.UNKNOWN_LOCAL_USER, RuleId.EDGE_FEDERATION_OFF), rules(d));
    // every declared user is "another" user for an org-wide change
    assertEquals(2, d.reasons().get(1).remediation().orElseThrow().otherUsersAffected());
  }

  @Test
  void messengerIsReplacedBySkypeAsTheInstructionsSay() {
    OnPremisesConfiguration c =
        base().toBuilder().publicProviders(List.of(PublicProvider.messenger())).build();
    Decision d = evaluate(c, im(BOB_OUTLOOK));
    assertEquals(List.of(RuleId.PROVIDER_DISABLED), rules(d));
    assertEquals(
        "Remove-CsPublicProvider -Identity Messenger; New-CsPublicProvider -Identity Skype -ProxyFqdn"
            + " federation.messenger.msn.com -VerificationLevel AlwaysVerifiable -Enabled $True"
            + " -NameDecorationRoutingDomain msn.com"
            + " -NameDecorationExcludedDomainList \"msn.com,outlook.com,live.com,hotmail.com\""
            + " -EnableSkypeIdRouting $True -EnableSkypeDirectorySearch $True",
        d.reasons().get(0).remediation().orElseThrow().command());
  }

  @Test
  void compileRefusesAConfigurationWithErrors() {
    OnPremisesConfiguration bad =
        base().toBuilder()
            .addAllowedDomains(AllowedDomain.of(FABRIKAM))
            .addBlockedDomains(BlockedDomain.of(FABRIKAM))
            .build();
    InvalidConfigurationException e =
        assertThrows(InvalidConfigurationException.class, () -> ExternalAccessEvaluator.compile(bad));
    assertFalse(e.errors().isEmpty());
  }

  @Test
  void consumerDomainsAreData() {
    assertTrue(ConsumerMailDomains.contains(d("gmail.com")));
    assertFalse(ConsumerMailDomains.contains(d("fabrikam.com")));
    assertFalse(ConsumerMailDomains.contains(d("outlook.com")), "native domains are Skype's");
  }
}
