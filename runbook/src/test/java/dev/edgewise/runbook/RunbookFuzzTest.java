package dev.edgewise.runbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.edgewise.policy.ExternalAccessEvaluator;
import dev.edgewise.policy.FederationConfiguration;
import java.nio.charset.StandardCharsets;

/**
 * A coverage-guided fuzz target for the runbook reader. A script either reads into a
 * configuration or is refused with {@link RunbookException}; any other exception is a finding.
 *
 * <ul>
 *   <li>a refusal carries at least one error, each problem points inside the script (line and
 *       column, or 0 for the whole configuration) with a bounded excerpt and a message;
 *   <li>a configuration that reads compiles, prints as a runbook that reads back into an equal
 *       configuration, and differs from itself by an empty runbook.
 * </ul>
 *
 * <p>Without {@code JAZZER_FUZZ} the target replays its committed inputs under {@code
 * src/test/resources/dev/edgewise/runbook/RunbookFuzzTestInputs/runbookRoundTrip/};
 * docs/reliability.md has the command that fuzzes it.
 */
class RunbookFuzzTest {

  /** Longer than any message the reader writes; a longer one would echo unbounded input. */
  private static final int MAX_MESSAGE = 600;

  @FuzzTest(maxDuration = "10m")
  void runbookRoundTrip(byte[] data) {
    String script = new String(data, StandardCharsets.UTF_8);
    RunbookResult result;
    try {
      result = Runbook.read(script);
    } catch (RunbookException e) {
      checkRefusal(script, e);
      return;
    }
    for (RunbookProblem w : result.warnings()) {
      assertTrue(w.isWarning(), w::toString);
      checkPlace(script, w);
    }
    FederationConfiguration c = result.configuration();
    ExternalAccessEvaluator.compile(c);
    String printed = Runbook.print(c);
    assertEquals(c, Runbook.read(printed).configuration(), () -> script + "\n---\n" + printed);
    assertTrue(Runbook.diff(c, c).isBlank(), () -> Runbook.diff(c, c));
  }

  private static void checkRefusal(String script, RunbookException e) {
    assertFalse(e.problems().isEmpty());
    assertTrue(e.problems().stream().anyMatch(p -> !p.isWarning()), e::toString);
    for (RunbookProblem p : e.problems()) {
      checkPlace(script, p);
    }
  }

  private static void checkPlace(String script, RunbookProblem p) {
    String[] lines = script.split("\r\n|\r|\n", -1);
    assertTrue(p.line() >= 0 && p.line() <= lines.length, p::toString);
    if (p.line() == 0) {
      assertEquals(0, p.column(), p::toString);
    } else {
      assertTrue(p.column() >= 0 && p.column() <= lines[p.line() - 1].length() + 1, p::toString);
    }
    assertTrue(p.text().length() <= RunbookProblem.MAX_TEXT, p::toString);
    assertFalse(p.message().isBlank(), p::toString);
    assertTrue(p.message().length() <= MAX_MESSAGE, () -> "message length " + p.message().length());
  }
}
