package dev.edgewise.examples;

import dev.edgewise.core.Direction;
import dev.edgewise.core.Modality;
import dev.edgewise.policy.Effect;
import dev.edgewise.policy.RuleId;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The newcomer's walkthrough: a tour of what Edgewise knows, printed step by step. Run it with
 * {@code ./mvnw -B -q -pl examples -am -DskipTests install exec:java}.
 */
public final class Walkthrough {

  private Walkthrough() {}

  /** Prints the walkthrough to standard output. */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** Prints the walkthrough to {@code out}. */
  static void run(PrintStream out) {
    out.println("Edgewise walkthrough");
    out.println("====================");
    out.println();
    out.println("1. Vocabulary: every question Edgewise answers names a modality and a direction.");
    for (Modality m : Modality.values()) {
      out.printf(
          "   %-20s %s%n",
          m.displayName(),
          m.isAudioVideo()
              ? "needs the audio/video permission for public provider users"
              : "");
    }
    out.printf(
        "   %s: the organization's user initiates; %s: the external party does.%n",
        Direction.OUTBOUND, Direction.INBOUND);
    out.println();
    out.println("   Typed names are found without regard to case or locale:");
    for (String typed : new String[] {"im", "File-Transfer", "chat"}) {
      out.printf(
          "   %-15s -> %s%n",
          '"' + typed + '"',
          Modality.fromName(typed).map(Modality::name).orElse("(not a modality)"));
    }
    out.println();
    out.println("2. Every decision names the rules that decided it. The rule catalogue:");
    for (Effect effect : Effect.values()) {
      StringBuilder line = new StringBuilder();
      for (RuleId id : RuleId.values()) {
        if (id.effect() == effect) {
          line.append(line.length() == 0 ? "" : ", ").append(id);
        }
      }
      out.printf("   %-5s %s%n", effect, line);
    }
  }
}
