package dev.edgewise.policy;

import static dev.edgewise.policy.Fixtures.ALICE;
import static dev.edgewise.policy.Fixtures.CAROL;
import static dev.edgewise.policy.Fixtures.base;
import static dev.edgewise.policy.Fixtures.d;
import static dev.edgewise.policy.Fixtures.sip;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.edgewise.core.Modality;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The allow/deny answer reuses one set of request facts and one tally per thread: a request asked
 * after another on the same thread gets its own answer, whatever the one before it was.
 */
class AllowDenyAnswerTest {

  @Test
  void eachRequestOnAThreadGetsItsOwnAnswer() {
    ExternalAccessEvaluator ev =
        ExternalAccessEvaluator.compile(
            base().toBuilder().addBlockedDomains(BlockedDomain.of(d("fabrikam.com"))).build());
    List<OutboundRequest> requests =
        List.of(
            OutboundRequest.of(ALICE, sip("sip:dave@fabrikam.com"), Modality.IM),
            OutboundRequest.of(ALICE, CAROL, Modality.IM),
            OutboundRequest.of(ALICE, sip("sip:bob(fabrikam.com)@msn.com"), Modality.IM),
            OutboundRequest.of(ALICE, sip("sip:bob(northwind.com)@msn.com"), Modality.IM),
            OutboundRequest.of(ALICE, sip("sip:erin@northwind.com"), Modality.IM),
            OutboundRequest.of(ALICE, CAROL, Modality.VIDEO));
    List<Boolean> expected = List.of(false, true, false, true, false, true);
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < requests.size(); i++) {
        OutboundRequest r = requests.get(i);
        assertEquals(expected.get(i), ev.evaluate(r).isAllowed(), r::toString);
        assertEquals(expected.get(i), ev.isAllowed(r), r::toString);
      }
    }
  }
}
