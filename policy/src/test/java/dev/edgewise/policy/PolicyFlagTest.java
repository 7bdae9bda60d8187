package dev.edgewise.policy;

import static dev.edgewise.policy.ExternalAccessEvaluatorTest.evaluate;
import static dev.edgewise.policy.ExternalAccessEvaluatorTest.xmpp;
import static dev.edgewise.policy.Fixtures.ALICE;
import static dev.edgewise.policy.Fixtures.base;
import static dev.edgewise.policy.Fixtures.baseGlobal;
import static dev.edgewise.policy.Fixtures.sip;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.edgewise.core.Modality;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Which policy settings let a user make each kind of request, as the grant alternative of a
 * policy denial shows it: the first per-user policy, in declaration order, that passes every
 * policy gate of the request. Decoys come first, each passing all but one of the settings the
 * request needs (or a setting the request does not need), so a policy chosen for the wrong
 * settings is named instead of the right one.
 */
class PolicyFlagTest {

  private static final String GRANT = "Grant-CsExternalAccessPolicy -Identity sip:alice@contoso.com"
      + " -PolicyName ";

  private static ExternalAccessPolicy tag(String name, UnaryOperator<ExternalAccessPolicy.Builder> f) {
    return f.apply(ExternalAccessPolicy.builder().identity(PolicyIdentity.tag(name))).build();
  }

  /** {@code c} with the per-user policies declared, alice keeping the Global one. */
  private static OnPremisesConfiguration with(
      OnPremisesConfiguration c, ExternalAccessPolicy... tags) {
    return c.toBuilder().addExternalAccessPolicies(tags).build();
  }

  private static Optional<String> alternative(
      FederationConfiguration c, Object request, RuleId denial) {
    Decision d = evaluate(c, request);
    return d.reasons().stream()
        .filter(r -> r.rule() == denial)
        .findFirst()
        .orElseThrow(() -> new AssertionError(denial + " not in " + d))
        .remediation()
        .orElseThrow()
        .grantAlternative();
  }

  private static OnPremisesConfiguration global(UnaryOperator<ExternalAccessPolicy.Builder> f) {
    return base().toBuilder().globalPolicy(f.apply(baseGlobal().toBuilder()).build()).build();
  }

  @Test
  void publicImNeedsPublicAccessAndForACallAudioVideoToo() {
    ExternalAccessPolicy federationOnly = tag("FederationOnly", p -> p.enableFederationAccess(true));
    ExternalAccessPolicy publicIm = tag("PublicIm", p -> p.enablePublicCloudAccess(true));
    ExternalAccessPolicy publicCalls =
        tag("PublicCalls", p -> p.enablePublicCloudAccess(true)
            .enablePublicCloudAudioVideoAccess(true));
    OutboundRequest im = OutboundRequest.of(ALICE, sip("sip:bob(fabrikam.com)@msn.com"), Modality.IM);
    OutboundRequest call =
        OutboundRequest.of(ALICE, sip("sip:bob(fabrikam.com)@msn.com"), Modality.AUDIO);
    OnPremisesConfiguration publicOff = with(global(g -> g.enablePublicCloudAccess(false)),
        federationOnly, publicIm, publicCalls);
    assertEquals(Optional.of(GRANT + "PublicIm"),
        alternative(publicOff, im, RuleId.POLICY_PUBLIC_OFF), "IM needs no audio/video setting");
    OnPremisesConfiguration noCalls = with(base(), federationOnly, publicIm, publicCalls);
    assertEquals(Optional.of(GRANT + "PublicCalls"),
        alternative(noCalls, call, RuleId.POLICY_PUBLIC_AV_OFF));
  }

  @Test
  void signingInFromTheInternetNeedsOutsideAccessAlone() {
    ExternalAccessPolicy federationOnly = tag("FederationOnly", p -> p.enableFederationAccess(true));
    ExternalAccessPolicy xmppOnly =
        tag("XmppOnly", p -> p.enableXmppAccess(true).enableFederationAccess(true));
    ExternalAccessPolicy remote = tag("Remote", p -> p.enableOutsideAccess(true));
    assertEquals(Optional.of(GRANT + "Remote"),
        alternative(with(base(), federationOnly, xmppOnly, remote), SignInRequest.of(ALICE),
            RuleId.POLICY_OUTSIDE_OFF));
  }

  @Test
  void xmppNeedsXmppAndFederationAccess() {
    ExternalAccessPolicy federationOnly = tag("FederationOnly", p -> p.enableFederationAccess(true));
    ExternalAccessPolicy xmppAlone = tag("XmppAlone", p -> p.enableXmppAccess(true));
    ExternalAccessPolicy both =
        tag("Xmpp", p -> p.enableXmppAccess(true).enableFederationAccess(true));
    OnPremisesConfiguration c =
        with(xmpp().toBuilder().globalPolicy(baseGlobal()).build(), federationOnly, xmppAlone, both);
    OutboundRequest ann =
        new OutboundRequest(ALICE, RemoteParty.of(ExternalAccessEvaluatorTest.ANN_XMPP), Modality.IM);
    assertEquals(List.of(RuleId.POLICY_XMPP_OFF),
        evaluate(c, ann).reasons().stream().map(Reason::rule).toList());
    assertEquals(Optional.of(GRANT + "Xmpp"), alternative(c, ann, RuleId.POLICY_XMPP_OFF));
  }
}
