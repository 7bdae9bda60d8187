package dev.edgewise.runbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A problem's message is one line of visible text, whatever character the script has where the
 * reader stopped: the command-line tool prints it after the line and column, and a raw line break
 * or control character there would break the report or hide what it quotes.
 */
class RunbookMessageLinesTest {

  private static RunbookProblem firstProblem(String script) {
    return assertThrows(RunbookException.class, () -> Runbook.read(script), script)
        .problems()
        .get(0);
  }

  @Test
  void aListLeftOpenAtTheEndOfItsLineSaysTheLineEnds() {
    RunbookProblem p = firstProblem("# edgewise: HostedDomains Fabrikam @(\nRemove-CsAllowedDomain a.com");
    assertEquals(RunbookErrorKind.UNEXPECTED_CHARACTER, p.kind());
    assertEquals("the line ends where more is expected", p.message());
    assertEquals(1, p.line());
  }

  @Test
  void aLineThatEndsTooSoonSaysSo() {
    // A declaration whose list is opened and never closed on its line (found by mutation testing,
    // where the message held the line break itself).
    for (String script :
        List.of(
            "# edgewise: HostedDomains Fabrikam @(\nSet-CsAccessEdgeConfiguration -AllowFederatedUsers $true",
            "# edgewise: HostedDomains Fabrikam @(\r\n",
            "Remove-CsAllowedDomain a.com \u0002",
            "Set-CsAccessEdgeConfiguration -AllowFederatedUsers \u0002")) {
      String message = firstProblem(script).message();
      assertFalse(
          message.chars().anyMatch(Character::isISOControl),
          () -> "control character in: " + message.replace("\n", "\\n").replace("\r", "\\r"));
    }
  }
}
