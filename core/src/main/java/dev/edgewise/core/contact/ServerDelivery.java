package dev.edgewise.core.contact;

import java.util.Objects;

/**
 * What the Lync user's server did with one inbound item, and the one server setting the client's
 * answer depends on: {@code EnablePrivacyMode} of the privacy configuration in force for the user
 * ({@code CsPrivacyConfiguration}, off by default). The wiring in the policy module fills it in from
 * the external-access decision and the configuration.
 *
 * <pre>{@code
 * ServerDelivery d = ServerDelivery.delivered(ClientItem.PRESENCE).withPrivacyMode(true);
 * }</pre>
 *
 * @param item what the server handed over (or would have)
 * @param delivered whether the server delivered it; when not, the client has nothing to show
 * @param privacyModeEnabled the server's {@code EnablePrivacyMode}: users may limit their presence
 *     to the people on their contact list
 */
public record ServerDelivery(ClientItem item, boolean delivered, boolean privacyModeEnabled) {

  /** Checks that the item is not null. */
  public ServerDelivery {
    Objects.requireNonNull(item, "item");
  }

  /** The server delivered the item; privacy mode off. */
  public static ServerDelivery delivered(ClientItem item) {
    return new ServerDelivery(item, true, false);
  }

  /** The server did not deliver the item; privacy mode off. */
  public static ServerDelivery notDelivered(ClientItem item) {
    return new ServerDelivery(item, false, false);
  }

  /** Returns a copy with the server's {@code EnablePrivacyMode} set. */
  public ServerDelivery withPrivacyMode(boolean enabled) {
    return new ServerDelivery(item, delivered, enabled);
  }
}
