package dev.edgewise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CliUsageTest {

  @Test
  void noCommandIsAUsageErrorListingTheCommands() {
    Cli r = Cli.run();
    assertEquals(Edgewise.USAGE, r.exitCode());
    assertTrue(r.err().contains("Missing command"), r.err());
    assertTrue(r.err().contains("edgewise --help"), r.err());
  }

  @Test
  void unknownCommandIsAUsageErrorWithASuggestion() {
    Cli r = Cli.run("adress", "bob@contoso.com");
    assertEquals(Edgewise.USAGE, r.exitCode());
    assertTrue(r.err().contains("adress"), r.err());
    assertTrue(r.err().contains("address"), r.err());
    assertFalse(r.printedStackTrace());
  }

  @Test
  void topLevelHelpListsCommandsExamplesAndExitCodes() {
    for (String[] args : new String[][] {{"--help"}, {"-h"}, {"help"}}) {
      Cli r = Cli.run(args);
      assertEquals(Edgewise.OK, r.exitCode());
      assertTrue(r.out().contains("address"), r.out());
      assertTrue(r.out().contains("Examples:"), r.out());
      assertTrue(r.out().contains("Exit codes:"), r.out());
    }
  }

  @Test
  void helpSubcommandShowsACommandsHelp() {
    Cli r = Cli.run("help", "address");
    assertEquals(Edgewise.OK, r.exitCode());
    assertTrue(r.out().contains("Add a contact"), r.out());
  }

  @Test
  void versionIsPrinted() {
    Cli r = Cli.run("--version");
    assertEquals(Edgewise.OK, r.exitCode());
    assertTrue(r.out().startsWith("edgewise "), r.out());
  }

  @Test
  void anUnexpectedExceptionIsOneLineAndExitCodeThree() {
    StringWriter err = new StringWriter();
    CommandLine c = new CommandLine(new Edgewise());
    c.setErr(new PrintWriter(err, true));
    int code = Edgewise.executionError(new IllegalStateException("boom"), c, c.parseArgs());
    assertEquals(Edgewise.INTERNAL, code);
    assertEquals("edgewise: internal error: java.lang.IllegalStateException: boom",
        err.toString().strip());
  }

  @Test
  void aCliFailureIsItsMessageAndItsExitCode() {
    StringWriter err = new StringWriter();
    CommandLine c = new CommandLine(new Edgewise());
    c.setErr(new PrintWriter(err, true));
    int code = Edgewise.executionError(
        new CliFailure(Edgewise.NO, "cannot read x.ps1: no such file"), c, c.parseArgs());
    assertEquals(Edgewise.NO, code);
    assertEquals("edgewise: cannot read x.ps1: no such file", err.toString().strip());
  }
}
