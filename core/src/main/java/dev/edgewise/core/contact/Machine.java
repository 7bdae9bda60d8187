package dev.edgewise.core.contact;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import dev.edgewise.core.contact.SubscriptionMessage.Delivery;
import dev.edgewise.core.contact.SubscriptionMessage.Kind;
import dev.edgewise.core.contact.Transition.Outcome;
import dev.edgewise.core.contact.Transition.Refusal;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The working copy of one transition: mutable, confined to one {@link ContactRelationship#apply}
 * call, thrown away afterwards. Every public type stays immutable; the mutation here only avoids
 * rebuilding records for each stanza of an event.
 */
final class Machine {

  private final ContactRelationship before;
  private final Half lync;
  private final Half skype;
  private String group;
  private PrivacyRelationship relationship;
  private ClientSettings settings;
  private Gates gates;
  private final ImmutableList.Builder<SubscriptionMessage> messages = ImmutableList.builder();

  Machine(ContactRelationship r) {
    this.before = r;
    lync = new Half(r.state(Side.LYNC));
    skype = new Half(r.state(Side.SKYPE));
    group = r.lyncGroup();
    relationship = r.chosenRelationship();
    settings = r.clientSettings();
    gates = r.gates();
  }

  Transition run(ContactEvent event) {
    Refusal refusal = dispatch(event);
    if (refusal != null) {
      return new Transition(event, Outcome.REFUSED, refusal, ImmutableList.of(), before);
    }
    ContactRelationship next =
        new ContactRelationship(
            side(Side.LYNC), side(Side.SKYPE), group, relationship, settings, gates);
    if (next.equals(before)) {
      return new Transition(event, Outcome.NO_OP, null, messages.build(), before);
    }
    return new Transition(event, Outcome.APPLIED, null, messages.build(), next);
  }

  private SideState side(Side s) {
    Half h = half(s);
    return new SideState(h.sub, h.listed, h.approved, h.acked, h.blocks);
  }

  private Half half(Side s) {
    return s == Side.LYNC ? lync : skype;
  }

  /** One side's mutable working state. */
  private static final class Half {
    Subscription sub;
    boolean listed;
    boolean approved;
    boolean acked;
    boolean blocks;

    Half(SideState st) {
      sub = st.subscription();
      listed = st.listed();
      approved = st.preApproved();
      acked = st.acknowledged();
      blocks = st.blocking();
    }
  }

  /** Carries out the event on the working copy; returns why it was refused, or null. */
  private @Nullable Refusal dispatch(ContactEvent e) {
    Side x = e.actor();
    if (e instanceof ContactEvent.Add) {
      return add(x);
    } else if (e instanceof ContactEvent.Accept a) {
      return accept(x, a.addToContacts());
    } else if (e instanceof ContactEvent.Decline) {
      return decline(x);
    } else if (e instanceof ContactEvent.Ignore) {
      // The request stays pending and shown: RFC 6121 3.1.3 re-delivers an unanswered request.
      return null;
    } else if (e instanceof ContactEvent.Block) {
      half(x).blocks = true;
      return null;
    } else if (e instanceof ContactEvent.Unblock) {
      half(x).blocks = false;
      refresh(x);
      return null;
    } else if (e instanceof ContactEvent.Remove) {
      remove(x);
      return null;
    } else if (e instanceof ContactEvent.PreApprove) {
      return preApprove(x);
    } else if (e instanceof ContactEvent.ChangeAlerts c) {
      settings = settings.withTellMeWhenSomeoneAddsMe(c.tellMeWhenSomeoneAddsMe());
      return null;
    } else if (e instanceof ContactEvent.ChangeContactsNotUsingLync c) {
      settings = settings.withContactsNotUsingLync(c.choice());
      return null;
    } else if (e instanceof ContactEvent.ChangeRelationship c) {
      return changeRelationship(c.relationship());
    } else if (e instanceof ContactEvent.MoveToGroup m) {
      return moveToGroup(m.group());
    } else {
      // ContactEvent is sealed: GatesChanged is the only type left.
      gates = ((ContactEvent.GatesChanged) e).gates();
      refresh(Side.LYNC);
      refresh(Side.SKYPE);
      return null;
    }
  }

  private @Nullable Refusal add(Side x) {
    list(x, PrivacyRelationship.EXTERNAL_CONTACTS);
    // A blocker's own server refuses its requests (contact brief section 4, rule 2): the entry
    // is made and shown Blocked, and nothing goes out. Unblocking does not send it later either;
    // adding again does.
    if (!half(x).blocks) {
      send(x, Kind.SUBSCRIBE);
    }
    return null;
  }

  private @Nullable Refusal accept(Side x, boolean addBack) {
    Half a = half(x);
    if (x == Side.SKYPE && !addBack) {
      return Refusal.SKYPE_ACCEPT_ALWAYS_ADDS;
    }
    if (a.blocks) {
      return Refusal.ACTOR_BLOCKS;
    }
    if (!a.sub.pendingIn()) {
      return Refusal.NO_PENDING_REQUEST;
    }
    if (!gates.presence(x.other())) {
      return Refusal.PRESENCE_GATE_CLOSED;
    }
    if (addBack) {
      list(x, PrivacyRelationship.EXTERNAL_CONTACTS);
    }
    approve(x, addBack);
    return null;
  }

  /**
   * Sends the approval and, when adding back, the reciprocal request. The caller has checked that
   * a request is pending and that the gate the approval needs is open.
   */
  private void approve(Side x, boolean addBack) {
    send(x, Kind.SUBSCRIBED);
    Subscription s = half(x).sub;
    if (addBack && !s.to() && !s.pendingOut()) {
      send(x, Kind.SUBSCRIBE);
    }
  }

  private @Nullable Refusal decline(Side x) {
    Half a = half(x);
    if (a.sub.pendingIn()) {
      send(x, Kind.UNSUBSCRIBED);
      return null;
    }
    if (a.approved) {
      // RFC 6121 A.2 footnote [c]: an unrouted 'unsubscribed' cancels a pre-approval.
      a.approved = false;
      messages.add(new SubscriptionMessage(x, Kind.UNSUBSCRIBED, Delivery.NOT_ROUTED));
      return null;
    }
    return Refusal.NO_PENDING_REQUEST;
  }

  private void remove(Side x) {
    Half a = half(x);
    // RFC 6121 2.5.2, extended to pending requests in both directions so nothing is left dangling
    // on the other side. The two stanzas touch disjoint halves of the state, so their order is
    // immaterial.
    if (a.sub.to() || a.sub.pendingOut()) {
      send(x, Kind.UNSUBSCRIBE);
    }
    if (a.sub.from() || a.sub.pendingIn()) {
      send(x, Kind.UNSUBSCRIBED);
    } else if (a.approved) {
      messages.add(new SubscriptionMessage(x, Kind.UNSUBSCRIBED, Delivery.NOT_ROUTED));
    }
    a.approved = false;
    a.listed = false;
  }

  private @Nullable Refusal preApprove(Side x) {
    Half a = half(x);
    if (a.blocks) {
      return Refusal.ACTOR_BLOCKS;
    }
    if (a.sub.from()) {
      // RFC 6121 3.4.2: the contact already sees the user; silently ignored.
      return null;
    }
    if (a.sub.pendingIn()) {
      // RFC 6121 3.4.2: with a request waiting this is an ordinary approval.
      if (!gates.presence(x.other())) {
        return Refusal.PRESENCE_GATE_CLOSED;
      }
      list(x, PrivacyRelationship.EXTERNAL_CONTACTS);
      approve(x, false);
      return null;
    }
    list(x, PrivacyRelationship.EXTERNAL_CONTACTS);
    a.approved = true;
    messages.add(new SubscriptionMessage(x, Kind.SUBSCRIBED, Delivery.NOT_ROUTED));
    return null;
  }

  private @Nullable Refusal changeRelationship(PrivacyRelationship r) {
    if (r == PrivacyRelationship.BLOCKED) {
      return Refusal.BLOCKED_IS_SET_BY_BLOCK;
    }
    if (!lync.listed) {
      return Refusal.NOT_LISTED;
    }
    // While blocking, this changes the relationship that unblocking restores.
    relationship = r;
    return null;
  }

  private @Nullable Refusal moveToGroup(String g) {
    if (CharMatcher.whitespace().matchesAllOf(g)) {
      return Refusal.BLANK_GROUP_NAME;
    }
    if (!lync.listed) {
      return Refusal.NOT_LISTED;
    }
    group = g;
    return null;
  }

  /** Puts the other person on {@code x}'s list; a new Lync entry gets the defaults. */
  private void list(Side x, PrivacyRelationship newEntryRelationship) {
    Half a = half(x);
    if (!a.listed) {
      a.listed = true;
      if (x == Side.LYNC) {
        group = ContactRelationship.DEFAULT_GROUP;
        relationship = newEntryRelationship;
      }
    }
  }

  /**
   * Re-sends {@code x}'s request if it never crossed the gate and now can, as a SIP client
   * refreshes a subscription: after a gate opens or {@code x} unblocks.
   */
  private void refresh(Side x) {
    Half a = half(x);
    if (a.sub.pendingOut() && !a.acked && !a.blocks && gates.presence(x)) {
      send(x, Kind.SUBSCRIBE);
    }
  }

  /** Sends one stanza from {@code x}: sender's server (A.2), the edge, receiver's server (A.3). */
  private void send(Side x, Kind kind) {
    Half a = half(x);
    if (!a.sub.routesOutbound(kind)) {
      messages.add(new SubscriptionMessage(x, kind, Delivery.NOT_ROUTED));
      return;
    }
    boolean gateOpen =
        switch (kind) {
          case SUBSCRIBE -> gates.presence(x);
          case SUBSCRIBED -> gates.presence(x.other());
          case UNSUBSCRIBE, UNSUBSCRIBED -> true;
        };
    if (!gateOpen && kind == Kind.SUBSCRIBED) {
      // Unreachable: approvals are refused up front when their gate is closed, so that the two
      // sides never disagree. Kept as a no-op rather than an exception: the machine never throws.
      messages.add(new SubscriptionMessage(x, kind, Delivery.STOPPED_AT_GATE));
      return;
    }
    a.sub = a.sub.afterOutbound(kind);
    if (!a.sub.pendingOut()) {
      a.acked = false;
    }
    if (!gateOpen) {
      // The sender's client counts the request as pending; the other side never hears of it.
      messages.add(new SubscriptionMessage(x, kind, Delivery.STOPPED_AT_GATE));
      return;
    }
    receive(x.other(), x, kind);
  }

  private void receive(Side y, Side x, Kind kind) {
    Half b = half(y);
    if (kind == Kind.SUBSCRIBE) {
      half(x).acked = half(x).sub.pendingOut();
      if (dropsRequests(y)) {
        // Polite: acknowledged like any request, so the sender cannot tell it from no answer.
        messages.add(new SubscriptionMessage(x, kind, Delivery.ABSORBED));
        return;
      }
    }
    if (!b.sub.deliversInbound(kind)) {
      messages.add(new SubscriptionMessage(x, kind, Delivery.ABSORBED));
      return;
    }
    b.sub = b.sub.afterInbound(kind);
    if (!b.sub.pendingOut()) {
      b.acked = false;
    }
    messages.add(new SubscriptionMessage(x, kind, Delivery.DELIVERED));
    if (kind == Kind.SUBSCRIBE) {
      answerAutomatically(y);
    }
  }

  /** Whether {@code y} drops the other person's requests unseen. */
  private boolean dropsRequests(Side y) {
    Half b = half(y);
    if (b.blocks) {
      return true;
    }
    // "Block all invites and communications" spares those the Lync user already chose.
    return y == Side.LYNC
        && settings.contactsNotUsingLync() == ContactsNotUsingLync.BLOCK_ALL
        && !b.listed
        && !b.approved
        && !b.sub.from();
  }

  /**
   * A request just reached {@code y}'s pending-in. A pre-approval answers it on {@code y}'s behalf
   * (RFC 6121 3.4, used up); a Lync user without "Tell me when someone adds me" adds the requester
   * back at once as a Colleague. The gate the answer needs is the one the request just crossed.
   */
  private void answerAutomatically(Side y) {
    Half b = half(y);
    if (b.approved) {
      b.approved = false;
      send(y, Kind.SUBSCRIBED);
    } else if (y == Side.LYNC && !settings.tellMeWhenSomeoneAddsMe()) {
      list(y, PrivacyRelationship.COLLEAGUES);
      approve(y, true);
    }
  }
}
