package dev.edgewise.runbook;

import java.util.ArrayList;
import java.util.List;

/** What the tables of runbook tests compare: every problem a script is refused with, in one line. */
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
}
