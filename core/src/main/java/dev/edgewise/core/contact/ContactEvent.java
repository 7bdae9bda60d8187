package dev.edgewise.core.contact;

import java.util.Objects;

/**
 * Something one person does to a {@link ContactRelationship}, or a change of the organization's
 * gates. Every event names the {@link #actor()}; the Lync user's client settings and the gates
 * belong to the Lync side. Events are plain values with a readable {@code toString} (such as {@code
 * accept(SKYPE)}), so that a failing generated script reads like a story.
 *
 * <p>An event is valid in every state: {@link ContactRelationship#apply(ContactEvent)} answers each
 * one with {@link Transition.Outcome#APPLIED}, {@link Transition.Outcome#NO_OP} or {@link
 * Transition.Outcome#REFUSED} and a reason, and never throws.
 *
 * <pre>{@code
 * List<ContactEvent> story = List.of(
 *     ContactEvent.add(Side.LYNC),                 // Lync user adds the Skype user's MSA
 *     ContactEvent.accept(Side.SKYPE),             // Skype user accepts (and asks back)
 *     ContactEvent.accept(Side.LYNC, true));       // Lync user allows and adds
 * }</pre>
 */
public sealed interface ContactEvent {

  /** Returns the side that acts. */
  Side actor();

  /**
   * The actor adds the other person to the contact list and sends a contact request. While the
   * actor blocks the other person, the entry is made (shown Blocked) and no request is sent.
   */
  static ContactEvent add(Side actor) {
    return new Add(actor);
  }

  /**
   * The actor accepts the other person's request and, as Skype always does, adds them back (lists
   * them and requests to see them).
   */
  static ContactEvent accept(Side actor) {
    return new Accept(actor, true);
  }

  /**
   * The actor accepts the other person's request ("Allow this person to see you when you are online
   * and contact you"), and adds them back when {@code addToContacts} ("Add this person to my
   * contact list"). Only Lync offers the choice.
   */
  static ContactEvent accept(Side actor, boolean addToContacts) {
    return new Accept(actor, addToContacts);
  }

  /** The actor declines the other person's request (or cancels a pre-approval). */
  static ContactEvent decline(Side actor) {
    return new Decline(actor);
  }

  /** The actor leaves the other person's request unanswered: it stays pending and shown. */
  static ContactEvent ignore(Side actor) {
    return new Ignore(actor);
  }

  /** The actor blocks the other person (Lync: the Blocked Contacts relationship). */
  static ContactEvent block(Side actor) {
    return new Block(actor);
  }

  /** The actor unblocks the other person; everything the block hid comes back. */
  static ContactEvent unblock(Side actor) {
    return new Unblock(actor);
  }

  /** The actor removes the other person from the contact list, ending both subscriptions. */
  static ContactEvent remove(Side actor) {
    return new Remove(actor);
  }

  /** The actor approves in advance a request the other person has not sent yet (RFC 6121 3.4). */
  static ContactEvent preApprove(Side actor) {
    return new PreApprove(actor);
  }

  /** The Lync user turns "Tell me when someone adds me to his or her contact list" on or off. */
  static ContactEvent changeAlerts(boolean tellMeWhenSomeoneAddsMe) {
    return new ChangeAlerts(tellMeWhenSomeoneAddsMe);
  }

  /** The Lync user changes "Contacts not using Lync". */
  static ContactEvent changeContactsNotUsingLync(ContactsNotUsingLync choice) {
    return new ChangeContactsNotUsingLync(choice);
  }

  /** The Lync user changes the contact's privacy relationship (Blocked is set by {@link #block}). */
  static ContactEvent changeRelationship(PrivacyRelationship relationship) {
    return new ChangeRelationship(relationship);
  }

  /** The Lync user moves the contact to another group. */
  static ContactEvent moveToGroup(String group) {
    return new MoveToGroup(group);
  }

  /** The organization's gates for this relationship are now {@code gates}. */
  static ContactEvent gatesChanged(Gates gates) {
    return new GatesChanged(gates);
  }

  /**
   * See {@link ContactEvent#add(Side)}.
   *
   * @param actor who adds
   */
  record Add(Side actor) implements ContactEvent {
    /** Checks that the actor is not null. */
    public Add {
      Objects.requireNonNull(actor, "actor");
    }

    @Override
    public String toString() {
      return "add(" + actor + ")";
    }
  }

  /**
   * See {@link ContactEvent#accept(Side, boolean)}.
   *
   * @param actor who accepts
   * @param addToContacts whether the actor also adds the requester back
   */
  record Accept(Side actor, boolean addToContacts) implements ContactEvent {
    /** Checks that the actor is not null. */
    public Accept {
      Objects.requireNonNull(actor, "actor");
    }

    @Override
    public String toString() {
      return addToContacts ? "accept(" + actor + ")" : "accept(" + actor + ", without adding)";
    }
  }

  /**
   * See {@link ContactEvent#decline(Side)}.
   *
   * @param actor who declines
   */
  record Decline(Side actor) implements ContactEvent {
    /** Checks that the actor is not null. */
    public Decline {
      Objects.requireNonNull(actor, "actor");
    }

    @Override
    public String toString() {
      return "decline(" + actor + ")";
    }
  }

  /**
   * See {@link ContactEvent#ignore(Side)}.
   *
   * @param actor who ignores
   */
  record Ignore(Side actor) implements ContactEvent {
    /** Checks that the actor is not null. */
    public Ignore {
      Objects.requireNonNull(actor, "actor");
    }

    @Override
    public String toString() {
      return "ignore(" + actor + ")";
    }
  }

  /**
   * See {@link ContactEvent#block(Side)}.
   *
   * @param actor who blocks
   */
  record Block(Side actor) implements ContactEvent {
    /** Checks that the actor is not null. */
    public Block {
      Objects.requireNonNull(actor, "actor");
    }

    @Override
    public String toString() {
      return "block(" + actor + ")";
    }
  }

  /**
   * See {@link ContactEvent#unblock(Side)}.
   *
   * @param actor who unblocks
   */
  record Unblock(Side actor) implements ContactEvent {
    /** Checks that the actor is not null. */
    public Unblock {
      Objects.requireNonNull(actor, "actor");
    }

    @Override
    public String toString() {
      return "unblock(" + actor + ")";
    }
  }

  /**
   * See {@link ContactEvent#remove(Side)}.
   *
   * @param actor who removes
   */
  record Remove(Side actor) implements ContactEvent {
    /** Checks that the actor is not null. */
    public Remove {
      Objects.requireNonNull(actor, "actor");
    }

    @Override
    public String toString() {
      return "remove(" + actor + ")";
    }
  }

  /**
   * See {@link ContactEvent#preApprove(Side)}.
   *
   * @param actor who pre-approves
   */
  record PreApprove(Side actor) implements ContactEvent {
    /** Checks that the actor is not null. */
    public PreApprove {
      Objects.requireNonNull(actor, "actor");
    }

    @Override
    public String toString() {
      return "preApprove(" + actor + ")";
    }
  }

  /**
   * See {@link ContactEvent#changeAlerts(boolean)}.
   *
   * @param tellMeWhenSomeoneAddsMe the new alert setting
   */
  record ChangeAlerts(boolean tellMeWhenSomeoneAddsMe) implements ContactEvent {
    @Override
    public Side actor() {
      return Side.LYNC;
    }

    @Override
    public String toString() {
      return "changeAlerts(" + (tellMeWhenSomeoneAddsMe ? "tell me" : "don't tell me") + ")";
    }
  }

  /**
   * See {@link ContactEvent#changeContactsNotUsingLync(ContactsNotUsingLync)}.
   *
   * @param choice the new choice
   */
  record ChangeContactsNotUsingLync(ContactsNotUsingLync choice) implements ContactEvent {
    /** Checks that the choice is not null. */
    public ChangeContactsNotUsingLync {
      Objects.requireNonNull(choice, "choice");
    }

    @Override
    public Side actor() {
      return Side.LYNC;
    }

    @Override
    public String toString() {
      return "contactsNotUsingLync(" + choice + ")";
    }
  }

  /**
   * See {@link ContactEvent#changeRelationship(PrivacyRelationship)}.
   *
   * @param relationship the new relationship
   */
  record ChangeRelationship(PrivacyRelationship relationship) implements ContactEvent {
    /** Checks that the relationship is not null. */
    public ChangeRelationship {
      Objects.requireNonNull(relationship, "relationship");
    }

    @Override
    public Side actor() {
      return Side.LYNC;
    }

    @Override
    public String toString() {
      return "changeRelationship(" + relationship + ")";
    }
  }

  /**
   * See {@link ContactEvent#moveToGroup(String)}.
   *
   * @param group the new group's name
   */
  record MoveToGroup(String group) implements ContactEvent {
    /** Checks that the group is not null. */
    public MoveToGroup {
      Objects.requireNonNull(group, "group");
    }

    @Override
    public Side actor() {
      return Side.LYNC;
    }

    @Override
    public String toString() {
      return "moveToGroup(\"" + group + "\")";
    }
  }

  /**
   * See {@link ContactEvent#gatesChanged(Gates)}. The gates are the Lync user's organization's, so
   * the actor is {@link Side#LYNC}.
   *
   * @param gates the new gates
   */
  record GatesChanged(Gates gates) implements ContactEvent {
    /** Checks that the gates are not null. */
    public GatesChanged {
      Objects.requireNonNull(gates, "gates");
    }

    @Override
    public Side actor() {
      return Side.LYNC;
    }

    @Override
    public String toString() {
      if (gates.equals(Gates.allOpen())) {
        return "gates(all open)";
      }
      if (gates.equals(Gates.allClosed())) {
        return "gates(all closed)";
      }
      return "gates(L->S presence "
          + flag(gates.presenceLyncToSkype())
          + " im "
          + flag(gates.imLyncToSkype())
          + "; S->L presence "
          + flag(gates.presenceSkypeToLync())
          + " im "
          + flag(gates.imSkypeToLync())
          + ")";
    }

    private static String flag(boolean open) {
      return open ? "open" : "closed";
    }
  }
}
