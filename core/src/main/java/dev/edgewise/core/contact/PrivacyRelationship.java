package dev.edgewise.core.contact;

import static dev.edgewise.core.contact.CardField.COMPANY;
import static dev.edgewise.core.contact.CardField.DISPLAY_NAME;
import static dev.edgewise.core.contact.CardField.EMAIL;
import static dev.edgewise.core.contact.CardField.ENDPOINT_LOCATION;
import static dev.edgewise.core.contact.CardField.FREE_BUSY;
import static dev.edgewise.core.contact.CardField.HOME_PHONE;
import static dev.edgewise.core.contact.CardField.LAST_ACTIVE;
import static dev.edgewise.core.contact.CardField.MEETING_LOCATION;
import static dev.edgewise.core.contact.CardField.MEETING_SUBJECT;
import static dev.edgewise.core.contact.CardField.MOBILE_PHONE;
import static dev.edgewise.core.contact.CardField.NOTES;
import static dev.edgewise.core.contact.CardField.OFFICE;
import static dev.edgewise.core.contact.CardField.OTHER_PHONE;
import static dev.edgewise.core.contact.CardField.PICTURE;
import static dev.edgewise.core.contact.CardField.TITLE;
import static dev.edgewise.core.contact.CardField.WORKING_HOURS;
import static dev.edgewise.core.contact.CardField.WORK_ADDRESS;
import static dev.edgewise.core.contact.CardField.WORK_PHONE;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Set;

/**
 * The Lync privacy relationship the Lync user gives a contact, which decides what of the Lync
 * user's card the contact sees (Lync 2010/2013 and Skype for Business clients). A Skype contact
 * added from Lync starts as {@link #EXTERNAL_CONTACTS}.
 *
 * <pre>{@code
 * PrivacyRelationship.EXTERNAL_CONTACTS.label();       // "External Contacts"
 * PrivacyRelationship.BLOCKED.cardFields();            // [DISPLAY_NAME, EMAIL]
 * }</pre>
 */
public enum PrivacyRelationship {
  /** Name and e-mail only; presence shown as Offline; cannot reach the user. */
  BLOCKED("Blocked Contacts", ImmutableSet.of(DISPLAY_NAME, EMAIL)),
  /** Adds title, company and picture: the default for contacts outside the organization. */
  EXTERNAL_CONTACTS(
      "External Contacts", ImmutableSet.of(DISPLAY_NAME, EMAIL, TITLE, COMPANY, PICTURE)),
  /** Adds work phone, office, work address, free/busy, working hours and notes. */
  COLLEAGUES(
      "Colleagues",
      ImmutableSet.of(
          DISPLAY_NAME,
          EMAIL,
          TITLE,
          COMPANY,
          PICTURE,
          WORK_PHONE,
          OFFICE,
          WORK_ADDRESS,
          FREE_BUSY,
          WORKING_HOURS,
          NOTES)),
  /** Adds mobile phone, endpoint location, last active and meeting details to Colleagues. */
  WORKGROUP(
      "Workgroup",
      Sets.union(
              COLLEAGUES.cardFields,
              ImmutableSet.of(
                  MOBILE_PHONE,
                  ENDPOINT_LOCATION,
                  LAST_ACTIVE,
                  MEETING_LOCATION,
                  MEETING_SUBJECT))
          .immutableCopy()),
  /** Adds mobile, location, last active, home and other phone to Colleagues; no meeting details. */
  FRIENDS_AND_FAMILY(
      "Friends and Family",
      Sets.union(
              COLLEAGUES.cardFields,
              ImmutableSet.of(
                  MOBILE_PHONE, ENDPOINT_LOCATION, LAST_ACTIVE, HOME_PHONE, OTHER_PHONE))
          .immutableCopy());

  private final String label;
  private final ImmutableSet<CardField> cardFields;

  PrivacyRelationship(String label, ImmutableSet<CardField> cardFields) {
    this.label = label;
    this.cardFields = cardFields;
  }

  /** Returns the relationship's name in the Lync client, such as "Friends and Family". */
  public String label() {
    return label;
  }

  /**
   * Returns the card fields this relationship shows, in declaration order.
   * Public IM connectivity may carry less; see {@link
   * ContactRelationship#cardFieldsVisibleToSkypeUser()}.
   */
  public Set<CardField> cardFields() {
    return cardFields;
  }

  ImmutableSet<CardField> fields() {
    return cardFields;
  }
}
