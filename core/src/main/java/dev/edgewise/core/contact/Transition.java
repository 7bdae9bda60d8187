package dev.edgewise.core.contact;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What one {@link ContactEvent} did to a {@link ContactRelationship}: the outcome, the reason when
 * it was refused, the subscription messages it produced (for tracing) and the relationship after
 * it.
 *
 * <pre>{@code
 * Transition t = ContactRelationship.initial(Gates.allOpen()).apply(ContactEvent.accept(Side.SKYPE));
 * t.outcome();   // REFUSED
 * t.refusal();   // Optional[NO_PENDING_REQUEST]
 * t.next();      // the relationship, unchanged
 * }</pre>
 */
public final class Transition {

  /** The three answers an event can get. */
  public enum Outcome {
    /** The event changed the relationship. */
    APPLIED,
    /**
     * The event was carried out and changed nothing: the relationship already was what it asks
     * for (it may still have re-sent a message, which the other side absorbed).
     */
    NO_OP,
    /** The event cannot be carried out in this state; nothing changed and nothing was sent. */
    REFUSED
  }

  /** Why an event was refused. */
  public enum Refusal {
    /** Accept, decline or pre-approve-as-accept found no request from the other side. */
    NO_PENDING_REQUEST("there is no request from the other side to answer"),
    /**
     * The answer would let the requester see the actor, and the organization's presence gate in
     * that direction is closed (answering only half would leave the two sides disagreeing).
     */
    PRESENCE_GATE_CLOSED("the presence gate the answer needs is closed"),
    /** Accept or pre-approve while the actor blocks the other person; unblock first. */
    ACTOR_BLOCKS("the actor blocks the other person"),
    /** Skype's Accept always adds the requester back; there is no accept-only. */
    SKYPE_ACCEPT_ALWAYS_ADDS("Skype's Accept always adds the contact back"),
    /** The Lync user has no contact entry to change. */
    NOT_LISTED("the contact is not on the Lync user's contact list"),
    /**
     * Blocked is not chosen like the other relationships: {@link ContactEvent#block(Side)} sets it
     * and remembers the relationship to restore.
     */
    BLOCKED_IS_SET_BY_BLOCK("Blocked is set by blocking the contact"),
    /** A group needs a name. */
    BLANK_GROUP_NAME("a group needs a name");

    private final String description;

    Refusal(String description) {
      this.description = description;
    }

    /** Returns a sentence fragment saying why. */
    public String description() {
      return description;
    }
  }

  private final ContactEvent event;
  private final Outcome outcome;
  private final @Nullable Refusal refusal;
  private final ImmutableList<SubscriptionMessage> messages;
  private final ContactRelationship next;

  Transition(
      ContactEvent event,
      Outcome outcome,
      @Nullable Refusal refusal,
      ImmutableList<SubscriptionMessage> messages,
      ContactRelationship next) {
    this.event = event;
    this.outcome = outcome;
    this.refusal = refusal;
    this.messages = messages;
    this.next = next;
  }

  /** Returns the event this transition answers. */
  public ContactEvent event() {
    return event;
  }

  /** Returns whether the event changed the relationship, changed nothing, or was refused. */
  public Outcome outcome() {
    return outcome;
  }

  /** Returns why the event was refused; empty unless {@link #outcome()} is {@code REFUSED}. */
  public Optional<Refusal> refusal() {
    return Optional.ofNullable(refusal);
  }

  /** Returns the subscription messages the event produced, in the order they were sent. */
  public List<SubscriptionMessage> messages() {
    return messages;
  }

  /** Returns the relationship after the event (the same one when nothing changed). */
  public ContactRelationship next() {
    return next;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Transition t)) {
      return false;
    }
    return event.equals(t.event)
        && outcome == t.outcome
        && Objects.equals(refusal, t.refusal)
        && messages.equals(t.messages)
        && next.equals(t.next);
  }

  @Override
  public int hashCode() {
    return Objects.hash(event, outcome, refusal, messages, next);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder().append(event).append(": ").append(outcome);
    if (refusal != null) {
      b.append(" (").append(refusal.description()).append(')');
    }
    if (!messages.isEmpty()) {
      b.append(' ').append(messages);
    }
    return b.toString();
  }
}
