package dev.edgewise.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One compiled evaluator shared by several threads answers exactly as it does alone. */
class ExternalAccessEvaluatorConcurrencyTest {

  @Test
  void sharedEvaluatorAnswersTheSameFromEveryThread() throws Exception {
    ExternalAccessEvaluator ev =
        ExternalAccessEvaluator.compile(
            Fixtures.base().toBuilder()
                .addBlockedDomains(BlockedDomain.of(Fixtures.FABRIKAM))
                .build());
    List<OutboundRequest> requests = new ArrayList<>();
    for (SipUri user : ExternalAccessEvaluatorProperties.USERS) {
      for (RemoteParty remote : ExternalAccessEvaluatorProperties.REMOTES) {
        for (Modality m : Modality.values()) {
          requests.add(new OutboundRequest(user, remote, m));
        }
      }
    }
    List<Decision> alone = new ArrayList<>();
    for (OutboundRequest r : requests) {
      alone.add(ev.evaluate(r));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Decision>>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(
            pool.submit(
                () -> {
                  List<Decision> mine = new ArrayList<>();
                  for (OutboundRequest r : requests) {
                    mine.add(ev.evaluate(r));
                  }
                  return mine;
                }));
      }
      for (Future<List<Decision>> f : results) {
        assertEquals(alone, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
