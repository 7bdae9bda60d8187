package dev.edgewise.runbook;

import java.util.List;

/**
 * The one exception a runbook reader throws: every problem of the script at once, syntax errors,
 * refusals and warnings, in the order of the script.
 *
 * <pre>{@code
 * try {
 *   Runbook.read(script);
 * } catch (RunbookException e) {
 *   for (RunbookProblem p : e.problems()) {
 *     log.info(p.toString());
 *   }
 * }
 * }</pre>
 */
public final class RunbookException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an immutable List.copyOf of records; Java lists of records serialize
  private final List<RunbookProblem> problems;

  /** Creates the exception; {@code problems} holds at least one error. */
  public RunbookException(List<RunbookProblem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  /** Returns every problem of the script, errors and warnings, in script order. */
  public List<RunbookProblem> problems() {
    return problems;
  }

  private static String summary(List<RunbookProblem> problems) {
    StringBuilder sb = new StringBuilder();
    sb.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    for (RunbookProblem p : problems) {
      sb.append("\n  ").append(p);
    }
    return sb.toString();
  }
}
