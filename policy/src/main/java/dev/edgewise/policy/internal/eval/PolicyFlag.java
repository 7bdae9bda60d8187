package dev.edgewise.policy.internal.eval;

import dev.edgewise.core.Modality;
import dev.edgewise.policy.ExternalAccessPolicy;
import dev.edgewise.policy.RemoteClass;
import dev.edgewise.policy.RuleId;
import java.util.List;

/** The external access policy settings the gates consult. */
enum PolicyFlag {
  FEDERATION(
      "EnableFederationAccess",
      RuleId.POLICY_FEDERATION_OFF,
      RuleId.POLICY_FEDERATION_ON,
      "communicate with federated and hosted organizations"),
  PUBLIC(
      "EnablePublicCloudAccess",
      RuleId.POLICY_PUBLIC_OFF,
      RuleId.POLICY_PUBLIC_ON,
      "communicate with public IM users such as Skype users"),
  PUBLIC_AV(
      "EnablePublicCloudAudioVideoAccess",
      RuleId.POLICY_PUBLIC_AV_OFF,
      RuleId.POLICY_PUBLIC_AV_ON,
      "call public IM users with audio or video"),
  OUTSIDE(
      "EnableOutsideAccess",
      RuleId.POLICY_OUTSIDE_OFF,
      RuleId.POLICY_OUTSIDE_ON,
      "sign in from the Internet without VPN"),
  XMPP(
      "EnableXmppAccess",
      RuleId.POLICY_XMPP_OFF,
      RuleId.POLICY_XMPP_ON,
      "communicate with users of XMPP partners");

  final String setting;
  final RuleId off;
  final RuleId on;
  final String what;

  PolicyFlag(String setting, RuleId off, RuleId on, String what) {
    this.setting = setting;
    this.off = off;
    this.on = on;
    this.what = what;
  }

  boolean isOn(ExternalAccessPolicy p) {
    return switch (this) {
      case FEDERATION -> p.enableFederationAccess();
      case PUBLIC -> p.enablePublicCloudAccess();
      case PUBLIC_AV -> p.enablePublicCloudAudioVideoAccess();
      case OUTSIDE -> p.enableOutsideAccess();
      case XMPP -> p.enableXmppAccess();
    };
  }

  /** Read once: {@code values()} copies its array per call, and {@link #of} runs per reason. */
  private static final List<PolicyFlag> ALL = List.of(values());

  /** The flag a policy rule id is about. */
  static PolicyFlag of(RuleId rule) {
    for (int i = 0; i < ALL.size(); i++) {
      PolicyFlag f = ALL.get(i);
      if (f.on == rule || f.off == rule) {
        return f;
      }
    }
    throw new IllegalArgumentException("not a policy rule: " + rule);
  }

  /** Whether a policy lets its users make this kind of request at all. */
  static boolean allows(ExternalAccessPolicy p, RemoteClass cls, Modality m) {
    if (cls == RemoteClass.PUBLIC_PROVIDER_USER) {
      return p.enablePublicCloudAccess()
          && (!m.isAudioVideo() || p.enablePublicCloudAudioVideoAccess());
    }
    if (cls == RemoteClass.REMOTE_USER) {
      return p.enableOutsideAccess();
    }
    if (cls == RemoteClass.XMPP_PARTNER) {
      return p.enableXmppAccess() && p.enableFederationAccess();
    }
    return p.enableFederationAccess();
  }
}
