package dev.edgewise.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.edgewise.policy.FederationConfiguration;
import dev.edgewise.policy.Reason;
import dev.edgewise.runbook.Runbook;
import dev.edgewise.runbook.WhatIfChange;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.checkerframework.checker.nullness.qual.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code edgewise diff}: the runbook that turns one runbook's configuration into another's, and
 * the decisions that change for the requests in a file.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = Edgewise.Version.class,
    description = {
      "Reads two cmdlet runbooks and prints the runbook that turns the first one's configuration",
      "into the second one's, in an order the server accepts. With --requests, also prints each",
      "request whose decision changes, with the decision before and after.",
      "",
      "The requests file has one request per line: <user> <remote> <modality> followed by any of",
      "the flags inbound, in-contacts, unmarked, via=<route> (as explain's options). '#' starts a",
      "comment; blank lines are skipped. For example:",
      "  sip:alice@contoso.com bob@outlook.com im",
      "  sip:alice@contoso.com bob@outlook.com presence inbound in-contacts"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the runbook (and the changes) were printed",
      "1:a runbook does not read, or a requests line is wrong (printed with line and column)",
      "2:usage error, or a file cannot be read"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  edgewise diff federation-off.ps1 skype.ps1",
      "  edgewise diff federation-off.ps1 skype.ps1 --requests requests.txt",
      "  edgewise diff federation-off.ps1 skype.ps1 --requests requests.txt --json"
    })
final class DiffCommand implements Callable<Integer> {

  @Spec private @Nullable CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<a.ps1>", description = "The runbook of the starting point.")
  private String from = "";

  @Parameters(index = "1", paramLabel = "<b.ps1>", description = "The runbook of the goal.")
  private String to = "";

  @Option(names = "--requests", paramLabel = "<file>",
      description = "Requests to decide before and after, one a line (see above).")
  private @Nullable String requestsFile;

  @Option(names = "--json", description = "Print the answer as JSON.")
  private boolean json;

  @Override
  public Integer call() {
    CommandSpec s = spec;
    if (s == null) {
      throw new IllegalStateException("picocli injects the spec");
    }
    FederationConfiguration a = Runbooks.read(from).configuration();
    FederationConfiguration b = Runbooks.read(to).configuration();
    List<Record> requests = requests();
    String script;
    try {
      script = Runbook.diff(a, b);
    } catch (IllegalArgumentException e) {
      throw new CliFailure(Edgewise.NO, "cannot diff " + from + " and " + to + ": " + e.getMessage());
    }
    Runbooks.compile(from, a);
    Runbooks.compile(to, b);
    List<WhatIfChange> changes = Runbook.whatIf(a, script, requests);
    PrintWriter out = s.commandLine().getOut();
    if (json) {
      JsonObject o = new JsonObject();
      o.addProperty("from", from);
      o.addProperty("to", to);
      o.addProperty("runbook", script);
      o.addProperty("requestsDecided", requests.size());
      JsonArray list = new JsonArray();
      for (WhatIfChange c : changes) {
        JsonObject j = new JsonObject();
        j.addProperty("request", Requests.describe(c.request()));
        j.add("before", Decisions.json(c.before()));
        j.add("after", Decisions.json(c.after()));
        list.add(j);
      }
      o.add("changes", list);
      Json.print(out, o);
    } else {
      out.println("# The runbook from " + from + " to " + to + ":");
      out.print(script.isEmpty() ? "# (nothing to change)\n" : script);
      if (!script.isEmpty() && !script.endsWith("\n")) {
        out.println();
      }
      if (requestsFile != null) {
        out.println();
        out.println("# Decisions that change (" + changes.size() + " of " + requests.size()
            + " requests):");
        for (WhatIfChange c : changes) {
          out.println("#   " + Requests.describe(c.request()));
          out.println("#     before: " + c.before().effect() + " " + rules(c.before().reasons()));
          out.println("#     after:  " + c.after().effect() + " " + rules(c.after().reasons()));
        }
      }
      out.flush();
    }
    return Edgewise.OK;
  }

  private static String rules(List<Reason> reasons) {
    List<String> out = new ArrayList<>();
    for (Reason r : reasons) {
      out.add(r.rule().name());
    }
    return String.join(", ", out);
  }

  private List<Record> requests() {
    String file = requestsFile;
    if (file == null) {
      return List.of();
    }
    String text = InputFiles.readText(file);
    List<Record> out = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    int lineNumber = 0;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      lineNumber++;
      String line = text.substring(start, end);
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      try {
        Optional<Record> r = Requests.parseLine(line);
        r.ifPresent(out::add);
      } catch (Requests.BadRequest e) {
        errors.add(file + ":" + lineNumber + ":" + e.column() + ": " + e.getMessage());
      }
      start = end + 1;
    }
    if (!errors.isEmpty()) {
      throw new CliFailure(Edgewise.NO, String.join(System.lineSeparator(), errors));
    }
    return out;
  }
}
