package dev.edgewise.policy.internal.eval;

import dev.edgewise.core.Modality;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.RuleId;

/**
 * XMPP federation, through the XMPP gateway of Lync Server 2013 and Skype for Business Server
 * 2015. A product without the gateway denies ({@code XMPP_NOT_SUPPORTED}) and nothing else is
 * run: no setting of that product reaches an XMPP network. Otherwise: the edge's {@code
 * AllowFederatedUsers} (our fail-closed reading: every documented set-up has it on), the partner
 * declared (admit), the effective policy's {@code EnableXmppAccess} and {@code
 * EnableFederationAccess} (the initiator's outbound, the recipient's inbound), and the modality,
 * since the gateway carries IM and presence only.
 */
final class XmppGates {
  private final CompiledConfiguration config;
  private final SharedGates shared;

  XmppGates(CompiledConfiguration config, SharedGates shared) {
    this.config = config;
    this.shared = shared;
  }

  void run(Ask a, Verdicts v, boolean meeting) {
    if (!config.product().hasXmppGateway()) {
      v.found(RuleId.XMPP_NOT_SUPPORTED, "XMPP gateway");
      return;
    }
    OnPremisesConfiguration p = config.onPremises();
    if (p != null) {
      v.found(
          p.accessEdge().allowFederatedUsers()
              ? RuleId.EDGE_FEDERATION_ON
              : RuleId.EDGE_FEDERATION_OFF,
          "AllowFederatedUsers");
    }
    v.found(
        config.surface().xmppPartner(a.party.requireDomain()) != null
            ? RuleId.XMPP_PARTNER
            : RuleId.XMPP_PARTNER_MISSING,
        "XmppAllowedPartner",
        a.party.requireDomain());
    shared.policy(a, v, PolicyFlag.XMPP);
    shared.policy(a, v, PolicyFlag.FEDERATION);
    boolean carried = !meeting && (a.modality == Modality.IM || a.modality == Modality.PRESENCE);
    v.found(
        carried ? RuleId.XMPP_MODALITY_CARRIED : RuleId.XMPP_IM_AND_PRESENCE_ONLY,
        "XMPP gateway",
        meeting ? Detail.MEETING : Detail.NONE,
        null,
        null);
  }
}
