package dev.edgewise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliCheckTest {

  @TempDir Path dir;

  @Test
  void theSeedRunbookIsValidWithOneWarningAtItsLineAndColumn() {
    String skype = Samples.file("skype.ps1");
    Cli r = Cli.run("check", "--config", skype);
    assertEquals(Edgewise.OK, r.exitCode(), r.out() + r.err());
    assertTrue(r.out().contains(skype + ":7:97: warning NUMERIC_VERIFICATION_LEVEL_INFERRED '2'"),
        r.out());
    assertTrue(r.out().contains(skype + ": valid, 0 errors, 1 warning"), r.out());
  }

  @Test
  void everyErrorIsReportedAtOnceWithLineAndColumn() {
    String refused = Samples.file("refused.ps1");
    Cli r = Cli.run("check", "--config", refused);
    assertEquals(Edgewise.NO, r.exitCode());
    assertTrue(r.out().contains(refused + ":4:31: error DOMAIN_ON_OTHER_LIST 'fabrikam.com'"),
        r.out());
    assertTrue(r.out().contains(refused + ":5:52: error WRONG_TYPE"), r.out());
    assertTrue(r.out().contains("invalid, 2 errors, 0 warnings"), r.out());
    assertFalse(r.printedStackTrace());
  }

  @Test
  void jsonListsTheProblemsWithSeverityAndPosition() {
    Cli r = Cli.run("check", "--json", "--config", Samples.file("refused.ps1"));
    assertEquals(Edgewise.NO, r.exitCode());
    JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
    assertFalse(o.get("valid").getAsBoolean());
    JsonArray problems = o.getAsJsonArray("problems");
    assertEquals(2, problems.size());
    JsonObject first = problems.get(0).getAsJsonObject();
    assertEquals("ERROR", first.get("severity").getAsString());
    assertEquals("DOMAIN_ON_OTHER_LIST", first.get("kind").getAsString());
    assertEquals(4, first.get("line").getAsInt());
    assertEquals(31, first.get("column").getAsInt());
  }

  @Test
  void aSyntaxErrorNamesItsPosition() throws IOException {
    Path p = Files.writeString(dir.resolve("syntax.ps1"),
        "Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true\n\nGet-CsPublicProvider | Set-CsPublicProvider -Enabled 1\n",
        StandardCharsets.UTF_8);
    Cli r = Cli.run("check", "--config", p.toString());
    assertEquals(Edgewise.NO, r.exitCode());
    assertTrue(r.out().contains(p + ":3:22: error UNEXPECTED_CHARACTER"), r.out());
  }

  @Test
  void anEmptyRunbookIsAFreshInstallAndValid() throws IOException {
    Path p = Files.writeString(dir.resolve("empty.ps1"), "", StandardCharsets.UTF_8);
    Cli r = Cli.run("check", "--config", p.toString());
    assertEquals(Edgewise.OK, r.exitCode(), r.out());
  }

  @Test
  void unreadableFilesAreUsageErrorsNamingTheFile() throws IOException {
    Cli missing = Cli.run("check", "--config", dir.resolve("absent.ps1").toString());
    assertEquals(Edgewise.USAGE, missing.exitCode());
    assertTrue(missing.err().contains("cannot read " + dir.resolve("absent.ps1") + ": no such file"),
        missing.err());
    Cli directory = Cli.run("check", "--config", dir.toString());
    assertEquals(Edgewise.USAGE, directory.exitCode());
    assertTrue(directory.err().contains("it is a directory"), directory.err());
    Path latin1 = Files.write(dir.resolve("latin1.ps1"), new byte[] {'#', ' ', (byte) 0xE9, '\n'});
    Cli binary = Cli.run("check", "--config", latin1.toString());
    assertEquals(Edgewise.USAGE, binary.exitCode());
    assertTrue(binary.err().contains("not UTF-8 text"), binary.err());
    assertFalse(binary.printedStackTrace());
  }

  @Test
  void usageErrors() {
    Cli none = Cli.run("check");
    assertEquals(Edgewise.USAGE, none.exitCode());
    assertTrue(none.err().contains("--config"), none.err());
    Cli extra = Cli.run("check", "--config", Samples.file("skype.ps1"), "surplus");
    assertEquals(Edgewise.USAGE, extra.exitCode());
    assertTrue(extra.err().contains("surplus"), extra.err());
  }

  @Test
  void helpHasExamplesAndExitCodes() {
    Cli r = Cli.run("help", "check");
    assertEquals(Edgewise.OK, r.exitCode());
    assertTrue(r.out().contains("Examples:"), r.out());
    assertTrue(r.out().contains("Exit codes:"), r.out());
  }
}
