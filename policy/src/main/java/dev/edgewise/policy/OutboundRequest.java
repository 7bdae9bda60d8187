package dev.edgewise.policy;

import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Direction;
import dev.edgewise.core.Modality;
import java.util.Objects;

/**
 * A question about communication the organization's user initiates: may {@code localUser} send
 * an IM to, call, or subscribe to the presence of {@code remote}?
 *
 * <pre>{@code
 * OutboundRequest r = OutboundRequest.of(
 *     SipUri.parse("sip:alice@contoso.com"), SipUri.parse("sip:bob@outlook.com"), Modality.IM);
 * OutboundRequest.of(alice, MicrosoftAccount.parse("bob@fabrikam.com"), Modality.AUDIO);
 * OutboundRequest.typed(alice, "bob(fabrikam.com)@msn.com", Modality.IM);
 * }</pre>
 *
 * @param localUser the organization's user who initiates
 * @param remote the party outside (or inside) the organization
 * @param modality what is asked for
 */
public record OutboundRequest(SipUri localUser, RemoteParty remote, Modality modality) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException naming the component that is null
   */
  public OutboundRequest {
    Objects.requireNonNull(localUser, "localUser");
    Objects.requireNonNull(remote, "remote");
    Objects.requireNonNull(modality, "modality");
  }

  /** Returns a request to a party known by its SIP address. */
  public static OutboundRequest of(SipUri localUser, SipUri remote, Modality modality) {
    return new OutboundRequest(
        localUser, RemoteParty.of(Objects.requireNonNull(remote, "remote")), modality);
  }

  /** Returns a request to a Skype user known by their Microsoft account. */
  public static OutboundRequest of(SipUri localUser, MicrosoftAccount remote, Modality modality) {
    return new OutboundRequest(
        localUser, RemoteParty.of(Objects.requireNonNull(remote, "remote")), modality);
  }

  /** Returns a request to a party a person typed, classified when evaluated. */
  public static OutboundRequest typed(SipUri localUser, CharSequence remote, Modality modality) {
    return new OutboundRequest(
        localUser, RemoteParty.typed(Objects.requireNonNull(remote, "remote")), modality);
  }

  /** Returns {@link Direction#OUTBOUND}. */
  public Direction direction() {
    return Direction.OUTBOUND;
  }
}
