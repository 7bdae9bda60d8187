package dev.edgewise.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.edgewise.core.contact.ClientSettings;
import dev.edgewise.core.contact.ContactEvent;
import dev.edgewise.core.contact.ContactRelationship;
import dev.edgewise.core.contact.Gates;
import dev.edgewise.core.contact.PresenceStatus;
import dev.edgewise.core.contact.PrivacyRelationship;
import dev.edgewise.core.contact.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RecipientClient} read from a relationship carries its settings and the sender's standing.
 */
class RecipientClientTest {

  private static final ClientSettings DND =
      ClientSettings.builder().presenceStatus(PresenceStatus.DO_NOT_DISTURB).build();

  @Test
  void aNewRelationshipIsAnUnapprovedExternalContact() {
    ContactRelationship r = ContactRelationship.initial(Gates.allOpen(), DND);
    assertEquals(RecipientClient.of(DND), RecipientClient.of(r));
  }

  @Test
  void anApprovedWorkgroupSenderIsReadAsSuch() {
    ContactRelationship r =
        ContactRelationship.initial(Gates.allOpen(), DND)
            .applyAll(
                List.of(
                    ContactEvent.add(Side.SKYPE),
                    ContactEvent.accept(Side.LYNC),
                    ContactEvent.changeRelationship(PrivacyRelationship.WORKGROUP)));
    assertEquals(
        new RecipientClient(DND, PrivacyRelationship.WORKGROUP, true), RecipientClient.of(r));
    assertEquals(
        RecipientClient.of(DND).withSender(PrivacyRelationship.WORKGROUP, true),
        RecipientClient.of(r));
  }
}
