package dev.edgewise.core.contact;

import java.util.Locale;
import java.util.Objects;

/**
 * One subscription message an event produced, for tracing: who sent it, which of the four RFC 6121
 * presence-subscription stanzas it was, and how far it got. In SIP terms a {@code subscribe} is the
 * presence SUBSCRIBE that Lync shows the other side as a contact request, {@code subscribed} the
 * approval, {@code unsubscribe} / {@code unsubscribed} the cancellation and the denial or revocation.
 *
 * <pre>{@code
 * ContactRelationship r = ContactRelationship.initial(Gates.allOpen());
 * r.apply(ContactEvent.add(Side.LYNC)).messages();
 * // [LYNC -subscribe-> SKYPE (delivered)]
 * }</pre>
 *
 * @param sender the side whose client or server sent it; server auto-replies are the replier's
 * @param kind the stanza
 * @param delivery how far it got
 */
public record SubscriptionMessage(Side sender, Kind kind, Delivery delivery) {

  /** Checks that no component is null. */
  public SubscriptionMessage {
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(delivery, "delivery");
  }

  /** The four presence-subscription stanzas of RFC 6121 section 3. */
  public enum Kind {
    /** A contact request: "let me see your presence". */
    SUBSCRIBE,
    /** An approval of the other side's request. */
    SUBSCRIBED,
    /** Cancels the sender's own request or subscription. */
    UNSUBSCRIBE,
    /** Declines the other side's request or revokes its subscription. */
    UNSUBSCRIBED;

    /** Returns the stanza's type attribute as RFC 6121 writes it, such as "subscribed". */
    public String rfcName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How far a message got. */
  public enum Delivery {
    /** It reached the other side and changed its state (an RFC 6121 A.3 "MUST deliver" cell). */
    DELIVERED,
    /**
     * It reached the other side's server, was acknowledged, and changed nothing there: a duplicate
     * (an A.3 "SHOULD NOT deliver" cell), or dropped politely because the receiver blocks the sender
     * or blocks all invites. The sender cannot tell these apart.
     */
    ABSORBED,
    /** A closed gate stopped it at the organization's edge; the other side never heard of it. */
    STOPPED_AT_GATE,
    /**
     * The sender's own server handled it without routing it (RFC 6121 A.2 "MUST NOT" or "SHOULD
     * NOT route"): setting or cancelling a pre-approval.
     */
    NOT_ROUTED;

    /** Whether the message reached the other side's server. */
    public boolean crossed() {
      return this == DELIVERED || this == ABSORBED;
    }
  }

  @Override
  public String toString() {
    return sender
        + " -"
        + kind.rfcName()
        + "-> "
        + sender.other()
        + " ("
        + delivery.name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + ")";
  }
}
