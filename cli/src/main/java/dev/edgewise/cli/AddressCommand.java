package dev.edgewise.cli;

import com.google.gson.JsonObject;
import dev.edgewise.address.ContactAddress;
import dev.edgewise.address.NameDecoration;
import dev.edgewise.address.SipUri;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.checkerframework.checker.nullness.qual.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code edgewise address <typed>}: what a person typed into "Add a contact", classified under the
 * default Skype name decoration, with its normalized forms and the address to add.
 */
@Command(
    name = "address",
    mixinStandardHelpOptions = true,
    versionProvider = Edgewise.Version.class,
    description = {
      "Classifies what a person typed into Lync's \"Add a contact\" box: a Lync user's SIP",
      "address, a Skype user's Microsoft account (plain or in decorated form), an address that",
      "could be either, or something that cannot be added (Skype name, phone number, invalid).",
      "Prints the normalized forms and the IM address to add."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the address can be added as it is",
      "1:it cannot be added as typed (ambiguous, Skype name, phone number, invalid)",
      "2:usage error"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  edgewise address sip:erin@northwind.com",
      "  edgewise address 'bob(contoso.com)@msn.com'",
      "  edgewise address bob@contoso.com          # ambiguous: Lync user or Skype user?",
      "  edgewise address --json live:bob_1984      # exit code 1: Skype names cannot be added"
    })
final class AddressCommand implements Callable<Integer> {

  @Spec private @Nullable CommandSpec spec;

  @Option(names = "--json", description = "Print the answer as JSON.")
  private boolean json;

  @Parameters(
      index = "0",
      paramLabel = "<typed>",
      description = "The text as typed, e.g. bob@contoso.com; quote it if it holds spaces or ().")
  private String typed = "";

  @Override
  public Integer call() {
    CommandSpec s = spec;
    if (s == null) {
      throw new IllegalStateException("picocli injects the spec");
    }
    PrintWriter out = s.commandLine().getOut();
    ContactAddress c = ContactAddress.classify(typed, NameDecoration.defaults());
    Map<String, String> forms = forms(c);
    if (json) {
      JsonObject o = new JsonObject();
      o.addProperty("input", typed);
      o.addProperty("kind", kind(c));
      o.addProperty("addable", c.isAddable());
      forms.forEach(o::addProperty);
      if (c instanceof ContactAddress.Invalid invalid) {
        o.addProperty("error", invalid.kind().name());
        o.addProperty("column", invalid.index() + 1);
      }
      o.addProperty("message", c.message());
      Json.print(out, o);
    } else {
      out.println(typed);
      out.printf("  %-13s %s%n", "kind:", describe(c));
      forms.forEach((key, value) -> out.printf("  %-13s %s%n", label(key) + ":", value));
      if (c instanceof ContactAddress.Invalid invalid) {
        out.printf("  %-13s %s at column %d%n", "error:", invalid.kind(), invalid.index() + 1);
      }
      out.printf("  %-13s %s%n", "can add:", c.isAddable() ? "yes" : "no");
      out.println("  " + c.message());
      out.flush();
    }
    return c.isAddable() ? Edgewise.OK : Edgewise.NO;
  }

  private static Map<String, String> forms(ContactAddress c) {
    Map<String, String> forms = new LinkedHashMap<>();
    if (c instanceof ContactAddress.SipAddress s) {
      forms.put("sipUri", s.uri().toString());
      forms.put("canonical", canonical(s.uri()));
      forms.put("imAddress", s.uri().toString());
    } else if (c instanceof ContactAddress.NativeAccount n) {
      forms.put("account", n.account().toString());
      forms.put("imAddress", n.imAddress().toString());
    } else if (c instanceof ContactAddress.DecoratedAccount d) {
      forms.put("account", d.account().toString());
      forms.put("imAddress", d.imAddress().toString());
    } else if (c instanceof ContactAddress.Ambiguous a) {
      forms.put("asLyncUser", a.federatedUser().toString());
      forms.put("asSkypeUser", a.decorated().toString());
      forms.put("account", a.account().toString());
    } else if (c instanceof ContactAddress.SkypeName n) {
      forms.put("skypeName", n.name());
    } else if (c instanceof ContactAddress.PhoneNumber p) {
      forms.put("phoneNumber", p.number());
    }
    return forms;
  }

  private static String label(String key) {
    return switch (key) {
      case "sipUri" -> "SIP URI";
      case "imAddress" -> "add as";
      case "asLyncUser" -> "if Lync user";
      case "asSkypeUser" -> "if Skype user";
      case "skypeName" -> "Skype name";
      case "phoneNumber" -> "phone number";
      default -> key;
    };
  }

  private static String canonical(SipUri uri) {
    return uri.canonical().toString();
  }

  /** A stable, machine-readable name for each variant (the JSON "kind"). */
  static String kind(ContactAddress c) {
    if (c instanceof ContactAddress.SipAddress) {
      return "sip-address";
    } else if (c instanceof ContactAddress.NativeAccount) {
      return "native-account";
    } else if (c instanceof ContactAddress.DecoratedAccount) {
      return "decorated-account";
    } else if (c instanceof ContactAddress.Ambiguous) {
      return "ambiguous";
    } else if (c instanceof ContactAddress.SkypeName) {
      return "skype-name";
    } else if (c instanceof ContactAddress.PhoneNumber) {
      return "phone-number";
    }
    return "invalid";
  }

  private static String describe(ContactAddress c) {
    return switch (kind(c)) {
      case "sip-address" -> "Lync or Skype for Business user (SIP address)";
      case "native-account" -> "Skype user, Microsoft account at a Microsoft domain";
      case "decorated-account" -> "Skype user, Microsoft account at another domain (decorated form)";
      case "ambiguous" -> "either a Lync user or a Skype user: ask which";
      case "skype-name" -> "Skype name";
      case "phone-number" -> "phone number";
      default -> "not an address";
    };
  }
}
