package dev.edgewise.policy.internal.eval;

import dev.edgewise.policy.RuleId;

/**
 * Runs every gate that applies to a request, in the order of the gate table ({@code
 * docs/policy.md}), without stopping at the first denial. The gates themselves live in {@link
 * OnPremisesGates}, {@link OnlineGates} and, for those both platforms share, {@link SharedGates}.
 */
public final class Gates {
  private final OnPremisesGates onPremises;
  private final OnlineGates online;
  private final TeamsGates teams;
  private final SplitDomainGate splitDomain;
  private final boolean isOnline;
  private final SurfaceGates surface;

  public Gates(CompiledConfiguration config) {
    SharedGates shared = new SharedGates(config);
    this.onPremises = new OnPremisesGates(config, shared);
    this.teams = new TeamsGates(config);
    this.online = new OnlineGates(config, shared, teams);
    this.splitDomain = new SplitDomainGate(config);
    this.isOnline = config.isOnline();
    this.surface = new SurfaceGates(config, shared, onPremises, online);
  }

  /**
   * Runs the gates. A local user the configuration does not declare is denied and the policy
   * gates are skipped for them (no policy is in force for an unknown user); the other gates are
   * still reported.
   */
  public void run(Ask a, Verdicts v) {
    if (a.user == null) {
      v.found(RuleId.UNKNOWN_LOCAL_USER, "users");
    }
    switch (a.party.cls) {
      case INTERNAL -> {
        if (SplitDomainGate.applies(a)) {
          splitDomain.run(a, v);
        } else {
          if (SplitDomainGate.appliesOnline(a)) {
            splitDomain.onlineHalf(a, v);
          }
          if (a.user != null) {
            v.found(RuleId.INTERNAL, "SIP domains");
          }
        }
      }
      case NOT_MODELLED -> v.found(RuleId.NOT_MODELLED, "remote party");
      case TEAMS_CONSUMER -> {
        if (isOnline) {
          teams.consumer(a, v);
        } else {
          v.found(RuleId.TEAMS_CONSUMER_NOT_SUPPORTED, "product");
        }
      }
      case FEDERATED -> {
        if (isOnline) {
          online.federated(a, v);
        } else {
          onPremises.federated(a, v);
        }
      }
      case HOSTED -> {
        if (isOnline) {
          online.federated(a, v);
        } else {
          onPremises.hosted(a, v);
        }
      }
      case PUBLIC_PROVIDER_USER -> {
        if (isOnline) {
          online.publicUser(a, v);
        } else {
          onPremises.publicUser(a, v);
        }
        surface.accountOnOwnDomain(a, v);
      }
      case XMPP_PARTNER, ANONYMOUS, REMOTE_USER -> surface.request(a, v);
    }
  }

  /** Runs the gates of a meeting join; see {@link MeetingGates}. */
  public void meeting(Ask a, Verdicts v) {
    surface.meeting(a, v);
  }

  /** Runs the gates of a remote sign-in; see {@link RemoteAccessGates}. */
  public void signIn(Ask a, Verdicts v) {
    surface.signIn(a, v);
  }
}
