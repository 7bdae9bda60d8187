package dev.edgewise.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.edgewise.policy.ConfigurationProblem;
import dev.edgewise.runbook.Runbook;
import dev.edgewise.runbook.RunbookException;
import dev.edgewise.runbook.RunbookProblem;
import dev.edgewise.runbook.RunbookResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.checkerframework.checker.nullness.qual.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code edgewise check}: every problem of a runbook, errors and warnings, each runbook problem
 * with its line and column, then the problems of the configuration it leads to.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Edgewise.Version.class,
    description = {
      "Reads a cmdlet runbook (docs/runbook.md) and reports every problem at once: the statements",
      "the server would refuse or the reader does not understand (with line and column), warnings",
      "such as numeric verification levels, and the problems of the configuration it leads to."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:valid: no errors (warnings may be printed)",
      "1:invalid: the runbook or the configuration it leads to has errors",
      "2:usage error, or the runbook file cannot be read"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  edgewise check --config skype.ps1",
      "  edgewise check --config skype.ps1 --json"
    })
final class CheckCommand implements Callable<Integer> {

  @Spec private @Nullable CommandSpec spec;

  @Option(names = "--config", required = true, paramLabel = "<runbook.ps1>",
      description = "The runbook to check, read onto a fresh install of its product.")
  private String config = "";

  @Option(names = "--json", description = "Print the problems as JSON.")
  private boolean json;

  @Override
  public Integer call() {
    CommandSpec s = spec;
    if (s == null) {
      throw new IllegalStateException("picocli injects the spec");
    }
    String script = InputFiles.readText(config);
    List<RunbookProblem> runbookProblems;
    List<ConfigurationProblem> configurationProblems = List.of();
    try {
      RunbookResult r = Runbook.read(script);
      runbookProblems = r.warnings();
      configurationProblems = r.configuration().validate();
    } catch (RunbookException e) {
      runbookProblems = e.problems();
    }
    boolean valid = runbookProblems.stream().allMatch(RunbookProblem::isWarning)
        && configurationProblems.stream().noneMatch(ConfigurationProblem::isError);
    PrintWriter out = s.commandLine().getOut();
    if (json) {
      JsonObject o = new JsonObject();
      o.addProperty("file", config);
      o.addProperty("valid", valid);
      JsonArray problems = new JsonArray();
      for (RunbookProblem p : runbookProblems) {
        JsonObject j = new JsonObject();
        j.addProperty("severity", p.isWarning() ? "WARNING" : "ERROR");
        j.addProperty("kind", p.kind().name());
        j.addProperty("line", p.line());
        j.addProperty("column", p.column());
        j.addProperty("text", p.text());
        j.addProperty("message", p.message());
        problems.add(j);
      }
      for (ConfigurationProblem p : configurationProblems) {
        JsonObject j = new JsonObject();
        j.addProperty("severity", p.severity().name());
        j.addProperty("kind", p.code().name());
        j.addProperty("subject", p.subject());
        j.addProperty("message", p.message());
        problems.add(j);
      }
      o.add("problems", problems);
      Json.print(out, o);
    } else {
      for (RunbookProblem p : runbookProblems) {
        out.println(Runbooks.line(config, p));
      }
      for (ConfigurationProblem p : configurationProblems) {
        out.println(config + ": " + p.severity().name().toLowerCase(java.util.Locale.ROOT) + " "
            + p.code() + " " + p.subject() + ": " + p.message());
      }
      long errors = runbookProblems.stream().filter(p -> !p.isWarning()).count()
          + configurationProblems.stream().filter(ConfigurationProblem::isError).count();
      long warnings = runbookProblems.size() + configurationProblems.size() - errors;
      out.println(config + ": " + (valid ? "valid" : "invalid") + ", " + errors + " error"
          + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s"));
      out.flush();
    }
    return valid ? Edgewise.OK : Edgewise.NO;
  }
}
