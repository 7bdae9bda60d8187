package dev.edgewise.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import dev.edgewise.policy.Arrival;
import dev.edgewise.policy.Decision;
import dev.edgewise.policy.ExternalAccessEvaluator;
import dev.edgewise.policy.InboundRequest;
import dev.edgewise.policy.OutboundRequest;
import dev.edgewise.runbook.RunbookProblem;
import dev.edgewise.runbook.RunbookResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.checkerframework.checker.nullness.qual.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code edgewise explain}: reads a runbook and asks the evaluator one question, printing the
 * decision, every reason with its rule id, and the cmdlets that would change it.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = Edgewise.Version.class,
    description = {
      "Reads a cmdlet runbook (docs/runbook.md) and asks whether a user of the organization may",
      "reach a remote party (or, with --inbound, be reached by one): the decision, every reason",
      "with its rule id, and the cmdlets that would change it."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:allowed",
      "1:denied, or the runbook does not read (its problems are printed with line and column)",
      "2:usage error, or the runbook file cannot be read"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  edgewise explain --config skype.ps1 --user sip:alice@contoso.com --remote bob@outlook.com --modality im",
      "  edgewise explain --config skype.ps1 --user alice@contoso.com --remote bob@outlook.com \\",
      "      --modality im --inbound --in-contacts --json",
      "  edgewise explain --config skype.ps1 --user alice@contoso.com \\",
      "      --remote 'bob(contoso.com)@msn.com' --modality video"
    })
final class ExplainCommand implements Callable<Integer> {

  @Spec private @Nullable CommandSpec spec;

  @Option(names = "--config", required = true, paramLabel = "<runbook.ps1>",
      description = "The runbook to read, onto a fresh install of its product.")
  private String config = "";

  @Option(names = "--user", required = true, paramLabel = "<sip>",
      description = "The organization's user, e.g. sip:alice@contoso.com.")
  private String user = "";

  @Option(names = "--remote", required = true, paramLabel = "<address>",
      description = "The other party as typed: bob@outlook.com, 'bob(contoso.com)@msn.com', sip:erin@northwind.com.")
  private String remote = "";

  @Option(names = "--modality", required = true, paramLabel = "<m>",
      description = "im, presence, audio, video, file-transfer or application-sharing.")
  private String modality = "";

  @Option(names = "--inbound", description = "The remote party initiates (default: the user does).")
  private boolean inbound;

  @Option(names = "--in-contacts", description = "Inbound: the sender is on the user's contact list.")
  private boolean inContacts;

  @Option(names = "--unmarked",
      description = "Inbound: the message lacks the provider's verification mark.")
  private boolean unmarked;

  @Option(names = "--via", paramLabel = "<route>", defaultValue = "provider:Skype",
      description = "Inbound: the route it arrived by: provider:<Identity>, edge:<fqdn> or default (default: ${DEFAULT-VALUE}).")
  private String via = "provider:Skype";

  @Option(names = "--json", description = "Print the answer as JSON.")
  private boolean json;

  @Override
  public Integer call() {
    CommandSpec s = spec;
    if (s == null) {
      throw new IllegalStateException("picocli injects the spec");
    }
    Record request = request(s);
    RunbookResult read = Runbooks.read(config);
    ExternalAccessEvaluator evaluator = Runbooks.compile(config, read.configuration());
    Decision d = request instanceof OutboundRequest o
        ? evaluator.evaluate(o) : evaluator.evaluate((InboundRequest) request);
    PrintWriter out = s.commandLine().getOut();
    if (json) {
      JsonObject o = new JsonObject();
      o.addProperty("request", Requests.describe(request));
      o.addProperty("direction", inbound ? "INBOUND" : "OUTBOUND");
      JsonArray warnings = new JsonArray();
      for (RunbookProblem p : read.warnings()) {
        warnings.add(Runbooks.line(config, p));
      }
      o.add("warnings", warnings);
      o.add("decision", Decisions.json(d));
      Json.print(out, o);
    } else {
      for (RunbookProblem p : read.warnings()) {
        s.commandLine().getErr().println(Runbooks.line(config, p));
      }
      s.commandLine().getErr().flush();
      out.println(Requests.describe(request));
      Decisions.print(out, "", d);
      var cmdlets = Decisions.cmdlets(d);
      if (!cmdlets.isEmpty()) {
        out.println("cmdlets that would change it:");
        cmdlets.forEach(c -> out.println("  " + c));
      }
      out.flush();
    }
    return d.isAllowed() ? Edgewise.OK : Edgewise.NO;
  }

  private Record request(CommandSpec s) {
    try {
      if (!inbound && (inContacts || unmarked || s.commandLine().getParseResult().hasMatchedOption("--via"))) {
        throw new Requests.BadRequest("--inbound",
            "--in-contacts, --unmarked and --via describe inbound requests; add --inbound");
      }
      SipUri u = Requests.user(user);
      Modality m = Requests.modality(modality);
      Arrival a = Requests.arrival(via);
      return Requests.build(u, remote, m, inbound, inContacts, unmarked, a);
    } catch (Requests.BadRequest e) {
      String name = e.argument().startsWith("--") ? e.argument() : "--" + e.argument();
      throw new ParameterException(s.commandLine(), "Invalid value for " + name + ": " + e.getMessage());
    }
  }
}
