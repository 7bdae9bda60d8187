package dev.edgewise.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Threads racing on a configuration nobody has read yet see what one thread sees alone.
 *
 * <p>Each round builds a configuration three times from the same choices. One copy is read by one
 * thread. The second is handed untouched to six threads released together, which validate and
 * compile it themselves, so that they race on every lazily kept value at once: the compiled form
 * ({@code ConfigurationMembers.compiled}), the providers' and users' derived values. The third is
 * compiled once, before the threads start, into one evaluator they all ask, racing on its
 * per-thread scratch of the allow/deny answer. Every thread must give the lone thread's validation
 * problems, decisions and allow/deny answers for every outbound and inbound request. The suffix {@code
 * ConcurrencyStressTest} keeps it out of mutation runs (see docs/reliability.md).
 */
class EvaluatorConcurrencyStressTest {
  private static final int ROUNDS = 12;
  private static final int THREADS = 6;

  /** What one thread observes of a configuration. */
  private record Observed(
      List<ConfigurationProblem> problems,
      String compileOutcome,
      List<Decision> decisions,
      List<Boolean> answers) {}

  private static List<OutboundRequest> outbound() {
    List<OutboundRequest> all = new ArrayList<>();
    for (SipUri user : ExternalAccessEvaluatorProperties.USERS) {
      for (RemoteParty remote : ExternalAccessEvaluatorProperties.REMOTES) {
        for (Modality m : Modality.values()) {
          all.add(new OutboundRequest(user, remote, m));
        }
      }
    }
    return all;
  }

  private static List<InboundRequest> inbound() {
    List<InboundRequest> all = new ArrayList<>();
    int i = 0;
    for (RemoteParty remote : ExternalAccessEvaluatorProperties.REMOTES) {
      for (Arrival arrival : ExternalAccessEvaluatorProperties.ARRIVALS) {
        for (Modality m : Modality.values()) {
          SipUri user = ExternalAccessEvaluatorProperties.USERS.get(i % 4);
          all.add(new InboundRequest(remote, user, m, arrival, i % 3 == 0, i % 5 == 0));
          i++;
        }
      }
    }
    return all;
  }

  private static Observed observe(
      FederationConfiguration config, List<OutboundRequest> out, List<InboundRequest> in) {
    List<ConfigurationProblem> problems = config.validate();
    try {
      return ask(problems, ExternalAccessEvaluator.compile(config), out, in);
    } catch (InvalidConfigurationException e) {
      return new Observed(problems, "refused: " + e.errors(), List.of(), List.of());
    }
  }

  private static Observed ask(
      List<ConfigurationProblem> problems,
      ExternalAccessEvaluator ev,
      List<OutboundRequest> out,
      List<InboundRequest> in) {
    List<Decision> decisions = new ArrayList<>();
    List<Boolean> answers = new ArrayList<>();
    for (OutboundRequest r : out) {
      answers.add(ev.isAllowed(r));
      decisions.add(ev.evaluate(r));
    }
    for (InboundRequest r : in) {
      answers.add(ev.isAllowed(r));
      decisions.add(ev.evaluate(r));
    }
    return new Observed(problems, "compiled", decisions, answers);
  }

  private static List<Integer> tape(Random random) {
    List<Integer> values = new ArrayList<>();
    int n = random.nextInt(60);
    for (int i = 0; i < n; i++) {
      values.add(random.nextInt(1 << 20));
    }
    return values;
  }

  @Test
  void threadsRacingOnAFreshConfigurationSeeWhatOneThreadSees() throws Exception {
    List<OutboundRequest> out = outbound();
    List<InboundRequest> in = inbound();
    Random random = new Random(20261127);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    int compiled = 0;
    try {
      for (int round = 0; round < ROUNDS; round++) {
        List<Integer> choices = tape(random);
        FederationConfiguration alone = ExternalAccessEvaluatorProperties.config(choices);
        FederationConfiguration raced = ExternalAccessEvaluatorProperties.config(choices);
        assertNotSame(alone, raced);
        assertEquals(alone, raced);
        Observed expected = observe(alone, out, in);
        boolean valid = expected.compileOutcome().equals("compiled");
        ExternalAccessEvaluator sharedEvaluator =
            valid
                ? ExternalAccessEvaluator.compile(ExternalAccessEvaluatorProperties.config(choices))
                : null;
        if (valid) {
          compiled++;
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Observed>>> seen = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          seen.add(
              pool.submit(
                  () -> {
                    start.await();
                    List<Observed> mine = new ArrayList<>();
                    mine.add(observe(raced, out, in));
                    if (sharedEvaluator != null) {
                      mine.add(ask(expected.problems(), sharedEvaluator, out, in));
                    }
                    return mine;
                  }));
        }
        start.countDown();
        for (Future<List<Observed>> f : seen) {
          for (Observed o : f.get()) {
            assertEquals(expected, o, "round " + round + " (the rounds are drawn from a fixed seed)");
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    // The rounds must reach the evaluator, not only the validator's refusal.
    assertTrue(compiled >= ROUNDS / 2, "compiled configurations: " + compiled);
  }
}
