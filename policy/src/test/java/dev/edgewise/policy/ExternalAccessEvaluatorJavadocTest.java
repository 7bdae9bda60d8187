package dev.edgewise.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.address.Domain;
import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The example in the {@link ExternalAccessEvaluator} class Javadoc, so that it stays true. */
class ExternalAccessEvaluatorJavadocTest {

  @Test
  void theClassExampleSaysWhatTheEvaluatorDoes() {
    OnPremisesConfiguration config =
        OnPremisesConfiguration.builder()
            .accessEdge(AccessEdgeConfiguration.builder().allowFederatedUsers(true).build())
            .globalPolicy(
                ExternalAccessPolicy.global().toBuilder()
                    .enableFederationAccess(true)
                    .enablePublicCloudAccess(true)
                    .build())
            .addExternalAccessPolicies(
                ExternalAccessPolicy.builder()
                    .identity(PolicyIdentity.tag("NoPic"))
                    .enableFederationAccess(true)
                    .build())
            .addPublicProviders(PublicProvider.skype())
            .addSipDomains(Domain.parse("contoso.com"))
            .addUsers(
                LocalUser.builder()
                    .sipUri(SipUri.parse("sip:alice@contoso.com"))
                    .externalAccessPolicy("NoPic")
                    .build())
            .addUsers(LocalUser.of(SipUri.parse("sip:carol@contoso.com")))
            .build();
    ExternalAccessEvaluator evaluator = ExternalAccessEvaluator.compile(config);

    Decision d =
        evaluator.evaluate(
            OutboundRequest.typed(
                SipUri.parse("sip:alice@contoso.com"), "bob@outlook.com", Modality.IM));
    assertEquals(Effect.DENY, d.effect());
    assertEquals(RemoteClass.PUBLIC_PROVIDER_USER, d.remoteClass());
    Reason r = d.reasons().get(0);
    assertEquals(RuleId.POLICY_PUBLIC_OFF, r.rule());
    assertEquals(
        "ExternalAccessPolicy Tag:NoPic, per-user scope, granted to sip:alice@contoso.com",
        r.decidedBy());
    assertEquals(
        "Set-CsExternalAccessPolicy -Identity Tag:NoPic -EnablePublicCloudAccess $True",
        r.remediation().orElseThrow().command());
    assertEquals(
        Optional.of(
            "Grant-CsExternalAccessPolicy -Identity sip:alice@contoso.com -PolicyName $Null"),
        r.remediation().orElseThrow().grantAlternative());

    assertTrue(
        evaluator
            .evaluate(
                OutboundRequest.of(
                    SipUri.parse("sip:carol@contoso.com"),
                    MicrosoftAccount.parse("bob@fabrikam.com"),
                    Modality.IM))
            .isAllowed());

    // The isAllowed example: the same answer without the explanation.
    OutboundRequest request =
        OutboundRequest.typed(SipUri.parse("sip:alice@contoso.com"), "bob@outlook.com", Modality.IM);
    assertFalse(evaluator.isAllowed(request));
    assertEquals(
        RuleId.POLICY_PUBLIC_OFF, evaluator.evaluate(request).reasons().get(0).rule());
  }
}
