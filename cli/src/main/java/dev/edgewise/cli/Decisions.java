package dev.edgewise.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.edgewise.policy.Decision;
import dev.edgewise.policy.Reason;
import dev.edgewise.policy.Remediation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Writes a decision for a person (text) or a program (JSON), every reason with its rule id. */
final class Decisions {

  private Decisions() {}

  /** The cmdlets that would change the decision, each once, in the order of the reasons. */
  static List<String> cmdlets(Decision d) {
    Set<String> out = new LinkedHashSet<>();
    for (Reason r : d.reasons()) {
      r.remediation().ifPresent(m -> out.add(m.command()));
    }
    return new ArrayList<>(out);
  }

  static void print(PrintWriter out, String indent, Decision d) {
    out.println(indent + "decision: " + d.effect() + " (remote: " + d.remoteClass() + ")");
    for (Reason r : d.reasons()) {
      out.println(indent + "  " + r.effect() + " " + r.rule() + " [" + r.decidedBy() + " "
          + r.setting() + "]");
      out.println(indent + "    " + r.explanation());
      if (r.remediation().isPresent()) {
        Remediation m = r.remediation().get();
        out.println(indent + "    to change it: " + m.command());
        m.grantAlternative().ifPresent(g -> out.println(indent + "    or, for this user only: " + g));
        if (m.otherUsersAffected() > 0) {
          out.println(indent + "    (also affects " + m.otherUsersAffected() + " other user"
              + (m.otherUsersAffected() == 1 ? "" : "s") + ")");
        }
      }
    }
  }

  static JsonObject json(Decision d) {
    JsonObject o = new JsonObject();
    o.addProperty("effect", d.effect().name());
    o.addProperty("allowed", d.isAllowed());
    o.addProperty("remoteClass", d.remoteClass().name());
    JsonArray reasons = new JsonArray();
    for (Reason r : d.reasons()) {
      JsonObject j = new JsonObject();
      j.addProperty("rule", r.rule().name());
      j.addProperty("effect", r.effect().name());
      j.addProperty("setting", r.setting());
      j.addProperty("decidedBy", r.decidedBy());
      j.addProperty("explanation", r.explanation());
      if (r.remediation().isPresent()) {
        Remediation m = r.remediation().get();
        JsonObject rem = new JsonObject();
        rem.addProperty("command", m.command());
        rem.addProperty("otherUsersAffected", m.otherUsersAffected());
        m.grantAlternative().ifPresent(g -> rem.addProperty("grantAlternative", g));
        j.add("remediation", rem);
      }
      reasons.add(j);
    }
    o.add("reasons", reasons);
    JsonArray cmdlets = new JsonArray();
    cmdlets(d).forEach(cmdlets::add);
    o.add("cmdlets", cmdlets);
    return o;
  }
}
