package dev.edgewise.examples;

import dev.edgewise.core.contact.ContactRelationship;
import dev.edgewise.core.contact.Display;
import dev.edgewise.core.contact.Side;
import dev.edgewise.policy.ContactScenario;
import dev.edgewise.policy.Decision;
import dev.edgewise.policy.Reason;
import dev.edgewise.policy.RuleId;
import java.io.PrintStream;
import java.util.List;

/** How the walkthrough prints: headings, decisions with their rules, and the contact table. */
final class Printer {
  private static final String INDENT = "   ";
  private final PrintStream out;

  Printer(PrintStream out) {
    this.out = out;
  }

  void line(String text) {
    out.println(text.isEmpty() ? "" : INDENT + text);
  }

  void heading(String title, String caption) {
    out.println();
    out.println(title);
    out.println("-".repeat(title.length()));
    line(caption);
  }

  /** The notation every section uses, before the first one. */
  void notation() {
    out.println();
    line("How to read this:");
    line("  -> ALLOW / DENY [RULE_ID, ...]  the decision and the rules that made it (a denial lists the");
    line("                                  rules that denied; an allowed request every gate it passed)");
    line("  RULE_ID  sentence              one reason: the rule id (docs/policy.md) and what it means");
    line("    fix:   command               the cmdlet that would change that reason, for this product");
  }

  /** A decision on one line: its effect and the rules that decided it. */
  void verdict(Decision d) {
    line("  -> " + d.effect() + " " + deciding(d));
  }

  /** A decision on one line, labelled. */
  void verdict(String label, Decision d) {
    line(String.format("  %s -> %s %s", label, d.effect(), deciding(d)));
  }

  /** A decision with every reason, and the fixes if asked for. */
  void decision(Decision d, String request, boolean fixes) {
    line(request + ": " + d.effect() + " (" + d.remoteClass() + ")");
    for (Reason r : d.reasons()) {
      line(String.format("  %-32s %s", r.rule(), r.explanation()));
      if (fixes) {
        r.remediation().ifPresent(fix -> line(String.format("  %-32s %s", "  fix:", fix.command())));
      }
    }
  }

  /** The rules that decided: the denying ones for a denial, every one for an allow. */
  static List<RuleId> deciding(Decision d) {
    return d.reasons().stream()
        .map(Reason::rule)
        .filter(r -> d.isAllowed() || r.kind() == RuleId.Kind.DENY)
        .toList();
  }

  /** How to read the contact table; a Lync admin should not have to read the code for it. */
  void contactLegend() {
    line("");
    line("How to read the table (one row per event; L = alice on Lync, S = bob on Skype):");
    line("  add(LYNC)        alice adds bob: a contact request goes out");
    line("  accept(SKYPE)    bob accepts it; accept(LYNC) is alice accepting, or adding him back");
    line("  Lync shows       how alice's Lync shows bob: a presence label, or - when he is not listed");
    line("  Skype shows      how bob's Skype shows alice");
    line("  +New             alice sees the request on Lync's New tab");
    line("  +req             bob sees a contact request");
    line("  IM L->S / S->L   whether an IM from alice reaches bob now, and one from bob reaches alice");
    line("");
  }

  void steps(List<ContactScenario.Step> steps) {
    line(String.format("  %-24s %-18s %-18s %s", "event", "Lync shows", "Skype shows", "IM L->S / S->L"));
    for (ContactScenario.Step s : steps) {
      ContactRelationship r = s.relationship();
      line(
          String.format(
              "  %-24s %-18s %-18s %s / %s",
              s.event(),
              show(r, Side.LYNC) + (s.lyncRequestShown() ? " +New" : ""),
              show(r, Side.SKYPE) + (s.skypeRequestShown() ? " +req" : ""),
              s.imLyncToSkype() ? "yes" : "no",
              s.imSkypeToLync() ? "yes" : "no"));
    }
  }

  private static String show(ContactRelationship r, Side viewer) {
    return r.display(viewer).map((Display d) -> d.label(viewer)).orElse("-");
  }
}
