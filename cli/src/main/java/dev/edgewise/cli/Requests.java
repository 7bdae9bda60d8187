package dev.edgewise.cli;

import dev.edgewise.address.AddressParseException;
import dev.edgewise.address.Domain;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import dev.edgewise.policy.Arrival;
import dev.edgewise.policy.InboundRequest;
import dev.edgewise.policy.OutboundRequest;
import dev.edgewise.policy.RemoteParty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the evaluator's requests from what the command line or a requests file says, and
 * describes them back in the same words.
 *
 * <p>The requests file of {@code edgewise diff} has one request per line, in the order of {@code
 * edgewise explain}'s options: {@code <user> <remote> <modality> [inbound] [in-contacts] [unmarked]
 * [via=<route>]}, words separated by spaces; {@code #} starts a comment and blank lines are skipped.
 */
final class Requests {

  private Requests() {}

  /** Why a request's text is wrong, and which word (from 1) it is. */
  static final class BadRequest extends Exception {
    private static final long serialVersionUID = 1L;
    private final String argument;
    private final int column;

    BadRequest(String argument, String message) {
      this(argument, message, 0);
    }

    BadRequest(String argument, String message, int column) {
      super(message);
      this.argument = argument;
      this.column = column;
    }

    /** The column (from 1) of the offending word in a requests line; 0 when not from a file. */
    int column() {
      return column;
    }

    String argument() {
      return argument;
    }
  }

  static SipUri user(String text) throws BadRequest {
    try {
      return SipUri.parseUserInput(text);
    } catch (AddressParseException e) {
      throw new BadRequest("user", "'" + text + "' is not a SIP address: " + e.getMessage());
    }
  }

  static Modality modality(String text) throws BadRequest {
    Optional<Modality> m = Modality.fromName(text);
    if (m.isEmpty()) {
      List<String> names = new ArrayList<>();
      for (Modality each : Modality.values()) {
        names.add(each.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      }
      throw new BadRequest(
          "modality", "'" + text + "' is not a modality; one of " + String.join(", ", names));
    }
    return m.get();
  }

  /**
   * Reads a route: {@code provider:<Identity>} (a public provider, such as {@code provider:Skype}),
   * {@code edge:<fqdn>} (a federated partner's Access Edge) or {@code default}.
   */
  static Arrival arrival(String text) throws BadRequest {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.equals("default")) {
      return Arrival.defaultRoute();
    }
    if (lower.startsWith("provider:") && text.length() > "provider:".length()) {
      return Arrival.viaPublicProvider(text.substring("provider:".length()));
    }
    if (lower.startsWith("edge:")) {
      try {
        return Arrival.viaEdge(Domain.parse(text.substring("edge:".length())));
      } catch (AddressParseException e) {
        throw new BadRequest("via", "'" + text + "': the edge is not a domain: " + e.getMessage());
      }
    }
    throw new BadRequest(
        "via", "'" + text + "' is not a route; use provider:<Identity>, edge:<fqdn> or default");
  }

  /** The request explain and diff evaluate: outbound, or inbound with its facts. */
  static Record build(
      SipUri user,
      String remote,
      Modality modality,
      boolean inbound,
      boolean inContacts,
      boolean unmarked,
      Arrival arrival) {
    if (!inbound) {
      return OutboundRequest.typed(user, remote, modality);
    }
    return InboundRequest.builder()
        .remote(RemoteParty.typed(remote))
        .localUser(user)
        .modality(modality)
        .arrival(arrival)
        .senderInContacts(inContacts)
        .verificationMark(!unmarked)
        .build();
  }

  /** Reads one line of a requests file; the empty answer for blank and comment lines. */
  static Optional<Record> parseLine(String line) throws BadRequest {
    List<Integer> starts = new ArrayList<>();
    try {
      return parseWords(line, starts);
    } catch (BadRequest e) {
      if (e.column() > 0) {
        throw e;
      }
      int word = wordOf(e.argument());
      int column = word < starts.size() ? starts.get(word) + 1 : starts.isEmpty() ? 1 : starts.get(0) + 1;
      throw new BadRequest(e.argument(), String.valueOf(e.getMessage()), column);
    }
  }

  private static int wordOf(String argument) {
    return switch (argument) {
      case "user" -> 0;
      case "modality" -> 2;
      default -> Integer.MAX_VALUE;
    };
  }

  private static Optional<Record> parseWords(String line, List<Integer> starts) throws BadRequest {
    int hash = line.indexOf('#');
    List<String> words = words(hash < 0 ? line : line.substring(0, hash), starts);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    if (words.size() < 3) {
      throw new BadRequest(
          "line", "a request needs <user> <remote> <modality>, then optional flags");
    }
    SipUri user = user(words.get(0));
    Modality modality = modality(words.get(2));
    boolean inbound = false;
    boolean inContacts = false;
    boolean unmarked = false;
    Arrival arrival = Arrival.viaPublicProvider("Skype");
    for (int k = 3; k < words.size(); k++) {
      String flag = words.get(k);
      try {
        flag(flag);
      } catch (BadRequest e) {
        throw new BadRequest(e.argument(), String.valueOf(e.getMessage()), starts.get(k) + 1);
      }
      String f = flag.toLowerCase(Locale.ROOT);
      if (f.equals("inbound")) {
        inbound = true;
      } else if (f.equals("in-contacts")) {
        inContacts = true;
      } else if (f.equals("unmarked")) {
        unmarked = true;
      } else if (f.startsWith("via=")) {
        arrival = arrival(flag.substring("via=".length()));
      } else {
        throw new BadRequest(
            "flag",
            "'" + flag + "' is not a flag; use inbound, in-contacts, unmarked or via=<route>");
      }
    }
    if (!inbound && (inContacts || unmarked)) {
      throw new BadRequest("flag", "in-contacts and unmarked describe inbound requests only");
    }
    return Optional.of(build(user, words.get(1), modality, inbound, inContacts, unmarked, arrival));
  }

  private static void flag(String flag) throws BadRequest {
    String f = flag.toLowerCase(Locale.ROOT);
    if (f.startsWith("via=")) {
      arrival(flag.substring("via=".length()));
    } else if (!f.equals("inbound") && !f.equals("in-contacts") && !f.equals("unmarked")) {
      throw new BadRequest(
          "flag",
          "'" + flag + "' is not a flag; use inbound, in-contacts, unmarked or via=<route>");
    }
  }

  private static List<String> words(String text, List<Integer> starts) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean blank = i == text.length() || text.charAt(i) == ' ' || text.charAt(i) == '\t';
      if (blank && start >= 0) {
        words.add(text.substring(start, i));
        starts.add(start);
        start = -1;
      } else if (!blank && start < 0) {
        start = i;
      }
    }
    return words;
  }

  /** One line for a person: {@code alice -> bob (IM)} or {@code bob -> alice (IM, inbound ...)}. */
  static String describe(Record request) {
    if (request instanceof OutboundRequest o) {
      return o.localUser() + " -> " + o.remote() + " (" + o.modality().displayName() + ")";
    }
    InboundRequest i = (InboundRequest) request;
    return i.remote()
        + " -> "
        + i.localUser()
        + " ("
        + i.modality().displayName()
        + ", inbound "
        + i.arrival()
        + (i.senderInContacts() ? ", in contacts" : "")
        + (i.verificationMark() ? "" : ", unmarked")
        + ")";
  }
}
