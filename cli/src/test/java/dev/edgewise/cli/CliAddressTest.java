package dev.edgewise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliAddressTest {

  @ParameterizedTest(name = "{0} -> {1}, exit {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "sip:erin@northwind.com      | sip-address       | 0 | imAddress   | sip:erin@northwind.com",
        "alice@Live.com              | native-account    | 0 | imAddress   | sip:alice@live.com",
        "bob(contoso.com)@msn.com    | decorated-account | 0 | imAddress   | sip:bob(contoso.com)@msn.com",
        "bob@contoso.com             | ambiguous         | 1 | asSkypeUser | sip:bob(contoso.com)@msn.com",
        "bob@contoso.com             | ambiguous         | 1 | asLyncUser  | sip:bob@contoso.com",
        "live:bob_1984               | skype-name        | 1 | skypeName   | live:bob_1984",
        "+1 425 555 0100             | phone-number      | 1 | phoneNumber | +1 425 555 0100",
      })
  void classifiesAndPrintsJson(
      String typed, String kind, int exit, String field, String value) {
    Cli r = Cli.run("address", "--json", typed);
    assertEquals(exit, r.exitCode(), r.err());
    JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
    assertEquals(typed, o.get("input").getAsString());
    assertEquals(kind, o.get("kind").getAsString());
    assertEquals(exit == 0, o.get("addable").getAsBoolean());
    assertEquals(value, o.get(field).getAsString());
    assertFalse(o.get("message").getAsString().isEmpty());
    assertEquals("", r.err());
  }

  @Test
  void textFormNamesTheKindAndTheAddressToAdd() {
    Cli r = Cli.run("address", "bob(contoso.com)@msn.com");
    assertEquals(Edgewise.OK, r.exitCode());
    assertEquals(
        """
        bob(contoso.com)@msn.com
          kind:         Skype user, Microsoft account at another domain (decorated form)
          account:      bob@contoso.com
          add as:       sip:bob(contoso.com)@msn.com
          can add:      yes
          bob@contoso.com is a Skype user's Microsoft account; add sip:bob(contoso.com)@msn.com.
        """,
        r.out().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void textFormOfAnAmbiguousAddressShowsBothReadings() {
    Cli r = Cli.run("address", "Bob@Contoso.com");
    assertEquals(Edgewise.NO, r.exitCode());
    assertTrue(r.out().contains("  if Lync user: sip:bob@contoso.com"), r.out());
    assertTrue(r.out().contains("  if Skype user: sip:bob(contoso.com)@msn.com"), r.out());
    assertTrue(r.out().contains("  can add:      no"), r.out());
  }

  @Test
  void invalidInputNamesTheErrorAndItsColumn() {
    Cli r = Cli.run("address", "--json", "sip:bob@");
    assertEquals(Edgewise.NO, r.exitCode());
    JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
    assertEquals("invalid", o.get("kind").getAsString());
    assertTrue(o.get("column").getAsInt() >= 1);
    assertFalse(o.get("error").getAsString().isEmpty());

    Cli text = Cli.run("address", "sip:bob@");
    assertEquals(Edgewise.NO, text.exitCode());
    assertTrue(text.out().contains("at column"), text.out());
    assertFalse(text.printedStackTrace());
  }

  @Test
  void emptyAndHostileTextIsInvalidInputNotACrash() {
    for (String typed : new String[] {"", "   ", "<", "sip:" + "a".repeat(5000), "\u0000@\uD800"}) {
      Cli r = Cli.run("address", typed);
      assertEquals(Edgewise.NO, r.exitCode(), typed);
      assertFalse(r.printedStackTrace(), r.err());
    }
  }

  @Test
  void missingArgumentIsAUsageErrorNamingIt() {
    Cli r = Cli.run("address");
    assertEquals(Edgewise.USAGE, r.exitCode());
    assertTrue(r.err().contains("<typed>"), r.err());
    assertTrue(r.err().contains("edgewise address --help"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void unknownOptionIsAUsageErrorNamingIt() {
    Cli r = Cli.run("address", "--jsno", "bob@contoso.com");
    assertEquals(Edgewise.USAGE, r.exitCode());
    assertTrue(r.err().contains("--jsno"), r.err());
    assertFalse(r.printedStackTrace());
  }

  @Test
  void helpShowsExamplesAndExitCodes() {
    Cli r = Cli.run("address", "--help");
    assertEquals(Edgewise.OK, r.exitCode());
    assertTrue(r.out().contains("Examples:"), r.out());
    assertTrue(r.out().contains("edgewise address 'bob(contoso.com)@msn.com'"), r.out());
    assertTrue(r.out().contains("Exit codes:"), r.out());
  }
}
