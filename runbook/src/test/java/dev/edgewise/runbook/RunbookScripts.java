package dev.edgewise.runbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.edgewise.address.Domain;
import dev.edgewise.policy.FederationConfiguration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the runbook tests compare: the problems of a refused script in one line, parsed domains, and
 * a diff with what reading it back gives.
 */
final class RunbookScripts {
  private RunbookScripts() {}

  /**
   * "OK" for a script that reads onto a fresh install, otherwise each problem as {@link
   * RunbookProblem#toString()} writes it (line, column, kind, text and message), joined by " | ".
   */
  static String problems(String script) {
    try {
      Runbook.read(script);
      return "OK";
    } catch (RunbookException e) {
      List<String> out = new ArrayList<>();
      for (RunbookProblem p : e.problems()) {
        out.add(p.toString());
      }
      return String.join(" | ", out);
    }
  }

  /** The domains of {@code names}, parsed, in order: what a list setting holds after a script. */
  static List<Domain> domains(String... names) {
    List<Domain> out = new ArrayList<>();
    for (String n : names) {
      out.add(Domain.parse(n));
    }
    return out;
  }

  /** The diff is exactly {@code lines}, and reading it onto {@code from} gives {@code to}. */
  static void assertDiff(FederationConfiguration from, FederationConfiguration to, String... lines) {
    String script = Runbook.diff(from, to);
    assertEquals(lines.length == 0 ? "" : String.join("\n", lines) + "\n", script);
    assertEquals(to, Runbook.read(script, from).configuration(), script);
  }
}
