package dev.edgewise.policy;

import static dev.edgewise.policy.ExternalAccessEvaluatorTest.ANN_XMPP;
import static dev.edgewise.policy.ExternalAccessEvaluatorTest.anonymousOn;
import static dev.edgewise.policy.ExternalAccessEvaluatorTest.edge;
import static dev.edgewise.policy.ExternalAccessEvaluatorTest.evaluate;
import static dev.edgewise.policy.ExternalAccessEvaluatorTest.global;
import static dev.edgewise.policy.ExternalAccessEvaluatorTest.xmpp;
import static dev.edgewise.policy.Fixtures.ALICE;
import static dev.edgewise.policy.Fixtures.CAROL;
import static dev.edgewise.policy.Fixtures.ZED;
import static dev.edgewise.policy.Fixtures.base;
import static dev.edgewise.policy.Fixtures.baseOnline;
import static dev.edgewise.policy.Fixtures.d;
import static dev.edgewise.policy.Fixtures.sip;
import static dev.edgewise.policy.NormativeExamplesTest.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Remote access, meetings, XMPP and the Microsoft account on an own SIP domain (issue 11): tables
 * per gate in both directions naming the deciding rules, and the command pinned for each new
 * remediation, checked against Microsoft's cmdlet reference (see {@code docs/remediations.md}).
 */
class SurfaceGatesTest {

  private static final ConferencingPolicy CLOSED =
      ConferencingPolicy.builder().identity(PolicyIdentity.tag("Closed"))
          .allowAnonymousParticipantsInMeetings(false).build();
  private static final ConferencingPolicy GUESTS =
      ConferencingPolicy.builder().identity(PolicyIdentity.tag("Guests")).build();

  private static InboundRequest from(RemoteParty who, Modality m) {
    return InboundRequest.builder().remote(who).localUser(ALICE).modality(m)
        .arrival(Arrival.defaultRoute()).build();
  }

  private static Reason only(Decision d, RuleId rule) {
    for (Reason r : d.reasons()) {
      if (r.rule() == rule) {
        return r;
      }
    }
    throw new AssertionError(rule + " not in " + d);
  }

  private static String command(Decision d, RuleId rule) {
    return only(d, rule).remediation().orElseThrow().command();
  }

  // --- tables -----------------------------------------------------------------------------------

  /** Each row: configuration, request, the rule ids of the decision in gate order. */
  @Test
  void eachGateDecidesInBothDirections() {
    RemoteParty xmppAnn = RemoteParty.of(ANN_XMPP);
    RemoteParty guest = RemoteParty.anonymous("guest");
    RemoteParty ownAccount = RemoteParty.of(MicrosoftAccount.parse("bob@contoso.com"));
    Object[][] table = {
      // remote access
      {global(g -> g.enableOutsideAccess(true)), SignInRequest.of(ALICE),
          List.of(RuleId.EDGE_OUTSIDE_ON, RuleId.POLICY_OUTSIDE_ON, RuleId.REMOTE_USER)},
      {base(), SignInRequest.of(ALICE), List.of(RuleId.POLICY_OUTSIDE_OFF)},
      {edge(base(), e -> e.allowOutsideUsers(false)), SignInRequest.of(ALICE),
          List.of(RuleId.EDGE_OUTSIDE_OFF, RuleId.POLICY_OUTSIDE_OFF)},
      {base(), SignInRequest.of(ZED), List.of(RuleId.UNKNOWN_LOCAL_USER)},
      {baseOnline(), SignInRequest.of(ALICE), List.of(RuleId.REMOTE_USER)},
      // anonymous participants
      {anonymousOn(), MeetingJoinRequest.anonymous(ALICE),
          List.of(RuleId.EDGE_ANONYMOUS_ON, RuleId.EDGE_OUTSIDE_ON, RuleId.ANONYMOUS_PARTICIPANT)},
      {edge(base(), e -> e.allowOutsideUsers(false)), MeetingJoinRequest.anonymous(ALICE),
          List.of(RuleId.EDGE_ANONYMOUS_OFF, RuleId.EDGE_OUTSIDE_OFF)},
      {baseOnline(), MeetingJoinRequest.anonymous(ALICE), List.of(RuleId.ANONYMOUS_PARTICIPANT)},
      {baseOnline().toBuilder().addConferencingPolicies(CLOSED)
          .users(List.of(LocalUser.builder().sipUri(ALICE).conferencingPolicy("Closed").build()))
          .build(), MeetingJoinRequest.anonymous(ALICE),
          List.of(RuleId.CONFERENCING_POLICY_NO_ANONYMOUS)},
      {anonymousOn(), new OutboundRequest(ALICE, guest, Modality.IM),
          List.of(RuleId.ANONYMOUS_CONFERENCE_ONLY)},
      {anonymousOn(), from(guest, Modality.PRESENCE), List.of(RuleId.ANONYMOUS_CONFERENCE_ONLY)},
      // federated and other participants in a meeting
      {edge(base(), e -> e.enablePartnerDiscovery(true)),
          MeetingJoinRequest.of(ALICE, RemoteParty.of(sip("sip:erin@northwind.com"))),
          List.of(RuleId.EDGE_FEDERATION_ON, RuleId.DOMAIN_NOT_BLOCKED,
              RuleId.DISCOVERED_PARTNER, RuleId.POLICY_FEDERATION_ON)},
      {base(), MeetingJoinRequest.of(ALICE, RemoteParty.of(sip("sip:erin@northwind.com"))),
          List.of(RuleId.DOMAIN_NOT_ALLOWED)},
      {baseOnline().toBuilder().addBlockedDomains(d("northwind.com")).build(),
          MeetingJoinRequest.of(ALICE, RemoteParty.of(sip("sip:erin@northwind.com"))),
          List.of(RuleId.TENANT_FEDERATION_ON, RuleId.MEETING_DOMAIN_LISTS_NOT_APPLIED,
              RuleId.ANONYMOUS_PARTICIPANT)},
      {baseOnline().toBuilder()
          .allowedDomains(TenantAllowedDomains.allowList(List.of(d("fabrikam.com")))).build(),
          MeetingJoinRequest.of(ALICE, RemoteParty.of(sip("sip:erin@northwind.com"))),
          List.of(RuleId.TENANT_FEDERATION_ON, RuleId.MEETING_DOMAIN_LISTS_NOT_APPLIED,
              RuleId.ANONYMOUS_PARTICIPANT)},
      {baseOnline().toBuilder().addBlockedDomains(d("northwind.com")).addConferencingPolicies(CLOSED)
          .users(List.of(LocalUser.builder().sipUri(ALICE).conferencingPolicy("Closed").build()))
          .build(),
          MeetingJoinRequest.of(ALICE, RemoteParty.of(sip("sip:erin@northwind.com"))),
          List.of(RuleId.DOMAIN_BLOCKED)},
      {base(), MeetingJoinRequest.of(ALICE, RemoteParty.of(CAROL)), List.of(RuleId.INTERNAL)},
      {anonymousOn(), MeetingJoinRequest.of(ALICE, RemoteParty.of(sip("sip:bob@outlook.com"))),
          List.of(RuleId.PUBLIC_PROVIDER_NO_MEETINGS)},
      {xmpp(), MeetingJoinRequest.of(ALICE, xmppAnn), List.of(RuleId.XMPP_IM_AND_PRESENCE_ONLY)},
      // XMPP, outbound and inbound (the recipient's policy)
      {xmpp(), new OutboundRequest(ALICE, xmppAnn, Modality.IM),
          List.of(RuleId.EDGE_FEDERATION_ON, RuleId.XMPP_PARTNER, RuleId.POLICY_XMPP_ON,
              RuleId.POLICY_FEDERATION_ON, RuleId.XMPP_MODALITY_CARRIED)},
      {xmpp(), from(xmppAnn, Modality.PRESENCE),
          List.of(RuleId.EDGE_FEDERATION_ON, RuleId.XMPP_PARTNER, RuleId.POLICY_XMPP_ON,
              RuleId.POLICY_FEDERATION_ON, RuleId.XMPP_MODALITY_CARRIED)},
      {edge(xmpp(), e -> e.allowFederatedUsers(false)), from(xmppAnn, Modality.IM),
          List.of(RuleId.EDGE_FEDERATION_OFF)},
      {xmpp().toBuilder().globalPolicy(Fixtures.baseGlobal().toBuilder()
          .enableFederationAccess(false).build()).build(), from(xmppAnn, Modality.IM),
          List.of(RuleId.POLICY_XMPP_OFF, RuleId.POLICY_FEDERATION_OFF)},
      {xmpp(), from(xmppAnn, Modality.VIDEO), List.of(RuleId.XMPP_IM_AND_PRESENCE_ONLY)},
      {xmpp().toBuilder().product(Product.LYNC_SERVER_2013).build(),
          new OutboundRequest(ALICE, xmppAnn, Modality.IM),
          List.of(RuleId.EDGE_FEDERATION_ON, RuleId.XMPP_PARTNER, RuleId.POLICY_XMPP_ON,
              RuleId.POLICY_FEDERATION_ON, RuleId.XMPP_MODALITY_CARRIED)},
      {baseOnline(), new OutboundRequest(ALICE,
          RemoteParty.notModelled(RemoteParty.Unmodelled.Kind.XMPP_PARTNER, "ann@jabber.example"),
          Modality.IM), List.of(RuleId.XMPP_NOT_SUPPORTED)},
      // the Microsoft account on an own SIP domain, both ways; public IM off online: not reported
      {base(), new OutboundRequest(ALICE, ownAccount, Modality.IM),
          List.of(RuleId.ACCOUNT_ON_OWN_DOMAIN)},
      {base(), from(ownAccount, Modality.IM), List.of(RuleId.ACCOUNT_ON_OWN_DOMAIN)},
      {baseOnline().toBuilder().allowPublicUsers(false).build(),
          new OutboundRequest(ALICE, ownAccount, Modality.IM),
          List.of(RuleId.TENANT_PUBLIC_USERS_OFF)},
      {baseOnline(), new OutboundRequest(ALICE, RemoteParty.typed("bob(contoso.com)@msn.com"),
          Modality.IM), List.of(RuleId.ACCOUNT_ON_OWN_DOMAIN)},
    };
    for (Object[] row : table) {
      Decision d = evaluate((FederationConfiguration) row[0], row[1]);
      assertEquals(row[2], rules(d), () -> row[1] + " -> " + d);
    }
  }

  @Test
  void aRemoteUserSignsInAsTheirOwnClass() {
    Decision d = evaluate(base(), SignInRequest.of(ALICE));
    assertEquals(RemoteClass.REMOTE_USER, d.remoteClass());
    assertEquals(RemoteClass.ANONYMOUS,
        evaluate(anonymousOn(), MeetingJoinRequest.anonymous(ALICE)).remoteClass());
  }

  // --- wording ---------------------------------------------------------------------------------

  private static final String ALICE_TEXT = "sip:alice@contoso.com";

  /**
   * Each row: configuration, request, rule, who decided, the sentence. The edge's remote-access
   * sentence has an anonymous case; the anonymous-participant and XMPP sentences have a meeting
   * case; the conferencing policy is named with the scope it is in force by.
   */
  @Test
  void eachAccessReasonIsWorded() {
    OnPremisesConfiguration edgeOff = edge(base(), e -> e.allowOutsideUsers(false));
    ConferencingPolicy closedGlobal = ConferencingPolicy.global().toBuilder()
        .allowAnonymousParticipantsInMeetings(false).build();
    ConferencingPolicy closedSite = ConferencingPolicy.builder()
        .identity(PolicyIdentity.site("Redmond")).allowAnonymousParticipantsInMeetings(false).build();
    String closedEnd = " has AllowAnonymousParticipantsInMeetings off, so meetings " + ALICE_TEXT
        + " organizes admit only authenticated participants.";
    String serviceDefault = "no conferencing policy assigned to " + ALICE_TEXT
        + " (the service default admits anonymous participants)";
    RemoteParty ann = RemoteParty.of(ANN_XMPP);
    RemoteParty typedAnn =
        RemoteParty.notModelled(RemoteParty.Unmodelled.Kind.XMPP_PARTNER, "ann@jabber.example");
    Object[][] table = {
      {global(g -> g.enableOutsideAccess(true)), SignInRequest.of(ALICE), RuleId.EDGE_OUTSIDE_ON,
          "AccessEdgeConfiguration Global",
          "Remote user access is on (AllowOutsideUsers is True on the Access Edge)."},
      {global(g -> g.enableOutsideAccess(true)), SignInRequest.of(ALICE), RuleId.REMOTE_USER,
          "user " + ALICE_TEXT,
          ALICE_TEXT + " is one of the organization's users and may sign in from the Internet."},
      {edgeOff, SignInRequest.of(ALICE), RuleId.EDGE_OUTSIDE_OFF, "AccessEdgeConfiguration Global",
          "Remote user access is off on the Access Edge (AllowOutsideUsers is False), so no user"
              + " signs in from the Internet."},
      {edgeOff, MeetingJoinRequest.anonymous(ALICE), RuleId.EDGE_OUTSIDE_OFF,
          "AccessEdgeConfiguration Global",
          "Remote access is off on the Access Edge (AllowOutsideUsers is False), and the setting"
              + " covers anonymous users too, so no anonymous participant joins from outside."},
      {edgeOff, MeetingJoinRequest.anonymous(ALICE), RuleId.EDGE_ANONYMOUS_OFF,
          "AccessEdgeConfiguration Global",
          "Anonymous users are refused by the Access Edge (AllowAnonymousUsers is False), so no"
              + " anonymous participant joins any meeting."},
      {anonymousOn(), MeetingJoinRequest.anonymous(ALICE), RuleId.EDGE_ANONYMOUS_ON,
          "AccessEdgeConfiguration Global",
          "Anonymous users may join meetings through the Access Edge (AllowAnonymousUsers is"
              + " True)."},
      {anonymousOn(), MeetingJoinRequest.anonymous(ALICE), RuleId.ANONYMOUS_PARTICIPANT,
          "ConferencingPolicy Global, global scope, in force for " + ALICE_TEXT,
          "The organizer's conferencing policy admits anonymous participants"
              + " (AllowAnonymousParticipantsInMeetings is True)."},
      {baseOnline(), MeetingJoinRequest.anonymous(ALICE), RuleId.ANONYMOUS_PARTICIPANT,
          serviceDefault,
          "The organizer's conferencing policy admits anonymous participants"
              + " (AllowAnonymousParticipantsInMeetings is True)."},
      {anonymousOn().toBuilder().addConferencingPolicies(closedGlobal).build(),
          MeetingJoinRequest.anonymous(ALICE), RuleId.CONFERENCING_POLICY_NO_ANONYMOUS,
          "ConferencingPolicy Global, global scope, in force for " + ALICE_TEXT,
          "ConferencingPolicy Global, global scope, in force for " + ALICE_TEXT + closedEnd},
      {anonymousOn().toBuilder().addConferencingPolicies(closedSite).build(),
          MeetingJoinRequest.anonymous(ALICE), RuleId.CONFERENCING_POLICY_NO_ANONYMOUS,
          "ConferencingPolicy site:Redmond, site scope, in force for " + ALICE_TEXT,
          "ConferencingPolicy site:Redmond, site scope, in force for " + ALICE_TEXT + closedEnd},
      {baseOnline().toBuilder().addConferencingPolicies(CLOSED)
          .users(List.of(LocalUser.builder().sipUri(ALICE).conferencingPolicy("Closed").build()))
          .build(), MeetingJoinRequest.anonymous(ALICE), RuleId.CONFERENCING_POLICY_NO_ANONYMOUS,
          "ConferencingPolicy Tag:Closed, per-user scope, granted to " + ALICE_TEXT,
          "ConferencingPolicy Tag:Closed, per-user scope, granted to " + ALICE_TEXT + closedEnd},
      {baseOnline().toBuilder().addBlockedDomains(d("northwind.com")).build(),
          MeetingJoinRequest.of(ALICE, RemoteParty.of(sip("sip:erin@northwind.com"))),
          RuleId.MEETING_DOMAIN_LISTS_NOT_APPLIED, "TenantFederationConfiguration Global",
          "The domain lists do not apply to a meeting whose organizer admits anonymous"
              + " participants: northwind.com would be refused by BlockedDomains, but its user may"
              + " still join as an anonymous participant."},
      {baseOnline().toBuilder().addBlockedDomains(d("northwind.com")).build(),
          MeetingJoinRequest.of(ALICE, RemoteParty.of(sip("sip:erin@northwind.com"))),
          RuleId.ANONYMOUS_PARTICIPANT, serviceDefault,
          "The organizer's meetings admit anonymous participants, so sip:erin@northwind.com may"
              + " join as an anonymous participant."},
      {anonymousOn(), new OutboundRequest(ALICE, RemoteParty.anonymous("guest"), Modality.IM),
          RuleId.ANONYMOUS_CONFERENCE_ONLY, "remote guest",
          "guest is an anonymous user: anonymous users join meetings and nothing else (no IM,"
              + " presence or calls outside a meeting)."},
      {anonymousOn(), MeetingJoinRequest.of(ALICE, RemoteParty.of(sip("sip:bob@outlook.com"))),
          RuleId.PUBLIC_PROVIDER_NO_MEETINGS, "public IM connectivity",
          "sip:bob@outlook.com is a public IM user, and multiparty conferencing never crossed"
              + " public IM connectivity; they may join only as an anonymous participant, where"
              + " the organizer's meetings admit them."},
      {xmpp(), MeetingJoinRequest.of(ALICE, ann), RuleId.XMPP_IM_AND_PRESENCE_ONLY,
          "the XMPP gateway",
          "The XMPP gateway carries IM and presence only, so an XMPP partner's user cannot join a"
              + " meeting."},
      {xmpp(), from(ann, Modality.VIDEO), RuleId.XMPP_IM_AND_PRESENCE_ONLY, "the XMPP gateway",
          "The XMPP gateway carries IM and presence only, not video."},
      {xmpp(), new OutboundRequest(ALICE, ann, Modality.IM), RuleId.XMPP_MODALITY_CARRIED,
          "the XMPP gateway", "The XMPP gateway carries IM."},
      {xmpp(), new OutboundRequest(ALICE, ann, Modality.IM), RuleId.XMPP_PARTNER,
          "XmppAllowedPartner jabber.example",
          "jabber.example is a domain of the XMPP allowed partner jabber.example"
              + " (PublicUnverified)."},
      {xmpp().toBuilder().xmppPartners(List.of()).build(),
          new OutboundRequest(ALICE, typedAnn, Modality.IM), RuleId.XMPP_PARTNER_MISSING,
          "the XMPP allowed partners (Get-CsXmppAllowedPartner)",
          "ann@jabber.example is an XMPP address, but jabber.example is not one of the XMPP"
              + " allowed partners' domains."},
      {base(), new OutboundRequest(ALICE, typedAnn, Modality.IM), RuleId.XMPP_NOT_SUPPORTED,
          "the product Skype for Business Server 2019",
          "Skype for Business Server 2019 has no XMPP gateway, so no user reaches"
              + " ann@jabber.example through XMPP federation, whatever is set."},
      {base(), new OutboundRequest(ALICE,
          RemoteParty.of(MicrosoftAccount.parse("bob@contoso.com")), Modality.IM),
          RuleId.ACCOUNT_ON_OWN_DOMAIN, "the organization's SIP domain contoso.com",
          "sip:bob(contoso.com)@msn.com is a Microsoft account on contoso.com, one of the"
              + " organization's own SIP domains. While public IM connectivity is on, such an"
              + " account conflicts with the organization's users and is not a valid external"
              + " party. The ways out: turn public IM connectivity off, change the Microsoft"
              + " account to another domain, or use another domain for the organization."},
    };
    for (Object[] row : table) {
      Reason r = only(evaluate((FederationConfiguration) row[0], row[1]), (RuleId) row[2]);
      assertEquals(row[3], r.decidedBy(), () -> row[1] + " " + row[2]);
      assertEquals(row[4], r.explanation(), () -> row[1] + " " + row[2]);
    }
  }

  /**
   * An organization-wide command affects every declared user besides the one asking; for a user
   * who is not declared, every declared user (alice and carol).
   */
  @Test
  void anOrganizationWideCommandCountsTheOtherUsers() {
    OnPremisesConfiguration noPartner = xmpp().toBuilder().xmppPartners(List.of()).build();
    RemoteParty typedAnn =
        RemoteParty.notModelled(RemoteParty.Unmodelled.Kind.XMPP_PARTNER, "ann@jabber.example");
    Object[][] table = {
      {edge(base(), e -> e.allowOutsideUsers(false)), SignInRequest.of(ALICE),
          RuleId.EDGE_OUTSIDE_OFF, 1},
      {base(), MeetingJoinRequest.anonymous(ALICE), RuleId.EDGE_ANONYMOUS_OFF, 1},
      {base(), MeetingJoinRequest.anonymous(ZED), RuleId.EDGE_ANONYMOUS_OFF, 2},
      {noPartner, new OutboundRequest(ALICE, typedAnn, Modality.IM),
          RuleId.XMPP_PARTNER_MISSING, 1},
      {noPartner, new OutboundRequest(ZED, typedAnn, Modality.IM), RuleId.XMPP_PARTNER_MISSING, 2},
    };
    for (Object[] row : table) {
      Remediation fix = only(evaluate((FederationConfiguration) row[0], row[1]), (RuleId) row[2])
          .remediation().orElseThrow();
      assertEquals(row[3], fix.otherUsersAffected(), () -> row[1] + " " + row[2]);
    }
  }

  // --- pinned commands --------------------------------------------------------------------------

  @Test
  void remoteAccessCommandsArePinned() {
    Decision edgeOff =
        evaluate(edge(base(), e -> e.allowOutsideUsers(false)), SignInRequest.of(ALICE));
    assertEquals("Set-CsAccessEdgeConfiguration -AllowOutsideUsers $True",
        command(edgeOff, RuleId.EDGE_OUTSIDE_OFF));
    assertEquals("Set-CsExternalAccessPolicy -Identity Global -EnableOutsideAccess $True",
        command(edgeOff, RuleId.POLICY_OUTSIDE_OFF));

    ExternalAccessPolicy noRemote = ExternalAccessPolicy.builder()
        .identity(PolicyIdentity.tag("NoRemote")).enableFederationAccess(true).build();
    OnlineTenantConfiguration online = baseOnline().toBuilder()
        .addExternalAccessPolicies(noRemote)
        .users(List.of(LocalUser.builder().sipUri(ALICE).externalAccessPolicy("NoRemote").build()))
        .build();
    Remediation sfbo = only(evaluate(online, SignInRequest.of(ALICE)), RuleId.POLICY_OUTSIDE_OFF)
        .remediation().orElseThrow();
    assertEquals("Grant-CsExternalAccessPolicy -Identity sip:alice@contoso.com -PolicyName $Null",
        sfbo.command());
    assertEquals("Set-CsExternalAccessPolicy -Identity NoRemote -EnableOutsideAccess $True",
        command(evaluate(online.toBuilder().product(Product.TEAMS_TENANT).build(),
            SignInRequest.of(ALICE)), RuleId.POLICY_OUTSIDE_OFF));
  }

  @Test
  void meetingCommandsArePinned() {
    Decision edgeOff = evaluate(base(), MeetingJoinRequest.anonymous(ALICE));
    assertEquals("Set-CsAccessEdgeConfiguration -AllowAnonymousUsers $True",
        command(edgeOff, RuleId.EDGE_ANONYMOUS_OFF));

    OnPremisesConfiguration globalClosed = anonymousOn().toBuilder()
        .addConferencingPolicies(ConferencingPolicy.global().toBuilder()
            .allowAnonymousParticipantsInMeetings(false).build(), GUESTS)
        .build();
    Remediation fix = only(evaluate(globalClosed, MeetingJoinRequest.anonymous(ALICE)),
        RuleId.CONFERENCING_POLICY_NO_ANONYMOUS).remediation().orElseThrow();
    assertEquals(
        "Set-CsConferencingPolicy -Identity Global -AllowAnonymousParticipantsInMeetings $True",
        fix.command());
    assertEquals(1, fix.otherUsersAffected(), "carol has the Global conferencing policy too");
    assertEquals(
        Optional.of("Grant-CsConferencingPolicy -Identity sip:alice@contoso.com -PolicyName Guests"),
        fix.grantAlternative());

    OnlineTenantConfiguration closedOnline = baseOnline().toBuilder().addConferencingPolicies(CLOSED)
        .users(List.of(LocalUser.builder().sipUri(ALICE).conferencingPolicy("Closed").build()))
        .build();
    assertEquals("Grant-CsConferencingPolicy -Identity sip:alice@contoso.com -PolicyName $Null",
        command(evaluate(closedOnline, MeetingJoinRequest.anonymous(ALICE)),
            RuleId.CONFERENCING_POLICY_NO_ANONYMOUS));
    Decision teams = evaluate(closedOnline.toBuilder().product(Product.TEAMS_TENANT).build(),
        MeetingJoinRequest.anonymous(ALICE));
    assertTrue(only(teams, RuleId.CONFERENCING_POLICY_NO_ANONYMOUS).remediation().isEmpty());
  }

  @Test
  void xmppCommandsArePinned() {
    Decision missing = evaluate(xmpp().toBuilder().xmppPartners(List.of()).build(),
        new OutboundRequest(ALICE,
            RemoteParty.notModelled(RemoteParty.Unmodelled.Kind.XMPP_PARTNER, "ann@jabber.example"),
            Modality.IM));
    assertEquals("New-CsXmppAllowedPartner -Identity jabber.example",
        command(missing, RuleId.XMPP_PARTNER_MISSING));
    Decision off = evaluate(xmpp().toBuilder().globalPolicy(Fixtures.baseGlobal()).build(),
        new OutboundRequest(ALICE, RemoteParty.of(ANN_XMPP), Modality.IM));
    assertEquals("Set-CsExternalAccessPolicy -Identity Global -EnableXmppAccess $True",
        command(off, RuleId.POLICY_XMPP_OFF));
    Decision unsupported = evaluate(base(), new OutboundRequest(ALICE,
        RemoteParty.notModelled(RemoteParty.Unmodelled.Kind.XMPP_PARTNER, "ann@jabber.example"),
        Modality.IM));
    assertTrue(only(unsupported, RuleId.XMPP_NOT_SUPPORTED).remediation().isEmpty());
  }

  @Test
  void theAccountOnAnOwnDomainOffersTheDocumentedWaysOut() {
    Reason r = only(evaluate(base(), OutboundRequest.of(ALICE,
        MicrosoftAccount.parse("bob@contoso.com"), Modality.IM)), RuleId.ACCOUNT_ON_OWN_DOMAIN);
    assertTrue(r.remediation().isEmpty());
    String why = r.explanation();
    assertTrue(why.contains("turn public IM connectivity off"), why);
    assertTrue(why.contains("change the Microsoft account"), why);
    assertTrue(why.contains("another domain for the organization"), why);
    // In the retired era no public IM is on, so there is no conflict to report.
    Decision retired = evaluate(base().toBuilder().era(ConnectivityEra.SKYPE_INTEROP_RETIRED).build(),
        OutboundRequest.of(ALICE, MicrosoftAccount.parse("bob@contoso.com"), Modality.IM));
    assertFalse(retired.hasRule(RuleId.ACCOUNT_ON_OWN_DOMAIN), retired::toString);
  }

  @Test
  void newRecordsRejectNull() {
    SipUri nobody = null;
    RemoteParty none = null;
    org.junit.jupiter.api.Assertions.assertThrows(
        NullPointerException.class, () -> SignInRequest.of(nobody));
    org.junit.jupiter.api.Assertions.assertThrows(
        NullPointerException.class, () -> MeetingJoinRequest.of(ALICE, none));
    org.junit.jupiter.api.Assertions.assertThrows(
        NullPointerException.class, () -> RemoteParty.anonymous(null));
  }
}
