package dev.edgewise.core.contact;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One contact relationship between an organization's Lync user and a Skype user, seen from both
 * sides at once, as an immutable value with a pure, total transition function.
 *
 * <p>The story it models (Lync-Skype connectivity as Microsoft describes it): the Lync user adds
 * the Skype user's Microsoft account, and the contact shows "Presence Unknown" until the request
 * gets an answer from Skype's side, then "Offline" while waiting; the Skype user accepts, which
 * also sends a reciprocal request; the Lync user confirms it ("Allow this person to see you when
 * you are online and contact you", optionally "Add this person to my contact list"); then each
 * sees the other: Available in Lync, Online in Skype.
 *
 * <pre>{@code
 * // Public IM connectivity is still being provisioned: the organization lets nothing through.
 * ContactRelationship r = ContactRelationship.initial(Gates.allClosed());
 * r = r.apply(ContactEvent.add(Side.LYNC)).next();
 * r.display(Side.LYNC);             // Optional[PRESENCE_UNKNOWN]: "Presence Unknown"
 * r.display(Side.SKYPE);            // Optional.empty: the Skype user has no entry
 *
 * // Provisioning completes; the wiring hands in the new gates and the request goes out.
 * r = r.apply(ContactEvent.gatesChanged(Gates.allOpen())).next();
 * r.display(Side.LYNC);             // Optional[OFFLINE]: waiting for the Skype user
 * r.isRequestShown(Side.SKYPE);     // true
 *
 * r = r.apply(ContactEvent.accept(Side.SKYPE)).next();   // accepts and asks back
 * r.display(Side.LYNC);             // Optional[AVAILABLE]
 * r.display(Side.SKYPE);            // Optional[OFFLINE]: Lync has not confirmed yet
 * r.isRequestShown(Side.LYNC);      // true: on the New tab
 * r.canDeliverIm(Side.LYNC);        // true; canDeliverIm(SKYPE) false under INVITES_ONLY
 *
 * r = r.apply(ContactEvent.accept(Side.LYNC, true)).next();
 * r.display(Side.LYNC).get().label(Side.LYNC);     // "Available"
 * r.display(Side.SKYPE).get().label(Side.SKYPE);   // "Online"
 * r.subscription(Side.LYNC);        // BOTH
 * r.lyncGroup();                    // "Other Contacts"
 * r.privacyRelationship();          // EXTERNAL_CONTACTS
 * }</pre>
 *
 * <h2>Gates</h2>
 *
 * The relationship holds the organization's current {@link Gates}; they change only through a
 * {@link ContactEvent.GatesChanged} event, which the policy wiring applies before an event whenever
 * the evaluator's answer differs. The state machine never computes them. When a presence gate
 * opens (or the requester unblocks), a request that never crossed it is sent again, as a SIP client
 * refreshes its subscription; requests the other side absorbed are not resent.
 *
 * <h2>Displays</h2>
 *
 * {@link #display(Side)} is model-level: {@link Display#AVAILABLE} means the subscription grants
 * presence and the gate lets it through; real presence (Busy, Away) is not modelled. Because the
 * model is synchronous, the other side's answer to a request that crosses the gate arrives within
 * the same step, so "Presence Unknown" lasts only while the request has not crossed (a closed
 * gate), while nothing has been asked, and after a decline or cancellation.
 *
 * <h2>Delivery rules</h2>
 *
 * Each event sends RFC 6121 stanzas ({@link SubscriptionMessage}); each is processed by the
 * sender's server (RFC 6121 A.2), crosses the organization's edge if its gate is open (revocations
 * always do), and is processed by the receiver's server (A.3), with RFC 6121's automatic answers
 * for a pre-approved request. A Lync user without "Tell me when someone adds me" adds a requester
 * back at once as a Colleague (a pre-approval, answered by the server, comes first). A side that
 * blocks, and a Lync user who chose {@link ContactsNotUsingLync#BLOCK_ALL} for someone not yet
 * listed or approved, drops requests politely: the sender sees "Offline" as if nobody answered.
 * A side that blocks sends no requests of its own: adding the other person while blocking them
 * makes the entry, shown Blocked, and sends nothing.
 * Answers and revocations are always applied, so the two sides never disagree about who sees whom.
 * An event that cannot be carried out is {@link Transition.Outcome#REFUSED} with a {@link
 * Transition.Refusal} and changes nothing; one that changes nothing is a {@link
 * Transition.Outcome#NO_OP}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ContactRelationship {

  /** The group a Skype contact added from Lync lands in. */
  public static final String DEFAULT_GROUP = "Other Contacts";

  // Public IM connectivity never carries contact pictures: only IM, presence, audio and video cross.
  private static final ImmutableSet<CardField> PICTURE_ONLY = ImmutableSet.of(CardField.PICTURE);

  private final SideState lync;
  private final SideState skype;
  private final String group;
  // The relationship chosen for the entry; never BLOCKED (blocking is an overlay on top of it).
  private final PrivacyRelationship relationship;
  private final ClientSettings settings;
  private final Gates gates;

  ContactRelationship(
      SideState lync,
      SideState skype,
      String group,
      PrivacyRelationship relationship,
      ClientSettings settings,
      Gates gates) {
    this.lync = lync;
    this.skype = skype;
    this.group = group;
    this.relationship = relationship;
    this.settings = settings;
    this.gates = gates;
  }

  /**
   * Returns the relationship before anyone did anything: nobody listed, no subscription, default
   * client settings, and these gates.
   */
  public static ContactRelationship initial(Gates gates) {
    return initial(gates, ClientSettings.defaults());
  }

  /** Returns the relationship before anyone did anything, with these gates and client settings. */
  public static ContactRelationship initial(Gates gates, ClientSettings settings) {
    return new ContactRelationship(
        SideState.INITIAL,
        SideState.INITIAL,
        DEFAULT_GROUP,
        PrivacyRelationship.EXTERNAL_CONTACTS,
        Objects.requireNonNull(settings, "settings"),
        Objects.requireNonNull(gates, "gates"));
  }

  /**
   * Applies one event. Total and pure: every event in every state is applied, a no-op, or refused
   * with a reason; it never throws (except for a null event).
   */
  public Transition apply(ContactEvent event) {
    return new Machine(this).run(Objects.requireNonNull(event, "event"));
  }

  /**
   * Applies events that must all be accepted and returns the relationship after the last one. A
   * script with a refused event is a caller's mistake here, so it is reported rather than skipped;
   * to play a script whose events may be refused, and see which were and why, use {@link
   * #play(List)}.
   *
   * <pre>{@code
   * ContactRelationship r = ContactRelationship.initial(Gates.allOpen())
   *     .applyAll(List.of(ContactEvent.add(Side.LYNC), ContactEvent.accept(Side.SKYPE)));
   * r.display(Side.LYNC);   // what the Lync user now sees for the Skype user
   * }</pre>
   *
   * @throws IllegalArgumentException if an event is refused; the message names the first refused
   *     event, its position (from 1) and the refusal
   */
  public ContactRelationship applyAll(List<? extends ContactEvent> events) {
    PlayedScript played = play(events);
    if (!played.isFullyApplied()) {
      throw new IllegalArgumentException(
          "event refused: " + played.refusals().get(0) + "; use play(events) to allow refusals");
    }
    return played.end();
  }

  /**
   * Plays the events in order and returns every transition, with the events that were refused
   * and why.
   *
   * <pre>{@code
   * PlayedScript s = r.play(List.of(ContactEvent.accept(Side.SKYPE)));
   * s.refusals().get(0).refusal();   // NO_PENDING_REQUEST
   * }</pre>
   */
  public PlayedScript play(List<? extends ContactEvent> events) {
    return PlayedScript.play(this, events);
  }

  // ---- state -----------------------------------------------------------------------------------

  /**
   * Returns {@code side}'s RFC 6121 subscription state towards the other person, for XMPP-minded
   * users and tracing.
   */
  public Subscription subscription(Side side) {
    return state(side).subscription();
  }

  /** Whether the other person is on {@code side}'s contact list. */
  public boolean isListed(Side side) {
    return state(side).listed();
  }

  /**
   * Whether {@code side} approved in advance a request the other person has not sent (RFC 6121
   * 3.4); used up when that request arrives.
   */
  public boolean isPreApproved(Side side) {
    return state(side).preApproved();
  }

  /**
   * Whether {@code side}'s pending request reached the other side's server (delivered, or dropped
   * politely); false when nothing is pending.
   */
  public boolean isAcknowledged(Side side) {
    return state(side).acknowledged();
  }

  /** Whether {@code side} blocks the other person. */
  public boolean isBlocking(Side side) {
    return state(side).blocking();
  }

  /**
   * Returns the Lync user's group for the contact: {@value #DEFAULT_GROUP} unless moved. While the
   * contact is not listed, the group the last entry had; a new entry starts in the default.
   */
  public String lyncGroup() {
    return group;
  }

  /**
   * Returns the Lync user's privacy relationship for the contact: {@link
   * PrivacyRelationship#BLOCKED} while blocking, else the entry's relationship (External Contacts
   * for an entry the Lync user added, Colleagues for one added back automatically).
   */
  public PrivacyRelationship privacyRelationship() {
    return lync.blocking() ? PrivacyRelationship.BLOCKED : relationship;
  }

  /** Returns the Lync user's client settings. */
  public ClientSettings clientSettings() {
    return settings;
  }

  /** Returns the organization's current gates for this relationship. */
  public Gates gates() {
    return gates;
  }

  // ---- outputs ---------------------------------------------------------------------------------

  /**
   * Returns what {@code viewer}'s contact list shows for the other person; empty when the other
   * person is not on it. First match wins: the viewer blocks them (Blocked); the viewer's presence
   * gate is closed (Presence Unknown); the viewer is subscribed and the other person blocks the
   * viewer (Offline, a polite block); the viewer is subscribed (Available / Online); the viewer's
   * request reached the other side and awaits an answer (Offline); otherwise Presence Unknown.
   */
  public Optional<Display> display(Side viewer) {
    SideState x = state(viewer);
    if (!x.listed()) {
      return Optional.empty();
    }
    return Optional.of(presence(viewer));
  }

  private Display presence(Side viewer) {
    SideState x = state(viewer);
    if (x.blocking()) {
      return Display.BLOCKED;
    }
    if (!gates.presence(viewer)) {
      return Display.PRESENCE_UNKNOWN;
    }
    if (x.subscription().to()) {
      return state(viewer.other()).blocking() ? Display.OFFLINE : Display.AVAILABLE;
    }
    if (x.subscription().pendingOut() && x.acknowledged()) {
      return Display.OFFLINE;
    }
    return Display.PRESENCE_UNKNOWN;
  }

  /**
   * Whether {@code viewer} is shown the other person's request: a Skype contact request, or an
   * entry on Lync's New tab (only while "Tell me when someone adds me" is on). A blocked person's
   * request is not shown; it comes back on unblock.
   */
  public boolean isRequestShown(Side viewer) {
    SideState x = state(viewer);
    return x.subscription().pendingIn()
        && !x.blocking()
        && (viewer == Side.SKYPE || settings.tellMeWhenSomeoneAddsMe());
  }

  /**
   * Whether an IM from {@code sender} reaches the other person: the IM gate is open, neither
   * blocks the other, and the recipient has approved the sender (lets the sender see them); a Lync
   * recipient whose "Contacts not using Lync" is {@link ContactsNotUsingLync#ALLOW_ANYONE} accepts
   * IM from anyone.
   */
  public boolean canDeliverIm(Side sender) {
    Side recipient = sender.other();
    if (!gates.im(sender) || state(sender).blocking() || state(recipient).blocking()) {
      return false;
    }
    SideState r = state(recipient);
    return r.subscription().from()
        || (recipient == Side.LYNC
            && settings.contactsNotUsingLync() == ContactsNotUsingLync.ALLOW_ANYONE);
  }

  /**
   * Returns the fields of the Lync user's contact card that the Skype user can see. While the Skype
   * user receives the Lync user's presence (subscribed, gate open, no block either way), the
   * privacy relationship's fields, less the picture, which public IM connectivity never carries;
   * otherwise what Blocked Contacts see: display name and e-mail.
   */
  public Set<CardField> cardFieldsVisibleToSkypeUser() {
    if (lync.blocking()
        || skype.blocking()
        || !skype.subscription().to()
        || !gates.presence(Side.SKYPE)) {
      return PrivacyRelationship.BLOCKED.cardFields();
    }
    return Sets.difference(relationship.fields(), PICTURE_ONLY).immutableCopy();
  }

  // ---- internals -------------------------------------------------------------------------------

  SideState state(Side side) {
    return side == Side.LYNC ? lync : skype;
  }

  PrivacyRelationship chosenRelationship() {
    return relationship;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ContactRelationship r)) {
      return false;
    }
    return lync.equals(r.lync)
        && skype.equals(r.skype)
        && group.equals(r.group)
        && relationship == r.relationship
        && settings.equals(r.settings)
        && gates.equals(r.gates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lync, skype, group, relationship, settings, gates);
  }

  @Override
  public String toString() {
    return "Lync["
        + lync
        + ", \""
        + group
        + "\", "
        + privacyRelationship().label()
        + ", alerts "
        + (settings.tellMeWhenSomeoneAddsMe() ? "on" : "off")
        + ", "
        + settings.contactsNotUsingLync()
        + "] Skype["
        + skype
        + "] "
        + gates;
  }
}
