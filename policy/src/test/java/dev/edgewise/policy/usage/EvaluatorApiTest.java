package dev.edgewise.policy.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.address.Domain;
import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Direction;
import dev.edgewise.core.Modality;
import dev.edgewise.policy.AccessEdgeConfiguration;
import dev.edgewise.policy.Arrival;
import dev.edgewise.policy.Checklist;
import dev.edgewise.policy.Decision;
import dev.edgewise.policy.ExternalAccessEvaluator;
import dev.edgewise.policy.ExternalAccessPolicy;
import dev.edgewise.policy.InboundRequest;
import dev.edgewise.policy.LocalUser;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.OutboundRequest;
import dev.edgewise.policy.PublicProvider;
import dev.edgewise.policy.RemoteClass;
import dev.edgewise.policy.RemoteParty;
import dev.edgewise.policy.RuleId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Uses the evaluator API from outside its package, as callers do. */
class EvaluatorApiTest {

  static final SipUri ALICE = SipUri.parse("sip:alice@contoso.com");

  static ExternalAccessEvaluator evaluator() {
    return ExternalAccessEvaluator.compile(
        OnPremisesConfiguration.builder()
            .accessEdge(AccessEdgeConfiguration.builder().allowFederatedUsers(true).build())
            .globalPolicy(
                ExternalAccessPolicy.global().toBuilder().enablePublicCloudAccess(true).build())
            .addPublicProviders(PublicProvider.skype())
            .addSipDomains(Domain.parse("contoso.com"))
            .addUsers(LocalUser.of(ALICE))
            .build());
  }

  @Test
  void outboundInboundAndChecklistFromOutside() {
    ExternalAccessEvaluator ev = evaluator();
    OutboundRequest out =
        OutboundRequest.of(ALICE, MicrosoftAccount.parse("bob@fabrikam.com"), Modality.IM);
    assertEquals(Direction.OUTBOUND, out.direction());
    Decision d = ev.evaluate(out);
    assertTrue(d.isAllowed());
    assertEquals(RemoteClass.PUBLIC_PROVIDER_USER, d.remoteClass());

    InboundRequest in =
        InboundRequest.builder()
            .remote(RemoteParty.typed("bob(fabrikam.com)@msn.com"))
            .localUser(ALICE)
            .modality(Modality.AUDIO)
            .arrival(Arrival.viaPublicProvider("Skype"))
            .build();
    assertEquals(Direction.INBOUND, in.direction());
    Decision call = ev.evaluate(in);
    assertFalse(call.isAllowed());
    assertTrue(call.hasRule(RuleId.POLICY_PUBLIC_AV_OFF));

    Checklist federated = ev.checklist(ALICE, RemoteClass.FEDERATED);
    assertEquals(
        List.of(
            "New-CsAllowedDomain -Identity example.com",
            "Set-CsExternalAccessPolicy -Identity Global -EnableFederationAccess $True"),
        federated.commands());
  }

  @Test
  void anInboundRequestNeedsItsRoute() {
    assertThrows(
        IllegalStateException.class,
        () ->
            InboundRequest.builder()
                .remote(RemoteParty.of(SipUri.parse("sip:bob@outlook.com")))
                .localUser(ALICE)
                .modality(Modality.IM)
                .build());
  }
}
