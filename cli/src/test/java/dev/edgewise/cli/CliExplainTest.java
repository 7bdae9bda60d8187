package dev.edgewise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class CliExplainTest {

  private static final String SKYPE = Samples.file("skype.ps1");
  private static final String OFF = Samples.file("federation-off.ps1");

  private static Cli explain(String config, String... more) {
    String[] base = {"explain", "--config", config, "--user", "sip:alice@contoso.com",
        "--remote", "bob@outlook.com", "--modality", "im"};
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return Cli.run(args);
  }

  @Test
  void theSeedRunbookAllowsImWithBobAndNamesEveryRule() {
    Cli r = explain(SKYPE);
    assertEquals(Edgewise.OK, r.exitCode(), r.err());
    assertTrue(r.out().contains("decision: ALLOW"), r.out());
    for (String rule : new String[] {"EDGE_FEDERATION_ON", "PUBLIC_PROVIDER", "POLICY_PUBLIC_ON"}) {
      assertTrue(r.out().contains(rule), rule + " in " + r.out());
    }
    // The numeric verification level is a warning on stderr, with its line and column.
    assertTrue(r.err().contains("skype.ps1:7:97: warning NUMERIC_VERIFICATION_LEVEL_INFERRED"),
        r.err());
  }

  @Test
  void federationOffDeniesWithTheCmdletsThatWouldChangeIt() {
    Cli r = explain(OFF);
    assertEquals(Edgewise.NO, r.exitCode());
    assertTrue(r.out().contains("decision: DENY"), r.out());
    assertTrue(r.out().contains("EDGE_FEDERATION_OFF"), r.out());
    assertTrue(r.out().contains("cmdlets that would change it:"), r.out());
    assertTrue(r.out().contains("  Set-CsAccessEdgeConfiguration -AllowFederatedUsers $True"),
        r.out());
    assertFalse(r.printedStackTrace());
  }

  @Test
  void jsonCarriesTheDecisionReasonsAndCmdlets() {
    Cli r = explain(OFF, "--json");
    assertEquals(Edgewise.NO, r.exitCode());
    JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
    JsonObject d = o.getAsJsonObject("decision");
    assertEquals("DENY", d.get("effect").getAsString());
    assertFalse(d.get("allowed").getAsBoolean());
    assertEquals("EDGE_FEDERATION_OFF",
        d.getAsJsonArray("reasons").get(0).getAsJsonObject().get("rule").getAsString());
    assertTrue(d.getAsJsonArray("cmdlets").size() > 0);
    assertEquals("OUTBOUND", o.get("direction").getAsString());
  }

  @Test
  void inboundFlagsReachTheEvaluator() {
    Cli marked = explain(SKYPE, "--inbound", "--in-contacts", "--json");
    assertEquals(Edgewise.OK, marked.exitCode(), marked.out());
    JsonObject o = JsonParser.parseString(marked.out()).getAsJsonObject();
    assertEquals("INBOUND", o.get("direction").getAsString());
    assertTrue(o.get("request").getAsString().contains("in contacts"));
    Cli unmarked = explain(SKYPE, "--inbound", "--unmarked");
    assertTrue(unmarked.out().contains("unmarked"), unmarked.out());
    assertFalse(unmarked.out().contains("SENDER_VERIFIED "), unmarked.out());
  }

  @Test
  void anUndeclaredUserIsDenied() {
    Cli r = Cli.run("explain", "--config", SKYPE, "--user", "sip:zed@contoso.com",
        "--remote", "bob@outlook.com", "--modality", "im");
    assertEquals(Edgewise.NO, r.exitCode());
    assertTrue(r.out().contains("UNKNOWN_LOCAL_USER"), r.out());
  }

  /** Each row: arguments after "explain --config <skype>", the text the error must contain. */
  private static final String[][] USAGE_ERRORS = {
    {"--user", "sip:", "--remote", "bob@outlook.com", "--modality", "im", "--user"},
    {"--user", "alice@contoso.com", "--remote", "bob@outlook.com", "--modality", "telepathy",
        "--modality"},
    {"--user", "alice@contoso.com", "--remote", "bob@outlook.com", "--modality", "im",
        "--in-contacts", "--inbound"},
    {"--user", "alice@contoso.com", "--remote", "bob@outlook.com", "--modality", "im",
        "--inbound", "--via", "pigeon", "--via"},
    {"--user", "alice@contoso.com", "--remote", "bob@outlook.com", "--modality"},
    {"--user", "alice@contoso.com", "--modality", "im", "--remote"},
    {"--user", "alice@contoso.com", "--remote", "b@outlook.com", "--modality", "im", "--frob",
        "--frob"},
  };

  @Test
  void badArgumentsAreUsageErrorsNamingTheArgument() {
    for (String[] row : USAGE_ERRORS) {
      String[] args = new String[row.length + 1];
      args[0] = "explain";
      args[1] = "--config=" + SKYPE;
      System.arraycopy(row, 0, args, 2, row.length - 1);
      Cli r = Cli.run(args);
      String expected = row[row.length - 1];
      assertEquals(Edgewise.USAGE, r.exitCode(), String.join(" ", row) + ": " + r.err());
      assertTrue(r.err().contains(expected), expected + " in " + r.err());
      assertTrue(r.err().contains("edgewise explain --help"), r.err());
      assertFalse(r.printedStackTrace(), r.err());
    }
  }

  @Test
  void aMissingConfigIsAUsageError() {
    Cli r = Cli.run("explain", "--user", "alice@contoso.com", "--remote", "bob@outlook.com",
        "--modality", "im");
    assertEquals(Edgewise.USAGE, r.exitCode());
    assertTrue(r.err().contains("--config"), r.err());
  }

  @Test
  void anUnreadableConfigIsAUsageErrorNamingTheFile() {
    Cli r = explain("no/such/runbook.ps1");
    assertEquals(Edgewise.USAGE, r.exitCode());
    assertEquals("edgewise: cannot read no/such/runbook.ps1: no such file", r.err().strip());
  }

  @Test
  void aRunbookWithErrorsIsInvalidInputWithLineAndColumn() {
    String refused = Samples.file("refused.ps1");
    Cli r = explain(refused);
    assertEquals(Edgewise.NO, r.exitCode());
    assertTrue(r.err().contains(refused + ":4:31: error DOMAIN_ON_OTHER_LIST"), r.err());
    assertTrue(r.err().contains(refused + ":5:52: error WRONG_TYPE"), r.err());
    assertFalse(r.printedStackTrace());
  }

  @Test
  void helpHasExamplesAndExitCodes() {
    Cli r = Cli.run("explain", "--help");
    assertEquals(Edgewise.OK, r.exitCode());
    assertTrue(r.out().contains("Examples:"), r.out());
    assertTrue(r.out().contains("Exit codes:"), r.out());
    assertTrue(r.out().contains("--in-contacts"), r.out());
  }
}
