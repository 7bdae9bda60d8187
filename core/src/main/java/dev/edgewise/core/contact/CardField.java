package dev.edgewise.core.contact;

/**
 * The items of a Lync user's contact card that a privacy relationship can show or hide. Presence
 * itself is not a card field here: it is the {@link Display}.
 *
 * <pre>{@code
 * PrivacyRelationship.EXTERNAL_CONTACTS.cardFields().contains(CardField.COMPANY);   // true
 * }</pre>
 */
public enum CardField {
  /** Display name. */
  DISPLAY_NAME,
  /** E-mail address. */
  EMAIL,
  /** Job title. */
  TITLE,
  /** Company. */
  COMPANY,
  /** Picture (never carried across public IM connectivity). */
  PICTURE,
  /** Work phone. */
  WORK_PHONE,
  /** Office. */
  OFFICE,
  /** Work address. */
  WORK_ADDRESS,
  /** Free/busy information. */
  FREE_BUSY,
  /** Working hours. */
  WORKING_HOURS,
  /** Out-of-office and personal notes. */
  NOTES,
  /** Mobile phone. */
  MOBILE_PHONE,
  /** Endpoint location. */
  ENDPOINT_LOCATION,
  /** Last active time. */
  LAST_ACTIVE,
  /** Home phone. */
  HOME_PHONE,
  /** Other phone. */
  OTHER_PHONE,
  /** Meeting location. */
  MEETING_LOCATION,
  /** Meeting subject. */
  MEETING_SUBJECT
}
