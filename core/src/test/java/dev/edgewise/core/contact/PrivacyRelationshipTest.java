package dev.edgewise.core.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The privacy relationship table of the domain brief, section 5, row by row. */
class PrivacyRelationshipTest {

  // Columns: Blocked, External Contacts, Colleagues, Workgroup, Friends and Family ("x" = shown).
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "DISPLAY_NAME,      x x x x x",
    "EMAIL,             x x x x x",
    "TITLE,             - x x x x",
    "COMPANY,           - x x x x",
    "PICTURE,           - x x x x",
    "WORK_PHONE,        - - x x x",
    "OFFICE,            - - x x x",
    "WORK_ADDRESS,      - - x x x",
    "FREE_BUSY,         - - x x x",
    "WORKING_HOURS,     - - x x x",
    "NOTES,             - - x x x",
    "MOBILE_PHONE,      - - - x x",
    "ENDPOINT_LOCATION, - - - x x",
    "LAST_ACTIVE,       - - - x x",
    "HOME_PHONE,        - - - - x",
    "OTHER_PHONE,       - - - - x",
    "MEETING_LOCATION,  - - - x -",
    "MEETING_SUBJECT,   - - - x -",
  })
  void row(CardField field, String shown) {
    PrivacyRelationship[] columns = PrivacyRelationship.values();
    for (int i = 0; i < columns.length; i++) {
      boolean expected = shown.charAt(2 * i) == 'x';
      assertEquals(expected, columns[i].cardFields().contains(field), columns[i].label());
    }
  }

  @Test
  void everyFieldHasARow() {
    Set<CardField> all = EnumSet.noneOf(CardField.class);
    for (PrivacyRelationship r : PrivacyRelationship.values()) {
      all.addAll(r.cardFields());
    }
    assertEquals(EnumSet.allOf(CardField.class), all);
  }

  @Test
  void labelsAreTheClientsWords() {
    assertEquals("Blocked Contacts", PrivacyRelationship.BLOCKED.label());
    assertEquals("External Contacts", PrivacyRelationship.EXTERNAL_CONTACTS.label());
    assertEquals("Friends and Family", PrivacyRelationship.FRIENDS_AND_FAMILY.label());
    assertEquals(
        "Allow invites but block all other communications",
        ContactsNotUsingLync.INVITES_ONLY.label());
  }
}
