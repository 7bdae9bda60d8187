package dev.edgewise.runbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.address.Domain;
import dev.edgewise.address.SipUri;
import dev.edgewise.policy.ConferencingPolicy;
import dev.edgewise.policy.ExternalAccessEvaluator;
import dev.edgewise.policy.FederationConfiguration;
import dev.edgewise.policy.MeetingJoinRequest;
import dev.edgewise.policy.PolicyIdentity;
import dev.edgewise.policy.RuleId;
import dev.edgewise.policy.XmppPartner;
import dev.edgewise.policy.XmppPartnerType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conferencing policy and XMPP allowed partner cmdlets (issue 11). */
// Scripts are built line by line so that each line and column the table names stays visible.
@SuppressWarnings("StringConcatToTextBlock")
class SurfaceCmdletsTest {

  private static final SipUri ALICE = SipUri.parse("sip:alice@contoso.com");
  private static final String PEOPLE =
      String.join(
          "\n",
          "# edgewise: SipDomain contoso.com",
          "# edgewise: Site Redmond",
          "# edgewise: User sip:alice@contoso.com -Site Redmond",
          "");

  private static FederationConfiguration read(String script) {
    return Runbook.read(script).configuration();
  }

  @Test
  void conferencingPoliciesAreScopedAndGrantedLikeExternalAccessPolicies() {
    FederationConfiguration c =
        read(PEOPLE + String.join("\n",
            "Set-CsAccessEdgeConfiguration -AllowAnonymousUsers $True",
            "Set-CsConferencingPolicy -Identity Global -AllowAnonymousParticipantsInMeetings $False",
            "New-CsConferencingPolicy -Identity Guests -AllowAnonymousParticipantsInMeetings $True",
            "New-CsConferencingPolicy -Identity site:Redmond -Description 'no change'"));
    assertEquals(
        List.of(
            ConferencingPolicy.global().toBuilder().allowAnonymousParticipantsInMeetings(false).build(),
            ConferencingPolicy.builder().identity(PolicyIdentity.tag("Guests")).build(),
            ConferencingPolicy.builder().identity(PolicyIdentity.site("Redmond"))
                .description("no change").build()),
        c.conferencingPolicies());
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(c);
    // alice is in site Redmond, whose policy admits anonymous participants (the default)
    assertTrue(ev.evaluate(MeetingJoinRequest.anonymous(ALICE)).isAllowed());

    FederationConfiguration closed =
        read(PEOPLE + String.join("\n",
            "Set-CsAccessEdgeConfiguration -AllowAnonymousUsers $True",
            "New-CsConferencingPolicy -Identity Closed -AllowAnonymousParticipantsInMeetings $False",
            "Grant-CsConferencingPolicy -Identity alice@contoso.com -PolicyName Closed"));
    assertEquals(List.of(PolicyIdentity.tag("Closed")),
        closed.users().get(0).grantedConferencingPolicy().stream().toList());
    assertTrue(ExternalAccessEvaluator.compile(closed).evaluate(MeetingJoinRequest.anonymous(ALICE))
        .hasRule(RuleId.CONFERENCING_POLICY_NO_ANONYMOUS));

    FederationConfiguration ungranted =
        read(PEOPLE + String.join("\n",
            "New-CsConferencingPolicy -Identity Closed -AllowAnonymousParticipantsInMeetings $False",
            "Grant-CsConferencingPolicy -Identity alice@contoso.com -PolicyName Closed",
            "Grant-CsConferencingPolicy -Identity alice@contoso.com -PolicyName $Null",
            "Remove-CsConferencingPolicy -Identity Closed",
            "Set-CsConferencingPolicy -AllowAnonymousParticipantsInMeetings $False",
            "Remove-CsConferencingPolicy -Identity Global"));
    assertEquals(List.of(), ungranted.conferencingPolicies());
    assertTrue(ungranted.users().get(0).conferencingPolicy().isEmpty());
  }

  @Test
  void xmppPartnersAreReadOnProductsWithTheGateway() {
    FederationConfiguration c =
        read("# edgewise: Product SKYPE_FOR_BUSINESS_SERVER_2015\n" + String.join("\n",
            "New-CsXmppAllowedPartner -Identity jabber.example -PartnerType PublicVerified",
            "New-CsXmppAllowedPartner -Domain chat.example -AdditionalDomains \"a.example\",\"b.example\"",
            "Set-CsXmppAllowedPartner -Identity chat.example -AdditionalDomains @{Remove=\"a.example\"}",
            "New-CsXmppAllowedPartner -Identity gone.example",
            "Remove-CsXmppAllowedPartner -Identity gone.example"));
    assertEquals(
        List.of(
            XmppPartner.builder().domain(Domain.parse("jabber.example"))
                .partnerType(XmppPartnerType.PUBLIC_VERIFIED).build(),
            XmppPartner.builder().domain(Domain.parse("chat.example"))
                .addAdditionalDomains(Domain.parse("b.example")).build()),
        c.xmppPartners());
  }

  @Test
  void printedAndDiffedRunbooksReadBack() {
    FederationConfiguration a =
        read("# edgewise: Product SKYPE_FOR_BUSINESS_SERVER_2015\n" + PEOPLE + String.join("\n",
            "# edgewise: User sip:carol@contoso.com",
            "New-CsConferencingPolicy -Identity Closed -AllowAnonymousParticipantsInMeetings $False",
            "Grant-CsConferencingPolicy -Identity carol@contoso.com -PolicyName Closed",
            "New-CsXmppAllowedPartner -Identity old.example"));
    FederationConfiguration b =
        read("# edgewise: Product SKYPE_FOR_BUSINESS_SERVER_2015\n" + PEOPLE + String.join("\n",
            "# edgewise: User sip:carol@contoso.com",
            "Set-CsConferencingPolicy -Identity Global -AllowAnonymousParticipantsInMeetings $False",
            "New-CsConferencingPolicy -Identity Guests -Description 'for guests'",
            "Grant-CsConferencingPolicy -Identity alice@contoso.com -PolicyName Guests",
            "New-CsXmppAllowedPartner -Identity jabber.example -AdditionalDomains chat.example"
                + " -PartnerType Federated"));
    for (FederationConfiguration c : List.of(a, b)) {
      assertEquals(c, Runbook.read(Runbook.print(c)).configuration(), Runbook.print(c));
    }
    String ab = Runbook.diff(a, b);
    assertEquals(b, Runbook.read(ab, a).configuration(), ab);
    String ba = Runbook.diff(b, a);
    assertEquals(a, Runbook.read(ba, b).configuration(), ba);
  }

  /** Each row: script, expected kind, line, column of the first problem. */
  private static final Object[][] ERRORS = {
    {"New-CsXmppAllowedPartner -Identity jabber.example", RunbookErrorKind.CMDLET_NOT_ON_PRODUCT, 1, 1},
    {"# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\nNew-CsConferencingPolicy -Identity X",
        RunbookErrorKind.CMDLET_NOT_ON_PRODUCT, 2, 1},
    {"# edgewise: Product LYNC_SERVER_2013\nNew-CsXmppAllowedPartner -Identity a.example -PartnerType Friendly",
        RunbookErrorKind.INVALID_VALUE, 2, 59},
    {"# edgewise: Product LYNC_SERVER_2013\nSet-CsXmppAllowedPartner -Identity a.example",
        RunbookErrorKind.NOT_FOUND, 2, 36},
    {"# edgewise: Product LYNC_SERVER_2013\nNew-CsXmppAllowedPartner -Identity a.example -TlsNegotiation Required",
        RunbookErrorKind.NOT_MODELLED, 2, 46},
    {"New-CsConferencingPolicy -Identity X -AllowIPVideo $False", RunbookErrorKind.NOT_MODELLED, 1, 38},
    {"New-CsConferencingPolicy -Identity X\nNew-CsConferencingPolicy -Identity X",
        RunbookErrorKind.ALREADY_EXISTS, 2, 36},
    {"Set-CsConferencingPolicy -Identity Nope -AllowAnonymousParticipantsInMeetings $True",
        RunbookErrorKind.NOT_FOUND, 1, 36},
    {PEOPLE + "Grant-CsConferencingPolicy -Identity alice@contoso.com -PolicyName Nope",
        RunbookErrorKind.NOT_FOUND, 4, 68},
    {PEOPLE + String.join("\n", "New-CsConferencingPolicy -Identity Closed",
        "Grant-CsConferencingPolicy -Identity alice@contoso.com -PolicyName Closed",
        "Remove-CsConferencingPolicy -Identity Closed"), RunbookErrorKind.POLICY_IN_USE, 6, 39},
  };

  @Test
  void everyRefusalHasItsKindLineAndColumn() {
    for (Object[] row : ERRORS) {
      String script = (String) row[0];
      RunbookException e = assertThrows(RunbookException.class, () -> Runbook.read(script), script);
      RunbookProblem p = e.problems().get(0);
      assertEquals(row[1], p.kind(), script + " -> " + e.problems());
      assertEquals(row[2], p.line(), script + " -> " + p);
      assertEquals(row[3], p.column(), script + " -> " + p);
    }
  }

  @Test
  void skypeForBusinessOnlineConferencingPoliciesAreNotPrintedAsCmdletsItRefuses() {
    dev.edgewise.policy.OnlineTenantConfiguration c =
        dev.edgewise.policy.OnlineTenantConfiguration.freshTenant().toBuilder()
            .addConferencingPolicies(
                dev.edgewise.policy.ConferencingPolicy.builder()
                    .identity(dev.edgewise.policy.PolicyIdentity.tag("NoAnonymous"))
                    .allowAnonymousParticipantsInMeetings(false)
                    .build())
            .build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Runbook.print(c));
    assertTrue(e.getMessage().contains("predefined conferencing policies"), e.getMessage());
  }
}
