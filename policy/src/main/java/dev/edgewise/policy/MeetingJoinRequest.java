package dev.edgewise.policy;

import dev.edgewise.address.SipUri;
import java.util.Objects;

/**
 * A question about a meeting: may {@code participant} join a meeting that the organization's user
 * {@code organizer} organized? Decided by {@link ExternalAccessEvaluator#evaluate(MeetingJoinRequest)}.
 *
 * <p>An anonymous participant ({@link RemoteParty#anonymous(String)}) needs the edge's {@code
 * AllowAnonymousUsers} and {@code AllowOutsideUsers} (on-premises) and the organizer's conferencing
 * policy {@code AllowAnonymousParticipantsInMeetings}. Any other participant goes through the gates
 * of its class, for the organizer, as an outbound request would; online, while the organizer admits
 * anonymous participants, the domain lists do not apply to the meeting.
 *
 * <pre>{@code
 * SipUri alice = SipUri.parse("sip:alice@contoso.com");
 * evaluator.evaluate(MeetingJoinRequest.anonymous(alice)).isAllowed();
 * evaluator.evaluate(MeetingJoinRequest.of(alice,
 *     RemoteParty.of(SipUri.parse("sip:erin@northwind.com"))));
 * }</pre>
 *
 * @param organizer the organization's user who organized the meeting
 * @param participant who joins
 */
public record MeetingJoinRequest(SipUri organizer, RemoteParty participant) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public MeetingJoinRequest {
    Objects.requireNonNull(organizer, "organizer");
    Objects.requireNonNull(participant, "participant");
  }

  /** Returns a request for this participant to join the organizer's meeting. */
  public static MeetingJoinRequest of(SipUri organizer, RemoteParty participant) {
    return new MeetingJoinRequest(organizer, participant);
  }

  /** Returns a request for an anonymous participant to join the organizer's meeting. */
  public static MeetingJoinRequest anonymous(SipUri organizer) {
    return new MeetingJoinRequest(organizer, RemoteParty.anonymous("anonymous participant"));
  }
}
