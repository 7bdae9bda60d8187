package dev.edgewise.policy.internal.eval;

import dev.edgewise.address.Domain;
import dev.edgewise.policy.OnlineTenantConfiguration;
import dev.edgewise.policy.PublicProvider;
import dev.edgewise.policy.RuleId;

/**
 * The rows of the gate table beyond federation and public IM: XMPP partners and anonymous users in
 * peer-to-peer requests, meetings, remote sign-in, and the Microsoft account written on one of
 * the organization's own SIP domains. {@link Gates} delegates here.
 */
final class SurfaceGates {
  private final CompiledConfiguration config;
  private final XmppGates xmpp;
  private final MeetingGates meetings;
  private final RemoteAccessGates remote;

  SurfaceGates(
      CompiledConfiguration config,
      SharedGates shared,
      OnPremisesGates onPremises,
      OnlineGates online) {
    this.config = config;
    this.xmpp = new XmppGates(config, shared);
    this.meetings = new MeetingGates(config, onPremises, online, xmpp);
    this.remote = new RemoteAccessGates(config, shared);
  }

  /** A peer-to-peer request (IM, presence, a call; either direction) with such a party. */
  void request(Ask a, Verdicts v) {
    switch (a.party.cls) {
      case XMPP_PARTNER -> xmpp.run(a, v, false);
      case ANONYMOUS -> v.found(RuleId.ANONYMOUS_CONFERENCE_ONLY, "meetings");
      default -> v.found(RuleId.NOT_MODELLED, "remote party");
    }
  }

  void meeting(Ask a, Verdicts v) {
    meetings.join(a, v);
  }

  void signIn(Ask a, Verdicts v) {
    remote.signIn(a, v);
  }

  /**
   * A Microsoft account on one of the organization's own SIP domains, while public IM
   * connectivity is on (the era carries it, and online {@code AllowPublicUsers}, on-premises the
   * serving provider enabled): not a valid external party. Reports only a denial.
   */
  void accountOnOwnDomain(Ask a, Verdicts v) {
    Domain own = a.party.accountDomain;
    if (own == null || !config.isSipDomain(own) || !config.era().carriesPublicIm()) {
      return;
    }
    OnlineTenantConfiguration t = config.onlineTenant();
    PublicProvider p = a.party.provider;
    boolean publicImOn =
        t != null
            ? t.allowPublicUsers()
            : p != null && p.enabled() && config.serves(p);
    if (publicImOn) {
      v.found(RuleId.ACCOUNT_ON_OWN_DOMAIN, "SIP domains", Detail.NONE, own, null);
    }
  }
}
