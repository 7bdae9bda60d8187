package dev.edgewise.core.contact;

import java.util.List;
import java.util.Objects;

/**
 * The Lync user's client's answer about one item the server handled: whether it shows it, whether
 * it alerts the user now, and every rule that decided, the first being the one to report.
 *
 * <pre>{@code
 * ClientVerdict v = ClientGate.decide(settings, standing, ServerDelivery.delivered(ClientItem.CONVERSATION));
 * v.shown();       // false
 * v.decidedBy();   // CLIENT_DND_SUPPRESSED
 * }</pre>
 *
 * @param item what the server handed over
 * @param shown whether the user gets it: a conversation window, a request waiting on the New tab;
 *     for {@link ClientItem#PRESENCE}, whether the sender sees the user's real presence (otherwise
 *     Offline, with name and e-mail only)
 * @param alerted whether the client pops up an alert for it now; never for presence
 * @param rules the rules that withheld something, in the order of {@link ClientGate}; or {@link
 *     ClientRuleId#CLIENT_SHOWS} alone; never empty
 */
public record ClientVerdict(
    ClientItem item, boolean shown, boolean alerted, List<ClientRuleId> rules) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if {@code rules} is empty, or an alert is claimed for
   *     something not shown
   */
  public ClientVerdict {
    Objects.requireNonNull(item, "item");
    rules = List.copyOf(rules);
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("a verdict names the rule that decided it");
    }
    if (alerted && !shown) {
      throw new IllegalArgumentException("nothing alerts that is not shown");
    }
  }

  /** Returns the rule to report: the first that withheld something, else {@code CLIENT_SHOWS}. */
  public ClientRuleId decidedBy() {
    return rules.get(0);
  }
}
