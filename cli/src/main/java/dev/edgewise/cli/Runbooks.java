package dev.edgewise.cli;

import dev.edgewise.policy.ConfigurationProblem;
import dev.edgewise.policy.ExternalAccessEvaluator;
import dev.edgewise.policy.FederationConfiguration;
import dev.edgewise.policy.InvalidConfigurationException;
import dev.edgewise.runbook.Runbook;
import dev.edgewise.runbook.RunbookException;
import dev.edgewise.runbook.RunbookProblem;
import dev.edgewise.runbook.RunbookResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a runbook file named on the command line into a configuration, for the commands that ask
 * a question of it. A runbook that does not read is invalid input ({@link Edgewise#NO}), reported
 * as {@code file:line:column: message} lines, the form editors and CI logs link to.
 */
final class Runbooks {

  private Runbooks() {}

  /** Reads the file and the runbook in it; a problem of either is a {@link CliFailure}. */
  static RunbookResult read(String file) {
    String script = InputFiles.readText(file);
    try {
      return Runbook.read(script);
    } catch (RunbookException e) {
      throw new CliFailure(Edgewise.NO, describe(file, e.problems()));
    }
  }

  /** Compiles a configuration read from {@code file}; one with errors is refused, every error named. */
  static ExternalAccessEvaluator compile(String file, FederationConfiguration configuration) {
    try {
      return ExternalAccessEvaluator.compile(configuration);
    } catch (InvalidConfigurationException e) {
      List<String> lines = new ArrayList<>();
      lines.add(file + ": the configuration the runbook leads to has errors:");
      for (ConfigurationProblem p : e.errors()) {
        lines.add("  " + p.code() + " " + p.subject() + ": " + p.message());
      }
      throw new CliFailure(Edgewise.NO, String.join(System.lineSeparator(), lines));
    }
  }

  /** One line per problem, errors and warnings alike, each with the file, line and column. */
  static String describe(String file, List<RunbookProblem> problems) {
    List<String> lines = new ArrayList<>();
    for (RunbookProblem p : problems) {
      lines.add(line(file, p));
    }
    return String.join(System.lineSeparator(), lines);
  }

  static String line(String file, RunbookProblem p) {
    return file
        + ":"
        + p.line()
        + ":"
        + p.column()
        + ": "
        + (p.isWarning() ? "warning" : "error")
        + " "
        + p.kind()
        + " '"
        + p.text()
        + "': "
        + p.message();
  }
}
