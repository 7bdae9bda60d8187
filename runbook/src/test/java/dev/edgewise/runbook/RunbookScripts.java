package dev.edgewise.runbook;

import dev.edgewise.address.Domain;
import java.util.ArrayList;
import java.util.List;

/** What the runbook tests compare: the problems of a refused script in one line, parsed domains. */
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
}
