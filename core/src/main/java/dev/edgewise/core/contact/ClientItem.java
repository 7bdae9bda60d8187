package dev.edgewise.core.contact;

import dev.edgewise.core.Modality;

/**
 * What the recipient's server handed to the Lync user's client, as far as the client's own
 * settings are concerned.
 *
 * <pre>{@code
 * ClientItem.forModality(Modality.IM);         // CONVERSATION
 * ClientItem.forModality(Modality.PRESENCE);   // PRESENCE
 * }</pre>
 */
public enum ClientItem {
  /** An invitation to a conversation: an IM, a call, video, a file or a shared screen. */
  CONVERSATION,
  /** A contact request: the sender added the user and asks to see the user's presence. */
  CONTACT_REQUEST,
  /** The sender watches the user's presence; the question is what the sender is shown. */
  PRESENCE;

  /**
   * Returns the item an inbound request of this modality hands the client: {@link #PRESENCE} for
   * presence, {@link #CONVERSATION} for everything else. (Whether a presence subscription is also a
   * new contact request is the contact state machine's business; ask for {@link #CONTACT_REQUEST}
   * separately.)
   */
  public static ClientItem forModality(Modality modality) {
    return modality == Modality.PRESENCE ? PRESENCE : CONVERSATION;
  }
}
