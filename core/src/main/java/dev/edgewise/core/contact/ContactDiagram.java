package dev.edgewise.core.contact;

import java.util.List;
import java.util.Objects;

/**
 * Draws a {@link PlayedScript} as a Mermaid sequence diagram: the two people as participants, each
 * event as a note over its actor, each subscription message as an arrow that shows how far it got,
 * and after each event a note with what each side sees. Pure: returns text, writes nothing.
 *
 * <p>Arrows: {@code ->>} delivered; {@code --)} reached the other side's server and changed nothing
 * there (a duplicate, or dropped politely); {@code -x} stopped at the organization's edge; a
 * message the sender's own server kept (setting or cancelling a pre-approval) points back at its
 * sender. Refused events say why. When the gates changed between two events without an event of
 * their own (as when a wiring recomputes them before each event), a note says so.
 *
 * <p>Text from the caller (participant names, group names) is written with Mermaid's entity codes
 * for the characters Mermaid would read as syntax ({@code ;}, {@code #}, {@code <}, {@code >}),
 * and line breaks become spaces, so a diagram is always one statement per line.
 *
 * <pre>{@code
 * PlayedScript s = ContactRelationship.initial(Gates.allOpen())
 *     .play(List.of(ContactEvent.add(Side.LYNC), ContactEvent.accept(Side.SKYPE)));
 * String text = ContactDiagram.mermaid(s, "alice@contoso.com", "bob@outlook.com");
 * // sequenceDiagram
 * //     participant L as alice@contoso.com
 * //     participant S as bob@outlook.com
 * //     ...
 * //     L->>S: subscribe
 * }</pre>
 */
public final class ContactDiagram {

  private ContactDiagram() {}

  /** Draws the script with the participants named "Lync user" and "Skype user". */
  public static String mermaid(PlayedScript script) {
    return mermaid(script, Side.LYNC.label(), Side.SKYPE.label());
  }

  /**
   * Draws the script with the participants named as given, such as their addresses.
   *
   * @param script the played script
   * @param lyncName how to name the Lync user
   * @param skypeName how to name the Skype user
   */
  public static String mermaid(PlayedScript script, String lyncName, String skypeName) {
    Objects.requireNonNull(script, "script");
    StringBuilder b = new StringBuilder(256 + 160 * script.transitions().size());
    b.append("sequenceDiagram\n");
    line(b, "participant L as " + escape(lyncName));
    line(b, "participant S as " + escape(skypeName));
    ContactRelationship previous = script.start();
    line(b, "Note over L,S: " + gates(previous.gates()));
    line(b, "Note over L,S: " + sees(previous));
    List<Transition> transitions = script.transitions();
    for (int i = 0; i < transitions.size(); i++) {
      Transition t = transitions.get(i);
      ContactEvent e = t.event();
      ContactRelationship after = t.next();
      boolean gateEvent = e instanceof ContactEvent.GatesChanged;
      if (!gateEvent && !after.gates().equals(previous.gates())) {
        line(b, "Note over L,S: " + gates(after.gates()));
      }
      String over = gateEvent ? "L,S" : code(e.actor());
      String head = (i + 1) + ". " + escape(e.toString());
      switch (t.outcome()) {
        case REFUSED ->
            line(
                b,
                "Note over "
                    + over
                    + ": "
                    + head
                    + " refused: "
                    + t.refusal().map(Transition.Refusal::description).orElse(""));
        case NO_OP -> line(b, "Note over " + over + ": " + head + " (no change)");
        case APPLIED -> line(b, "Note over " + over + ": " + head);
      }
      for (SubscriptionMessage m : t.messages()) {
        line(b, arrow(m));
      }
      if (t.outcome() != Transition.Outcome.REFUSED) {
        line(b, "Note over L,S: " + sees(after));
      }
      previous = after;
    }
    return b.toString();
  }

  private static void line(StringBuilder b, String statement) {
    b.append("    ").append(statement).append('\n');
  }

  private static String code(Side s) {
    return s == Side.LYNC ? "L" : "S";
  }

  private static String arrow(SubscriptionMessage m) {
    String from = code(m.sender());
    String to = code(m.sender().other());
    String kind = m.kind().rfcName();
    return switch (m.delivery()) {
      case DELIVERED -> from + "->>" + to + ": " + kind;
      case ABSORBED -> from + "--)" + to + ": " + kind + " (absorbed)";
      case STOPPED_AT_GATE -> from + "-x" + to + ": " + kind + " (stopped at the edge)";
      case NOT_ROUTED -> from + "->>" + from + ": " + kind + " (kept by own server)";
    };
  }

  /** For example "Lync sees Offline, Skype sees nothing, request shown to Skype, IM Lync to Skype". */
  private static String sees(ContactRelationship r) {
    StringBuilder b = new StringBuilder();
    for (Side s : Side.values()) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(s == Side.LYNC ? "Lync" : "Skype")
          .append(" sees ")
          .append(r.display(s).map(d -> d.label(s)).orElse("no entry"));
    }
    for (Side s : Side.values()) {
      if (r.isRequestShown(s)) {
        b.append(s == Side.LYNC ? ", request on Lync's New tab" : ", request shown to Skype");
      }
    }
    for (Side s : Side.values()) {
      if (r.canDeliverIm(s)) {
        b.append(s == Side.LYNC ? ", IM Lync to Skype" : ", IM Skype to Lync");
      }
    }
    return b.toString();
  }

  private static String gates(Gates g) {
    if (g.equals(Gates.allOpen())) {
      return "gates all open";
    }
    if (g.equals(Gates.allClosed())) {
      return "gates all closed";
    }
    return "gates: presence Lync to Skype "
        + open(g.presenceLyncToSkype())
        + ", Skype to Lync "
        + open(g.presenceSkypeToLync())
        + ", IM Lync to Skype "
        + open(g.imLyncToSkype())
        + ", Skype to Lync "
        + open(g.imSkypeToLync());
  }

  private static String open(boolean b) {
    return b ? "open" : "closed";
  }

  /** Writes text so Mermaid reads it as text: entity codes for syntax, spaces for line breaks. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case ';', '#', '<', '>' -> b.append('#').append((int) c).append(';');
        default -> b.append(Character.isISOControl(c) || isLineBreak(c) ? ' ' : c);
      }
    }
    return b.toString();
  }

  private static boolean isLineBreak(char c) {
    return c == '\u2028' || c == '\u2029' || c == '\u0085';
  }
}
