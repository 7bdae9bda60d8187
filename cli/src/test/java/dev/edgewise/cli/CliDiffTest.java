package dev.edgewise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.edgewise.policy.FederationConfiguration;
import dev.edgewise.runbook.Runbook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliDiffTest {

  private static final String OFF = Samples.file("federation-off.ps1");
  private static final String SKYPE = Samples.file("skype.ps1");
  private static final String REQUESTS = Samples.file("requests.txt");

  @TempDir Path dir;

  @Test
  void printsTheRunbookFromAToBThatReadsBackIntoB() throws IOException {
    Cli r = Cli.run("diff", OFF, SKYPE);
    assertEquals(Edgewise.OK, r.exitCode(), r.err());
    assertTrue(r.out().contains("Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true"), r.out());
    assertTrue(r.out().indexOf("Remove-CsPublicProvider -Identity Messenger")
        < r.out().indexOf("New-CsPublicProvider -Identity Skype"), r.out());
    // The whole output is a runbook: reading it onto a gives b.
    FederationConfiguration a = Runbook.read(Files.readString(Path.of(OFF))).configuration();
    FederationConfiguration b = Runbook.read(Files.readString(Path.of(SKYPE))).configuration();
    assertEquals(b, Runbook.read(r.out(), a).configuration());
  }

  @Test
  void sameConfigurationsNeedNothing() {
    Cli r = Cli.run("diff", SKYPE, SKYPE);
    assertEquals(Edgewise.OK, r.exitCode());
    assertTrue(r.out().contains("(nothing to change)"), r.out());
  }

  @Test
  void namesTheDecisionsThatChangeForTheRequests() {
    Cli r = Cli.run("diff", OFF, SKYPE, "--requests", REQUESTS);
    assertEquals(Edgewise.OK, r.exitCode(), r.err());
    assertTrue(r.out().contains("Decisions that change (3 of 3 requests)"), r.out());
    assertTrue(r.out().contains("#   sip:alice@contoso.com -> bob@outlook.com (IM)\n"
        + "#     before: DENY EDGE_FEDERATION_OFF"), r.out());
    Cli back = Cli.run("diff", SKYPE, SKYPE, "--requests", REQUESTS);
    assertTrue(back.out().contains("Decisions that change (0 of 3 requests)"), back.out());
  }

  @Test
  void jsonCarriesTheRunbookAndTheChanges() {
    Cli r = Cli.run("diff", "--json", OFF, SKYPE, "--requests", REQUESTS);
    assertEquals(Edgewise.OK, r.exitCode(), r.err());
    JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
    assertTrue(o.get("runbook").getAsString().contains("New-CsPublicProvider -Identity Skype"));
    assertEquals(3, o.get("requestsDecided").getAsInt());
    JsonObject first = o.getAsJsonArray("changes").get(0).getAsJsonObject();
    assertEquals("DENY", first.getAsJsonObject("before").get("effect").getAsString());
    assertEquals("ALLOW", first.getAsJsonObject("after").get("effect").getAsString());
  }

  @Test
  void badRequestLinesAreInvalidInputWithLineAndColumn() {
    String bad = Samples.file("bad-requests.txt");
    Cli r = Cli.run("diff", OFF, SKYPE, "--requests", bad);
    assertEquals(Edgewise.NO, r.exitCode());
    assertTrue(r.err().contains(bad + ":2:39: 'telepathy' is not a modality"), r.err());
    assertTrue(r.err().contains(bad + ":3:42: 'sideways' is not a flag"), r.err());
    assertFalse(r.printedStackTrace());
  }

  /** Each row: a requests line, the error's column, text the error contains. */
  private static final String[][] BAD_LINES = {
    {"sip: bob@outlook.com im", "1", "not a SIP address"},
    {"  sip:alice@contoso.com bob@outlook.com", "3", "needs <user> <remote> <modality>"},
    {"sip:alice@contoso.com bob@outlook.com im inbound via=pigeon", "50", "not a route"},
    {"sip:alice@contoso.com bob@outlook.com im via=edge:-bad-", "42", "not a domain"},
    {"sip:alice@contoso.com bob@outlook.com im in-contacts", "1", "inbound requests only"},
  };

  @Test
  void eachBadLineNamesItsColumn() throws IOException {
    for (String[] row : BAD_LINES) {
      Path p = Files.writeString(dir.resolve("r.txt"), "# comment\n\n" + row[0] + "\n",
          StandardCharsets.UTF_8);
      Cli r = Cli.run("diff", OFF, SKYPE, "--requests", p.toString());
      assertEquals(Edgewise.NO, r.exitCode(), row[0]);
      assertTrue(r.err().contains(p + ":3:" + row[1] + ": "), row[0] + ": " + r.err());
      assertTrue(r.err().contains(row[2]), row[0] + ": " + r.err());
    }
  }

  @Test
  void aRunbookWithErrorsIsInvalidInput() {
    String refused = Samples.file("refused.ps1");
    Cli r = Cli.run("diff", OFF, refused);
    assertEquals(Edgewise.NO, r.exitCode());
    assertTrue(r.err().contains(refused + ":4:31:"), r.err());
  }

  @Test
  void usageErrorsAndUnreadableFiles() {
    Cli one = Cli.run("diff", OFF);
    assertEquals(Edgewise.USAGE, one.exitCode());
    assertTrue(one.err().contains("<b.ps1>"), one.err());
    Cli missing = Cli.run("diff", OFF, "absent.ps1");
    assertEquals(Edgewise.USAGE, missing.exitCode());
    assertTrue(missing.err().contains("cannot read absent.ps1: no such file"), missing.err());
    Cli requests = Cli.run("diff", OFF, SKYPE, "--requests", "absent.txt");
    assertEquals(Edgewise.USAGE, requests.exitCode());
    assertTrue(requests.err().contains("cannot read absent.txt"), requests.err());
    Cli help = Cli.run("diff", "--help");
    assertEquals(Edgewise.OK, help.exitCode());
    assertTrue(help.out().contains("one request per line"), help.out());
  }
}
