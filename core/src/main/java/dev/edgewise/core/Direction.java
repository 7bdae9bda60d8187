package dev.edgewise.core;

/**
 * Who initiates a communication attempt, seen from the organization.
 *
 * <p>A request is {@link #OUTBOUND} when the organization's own user initiates it (sends the IM,
 * places the call, subscribes to the other's presence) and {@link #INBOUND} when the external party
 * does. Direction matters because inbound requests are checked against the recipient's policy and
 * against the sender's verification, outbound ones against the initiator's policy.
 *
 * <pre>{@code
 * Direction d = Direction.OUTBOUND;
 * d.opposite();   // INBOUND
 * }</pre>
 */
public enum Direction {
  /** The organization's user initiates; the external party receives. */
  OUTBOUND,
  /** The external party initiates; the organization's user receives. */
  INBOUND;

  /** Returns the other direction. */
  public Direction opposite() {
    return this == OUTBOUND ? INBOUND : OUTBOUND;
  }
}
