package dev.edgewise.runbook.internal;

import dev.edgewise.runbook.RunbookErrorKind;
import dev.edgewise.runbook.RunbookProblem;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem of one read, so that a script's problems are reported at once. */
public final class Problems {
  /** A hostile script cannot make the reader hold more problems than this. */
  static final int MAX_PROBLEMS = 1000;

  private final List<RunbookProblem> list = new ArrayList<>();

  public void add(RunbookErrorKind kind, int line, int col, String text, String message) {
    if (list.size() < MAX_PROBLEMS) {
      list.add(new RunbookProblem(kind, line, col, text, message));
    }
  }

  public void add(RunbookErrorKind kind, Val at, String message) {
    add(kind, at.line(), at.col(), at.show(), message);
  }

  public boolean hasErrors() {
    for (RunbookProblem p : list) {
      if (!p.isWarning()) {
        return true;
      }
    }
    return false;
  }

  public int errorCount() {
    int n = 0;
    for (RunbookProblem p : list) {
      if (!p.isWarning()) {
        n++;
      }
    }
    return n;
  }

  public List<RunbookProblem> all() {
    return List.copyOf(list);
  }

  public List<RunbookProblem> warnings() {
    List<RunbookProblem> w = new ArrayList<>();
    for (RunbookProblem p : list) {
      if (p.isWarning()) {
        w.add(p);
      }
    }
    return w;
  }
}
