package dev.edgewise.policy.internal.eval;

import dev.edgewise.policy.ConferencingPolicy;
import dev.edgewise.policy.XmppPartner;

/**
 * Words the outcomes of remote access, meetings, XMPP and the Microsoft account on an own SIP
 * domain: who decided ({@code decidedBy}) and a sentence a help-desk engineer can read. {@link
 * Explainer} delegates here.
 */
final class AccessExplainer {
  private final CompiledConfiguration config;

  AccessExplainer(CompiledConfiguration config) {
    this.config = config;
  }

  String decidedBy(GateOutcome o, Ask a) {
    return switch (o.rule()) {
      case EDGE_OUTSIDE_ON, EDGE_OUTSIDE_OFF, EDGE_ANONYMOUS_ON, EDGE_ANONYMOUS_OFF -> Explainer.EDGE;
      case CONFERENCING_POLICY_NO_ANONYMOUS, ANONYMOUS_PARTICIPANT -> conferencingInForce(a);
      case MEETING_DOMAIN_LISTS_NOT_APPLIED -> Explainer.TENANT;
      case ANONYMOUS_CONFERENCE_ONLY -> "remote " + a.party.display;
      case XMPP_NOT_SUPPORTED -> "the product " + config.product().displayName();
      case XMPP_PARTNER_MISSING -> "the XMPP allowed partners (Get-CsXmppAllowedPartner)";
      case XMPP_PARTNER -> "XmppAllowedPartner " + partner(a).domain();
      case XMPP_IM_AND_PRESENCE_ONLY, XMPP_MODALITY_CARRIED -> "the XMPP gateway";
      case PUBLIC_PROVIDER_NO_MEETINGS -> "public IM connectivity";
      case ACCOUNT_ON_OWN_DOMAIN -> "the organization's SIP domain " + o.domain();
      case REMOTE_USER -> "user " + a.localUser;
      default -> throw new IllegalArgumentException("not an access rule: " + o.rule());
    };
  }

  String explanation(GateOutcome o, Ask a) {
    return switch (o.rule()) {
      case EDGE_OUTSIDE_ON -> "Remote user access is on (AllowOutsideUsers is True on the Access"
          + " Edge).";
      case EDGE_OUTSIDE_OFF -> a.party.cls == dev.edgewise.policy.RemoteClass.ANONYMOUS
          ? "Remote access is off on the Access Edge (AllowOutsideUsers is False), and the"
              + " setting covers anonymous users too, so no anonymous participant joins from"
              + " outside."
          : "Remote user access is off on the Access Edge (AllowOutsideUsers is False), so no"
              + " user signs in from the Internet.";
      case EDGE_ANONYMOUS_ON -> "Anonymous users may join meetings through the Access Edge"
          + " (AllowAnonymousUsers is True).";
      case EDGE_ANONYMOUS_OFF -> "Anonymous users are refused by the Access Edge"
          + " (AllowAnonymousUsers is False), so no anonymous participant joins any meeting.";
      case ANONYMOUS_PARTICIPANT -> o.detail() == Detail.MEETING
          ? "The organizer's meetings admit anonymous participants, so " + a.party.display
              + " may join as an anonymous participant."
          : "The organizer's conferencing policy admits anonymous participants"
              + " (AllowAnonymousParticipantsInMeetings is True).";
      case CONFERENCING_POLICY_NO_ANONYMOUS -> conferencingInForce(a) + " has"
          + " AllowAnonymousParticipantsInMeetings off, so meetings " + a.localUser
          + " organizes admit only authenticated participants.";
      case MEETING_DOMAIN_LISTS_NOT_APPLIED -> "The domain lists do not apply to a meeting whose"
          + " organizer admits anonymous participants: " + o.domain() + " would be refused by "
          + o.setting() + ", but its user may still join as an anonymous participant.";
      case ANONYMOUS_CONFERENCE_ONLY -> a.party.display + " is an anonymous user: anonymous users"
          + " join meetings and nothing else (no IM, presence or calls outside a meeting).";
      case XMPP_NOT_SUPPORTED -> config.product().displayName() + " has no XMPP gateway, so no"
          + " user reaches " + a.party.display + " through XMPP federation, whatever is set.";
      case XMPP_PARTNER_MISSING -> a.party.display + " is an XMPP address, but " + o.domain()
          + " is not one of the XMPP allowed partners' domains.";
      case XMPP_PARTNER -> o.domain() + " is a domain of the XMPP allowed partner "
          + partner(a).domain() + " (" + partner(a).partnerType().cmdletValue() + ").";
      case XMPP_MODALITY_CARRIED -> "The XMPP gateway carries " + a.modality.displayName() + ".";
      case XMPP_IM_AND_PRESENCE_ONLY -> o.detail() == Detail.MEETING
          ? "The XMPP gateway carries IM and presence only, so an XMPP partner's user cannot join"
              + " a meeting."
          : "The XMPP gateway carries IM and presence only, not " + a.modality.displayName() + ".";
      case PUBLIC_PROVIDER_NO_MEETINGS -> a.party.display + " is a public IM user, and"
          + " multiparty conferencing never crossed public IM connectivity; they may join only as"
          + " an anonymous participant, where the organizer's meetings admit them.";
      case ACCOUNT_ON_OWN_DOMAIN -> a.party.display + " is a Microsoft account on " + o.domain()
          + ", one of the organization's own SIP domains. While public IM connectivity is on, such"
          + " an account conflicts with the organization's users and is not a valid external"
          + " party. The ways out: turn public IM connectivity off, change the Microsoft account"
          + " to another domain, or use another domain for the organization.";
      case REMOTE_USER -> a.localUser + " is one of the organization's users and may sign in"
          + " from the Internet.";
      default -> throw new IllegalArgumentException("not an access rule: " + o.rule());
    };
  }

  private XmppPartner partner(Ask a) {
    XmppPartner p = config.surface().xmppPartner(a.party.requireDomain());
    if (p == null) {
      throw new IllegalStateException("an XMPP partner outcome without a partner");
    }
    return p;
  }

  /** The conferencing policy in force for the organizer, named with its scope. */
  String conferencingInForce(Ask a) {
    SurfaceIndex.InForce f = config.surface().conferencing(a.localUser);
    if (f == null) {
      return "no conferencing policy (" + a.localUser + " is not declared)";
    }
    ConferencingPolicy p = f.policy();
    String who = a.localUser.toString();
    return switch (f.basis()) {
      case USER_GRANT -> "ConferencingPolicy " + p.identity() + ", per-user scope, granted to " + who;
      case SITE_POLICY -> "ConferencingPolicy " + p.identity() + ", site scope, in force for " + who;
      case GLOBAL_POLICY -> "ConferencingPolicy " + p.identity() + ", global scope, in force for "
          + who;
      case NONE_ASSIGNED -> "no conferencing policy assigned to " + who
          + " (the service default admits anonymous participants)";
    };
  }
}
