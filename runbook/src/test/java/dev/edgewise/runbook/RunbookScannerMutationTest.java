package dev.edgewise.runbook;

import static dev.edgewise.runbook.RunbookScripts.domains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.policy.AllowedDomain;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.OnlineTenantConfiguration;
import dev.edgewise.policy.TenantAllowedDomains;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scanner of the runbook subset, pinned where mutation testing found it unpinned: every
 * problem of a script with its kind, line, column and offending text; the values it reads (quotes,
 * escapes, numbers, lists, hash tables, nested cmdlets); continuations, comments and line breaks.
 * {@code Remove-CsAllowedDomain a.com} takes one positional value, so each further value comes back
 * as an UNEXPECTED_ARGUMENT showing where the scanner put it and what it read.
 */
@SuppressWarnings("StringConcatToTextBlock")
class RunbookScannerMutationTest {

  /** Each row: script, then its problems as "KIND line:column text", joined by " | ". */
  private static final String[][] PROBLEMS = {
    {"# edgewise:",
      "BAD_DECLARATION 1:12 # edgewise:"},
    {"# edgewise:   \nSet-CsFoo",
      "BAD_DECLARATION 1:15 # edgewise: | UNKNOWN_CMDLET 2:1 Set-CsFoo"},
    {"<# a\nb\nc #>Set-CsFoo",
      "UNKNOWN_CMDLET 3:5 Set-CsFoo"},
    {"<# a\r\nb\rc #>\nSet-CsFoo",
      "UNKNOWN_CMDLET 4:1 Set-CsFoo"},
    {"\n\n  <# a",
      "UNTERMINATED_COMMENT 3:3 <#"},
    {"Set-CsFoo\rSet-CsBar",
      "UNKNOWN_CMDLET 1:1 Set-CsFoo | UNKNOWN_CMDLET 2:1 Set-CsBar"},
    {"`\nSet-CsFoo",
      "UNKNOWN_CMDLET 2:1 Set-CsFoo"},
    {"Remove-CsAllowedDomain a.com \"a`$b`n`0`a`b`f`r`v`x`\"y\"",
      "UNEXPECTED_ARGUMENT 1:30 \"a$b\n\u0000\u0007\u0008\u000c\r\u000bx\"y\" | NOT_FOUND 1:24 a.com"},
    {"Remove-CsAllowedDomain a.com 'a''b' \"a\"\"b\" \u2018c\u2019 \u201cd\u201d \u201ee\u201d \u201af\u201b \u2019g\u2018 \u201dh\u201c",
      "UNEXPECTED_ARGUMENT 1:30 \"a'b\" | UNEXPECTED_ARGUMENT 1:37 \"a\"b\" | UNEXPECTED_ARGUMENT 1:44 \"c\" | UNEXPECTED_ARGUMENT 1:48 \"d\" | UNEXPECTED_ARGUMENT 1:52 \"e\" | UNEXPECTED_ARGUMENT 1:56 \"f\" | UNEXPECTED_ARGUMENT 1:60 \"g\" | UNEXPECTED_ARGUMENT 1:64 \"h\" | NOT_FOUND 1:24 a.com"},
    {"Remove-CsAllowedDomain a.com \"a$5 $ $_\" \"a``b\" a`,b a``",
      "UNEXPECTED_ARGUMENT 1:30 \"a$5 $ $_\" | UNEXPECTED_ARGUMENT 1:41 \"a`b\" | UNEXPECTED_ARGUMENT 1:48 a,b | UNEXPECTED_ARGUMENT 1:53 a` | NOT_FOUND 1:24 a.com"},
    // A double quote, straight or typographic, ends a bare word; the quoted part is a value of
    // its own.
    {"Remove-CsAllowedDomain a.com b\"c\" d\u201ce\u201d",
      "UNEXPECTED_ARGUMENT 1:30 b | UNEXPECTED_ARGUMENT 1:31 \"c\" | UNEXPECTED_ARGUMENT 1:35 d"
          + " | UNEXPECTED_ARGUMENT 1:36 \"e\" | NOT_FOUND 1:24 a.com"},
    {"Remove-CsAllowedDomain a.com \"abc\ndef\" x",
      "UNEXPECTED_ARGUMENT 1:30 \"abc\ndef\" | UNEXPECTED_ARGUMENT 2:6 x | NOT_FOUND 1:24 a.com"},
    {"Remove-CsAllowedDomain a.com -12 -1a 12a 007 $TRUE $False $NULL",
      "UNEXPECTED_ARGUMENT 1:30 -12 | UNEXPECTED_ARGUMENT 1:34 -1a | UNEXPECTED_ARGUMENT 1:38 12a | UNEXPECTED_ARGUMENT 1:42 007 | UNEXPECTED_ARGUMENT 1:46 $true | UNEXPECTED_ARGUMENT 1:52 $false | UNEXPECTED_ARGUMENT 1:59 $null | NOT_FOUND 1:24 a.com"},
    {"Remove-CsAllowedDomain a.com a.com,\n b.com ,c.com x",
      "UNEXPECTED_ARGUMENT 1:30 @(...) | UNEXPECTED_ARGUMENT 2:15 x | NOT_FOUND 1:24 a.com"},
    {"Remove-CsAllowedDomain a.com @(a, @(b, c); d) @{'A'=1; \"B\"=2;;C = 3} (New-CsEdgeAllowList -AllowedDomain a.com)",
      "UNEXPECTED_ARGUMENT 1:30 @(...) | UNEXPECTED_ARGUMENT 1:47 @{...} | UNEXPECTED_ARGUMENT 1:70 (New-CsEdgeAllowList ...) | NOT_FOUND 1:24 a.com"},
    {"Remove-CsAllowedDomain a.com -X:1 -A_1b2 -Zz9",
      "UNKNOWN_PARAMETER 1:30 -X | UNKNOWN_PARAMETER 1:35 -A_1b2 | UNKNOWN_PARAMETER 1:42 -Zz9 | NOT_FOUND 1:24 a.com"},
    {"Remove-CsAllowedDomain <# c #> a.com <# d\n #> x # e\nRemove-CsAllowedDomain b.com",
      "UNEXPECTED_ARGUMENT 2:5 x | NOT_FOUND 1:32 a.com | NOT_FOUND 3:24 b.com"},
    {"Remove-CsAllowedDomain a.com `\n x `\r\n y\r\nRemove-CsAllowedDomain b.com\rRemove-CsAllowedDomain c.com",
      "UNEXPECTED_ARGUMENT 2:2 x | UNEXPECTED_ARGUMENT 3:2 y | NOT_FOUND 1:24 a.com | NOT_FOUND 4:24 b.com | NOT_FOUND 5:24 c.com"},
    {"Remove-CsAllowedDomain a.com @(\n x, # c\n <# d #> y `\n) z",
      "UNEXPECTED_ARGUMENT 1:30 @(...) | UNEXPECTED_ARGUMENT 4:3 z | NOT_FOUND 1:24 a.com"},
    {"  ;; ; Remove-CsAllowedDomain a.com ;; Remove-CsAllowedDomain b.com",
      "NOT_FOUND 1:31 a.com | NOT_FOUND 1:63 b.com"},
    {"# edgewise: SipDomain x.com x",
      "BAD_DECLARATION 1:13 SipDomain"},
    {"#edgewise:SipDomain x.com x",
      "BAD_DECLARATION 1:11 SipDomain"},
    {"#  EdgeWise: SipDomain x.com x",
      "BAD_DECLARATION 1:14 SipDomain"},
    {"# edgewise: SipDomain x.com `\n x",
      "UNEXPECTED_CHARACTER 1:29 ` | UNKNOWN_CMDLET 2:2 x"},
    {"# edgewise: SipDomain \"x.com\n x",
      "UNTERMINATED_STRING 1:23 \"x.com | UNKNOWN_CMDLET 2:2 x"},
    {"# edgewise: SipDomain x.com; x",
      "UNEXPECTED_CHARACTER 1:28 ; x"},
    {"# edgewise: SipDomain x.com | x",
      "UNEXPECTED_CHARACTER 1:29 | x"},
    {"# edgewise: SipDomain x.com <# x #>",
      "UNEXPECTED_CHARACTER 1:29 <# x #>"},
    {"# edgewise: SipDomain x.com # c\n# edgewise: SipDomain x.com",
      "ALREADY_EXISTS 2:23 x.com"},
    {"Remove-CsAllowedDomain a.com \"abcdefghijklmnopqrstuvwxyz",
      "UNTERMINATED_STRING 1:30 \"abcdefghijklmnopqrs"},
    {"Remove-CsAllowedDomain a.com \"abc\ndefghijklmnopqrstuvwxyz",
      "UNTERMINATED_STRING 1:30 "},
    {"Remove-CsAllowedDomain a.com @{Abcdefghijklmnopqrstuvwxyz}",
      "BAD_HASHTABLE 1:32 Abcdefghijklmnopqrst"},
    {"Remove-CsAllowedDomain a.com @{\n  A=1;\n  Bcdefghijklmnopqrstuvwxyz\n}",
      "BAD_HASHTABLE 3:3 Bcdefghijklmnopqrstu | UNEXPECTED_TOKEN 4:1 }"},
    {"Remove-CsAllowedDomain a.com @{=1}",
      "BAD_HASHTABLE 1:32 =1}"},
    {"Remove-CsAllowedDomain a.com @{A=1;A=2}",
      "BAD_HASHTABLE 1:36 A"},
    {"Remove-CsAllowedDomain a.com @{A=1",
      "UNTERMINATED_GROUP 1:30 @{"},
    {"Remove-CsAllowedDomain a.com @(a",
      "UNTERMINATED_GROUP 1:30 @("},
    {"Remove-CsAllowedDomain a.com abcdefghijklmnopqrstuvwxyz | x",
      "UNEXPECTED_CHARACTER 1:57 | x"},
    {"Remove-CsAllowedDomain a.com $abcdefghijklmnopqrstuvwxyz",
      "VARIABLE_NOT_SUPPORTED 1:30 $abcdefghijklmnopqrstuvwxyz"},
    {"Remove-CsAllowedDomain a.com \"a${b}\" \"a$(b)\"",
      "VARIABLE_NOT_SUPPORTED 1:32 ${b}\" \"a$(b)\""},
    {"Remove-CsAllowedDomain a.com \"$abcdefghijklmnopqrstuvwxyz\n\"",
      "VARIABLE_NOT_SUPPORTED 1:31 $abcdefghijklmnopqrs | UNEXPECTED_TOKEN 2:1 \""},
    {"Remove-CsAllowedDomain a.com (New-CsEdgeAllowList\n -AllowedDomain a.com",
      "UNTERMINATED_GROUP 1:31 New-CsEdgeAllowList"},
    {"Remove-CsAllowedDomain a.com (New-CsEdgeAllowList -AllowedDomain a.com",
      "UNTERMINATED_GROUP 1:31 New-CsEdgeAllowList"},
    {"Remove-CsAllowedDomain a.com (New-CsEdgeAllowList -AllowedDomain a.com)x",
      "UNEXPECTED_ARGUMENT 1:30 (New-CsEdgeAllowList ...) | UNEXPECTED_ARGUMENT 1:72 x | NOT_FOUND 1:24 a.com"},
    {"Remove-CsAllowedDomain a.com ('x')",
      "UNEXPECTED_TOKEN 1:31 'x')"},
    {"Remove-CsAllowedDomain a.com -X:",
      "UNEXPECTED_TOKEN 1:30 -X:"},
    {"Remove-CsAllowedDomain a.com -X: 1",
      "UNEXPECTED_TOKEN 1:30 -X:"},
    {"Remove-CsAllowedDomain a.com 1234567890123456789 -123456789012345678 123456789012345678",
      "INVALID_VALUE 1:30 1234567890123456789"},
    {"Remove-CsAllowedDomain a.com - x",
      "UNEXPECTED_CHARACTER 1:30 - x"},
    {"Remove-CsAllowedDomain a.com = x",
      "UNEXPECTED_CHARACTER 1:30 = x"},
    {"Remove-CsAllowedDomain a.com & x",
      "UNEXPECTED_CHARACTER 1:30 & x"},
    {"Remove-CsAllowedDomain a.com > x",
      "UNEXPECTED_CHARACTER 1:30 > x"},
    {"Remove-CsAllowedDomain a.com ) x",
      "UNEXPECTED_CHARACTER 1:30 ) x"},
    {"[int]",
      "UNEXPECTED_TOKEN 1:1 [int]"},
    {"-x",
      "UNEXPECTED_TOKEN 1:1 -x"},
    {"x-",
      "UNEXPECTED_TOKEN 1:1 x-"},
    {"a-b-c",
      "UNEXPECTED_TOKEN 1:1 a-b-c"},
    {"New-",
      "UNEXPECTED_TOKEN 1:1 New-"},
    {"-New",
      "UNEXPECTED_TOKEN 1:1 -New"},
    {"Set-Cs1",
      "UNEXPECTED_TOKEN 1:1 Set-Cs1"},
    {"Remove-CsAllowedDomain a.com \"a`",
      "UNTERMINATED_STRING 1:30 \"a`"},
    {"Remove-CsAllowedDomain a.com 'a",
      "UNTERMINATED_STRING 1:30 'a"},
    {"Remove-CsAllowedDomain a.com `",
      "UNEXPECTED_CHARACTER 1:30 `"},
    {"Remove-CsAllowedDomain; Remove-CsBlockedDomain;\n",
      "MISSING_PARAMETER 1:1 Remove-CsAllowedDomain | MISSING_PARAMETER 1:25 Remove-CsBlockedDomain"},
    {"# edgewise: SipDomain x.com,\n x",
      "UNEXPECTED_CHARACTER 1:29  | UNKNOWN_CMDLET 2:2 x"},
    {"Remove-CsAllowedDomain a.com @( `\n x)",
      "UNEXPECTED_ARGUMENT 1:30 @(...) | NOT_FOUND 1:24 a.com"},
    {"Remove-CsAllowedDomain a.com b.com, `\n c.com",
      "UNEXPECTED_ARGUMENT 1:30 @(...) | NOT_FOUND 1:24 a.com"},
    {"Remove-CsAllowedDomain a.com -X:\nRemove-CsAllowedDomain b.com",
      "UNEXPECTED_TOKEN 1:30 -X: | NOT_FOUND 2:24 b.com"},
    {"Remove-CsAllowedDomain a.com b.com , c.com",
      "UNEXPECTED_ARGUMENT 1:30 @(...) | NOT_FOUND 1:24 a.com"},
    {"Remove-CsAllowedDomain a.com (New-CsEdgeAllowList -AllowedDomain a.com; x)",
      "UNTERMINATED_GROUP 1:30 ("},
    {"Remove-CsAllowedDomain a.com 123456789012345678",
      "UNEXPECTED_ARGUMENT 1:30 123456789012345678 | NOT_FOUND 1:24 a.com"},
    {"Remove-CsAllowedDomain a.com $a_b",
      "VARIABLE_NOT_SUPPORTED 1:30 $a_b"},
    {"Remove-CsAllowedDomain a.com @{A_b=1}\n",
      "UNEXPECTED_ARGUMENT 1:30 @{...} | NOT_FOUND 1:24 a.com"},
    // a scope-qualified variable is one name, colon included
    {"Remove-CsAllowedDomain a.com $env:x",
      "VARIABLE_NOT_SUPPORTED 1:30 $env:x"},
    // a form feed separates words as a space does
    {"Remove-CsAllowedDomain\fa.com",
      "NOT_FOUND 1:24 a.com"},
    // a subexpression inside double quotes is refused as a variable is
    {"Remove-CsAllowedDomain a.com \"a$(b)\"",
      "VARIABLE_NOT_SUPPORTED 1:32 $(b)\""},
    // a backtick that ends the script, or the line, ends a bare word and escapes nothing
    {"Remove-CsAllowedDomain a.com`",
      "UNEXPECTED_CHARACTER 1:29 `"},
    {"Remove-CsAllowedDomain a.com`\nb",
      "UNEXPECTED_ARGUMENT 2:1 b | NOT_FOUND 1:24 a.com"},
    // letters are ASCII letters: '~' (after 'z') and 'é' make no cmdlet name
    {"Set-Cs~Foo",
      "UNEXPECTED_TOKEN 1:1 Set-Cs~Foo"},
    {"Set-Cs\u00e9",
      "UNEXPECTED_TOKEN 1:1 Set-Cs\u00e9"},
  };

  private static String problems(String script) {
    try {
      Runbook.read(script);
      return "OK";
    } catch (RunbookException e) {
      List<String> out = new ArrayList<>();
      for (RunbookProblem p : e.problems()) {
        out.add(p.kind() + " " + p.line() + ":" + p.column() + " " + p.text());
      }
      return String.join(" | ", out);
    }
  }

  @Test
  void everyProblemHasItsKindPlaceAndText() {
    for (String[] row : PROBLEMS) {
      assertEquals(row[1], problems(row[0]), row[0]);
    }
  }

  private static String firstMessage(String script) {
    return assertThrows(RunbookException.class, () -> Runbook.read(script), script)
        .problems()
        .get(0)
        .message();
  }

  @Test
  void syntaxMessagesSayWhatToWriteInstead() {
    assertEquals(
        "pipelines are not part of the runbook subset; write one cmdlet per statement",
        firstMessage("Remove-CsAllowedDomain a.com | x"));
    assertEquals(
        "an edgewise declaration holds one declaration",
        firstMessage("# edgewise: SipDomain x.com; SipDomain y.com"));
    assertEquals("'&' is not expected here", firstMessage("Remove-CsAllowedDomain a.com & x"));
    assertEquals(
        "an edgewise declaration names what it declares, such as SipDomain",
        firstMessage("# edgewise:"));
    assertEquals("the block comment has no closing #>", firstMessage("<# a"));
    assertEquals("the string has no closing quote", firstMessage("Remove-CsAllowedDomain 'a"));
    assertEquals("the '(' has no ')'", firstMessage("Remove-CsAllowedDomain (New-CsEdgeAllowList"));
    assertEquals("the '@(' has no ')'", firstMessage("Remove-CsAllowedDomain @(a"));
    assertEquals("the '@{' has no '}'", firstMessage("Remove-CsAllowedDomain @{A=1"));
    assertEquals("the key A is twice", firstMessage("Remove-CsAllowedDomain @{A=1;A=2}"));
    assertEquals(
        "a hash table holds Key=value entries, such as @{Add=\"fabrikam.com\"}",
        firstMessage("Remove-CsAllowedDomain @{A}"));
    assertEquals("the number is too large", firstMessage("Remove-CsAllowedDomain 1234567890123456789"));
    assertEquals("a value must follow '-X:' directly", firstMessage("Remove-CsAllowedDomain -X: 1"));
    assertEquals(
        "variables are not part of the runbook subset; write the value itself"
            + " (only $true, $false and $null are read)",
        firstMessage("Remove-CsAllowedDomain $x"));
    assertEquals(
        "variables inside double-quoted strings are not part of the runbook subset;"
            + " write `$ for a dollar sign or use single quotes",
        firstMessage("Remove-CsAllowedDomain \"$x\""));
    assertEquals(
        "a statement starts with a cmdlet name, such as Set-CsAccessEdgeConfiguration",
        firstMessage("'text'"));
    assertEquals(
        "a statement starts with a cmdlet name, such as Set-CsAccessEdgeConfiguration",
        firstMessage("x-"));
    assertEquals(
        "this value belongs to no parameter of Remove-CsAllowedDomain",
        firstMessage("Remove-CsAllowedDomain a.com b.com"));
  }

  private static OnlineTenantConfiguration online(String statement) {
    return (OnlineTenantConfiguration)
        Runbook.read("# edgewise: Product SKYPE_FOR_BUSINESS_ONLINE\n" + statement).configuration();
  }

  @Test
  void listsHashTablesAndNestedCmdletsReadTheirItems() {
    assertEquals(
        domains("a.com", "b.com", "c.com", "d.com"),
        online("Set-CsTenantFederationConfiguration -BlockedDomains @(a.com, b.com; @(c.com, d.com))")
            .blockedDomains());
    assertEquals(
        domains("a.com", "b.com"),
        online("Set-CsTenantFederationConfiguration -BlockedDomains @(\n a.com, # c\n <# d #> b.com `\n ;)")
            .blockedDomains());
    assertEquals(
        domains("a.com", "b.com", "c.com"),
        online("Set-CsTenantFederationConfiguration -BlockedDomains a.com,\n b.com ,c.com")
            .blockedDomains());
    assertEquals(
        domains("a.com", "b.com"),
        online("Set-CsTenantFederationConfiguration -BlockedDomains @{'Add'='a.com','b.com';; \"Remove\" = @()}")
            .blockedDomains());
    assertEquals(
        domains("b.com"),
        online("Set-CsTenantFederationConfiguration -BlockedDomains:@{\n  Replace = \"b.com\"\n}")
            .blockedDomains());
    assertEquals(
        TenantAllowedDomains.allowList(domains("a.com", "b.com")),
        online("Set-CsTenantFederationConfiguration -AllowedDomains"
                + " (New-CsEdgeAllowList -AllowedDomain @(a.com,\n b.com))")
            .allowedDomains());
    assertEquals(
        TenantAllowedDomains.allowList(domains("a.com")),
        online("Set-CsTenantFederationConfiguration -AllowedDomains (\n New-CsEdgeAllowList\n"
                + " -AllowedDomain a.com # c\n)")
            .allowedDomains());
  }

  private static String comment(String value) {
    OnPremisesConfiguration c =
        (OnPremisesConfiguration)
            Runbook.read("New-CsAllowedDomain -Identity a.com -Comment " + value).configuration();
    AllowedDomain a = c.allowedDomains().get(0);
    return a.comment().orElse("<none>");
  }

  @Test
  void stringsKeepWhatTheyMean() {
    // a doubled quote stands for the quote character written, curly or straight
    assertEquals("a$b\n\0\u0007\b\f\r\u000bx\"y", comment("\"a`$b`n`0`a`b`f`r`v`x`\"y\""));
    assertEquals("a'b", comment("'a''b'"));
    assertEquals("a\"b", comment("\"a\"\"b\""));
    assertEquals("it\u2019s", comment("\u2018it\u2019\u2019s\u201b"));
    assertEquals("say \u201chi\u201d", comment("\u201esay \u201c\u201dhi\u201d\u201d\u201c"));
    // a line break inside a string is kept as one \n, whichever the script used
    assertEquals("abc\ndef\ng", comment("\"abc\r\ndef\rg\""));
    assertEquals("a$5 $ $_", comment("\"a$5 $ $_\""));
    assertEquals("a`b", comment("\"a``b\""));
    assertEquals("007", comment("007"));
    assertEquals("-12", comment("-12"));
    assertEquals("abc ", comment("ab`c` "));
    assertEquals("a,b", comment("a`,b"));
    assertEquals("<none>", comment("$NULL"));
  }

  @Test
  void declarationsAreFoundWhateverTheirSpacingAndCase() {
    for (String d :
        List.of(
            "#edgewise:SipDomain x.com",
            "#  EdgeWise: SipDomain x.com",
            "# EDGEWISE:\tSipDomain x.com # why",
            // a declaration after a statement on the same line is still a declaration
            "Set-CsAccessEdgeConfiguration -AllowFederatedUsers $false; # edgewise: SipDomain x.com")) {
      assertEquals(domains("x.com"), Runbook.read(d).configuration().sipDomains(), d);
    }
    // without the colon, inside a block comment, or trailing a statement, it is a comment
    assertEquals(
        List.of(),
        Runbook.read("Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true # edgewise: SipDomain x.com")
            .configuration()
            .sipDomains());
    assertEquals(List.of(), Runbook.read("# edgewise SipDomain x.com").configuration().sipDomains());
    assertEquals(List.of(), Runbook.read("<# edgewise: SipDomain x.com #>").configuration().sipDomains());
  }

  @Test
  void aValueMayBeAttachedWithAColon() {
    OnPremisesConfiguration c =
        (OnPremisesConfiguration)
            Runbook.read("New-CsAllowedDomain -Identity:a.com -Comment:'x y' -MarkForMonitoring:$true")
                .configuration();
    assertEquals("x y", c.allowedDomains().get(0).comment().orElseThrow());
    assertTrue(c.allowedDomains().get(0).markForMonitoring());
  }

  @Test
  void booleansAndNumbersReadAsPowerShellReadsThem() {
    OnPremisesConfiguration c =
        (OnPremisesConfiguration)
            Runbook.read(
                    "Set-CsAccessEdgeConfiguration -AllowFederatedUsers:1 -EnablePartnerDiscovery:$True"
                        + " -AllowOutsideUsers $FALSE -MaxContactsPerDiscoveredPartner 0"
                        + " -DiscoveredPartnerStandardRate 2147483647")
                .configuration();
    assertTrue(c.accessEdge().allowFederatedUsers());
    assertTrue(c.accessEdge().enablePartnerDiscovery());
    assertFalse(c.accessEdge().allowOutsideUsers());
    assertEquals(0, c.accessEdge().maxContactsPerDiscoveredPartner());
    assertEquals(Integer.MAX_VALUE, c.accessEdge().discoveredPartnerStandardRate());
    RunbookException tooBig =
        assertThrows(
            RunbookException.class,
            () -> Runbook.read("Set-CsAccessEdgeConfiguration -DiscoveredPartnerStandardRate 2147483648"));
    assertEquals(RunbookErrorKind.WRONG_TYPE, tooBig.problems().get(0).kind());
    assertEquals("2147483648", tooBig.problems().get(0).text());
    RunbookException two =
        assertThrows(
            RunbookException.class, () -> Runbook.read("Set-CsAccessEdgeConfiguration -AllowFederatedUsers 2"));
    assertEquals(RunbookErrorKind.WRONG_TYPE, two.problems().get(0).kind());
  }

  @Test
  void aHostileScriptYieldsAtMostAThousandProblems() {
    String script = "Set-CsFoo\n".repeat(1500);
    RunbookException e = assertThrows(RunbookException.class, () -> Runbook.read(script));
    assertEquals(1000, e.problems().size());
    assertEquals(1000, e.problems().get(999).line());
  }

  @Test
  void offendingTextIsCutToSixtyCharacters() {
    String sixty = "x".repeat(RunbookProblem.MAX_TEXT);
    assertEquals(sixty, new RunbookProblem(RunbookErrorKind.NOT_FOUND, 1, 1, sixty, "m").text());
    assertEquals(
        "x".repeat(57) + "...",
        new RunbookProblem(RunbookErrorKind.NOT_FOUND, 1, 1, sixty + "x", "m").text());
    RunbookException e =
        assertThrows(RunbookException.class, () -> Runbook.read("Set-Cs" + "x".repeat(100)));
    assertEquals(60, e.problems().get(0).text().length());
    assertTrue(e.problems().get(0).text().endsWith("..."));
  }

  @Test
  void theExceptionMessageCountsAndListsTheProblems() {
    RunbookException one = assertThrows(RunbookException.class, () -> Runbook.read("Set-CsFoo"));
    assertEquals(
        "1 problem\n  1:1 UNKNOWN_CMDLET 'Set-CsFoo': Set-CsFoo is not a cmdlet the runbook reader knows",
        one.getMessage());
    RunbookException two =
        assertThrows(RunbookException.class, () -> Runbook.read("Set-CsFoo\nSet-CsBar"));
    assertTrue(two.getMessage().startsWith("2 problems\n  1:1 UNKNOWN_CMDLET"), two.getMessage());
    assertTrue(two.getMessage().contains("\n  2:1 UNKNOWN_CMDLET 'Set-CsBar'"), two.getMessage());
  }

  @Test
  void onlyTheInferredVerificationLevelIsAWarning() {
    for (RunbookErrorKind k : RunbookErrorKind.values()) {
      assertEquals(k == RunbookErrorKind.NUMERIC_VERIFICATION_LEVEL_INFERRED, k.isWarning(), k.name());
      assertEquals(k.isWarning(), new RunbookProblem(k, 0, 0, "", "").isWarning(), k.name());
    }
  }
}
