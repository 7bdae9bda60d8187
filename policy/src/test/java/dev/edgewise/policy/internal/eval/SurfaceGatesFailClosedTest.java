package dev.edgewise.policy.internal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.edgewise.address.Domain;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import dev.edgewise.policy.AccessEdgeConfiguration;
import dev.edgewise.policy.ExternalAccessPolicy;
import dev.edgewise.policy.LocalUser;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.RemoteClass;
import dev.edgewise.policy.RuleId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A peer request (IM, presence, a call) with a party of a class the peer gates do not serve is
 * denied as not modelled. No request the public API builds has such a party today (a remote user
 * only signs in), so this is the fail-closed default a new class would fall into.
 */
class SurfaceGatesFailClosedTest {

  private static final SipUri ALICE = SipUri.parse("sip:alice@contoso.com");

  @Test
  void aRemoteUserInAPeerRequestIsDeniedAsNotModelled() {
    OnPremisesConfiguration c =
        OnPremisesConfiguration.builder()
            .accessEdge(
                AccessEdgeConfiguration.builder()
                    .allowFederatedUsers(true)
                    .allowOutsideUsers(true)
                    .build())
            .globalPolicy(
                ExternalAccessPolicy.global().toBuilder()
                    .enableFederationAccess(true)
                    .enableOutsideAccess(true)
                    .build())
            .addSipDomains(Domain.parse("contoso.com"))
            .addUsers(LocalUser.of(ALICE))
            .build();
    CompiledConfiguration compiled = CompiledConfiguration.of(c);
    Party remote = new PartyReader(compiled).signIn(ALICE);
    assertEquals(RemoteClass.REMOTE_USER, remote.remoteClass());
    Ask a = new Ask(ALICE, compiled.userEntry(ALICE), remote, Modality.IM, null);
    Verdicts.Trail trail = new Verdicts.Trail();
    new Gates(compiled).run(a, trail);
    assertEquals(
        List.of(RuleId.NOT_MODELLED), trail.outcomes().stream().map(GateOutcome::rule).toList());
    Verdicts.Tally tally = new Verdicts.Tally();
    new Gates(compiled).run(a, tally);
    assertFalse(tally.isAllowed());
  }
}
