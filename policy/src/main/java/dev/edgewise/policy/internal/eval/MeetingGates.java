package dev.edgewise.policy.internal.eval;

import dev.edgewise.address.Domain;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.RuleId;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Joining a meeting the organization's user organized. An anonymous participant needs, on
 * premises, the edge's {@code AllowAnonymousUsers} and {@code AllowOutsideUsers}, and on both
 * platforms the organizer's conferencing policy {@code AllowAnonymousParticipantsInMeetings}
 * (admit). A federated or hosted participant goes through the gates of its class for the
 * organizer, as an outbound request; online, while the organizer admits anonymous participants,
 * the domain lists do not apply to the meeting (a blocked domain's user joins as an anonymous
 * participant). A public provider's user cannot join: conferencing never crossed public IM.
 */
final class MeetingGates {
  private final CompiledConfiguration config;
  private final OnPremisesGates onPremises;
  private final OnlineGates online;
  private final XmppGates xmpp;

  MeetingGates(
      CompiledConfiguration config, OnPremisesGates onPremises, OnlineGates online, XmppGates xmpp) {
    this.config = config;
    this.onPremises = onPremises;
    this.online = online;
    this.xmpp = xmpp;
  }

  void join(Ask a, Verdicts v) {
    if (a.user == null) {
      v.found(RuleId.UNKNOWN_LOCAL_USER, "users");
    }
    switch (a.party.cls) {
      // Our reading (docs/policy.md): an unmanaged Teams account joins as an anonymous
      // participant would, so it needs what anonymous join needs and nothing less.
      case ANONYMOUS, TEAMS_CONSUMER -> anonymous(a, v);
      case INTERNAL -> {
        if (a.user != null) {
          v.found(RuleId.INTERNAL, "SIP domains");
        }
      }
      case FEDERATED, HOSTED -> federated(a, v);
      case PUBLIC_PROVIDER_USER -> v.found(
          RuleId.PUBLIC_PROVIDER_NO_MEETINGS, "capabilities", Detail.MEETING, null, null);
      case XMPP_PARTNER -> xmpp.run(a, v, true);
      case NOT_MODELLED, REMOTE_USER -> v.found(RuleId.NOT_MODELLED, "remote party");
    }
  }

  private void anonymous(Ask a, Verdicts v) {
    OnPremisesConfiguration p = config.onPremises();
    if (p != null) {
      v.found(
          p.accessEdge().allowAnonymousUsers()
              ? RuleId.EDGE_ANONYMOUS_ON
              : RuleId.EDGE_ANONYMOUS_OFF,
          "AllowAnonymousUsers");
      RemoteAccessGates.outside(p, v);
    }
    if (a.user != null) {
      v.found(
          admitsAnonymous(a) ? RuleId.ANONYMOUS_PARTICIPANT : RuleId.CONFERENCING_POLICY_NO_ANONYMOUS,
          "AllowAnonymousParticipantsInMeetings");
    }
  }

  private void federated(Ask a, Verdicts v) {
    if (!config.isOnline()) {
      if (a.party.cls == dev.edgewise.policy.RemoteClass.HOSTED) {
        onPremises.hosted(a, v);
      } else {
        onPremises.federated(a, v);
      }
      return;
    }
    online.federated(a, a.user != null && admitsAnonymous(a) ? new Waiver(v) : v);
  }

  private boolean admitsAnonymous(Ask a) {
    SurfaceIndex.InForce f = config.surface().conferencing(a.localUser);
    return f != null && f.policy().allowAnonymousParticipantsInMeetings();
  }

  /**
   * Online, with anonymous join on: a domain-list refusal does not apply to the meeting, and the
   * participant joins as an anonymous one.
   */
  private static final class Waiver implements Verdicts {
    private final Verdicts to;

    Waiver(Verdicts to) {
      this.to = to;
    }

    @Override
    public void found(
        RuleId rule, String setting, Detail detail, @Nullable Domain domain, @Nullable String entry) {
      if (rule == RuleId.DOMAIN_BLOCKED || rule == RuleId.DOMAIN_NOT_ALLOWED) {
        to.found(RuleId.MEETING_DOMAIN_LISTS_NOT_APPLIED, setting, detail, domain, entry);
        to.found(
            RuleId.ANONYMOUS_PARTICIPANT,
            "AllowAnonymousParticipantsInMeetings",
            Detail.MEETING,
            domain,
            null);
      } else {
        to.found(rule, setting, detail, domain, entry);
      }
    }
  }
}
