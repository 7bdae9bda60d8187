package dev.edgewise.core.contact;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Caller text in a diagram never breaks its one-statement-per-line form: every control character
 * and every Unicode line or paragraph separator becomes a space, one character at a time.
 */
class ContactDiagramEscapingTest {

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"0000", "0009", "000A", "000D", "001F", "007F", "0085", "2028", "2029"})
  void aBreakingCharacterInAParticipantOrGroupNameBecomesASpace(String hex) {
    String c = String.valueOf((char) Integer.parseInt(hex, 16));
    PlayedScript s =
        ContactRelationship.initial(Gates.allOpen())
            .play(List.of(ContactEvent.add(Side.LYNC), ContactEvent.moveToGroup("Part" + c + "ners")));
    String text = ContactDiagram.mermaid(s, "al" + c + "ice", "bob");
    assertTrue(text.contains("participant L as al ice\n"), text);
    assertTrue(text.contains("moveToGroup(\"Part ners\")"), text);
    assertTrue(text.indexOf(c) < 0 || c.equals("\n"), text);
    // Every line is one statement: the first word is a keyword of the diagram or an arrow.
    for (String line : text.split("\n", -1)) {
      assertTrue(
          line.isEmpty()
              || line.equals("sequenceDiagram")
              || line.startsWith("    participant ")
              || line.startsWith("    Note over ")
              || line.startsWith("    L-")
              || line.startsWith("    S-"),
          () -> "not a statement: '" + line + "'");
    }
  }
}
