package dev.edgewise.core.contact;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A script of contact events played on a relationship: where it started, each event's {@link
 * Transition} in order (with what each side sees after it, through {@link Transition#next()}),
 * and every event that was refused, with why. Nothing is dropped silently: a refused event keeps
 * its place in {@link #transitions()} and is listed again in {@link #refusals()}.
 *
 * <pre>{@code
 * PlayedScript s = ContactRelationship.initial(Gates.allOpen())
 *     .play(List.of(ContactEvent.add(Side.LYNC), ContactEvent.accept(Side.LYNC)));
 * s.end().display(Side.LYNC);       // Optional[OFFLINE]: waiting for the Skype user
 * s.refusals();                     // [#2 accept(LYNC): there is no request from the other side to answer]
 * s.isFullyApplied();               // false
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PlayedScript {

  private final ContactRelationship start;
  private final ImmutableList<Transition> transitions;
  private final ImmutableList<RefusedEvent> refusals;

  private PlayedScript(ContactRelationship start, ImmutableList<Transition> transitions) {
    this.start = start;
    this.transitions = transitions;
    ImmutableList.Builder<RefusedEvent> b = ImmutableList.builder();
    for (int i = 0; i < transitions.size(); i++) {
      Transition t = transitions.get(i);
      int position = i + 1;
      t.refusal().ifPresent(why -> b.add(new RefusedEvent(position, t.event(), why)));
    }
    this.refusals = b.build();
  }

  /**
   * Records transitions that were played elsewhere, such as by a wiring that changes the gates
   * between events: each transition's relationship need not be the next one's starting point.
   *
   * <pre>{@code
   * PlayedScript s = PlayedScript.of(start, List.of(t1, t2));
   * }</pre>
   *
   * @param start the relationship before the first event
   * @param transitions each event's transition, in the order played
   */
  public static PlayedScript of(ContactRelationship start, List<Transition> transitions) {
    Objects.requireNonNull(start, "start");
    return new PlayedScript(start, ImmutableList.copyOf(transitions));
  }

  /** Plays {@code events} from {@code start}, each on the relationship the previous one left. */
  static PlayedScript play(ContactRelationship start, List<? extends ContactEvent> events) {
    ImmutableList.Builder<Transition> b = ImmutableList.builderWithExpectedSize(events.size());
    ContactRelationship r = start;
    for (ContactEvent e : events) {
      Transition t = r.apply(e);
      b.add(t);
      r = t.next();
    }
    return new PlayedScript(start, b.build());
  }

  /** Returns the relationship before the first event. */
  public ContactRelationship start() {
    return start;
  }

  /** Returns each event's transition, in order, refused ones included. */
  public List<Transition> transitions() {
    return transitions;
  }

  /** Returns the relationship after the last event (the start when there were no events). */
  public ContactRelationship end() {
    return transitions.isEmpty() ? start : transitions.get(transitions.size() - 1).next();
  }

  /** Returns every refused event with its position and reason, in order; empty if none. */
  public List<RefusedEvent> refusals() {
    return refusals;
  }

  /** Whether no event was refused. */
  public boolean isFullyApplied() {
    return refusals.isEmpty();
  }

  /**
   * One event of a script that was refused.
   *
   * <pre>{@code
   * script.refusals().get(0).toString();   // "#2 accept(LYNC): there is no request ..."
   * }</pre>
   *
   * @param position the event's position in the script, counting from 1
   * @param event the event
   * @param refusal why it was refused
   */
  public record RefusedEvent(int position, ContactEvent event, Transition.Refusal refusal) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if {@code position} is less than 1
     */
    public RefusedEvent {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(refusal, "refusal");
      if (position < 1) {
        throw new IllegalArgumentException("positions count from 1: " + position);
      }
    }

    @Override
    public String toString() {
      return "#" + position + " " + event + ": " + refusal.description();
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof PlayedScript p
        && start.equals(p.start)
        && transitions.equals(p.transitions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, transitions);
  }

  @Override
  public String toString() {
    return "PlayedScript[" + transitions.size() + " events, refused " + refusals + "]";
  }
}
