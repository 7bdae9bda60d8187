package dev.edgewise.runbook;

/**
 * One problem of a runbook: its {@link RunbookErrorKind}, where it is (line and column, both from
 * 1; 0 for the configuration as a whole), the offending text (cut to {@value #MAX_TEXT} characters)
 * and a sentence an admin can act on.
 *
 * <pre>{@code
 * try {
 *   Runbook.read("New-CsBlockedDomain -Identity fabrikam.com\nNew-CsAllowedDomain -Identity fabrikam.com");
 * } catch (RunbookException e) {
 *   RunbookProblem p = e.problems().get(0);
 *   p.kind();   // DOMAIN_ON_OTHER_LIST
 *   p.line();   // 2
 * }
 * }</pre>
 *
 * @param kind what is wrong
 * @param line the line, from 1; 0 when the problem is not at one place
 * @param column the column, from 1; 0 when the problem is not at one place
 * @param text the offending text, at most {@value #MAX_TEXT} characters
 * @param message what is wrong and what to change
 */
public record RunbookProblem(
    RunbookErrorKind kind, int line, int column, String text, String message) {

  /** The longest offending text a problem carries; longer text is cut and ends with "...". */
  public static final int MAX_TEXT = 60;

  /** Cuts the offending text to {@link #MAX_TEXT} characters. */
  public RunbookProblem {
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT - 3) + "...";
    }
  }

  /** Returns whether this problem is only a warning. */
  public boolean isWarning() {
    return kind.isWarning();
  }

  /** Returns {@code "line:column KIND 'text': message"}. */
  @Override
  public String toString() {
    return line + ":" + column + " " + kind + " '" + text + "': " + message;
  }
}
