package dev.edgewise.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.checkerframework.checker.nullness.qual.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code edgewise} command: the entry point and the exit-code contract shared by every
 * subcommand.
 *
 * <pre>{@code
 * $ edgewise address 'bob(contoso.com)@msn.com'
 * $ edgewise address --json live:bob_1984; echo $?     # 1: a Skype name cannot be added
 * }</pre>
 */
@Command(
    name = "edgewise",
    mixinStandardHelpOptions = true,
    versionProvider = Edgewise.Version.class,
    description = {
      "Asks Edgewise about Lync / Skype for Business federation with Skype users",
      "(public IM connectivity) and explains the answer."
    },
    subcommands = {
      AddressCommand.class,
      ExplainCommand.class,
      CheckCommand.class,
      DiffCommand.class,
      ContactCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:allowed, valid, or can be added",
      "1:denied, invalid input, or cannot be added as typed",
      "2:usage error: an unknown command or option, a missing or bad argument",
      "3:internal error in edgewise (please report it)"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  edgewise address 'bob(contoso.com)@msn.com'",
      "  edgewise address --json bob@contoso.com",
      "  edgewise check --config skype.ps1",
      "  edgewise explain --config skype.ps1 --user sip:alice@contoso.com --remote bob@outlook.com --modality im",
      "  edgewise diff federation-off.ps1 skype.ps1 --requests requests.txt",
      "  edgewise contact --config skype.ps1 --user sip:alice@contoso.com --remote bob@outlook.com \\",
      "      --events L.add,S.accept,L.accept --mermaid",
      "  edgewise help address"
    })
public final class Edgewise implements Runnable {

  /** Allowed, valid, or can be added. */
  public static final int OK = 0;

  /** Denied, invalid input, or cannot be added as typed. */
  public static final int NO = 1;

  /** The command line itself is wrong. */
  public static final int USAGE = 2;

  /** A bug in edgewise; reported in one line, never as a stack trace. */
  public static final int INTERNAL = 3;

  @Spec private @Nullable CommandSpec spec;

  /**
   * Runs the command and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command, writing its answer to {@code out} and diagnostics to {@code err}.
   *
   * @return the exit code: {@link #OK}, {@link #NO}, {@link #USAGE} or {@link #INTERNAL}
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new Edgewise());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(Edgewise::usageError);
    commandLine.setExecutionExceptionHandler(Edgewise::executionError);
    return commandLine.execute(args);
  }

  /** Without a subcommand there is nothing to do: say so, with the list of commands. */
  @Override
  public void run() {
    CommandSpec s = spec;
    if (s == null) {
      throw new IllegalStateException("picocli injects the spec");
    }
    throw new ParameterException(s.commandLine(), "Missing command.");
  }

  static int usageError(ParameterException e, String[] args) {
    CommandLine c = e.getCommandLine();
    PrintWriter err = c.getErr();
    err.println("edgewise: " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println(
        "Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage and examples.");
    err.flush();
    return USAGE;
  }

  static int executionError(Exception e, CommandLine c, ParseResult parseResult) {
    PrintWriter err = c.getErr();
    if (e instanceof CliFailure failure) {
      err.println("edgewise: " + failure.getMessage());
      err.flush();
      return failure.exitCode();
    }
    // No stack trace for the user; the class and message are enough to report the bug.
    err.println("edgewise: internal error: " + e);
    err.flush();
    return INTERNAL;
  }

  /** The version printed by {@code --version}: the jar's, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      @Nullable Package p = Edgewise.class.getPackage();
      @Nullable String v = p == null ? null : p.getImplementationVersion();
      return new String[] {"edgewise " + (v == null ? "(development build)" : v)};
    }
  }
}
