package dev.edgewise.policy;

import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import dev.edgewise.core.contact.ClientSettings;
import dev.edgewise.core.contact.ContactEvent;
import dev.edgewise.core.contact.ContactRelationship;
import dev.edgewise.core.contact.Display;
import dev.edgewise.core.contact.Gates;
import dev.edgewise.core.contact.Side;
import dev.edgewise.core.contact.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The wiring between the external-access evaluator and the contact state machine: plays contact
 * events between one of the organization's Lync users and one Skype user under a configuration,
 * and answers "after each step, what does each of them see?".
 *
 * <p>The state machine never computes policy (the state machine lives in module core). Before each event this
 * class asks the evaluator for the four {@link Gates}: presence and IM, each direction. Lync to
 * Skype is an outbound request of the Lync user; Skype to Lync is an inbound request arriving
 * through the Skype user's public provider, with the provider's verification mark, and with
 * {@code senderInContacts} read from the relationship <em>before</em> the event (whether the Skype
 * user is on the Lync user's contact list). When the answer differs from the gates the
 * relationship holds, a {@link ContactEvent#gatesChanged(Gates)} is applied first, then the event.
 *
 * <pre>{@code
 * ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(config);
 * List<ContactScenario.Step> steps = ContactScenario.play(ev,
 *     SipUri.parse("sip:alice@contoso.com"), MicrosoftAccount.parse("bob@outlook.com"),
 *     List.of(ContactEvent.add(Side.LYNC), ContactEvent.accept(Side.SKYPE),
 *         ContactEvent.accept(Side.LYNC, true)));
 * ContactScenario.Step last = steps.get(2);
 * last.lyncSees();    // Optional[AVAILABLE]: "Available"
 * last.skypeSees();   // Optional[AVAILABLE]: "Online"
 * }</pre>
 *
 * <p>A scenario is also a value that grows one event at a time: it can change the configuration
 * between events (the gates are asked again before the next event, under the new evaluator) and
 * resume from a relationship it did not play itself.
 *
 * <pre>{@code
 * ContactScenario s = ContactScenario.start(ev, alice, bob)
 *     .then(ContactEvent.add(Side.LYNC))
 *     .reconfigure(ExternalAccessEvaluator.compile(noPublicIm))   // the admin turns PIC off
 *     .then(ContactEvent.accept(Side.SKYPE));
 * s.steps().get(1).gates();     // all closed
 * ContactScenario later = ContactScenario.resume(ev, alice, bob, s.relationship());
 * }</pre>
 */
public final class ContactScenario {

  private final ExternalAccessEvaluator evaluator;
  private final SipUri lyncUser;
  private final MicrosoftAccount skypeUser;
  private final ContactRelationship relationship;
  private final List<Step> steps;

  private ContactScenario(
      ExternalAccessEvaluator evaluator,
      SipUri lyncUser,
      MicrosoftAccount skypeUser,
      ContactRelationship relationship,
      List<Step> steps) {
    this.evaluator = evaluator;
    this.lyncUser = lyncUser;
    this.skypeUser = skypeUser;
    this.relationship = relationship;
    this.steps = List.copyOf(steps);
  }

  /**
   * Starts a scenario from a fresh relationship with default client settings.
   *
   * @throws IllegalArgumentException if {@code lyncUser} is not declared in the configuration
   */
  public static ContactScenario start(
      ExternalAccessEvaluator evaluator, SipUri lyncUser, MicrosoftAccount skypeUser) {
    return start(evaluator, lyncUser, skypeUser, ClientSettings.defaults());
  }

  /**
   * Starts a scenario from a fresh relationship with the Lync user's client settings.
   *
   * @throws IllegalArgumentException if {@code lyncUser} is not declared in the configuration
   */
  public static ContactScenario start(
      ExternalAccessEvaluator evaluator,
      SipUri lyncUser,
      MicrosoftAccount skypeUser,
      ClientSettings settings) {
    return resume(
        evaluator, lyncUser, skypeUser, ContactRelationship.initial(Gates.allClosed(), settings));
  }

  /**
   * Resumes from an existing relationship (one a previous scenario, or the caller, left): its
   * subscriptions, lists and client settings are kept; the gates are asked again before the next
   * event.
   *
   * <pre>{@code
   * ContactScenario.resume(ev, alice, bob, earlier.relationship()).then(ContactEvent.remove(Side.LYNC));
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code lyncUser} is not declared in the configuration
   */
  public static ContactScenario resume(
      ExternalAccessEvaluator evaluator,
      SipUri lyncUser,
      MicrosoftAccount skypeUser,
      ContactRelationship relationship) {
    requireDeclared(evaluator, lyncUser);
    return new ContactScenario(
        evaluator,
        lyncUser,
        Objects.requireNonNull(skypeUser, "skypeUser"),
        Objects.requireNonNull(relationship, "relationship"),
        List.of());
  }

  private static void requireDeclared(ExternalAccessEvaluator evaluator, SipUri lyncUser) {
    Objects.requireNonNull(evaluator, "evaluator");
    Objects.requireNonNull(lyncUser, "lyncUser");
    if (evaluator.configuration().user(lyncUser).isEmpty()) {
      throw new IllegalArgumentException(lyncUser + " is not declared in the configuration");
    }
  }

  /** Returns a scenario that has also played {@code event}, under the current evaluator. */
  public ContactScenario then(ContactEvent event) {
    Objects.requireNonNull(event, "event");
    RemoteParty skype = RemoteParty.of(skypeUser);
    ContactRelationship r = relationship;
    Gates gates = gates(evaluator, lyncUser, skype, r);
    if (!gates.equals(r.gates())) {
      r = r.apply(ContactEvent.gatesChanged(gates)).next();
    }
    Transition t = r.apply(event);
    r = t.next();
    List<Step> more = new ArrayList<>(steps.size() + 1);
    more.addAll(steps);
    more.add(
        new Step(
            event,
            gates,
            t,
            r.display(Side.LYNC),
            r.display(Side.SKYPE),
            r.isRequestShown(Side.LYNC),
            r.isRequestShown(Side.SKYPE),
            r.canDeliverIm(Side.LYNC),
            r.canDeliverIm(Side.SKYPE)));
    return new ContactScenario(evaluator, lyncUser, skypeUser, r, more);
  }

  /** Returns a scenario that has also played the events, in order. */
  public ContactScenario then(List<? extends ContactEvent> events) {
    ContactScenario s = this;
    for (ContactEvent e : events) {
      s = s.then(e);
    }
    return s;
  }

  /**
   * Returns the scenario under another evaluator (the admin changed the configuration): the next
   * event is gated by it. The relationship is unchanged until then.
   *
   * @throws IllegalArgumentException if the Lync user is not declared in the new configuration
   */
  public ContactScenario reconfigure(ExternalAccessEvaluator next) {
    requireDeclared(next, lyncUser);
    return new ContactScenario(next, lyncUser, skypeUser, relationship, steps);
  }

  /**
   * Returns the scenario under another configuration, compiled here.
   *
   * @throws InvalidConfigurationException if the configuration has errors
   * @throws IllegalArgumentException if the Lync user is not declared in it
   */
  public ContactScenario reconfigure(FederationConfiguration next) {
    return reconfigure(ExternalAccessEvaluator.compile(next));
  }

  /** Returns the steps played so far, in order. */
  public List<Step> steps() {
    return steps;
  }

  /** Returns the relationship after the last step (or as resumed). */
  public ContactRelationship relationship() {
    return relationship;
  }

  /** Returns the evaluator that gates the next event. */
  public ExternalAccessEvaluator evaluator() {
    return evaluator;
  }

  /**
   * One step: the event, the gates the evaluator gave before it, the transition, and what each
   * side sees afterwards.
   *
   * <pre>{@code
   * step.lyncSees().map(d -> d.label(Side.LYNC));   // Optional["Offline"]
   * }</pre>
   *
   * @param event the event applied
   * @param gates the gates in force for the event, from the evaluator
   * @param transition the state machine's answer to the event
   * @param lyncSees what the Lync user's contact list shows for the Skype user
   * @param skypeSees what the Skype user's contact list shows for the Lync user
   * @param lyncRequestShown whether the Lync user is shown a request (the New tab)
   * @param skypeRequestShown whether the Skype user is shown a contact request
   * @param imLyncToSkype whether an IM from the Lync user would now be delivered
   * @param imSkypeToLync whether an IM from the Skype user would now be delivered
   */
  public record Step(
      ContactEvent event,
      Gates gates,
      Transition transition,
      Optional<Display> lyncSees,
      Optional<Display> skypeSees,
      boolean lyncRequestShown,
      boolean skypeRequestShown,
      boolean imLyncToSkype,
      boolean imSkypeToLync) {

    /** Rejects null, naming the component. */
    public Step {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(gates, "gates");
      Objects.requireNonNull(transition, "transition");
      Objects.requireNonNull(lyncSees, "lyncSees");
      Objects.requireNonNull(skypeSees, "skypeSees");
    }

    /** Returns the relationship after the step. */
    public ContactRelationship relationship() {
      return transition.next();
    }
  }

  /**
   * Plays the events from a fresh relationship with default client settings.
   *
   * @throws IllegalArgumentException if {@code lyncUser} is not declared in the configuration
   */
  public static List<Step> play(
      ExternalAccessEvaluator evaluator,
      SipUri lyncUser,
      MicrosoftAccount skypeUser,
      List<? extends ContactEvent> events) {
    return play(evaluator, lyncUser, skypeUser, ClientSettings.defaults(), events);
  }

  /**
   * Plays the events from a fresh relationship with the Lync user's client settings.
   *
   * @throws IllegalArgumentException if {@code lyncUser} is not declared in the configuration
   */
  public static List<Step> play(
      ExternalAccessEvaluator evaluator,
      SipUri lyncUser,
      MicrosoftAccount skypeUser,
      ClientSettings settings,
      List<? extends ContactEvent> events) {
    Objects.requireNonNull(evaluator, "evaluator");
    Objects.requireNonNull(lyncUser, "lyncUser");
    Objects.requireNonNull(skypeUser, "skypeUser");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(events, "events");
    return start(evaluator, lyncUser, skypeUser, settings).then(events).steps();
  }

  /**
   * Returns the four gates the evaluator gives one relationship in its current state.
   *
   * <pre>{@code
   * Gates g = ContactScenario.gates(ev, alice, RemoteParty.of(bob), relationship);
   * }</pre>
   */
  public static Gates gates(
      ExternalAccessEvaluator evaluator,
      SipUri lyncUser,
      RemoteParty skypeUser,
      ContactRelationship before) {
    boolean inContacts = before.isListed(Side.LYNC);
    return new Gates(
        evaluator.evaluate(new OutboundRequest(lyncUser, skypeUser, Modality.PRESENCE)).isAllowed(),
        evaluator.evaluate(inbound(skypeUser, lyncUser, Modality.PRESENCE, inContacts)).isAllowed(),
        evaluator.evaluate(new OutboundRequest(lyncUser, skypeUser, Modality.IM)).isAllowed(),
        evaluator.evaluate(inbound(skypeUser, lyncUser, Modality.IM, inContacts)).isAllowed());
  }

  private static InboundRequest inbound(
      RemoteParty skypeUser, SipUri lyncUser, Modality modality, boolean inContacts) {
    return InboundRequest.builder()
        .remote(skypeUser)
        .localUser(lyncUser)
        .modality(modality)
        .arrival(Arrival.viaPublicProvider("Skype"))
        .senderInContacts(inContacts)
        .verificationMark(true)
        .build();
  }
}
