package dev.edgewise.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.edgewise.address.ContactAddress;
import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.address.NameDecoration;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.contact.ClientSettings;
import dev.edgewise.core.contact.ContactDiagram;
import dev.edgewise.core.contact.ContactEvent;
import dev.edgewise.core.contact.ContactRelationship;
import dev.edgewise.core.contact.Display;
import dev.edgewise.core.contact.Gates;
import dev.edgewise.core.contact.PlayedScript;
import dev.edgewise.core.contact.Side;
import dev.edgewise.core.contact.Transition;
import dev.edgewise.policy.ContactScenario;
import dev.edgewise.policy.ExternalAccessEvaluator;
import dev.edgewise.policy.FederationConfiguration;
import dev.edgewise.policy.PublicProvider;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.checkerframework.checker.nullness.qual.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code edgewise contact}: plays contact-list events between a Lync user and a Skype user under a
 * runbook's configuration and prints what each side sees after each event, or the story as a
 * Mermaid sequence diagram.
 */
@Command(
    name = "contact",
    mixinStandardHelpOptions = true,
    versionProvider = Edgewise.Version.class,
    description = {
      "Plays contact-list events between the organization's Lync user (L) and a Skype user (S)",
      "under a runbook's configuration (docs/contacts.md): before each event the evaluator opens",
      "or closes the presence and IM gates; after it, what each side's contact list shows and",
      "whether an IM would be delivered. --mermaid prints the story as a Mermaid sequence diagram.",
      "",
      "Events, comma-separated, each <side>.<action>: side L or S; action add, accept,",
      "accept-only (Lync accepts without adding back), decline, ignore, block, unblock, remove,",
      "preapprove."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every event was applied",
      "1:an event was refused by the contact state machine, or the runbook does not read",
      "2:usage error (a bad event, user or address), or the runbook file cannot be read"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  edgewise contact --config skype.ps1 --user sip:alice@contoso.com --remote bob@outlook.com \\",
      "      --events L.add,S.accept,L.accept",
      "  edgewise contact --config skype.ps1 --user alice@contoso.com --remote bob@outlook.com \\",
      "      --events S.add,L.accept-only --mermaid"
    })
final class ContactCommand implements Callable<Integer> {

  @Spec private @Nullable CommandSpec spec;

  @Option(names = "--config", required = true, paramLabel = "<runbook.ps1>",
      description = "The runbook to read, onto a fresh install of its product.")
  private String config = "";

  @Option(names = "--user", required = true, paramLabel = "<sip>",
      description = "The organization's Lync user, declared in the runbook.")
  private String user = "";

  @Option(names = "--remote", required = true, paramLabel = "<address>",
      description = "The Skype user's Microsoft account: bob@outlook.com or 'bob(contoso.com)@msn.com'.")
  private String remote = "";

  @Option(names = "--events", required = true, paramLabel = "<events>",
      description = "The events in order, e.g. L.add,S.accept,L.accept.")
  private String events = "";

  @Option(names = "--mermaid", description = "Print the story as a Mermaid sequence diagram.")
  private boolean mermaid;

  @Option(names = "--json", description = "Print the steps as JSON.")
  private boolean json;

  @Override
  public Integer call() {
    CommandSpec s = spec;
    if (s == null) {
      throw new IllegalStateException("picocli injects the spec");
    }
    if (mermaid && json) {
      throw new ParameterException(s.commandLine(), "--mermaid and --json cannot be combined");
    }
    SipUri lyncUser;
    try {
      lyncUser = Requests.user(user);
    } catch (Requests.BadRequest e) {
      throw new ParameterException(s.commandLine(), "Invalid value for --user: " + e.getMessage());
    }
    account(s, remote, NameDecoration.defaults()); // a usage error before any file is read
    List<ContactEvent> played = parseEvents(s, events);
    ExternalAccessEvaluator evaluator =
        Runbooks.compile(config, Runbooks.read(config).configuration());
    MicrosoftAccount skypeUser = account(s, remote, decoration(evaluator.configuration()));
    if (evaluator.configuration().user(lyncUser).isEmpty()) {
      throw new CliFailure(Edgewise.NO, config + ": " + lyncUser
          + " is not declared; add '# edgewise: User " + lyncUser + "' (docs/runbook.md)");
    }
    List<ContactScenario.Step> steps = ContactScenario.play(evaluator, lyncUser, skypeUser, played);
    PrintWriter out = s.commandLine().getOut();
    boolean allApplied =
        steps.stream().allMatch(st -> st.transition().outcome() != Transition.Outcome.REFUSED);
    if (mermaid) {
      out.print(diagram(steps, lyncUser, skypeUser));
    } else if (json) {
      JsonObject o = new JsonObject();
      o.addProperty("lyncUser", lyncUser.toString());
      o.addProperty("skypeUser", skypeUser.toString());
      JsonArray list = new JsonArray();
      for (ContactScenario.Step st : steps) {
        JsonObject j = new JsonObject();
        j.addProperty("event", st.event().toString());
        j.addProperty("outcome", st.transition().outcome().name());
        st.transition().refusal().ifPresent(r -> j.addProperty("refusal", r.description()));
        j.add("gates", gates(st.gates()));
        j.addProperty("lyncSees", sees(st.lyncSees(), Side.LYNC));
        j.addProperty("skypeSees", sees(st.skypeSees(), Side.SKYPE));
        j.addProperty("lyncRequestShown", st.lyncRequestShown());
        j.addProperty("skypeRequestShown", st.skypeRequestShown());
        j.addProperty("imLyncToSkype", st.imLyncToSkype());
        j.addProperty("imSkypeToLync", st.imSkypeToLync());
        list.add(j);
      }
      o.add("steps", list);
      o.addProperty("allApplied", allApplied);
      Json.print(out, o);
    } else {
      out.println("L = " + lyncUser + " (Lync), S = " + skypeUser + " (Skype)");
      int n = 0;
      for (ContactScenario.Step st : steps) {
        n++;
        Transition t = st.transition();
        out.println(n + ". " + st.event() + ": " + t.outcome().name().toLowerCase(Locale.ROOT)
            .replace('_', '-')
            + t.refusal().map(r -> " (" + r.description() + ")").orElse(""));
        out.println("   gates: " + st.gates());
        out.println("   L sees S: " + sees(st.lyncSees(), Side.LYNC)
            + (st.lyncRequestShown() ? " + request shown" : "")
            + "   S sees L: " + sees(st.skypeSees(), Side.SKYPE)
            + (st.skypeRequestShown() ? " + request shown" : ""));
        out.println("   IM L->S: " + (st.imLyncToSkype() ? "delivered" : "not delivered")
            + "   IM S->L: " + (st.imSkypeToLync() ? "delivered" : "not delivered"));
      }
    }
    out.flush();
    return allApplied ? Edgewise.OK : Edgewise.NO;
  }

  /** The diagram of the steps, played from the fresh relationship ContactScenario starts from. */
  static String diagram(List<ContactScenario.Step> steps, SipUri lyncUser, MicrosoftAccount skypeUser) {
    List<Transition> transitions = new ArrayList<>();
    for (ContactScenario.Step st : steps) {
      transitions.add(st.transition());
    }
    PlayedScript script = PlayedScript.of(
        ContactRelationship.initial(Gates.allClosed(), ClientSettings.defaults()), transitions);
    return ContactDiagram.mermaid(script, lyncUser.toString(), skypeUser.toString());
  }

  private static JsonObject gates(Gates g) {
    JsonObject o = new JsonObject();
    o.addProperty("presenceLyncToSkype", g.presence(Side.LYNC));
    o.addProperty("presenceSkypeToLync", g.presence(Side.SKYPE));
    o.addProperty("imLyncToSkype", g.im(Side.LYNC));
    o.addProperty("imSkypeToLync", g.im(Side.SKYPE));
    return o;
  }

  private static String sees(Optional<Display> d, Side viewer) {
    return d.map(x -> x.label(viewer)).orElse("(not listed)");
  }

  /**
   * The decoration the configuration's public providers write Skype users' addresses with: the
   * first enabled provider that has one (a runbook may give Skype another routing domain or
   * excluded list), else Microsoft's defaults.
   */
  static NameDecoration decoration(FederationConfiguration c) {
    for (PublicProvider p : c.publicProviders()) {
      if (p.enabled() && p.nameDecoration().isPresent()) {
        return p.nameDecoration().get();
      }
    }
    return NameDecoration.defaults();
  }

  /** The Skype user's account, from the plain or the decorated form. */
  static MicrosoftAccount account(CommandSpec s, String text, NameDecoration rules) {
    ContactAddress c = ContactAddress.classify(text, rules);
    if (c instanceof ContactAddress.NativeAccount n) {
      return n.account();
    } else if (c instanceof ContactAddress.DecoratedAccount d) {
      return d.account();
    } else if (c instanceof ContactAddress.Ambiguous a) {
      return a.account();
    }
    throw new ParameterException(s.commandLine(),
        "Invalid value for --remote: '" + text + "' is not a Skype user's Microsoft account: "
            + c.message());
  }

  /** Reads {@code L.add,S.accept,...}; a bad event names itself and its position. */
  static List<ContactEvent> parseEvents(CommandSpec s, String text) {
    List<ContactEvent> out = new ArrayList<>();
    int position = 0;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf(',', start);
      if (end < 0) {
        end = text.length();
      }
      position++;
      String word = text.substring(start, end).strip();
      Optional<ContactEvent> e = event(word);
      if (e.isEmpty()) {
        throw new ParameterException(s.commandLine(), "Invalid value for --events: event "
            + position + " '" + word + "' is not <side>.<action> with side L or S and action add,"
            + " accept, accept-only, decline, ignore, block, unblock, remove or preapprove");
      }
      out.add(e.get());
      start = end + 1;
    }
    return out;
  }

  static Optional<ContactEvent> event(String word) {
    int dot = word.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String side = word.substring(0, dot).toUpperCase(Locale.ROOT);
    Side actor;
    if (side.equals("L") || side.equals("LYNC")) {
      actor = Side.LYNC;
    } else if (side.equals("S") || side.equals("SKYPE")) {
      actor = Side.SKYPE;
    } else {
      return Optional.empty();
    }
    String action = word.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Optional.ofNullable(switch (action) {
      case "add" -> ContactEvent.add(actor);
      case "accept" -> ContactEvent.accept(actor);
      case "accept-only" -> actor == Side.LYNC ? ContactEvent.accept(actor, false) : null;
      case "decline" -> ContactEvent.decline(actor);
      case "ignore" -> ContactEvent.ignore(actor);
      case "block" -> ContactEvent.block(actor);
      case "unblock" -> ContactEvent.unblock(actor);
      case "remove" -> ContactEvent.remove(actor);
      case "preapprove" -> ContactEvent.preApprove(actor);
      default -> null;
    });
  }
}
