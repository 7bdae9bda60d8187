package dev.edgewise.runbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import dev.edgewise.policy.Arrival;
import dev.edgewise.policy.Effect;
import dev.edgewise.policy.ExternalAccessEvaluator;
import dev.edgewise.policy.FederationConfiguration;
import dev.edgewise.policy.InboundRequest;
import dev.edgewise.policy.OutboundRequest;
import dev.edgewise.policy.Reason;
import dev.edgewise.policy.RemoteParty;
import dev.edgewise.policy.RuleId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What if: a request is listed when its effect or the rules that decide it change, and only then;
 * pinned where mutation testing found the comparison unpinned.
 */
// Scripts are built line by line so that each line and column a row names stays visible.
@SuppressWarnings("StringConcatToTextBlock")
class RunbookWhatIfMutationTest {
  /** Turns federation on at the edge and in the Global policy. */
  private static final String FEDERATION_ON =
      String.join(
          "\n",
          "Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true -EnablePartnerDiscovery $true",
          "Set-CsExternalAccessPolicy -Identity Global -EnableFederationAccess $true");


  private static final FederationConfiguration BASE =
      Runbook.read("# edgewise: SipDomain contoso.com\n# edgewise: User sip:alice@contoso.com\n")
          .configuration();

  private static final OutboundRequest FEDERATED =
      OutboundRequest.of(
          SipUri.parse("sip:alice@contoso.com"), SipUri.parse("sip:x@fabrikam.com"), Modality.IM);

  private static final OutboundRequest INTERNAL =
      OutboundRequest.of(
          SipUri.parse("sip:alice@contoso.com"), SipUri.parse("sip:bob@contoso.com"), Modality.IM);

  private static List<String> rules(List<Reason> reasons) {
    return reasons.stream().map(r -> r.rule().toString()).toList();
  }

  @Test
  void aChangeOfRulesAloneIsListed() {
    List<WhatIfChange> changes =
        Runbook.whatIf(
            BASE, "Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true", List.of(FEDERATED, INTERNAL));
    assertEquals(1, changes.size());
    WhatIfChange c = changes.get(0);
    assertEquals(FEDERATED, c.request());
    assertEquals(Effect.DENY, c.before().effect());
    assertEquals(Effect.DENY, c.after().effect());
    assertEquals(
        List.of(
            RuleId.EDGE_FEDERATION_OFF.toString(),
            RuleId.DOMAIN_NOT_ALLOWED.toString(),
            RuleId.POLICY_FEDERATION_OFF.toString()),
        rules(c.before().reasons()));
    assertEquals(
        List.of(RuleId.DOMAIN_NOT_ALLOWED.toString(), RuleId.POLICY_FEDERATION_OFF.toString()),
        rules(c.after().reasons()));
  }

  @Test
  void aChangeOfEffectIsListedAndAnUnchangedDecisionIsNot() {
    List<WhatIfChange> changes =
        Runbook.whatIf(
            BASE,
            FEDERATION_ON,
            List.of(INTERNAL, FEDERATED));
    assertEquals(1, changes.size());
    assertEquals(Effect.ALLOW, changes.get(0).after().effect());
    assertEquals(
        List.of(),
        Runbook.whatIf(BASE, "Set-CsAccessEdgeConfiguration -AllowAnonymousUsers $true", List.of(FEDERATED)));
  }

  @Test
  void anInboundRequestIsDecidedAsInbound() {
    InboundRequest in =
        InboundRequest.builder()
            .remote(RemoteParty.of(SipUri.parse("sip:x@fabrikam.com")))
            .localUser(SipUri.parse("sip:alice@contoso.com"))
            .modality(Modality.IM)
            .arrival(Arrival.defaultRoute())
            .build();
    List<WhatIfChange> changes =
        Runbook.whatIf(
            BASE,
            FEDERATION_ON,
            List.of(in));
    assertEquals(1, changes.size());
    WhatIfChange c = changes.get(0);
    assertEquals(in, c.request());
    assertEquals(Effect.DENY, c.before().effect());
    // The evaluator's own answers for this inbound request, before and after.
    FederationConfiguration after =
        Runbook.read(
                "Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true -EnablePartnerDiscovery $true\n"
                    + "Set-CsExternalAccessPolicy -Identity Global -EnableFederationAccess $true",
                BASE)
            .configuration();
    assertEquals(ExternalAccessEvaluator.compile(BASE).evaluate(in), c.before());
    assertEquals(ExternalAccessEvaluator.compile(after).evaluate(in), c.after());
  }

  private record NotARequest(String text) {}

  @Test
  void aRecordThatIsNoRequestIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Runbook.whatIf(BASE, "", List.of(new NotARequest("x"))));
    assertEquals("not a request: NotARequest[text=x]", e.getMessage());
  }
}
