package dev.edgewise.core.contact;

import static dev.edgewise.core.contact.ContactEvent.accept;
import static dev.edgewise.core.contact.ContactEvent.add;
import static dev.edgewise.core.contact.ContactEvent.block;
import static dev.edgewise.core.contact.ContactEvent.gatesChanged;
import static dev.edgewise.core.contact.ContactEvent.ignore;
import static dev.edgewise.core.contact.ContactEvent.moveToGroup;
import static dev.edgewise.core.contact.ContactEvent.preApprove;
import static dev.edgewise.core.contact.Side.LYNC;
import static dev.edgewise.core.contact.Side.SKYPE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.base.Splitter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Mermaid sequence diagram of a played script. */
class ContactDiagramTest {

  @Test
  void theSeedsStoryAsASequenceDiagram() {
    PlayedScript s =
        ContactRelationship.initial(Gates.allClosed())
            .play(List.of(add(LYNC), gatesChanged(Gates.allOpen()), accept(SKYPE), accept(LYNC, true)));
    assertEquals(
        """
        sequenceDiagram
            participant L as alice@contoso.com
            participant S as bob@outlook.com
            Note over L,S: gates all closed
            Note over L,S: Lync sees no entry, Skype sees no entry
            Note over L: 1. add(LYNC)
            L-xS: subscribe (stopped at the edge)
            Note over L,S: Lync sees Presence Unknown, Skype sees no entry
            Note over L,S: 2. gates(all open)
            L->>S: subscribe
            Note over L,S: Lync sees Offline, Skype sees no entry, request shown to Skype
            Note over S: 3. accept(SKYPE)
            S->>L: subscribed
            S->>L: subscribe
            Note over L,S: Lync sees Available, Skype sees Offline, request on Lync's New tab, IM Lync to Skype
            Note over L: 4. accept(LYNC)
            L->>S: subscribed
            Note over L,S: Lync sees Available, Skype sees Online, IM Lync to Skype, IM Skype to Lync
        """,
        ContactDiagram.mermaid(s, "alice@contoso.com", "bob@outlook.com"));
  }

  @Test
  void refusedNoOpAbsorbedAndKeptMessagesAreDrawnAsSuch() {
    PlayedScript s =
        ContactRelationship.initial(Gates.allOpen())
            .play(List.of(accept(SKYPE), preApprove(SKYPE), block(SKYPE), ignore(LYNC), add(LYNC)));
    assertEquals(
        """
        sequenceDiagram
            participant L as Lync user
            participant S as Skype user
            Note over L,S: gates all open
            Note over L,S: Lync sees no entry, Skype sees no entry
            Note over S: 1. accept(SKYPE) refused: there is no request from the other side to answer
            Note over S: 2. preApprove(SKYPE)
            S->>S: subscribed (kept by own server)
            Note over L,S: Lync sees no entry, Skype sees Unknown
            Note over S: 3. block(SKYPE)
            Note over L,S: Lync sees no entry, Skype sees Blocked
            Note over L: 4. ignore(LYNC) (no change)
            Note over L,S: Lync sees no entry, Skype sees Blocked
            Note over L: 5. add(LYNC)
            L--)S: subscribe (absorbed)
            Note over L,S: Lync sees Offline, Skype sees Blocked
        """,
        ContactDiagram.mermaid(s));
  }

  @Test
  void gatesChangedByAWiringBetweenEventsAreNoted() {
    // As a policy wiring plays: it applies the evaluator's gates before each event and records
    // only the event's transition.
    ContactRelationship start = ContactRelationship.initial(Gates.allClosed());
    ContactRelationship opened = start.apply(gatesChanged(Gates.allOpen().withIm(SKYPE, false))).next();
    Transition t = opened.apply(add(LYNC));
    String text = ContactDiagram.mermaid(PlayedScript.of(start, List.of(t)));
    assertTrue(
        text.contains(
            "    Note over L,S: gates: presence Lync to Skype open, Skype to Lync open,"
                + " IM Lync to Skype open, Skype to Lync closed\n"
                + "    Note over L: 1. add(LYNC)\n"),
        text);
  }

  @Test
  void callerTextCannotBreakTheDiagram() {
    assertEquals("a#59; b #35;1 #60;br#62; c", ContactDiagram.escape("a; b #1 <br>\nc"));
    PlayedScript s =
        ContactRelationship.initial(Gates.allOpen())
            .play(List.of(add(LYNC), moveToGroup("x;\nNote over L: injected")));
    String text = ContactDiagram.mermaid(s, "alice\r\nparticipant X", "bob;");
    assertTrue(text.contains("participant L as alice  participant X\n"), text);
    assertTrue(text.contains("participant S as bob#59;\n"), text);
    assertTrue(text.contains("2. moveToGroup(\"x#59; Note over L: injected\")\n"), text);
  }

  @Test
  void everyScriptDrawsOneStatementPerLineAndEveryMessageAsAnArrow() {
    qt().forAll(ContactRelationshipProperties.starts(), ContactRelationshipProperties.scripts())
        .checkAssert(
            (start, script) -> {
              PlayedScript s = start.play(script);
              String text = ContactDiagram.mermaid(s);
              assertTrue(text.startsWith("sequenceDiagram\n") && text.endsWith("\n"));
              List<String> lines = Splitter.on('\n').omitEmptyStrings().splitToList(text);
              int notes = 0;
              int arrows = 0;
              int refused = 0;
              for (String line : lines.subList(1, lines.size())) {
                assertTrue(line.startsWith("    "), line);
                String st = line.substring(4);
                assertFalse(st.contains(";") && !st.matches(".*#[0-9]+;.*"), line);
                if (st.startsWith("Note over ")) {
                  notes++;
                  if (st.contains(" refused: ")) {
                    refused++;
                  }
                } else if (!st.startsWith("participant ")) {
                  arrows++;
                  assertTrue(st.matches("[LS](->>|--\\)|-x)[LS]: [a-z]+( \\(.*\\))?"), st);
                }
              }
              int messages = s.transitions().stream().mapToInt(t -> t.messages().size()).sum();
              assertEquals(messages, arrows);
              assertEquals(s.refusals().size(), refused);
              assertTrue(notes >= 2 + 2 * script.size() - refused);
            });
  }
}
