package dev.edgewise.policy.internal.eval;

import dev.edgewise.core.contact.ClientGate;
import dev.edgewise.core.contact.ClientItem;
import dev.edgewise.core.contact.ContactStanding;
import dev.edgewise.core.contact.ServerDelivery;
import dev.edgewise.policy.Decision;
import dev.edgewise.policy.InboundRequest;
import dev.edgewise.policy.RecipientClient;
import dev.edgewise.policy.RemoteClass;
import java.util.Optional;

/**
 * The recipient's client as a gate of its own, after the server's: core's {@link ClientGate}
 * decides from the recipient's settings, the sender's standing and what the server did; this
 * class fills those in from the request, the decision and the configuration ({@code
 * EnablePrivacyMode}). The server's answer is not changed.
 */
public final class ClientGates {

  private ClientGates() {}

  /** Returns the decision with the client's verdict, when the request carries the client. */
  public static Decision attach(Decision d, InboundRequest in, CompiledConfiguration config) {
    Optional<RecipientClient> carried = in.recipientClient();
    if (carried.isEmpty()) {
      return d;
    }
    RecipientClient c = carried.get();
    ContactStanding sender =
        new ContactStanding(
            usesLync(d.remoteClass()), in.senderInContacts(), c.senderApproved(),
            c.senderRelationship());
    ServerDelivery delivery =
        new ServerDelivery(
            ClientItem.forModality(in.modality()), d.isAllowed(), config.enablePrivacyMode());
    return d.withClientVerdict(ClientGate.decide(c.settings(), sender, delivery));
  }

  /**
   * Public IM users and unmanaged Teams accounts are the client's "contacts not using Lync";
   * every other party signs in to a Lync or Skype for Business server.
   */
  static boolean usesLync(RemoteClass cls) {
    return cls != RemoteClass.PUBLIC_PROVIDER_USER && cls != RemoteClass.TEAMS_CONSUMER;
  }
}
