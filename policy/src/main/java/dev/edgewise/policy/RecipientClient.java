package dev.edgewise.policy;

import dev.edgewise.core.contact.ClientSettings;
import dev.edgewise.core.contact.ContactRelationship;
import dev.edgewise.core.contact.ContactStanding;
import dev.edgewise.core.contact.PrivacyRelationship;
import java.util.Objects;

/**
 * The recipient's client, as an {@link InboundRequest} can carry it: the Lync user's own {@link
 * ClientSettings} and where the sender stands with them (the privacy relationship the user gave
 * the sender, and whether the user approved them). With it, the decision says besides the server's
 * answer whether the client shows the item ({@link Decision#clientVerdict()}). Whether the sender
 * uses Lync follows from the remote party's class, and whether they are on the contact list is the
 * request's {@code senderInContacts}: each fact has one place.
 *
 * <pre>{@code
 * RecipientClient dnd = RecipientClient.of(ClientSettings.builder()
 *     .presenceStatus(PresenceStatus.DO_NOT_DISTURB).build());
 * RecipientClient workgroup = dnd.withSender(PrivacyRelationship.WORKGROUP, true);
 * }</pre>
 *
 * @param settings the recipient's client settings
 * @param senderRelationship the privacy relationship the recipient gives the sender ({@link
 *     PrivacyRelationship#BLOCKED} while blocking them)
 * @param senderApproved whether the recipient lets the sender see them ("Allow this person to see
 *     you when you are online and contact you")
 */
public record RecipientClient(
    ClientSettings settings, PrivacyRelationship senderRelationship, boolean senderApproved) {

  /** Checks that no component is null. */
  public RecipientClient {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(senderRelationship, "senderRelationship");
  }

  /** Returns the client with these settings, the sender an unapproved External Contact. */
  public static RecipientClient of(ClientSettings settings) {
    return new RecipientClient(settings, PrivacyRelationship.EXTERNAL_CONTACTS, false);
  }

  /**
   * Returns the Lync user's client in a relationship with a Skype user: its settings, and the
   * Skype user's relationship and approval as the relationship holds them.
   *
   * <pre>{@code
   * RecipientClient c = RecipientClient.of(step.relationship());
   * }</pre>
   */
  public static RecipientClient of(ContactRelationship relationship) {
    ContactStanding s = ContactStanding.of(relationship);
    return new RecipientClient(relationship.clientSettings(), s.relationship(), s.approved());
  }

  /** Returns a copy with the sender's relationship and approval. */
  public RecipientClient withSender(PrivacyRelationship relationship, boolean approved) {
    return new RecipientClient(settings, relationship, approved);
  }
}
