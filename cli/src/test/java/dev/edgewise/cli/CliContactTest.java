package dev.edgewise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class CliContactTest {

  private static final String SKYPE = Samples.file("skype.ps1");
  private static final String OFF = Samples.file("federation-off.ps1");

  static Cli contact(String config, String events, String... more) {
    return contactWith(config, "bob@outlook.com", events, more);
  }

  static Cli contactWith(String config, String remote, String events, String... more) {
    String[] base = {"contact", "--config", config, "--user", "sip:alice@contoso.com",
        "--remote", remote, "--events", events};
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return Cli.run(args);
  }

  @Test
  void theSeedsStoryEndsWithBothSeeingEachOther() {
    Cli r = contact(SKYPE, "L.add,S.accept,L.accept");
    assertEquals(Edgewise.OK, r.exitCode(), r.err());
    assertTrue(r.out().contains("3. accept(LYNC): applied\n"), r.out());
    assertTrue(r.out().endsWith("""
           L sees S: Available   S sees L: Online
           IM L->S: delivered   IM S->L: delivered
        """), r.out());
  }

  @Test
  void withFederationOffNothingGetsThrough() {
    Cli r = contact(OFF, "L.add,S.accept,L.accept", "--json");
    JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
    JsonArray steps = o.getAsJsonArray("steps");
    JsonObject last = steps.get(steps.size() - 1).getAsJsonObject();
    assertFalse(last.get("imLyncToSkype").getAsBoolean());
    assertFalse(last.getAsJsonObject("gates").get("imLyncToSkype").getAsBoolean());
  }

  @Test
  void jsonHasEveryStep() {
    Cli r = contact(SKYPE, "L.add,S.accept,L.accept", "--json");
    assertEquals(Edgewise.OK, r.exitCode());
    JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
    assertEquals("bob@outlook.com", o.get("skypeUser").getAsString());
    JsonArray steps = o.getAsJsonArray("steps");
    assertEquals(3, steps.size());
    JsonObject last = steps.get(2).getAsJsonObject();
    assertEquals("Available", last.get("lyncSees").getAsString());
    assertEquals("Online", last.get("skypeSees").getAsString());
    assertTrue(last.get("imSkypeToLync").getAsBoolean());
  }

  @Test
  void mermaidDrawsTheStory() {
    Cli r = contact(SKYPE, "L.add,S.accept,L.accept", "--mermaid");
    assertEquals(Edgewise.OK, r.exitCode());
    assertTrue(r.out().startsWith("""
        sequenceDiagram
            participant L as sip:alice@contoso.com
            participant S as bob@outlook.com
        """), r.out());
    assertTrue(r.out().contains("L->>S: subscribe"), r.out());
  }

  @Test
  void theDecoratedFormNamesTheSameKindOfAccount() {
    Cli r = contactWith(SKYPE, "bob(contoso.com)@msn.com", "L.add", "--json");
    assertEquals(Edgewise.OK, r.exitCode(), r.err());
    JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
    assertEquals("bob@contoso.com", o.get("skypeUser").getAsString());
  }

  @Test
  void aRefusedEventIsExitCodeOne() {
    Cli r = contact(SKYPE, "L.accept");
    assertEquals(Edgewise.NO, r.exitCode());
    assertTrue(r.out().contains("1. accept(LYNC): refused (there is no request"), r.out());
  }

  @Test
  void anUndeclaredUserIsInvalidInput() {
    Cli r = Cli.run("contact", "--config", SKYPE, "--user", "sip:zed@contoso.com",
        "--remote", "bob@outlook.com", "--events", "L.add");
    assertEquals(Edgewise.NO, r.exitCode());
    assertTrue(r.err().contains("sip:zed@contoso.com is not declared"), r.err());
  }

  /** Each row: events, extra arguments, the text the error must contain. */
  private static final String[][] USAGE_ERRORS = {
    {"L.add,X.y", "", "event 2 'X.y'"},
    {"L.add,,S.accept", "", "event 2 ''"},
    {"S.accept-only", "", "event 1 'S.accept-only'"},
    {"L.dance", "", "event 1 'L.dance'"},
    {"L.add", "--events=L.add", "should be specified only once"},
    {"L.add", "--mermaid --json", "cannot be combined"},
  };

  @Test
  void badArgumentsAreUsageErrorsNamingTheArgument() {
    for (String[] row : USAGE_ERRORS) {
      Cli r = row[1].isEmpty() ? contact(SKYPE, row[0]) : contact(SKYPE, row[0], row[1].split(" "));
      assertEquals(Edgewise.USAGE, r.exitCode(), row[0] + " " + row[1] + ": " + r.err());
      assertTrue(r.err().contains(row[2]), row[2] + " in " + r.err());
      assertFalse(r.printedStackTrace(), r.err());
    }
  }

  @Test
  void aRemoteThatIsNoMicrosoftAccountIsAUsageError() {
    for (String remote : new String[] {"+14255550100", "live:bob_1984", "bob"}) {
      Cli r = contactWith(SKYPE, remote, "L.add");
      assertEquals(Edgewise.USAGE, r.exitCode(), remote + ": " + r.err());
      assertTrue(r.err().contains("Invalid value for --remote: '" + remote + "'"), r.err());
    }
  }

  @Test
  void aBadUserIsAUsageError() {
    Cli r = Cli.run("contact", "--config", SKYPE, "--user", "sip:",
        "--remote", "bob@outlook.com", "--events", "L.add");
    assertEquals(Edgewise.USAGE, r.exitCode());
    assertTrue(r.err().contains("Invalid value for --user: 'sip:'"), r.err());
  }

  @Test
  void unreadableConfigAndHelp() {
    Cli missing = contact("absent.ps1", "L.add");
    assertEquals(Edgewise.USAGE, missing.exitCode());
    assertTrue(missing.err().contains("cannot read absent.ps1"), missing.err());
    Cli help = Cli.run("contact", "--help");
    assertEquals(Edgewise.OK, help.exitCode());
    assertTrue(help.out().contains("--mermaid"), help.out());
    assertTrue(help.out().contains("Examples:"), help.out());
  }

  @Test
  void readsTheRemoteWithTheConfigurationsOwnDecoration() {
    // This runbook's Skype provider writes northwind.com accounts as they are, so the decorated
    // form Microsoft's defaults would accept is not how this organization adds bob.
    String config = Samples.file("northwind-excluded.ps1");
    Cli plain = contactWith(config, "bob@northwind.com", "L.add");
    assertEquals(Edgewise.OK, plain.exitCode(), plain.err());
    Cli decorated = contactWith(config, "bob(northwind.com)@msn.com", "L.add");
    assertEquals(Edgewise.USAGE, decorated.exitCode(), decorated.out());
    assertTrue(decorated.err().contains("DECORATED_EXCLUDED_DOMAIN"), decorated.err());
  }
}
