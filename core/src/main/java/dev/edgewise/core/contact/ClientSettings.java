package dev.edgewise.core.contact;

import java.util.Objects;

/**
 * The Lync user's own client settings. They belong to the person, not to the organization's
 * policy. The contact state machine reads the first two (change them with {@link
 * ContactEvent.ChangeAlerts} and {@link ContactEvent.ChangeContactsNotUsingLync}); {@link
 * ClientGate} reads all of them to decide whether the client shows what the server delivered.
 *
 * <pre>{@code
 * ClientSettings s = ClientSettings.defaults();
 * s.tellMeWhenSomeoneAddsMe();   // true: requests wait on the New tab
 * s.contactsNotUsingLync();      // INVITES_ONLY
 * ClientSettings dnd = s.toBuilder()
 *     .presenceStatus(PresenceStatus.DO_NOT_DISTURB)
 *     .doNotDisturbAlerts(DoNotDisturbAlerts.NO_ALERTS)
 *     .build();
 * }</pre>
 *
 * @param tellMeWhenSomeoneAddsMe the alert "Tell me when someone adds me to his or her contact
 *     list": on, requests wait on the New tab; off, the requester is added back at once with the
 *     Colleagues relationship
 * @param contactsNotUsingLync what Skype (public IM) users may do
 * @param presenceStatus the status the user set; only Do Not Disturb changes what is shown
 * @param doNotDisturbAlerts what still alerts the user while the status is Do Not Disturb
 * @param presenceToContactsOnly the user's privacy-mode choice "I want only people in my Contacts
 *     list to see my presence"; it takes effect only where the server's {@code EnablePrivacyMode}
 *     is on
 */
public record ClientSettings(
    boolean tellMeWhenSomeoneAddsMe,
    ContactsNotUsingLync contactsNotUsingLync,
    PresenceStatus presenceStatus,
    DoNotDisturbAlerts doNotDisturbAlerts,
    boolean presenceToContactsOnly) {

  private static final ClientSettings DEFAULTS =
      new ClientSettings(
          true,
          ContactsNotUsingLync.INVITES_ONLY,
          PresenceStatus.AVAILABLE,
          DoNotDisturbAlerts.defaultChoice(),
          false);

  /** Checks that no component is null. */
  public ClientSettings {
    Objects.requireNonNull(contactsNotUsingLync, "contactsNotUsingLync");
    Objects.requireNonNull(presenceStatus, "presenceStatus");
    Objects.requireNonNull(doNotDisturbAlerts, "doNotDisturbAlerts");
  }

  /**
   * The two settings the contact state machine reads; the others take their defaults.
   *
   * @param tellMeWhenSomeoneAddsMe see {@link #tellMeWhenSomeoneAddsMe()}
   * @param contactsNotUsingLync see {@link #contactsNotUsingLync()}
   */
  public ClientSettings(boolean tellMeWhenSomeoneAddsMe, ContactsNotUsingLync contactsNotUsingLync) {
    this(
        tellMeWhenSomeoneAddsMe,
        contactsNotUsingLync,
        DEFAULTS.presenceStatus,
        DEFAULTS.doNotDisturbAlerts,
        DEFAULTS.presenceToContactsOnly);
  }

  /**
   * Returns the defaults: alert on, {@link ContactsNotUsingLync#INVITES_ONLY}, {@link
   * PresenceStatus#AVAILABLE}, {@link DoNotDisturbAlerts#defaultChoice()}, presence not limited to
   * contacts.
   */
  public static ClientSettings defaults() {
    return DEFAULTS;
  }

  /** Returns a builder starting from the defaults. */
  public static Builder builder() {
    return new Builder(DEFAULTS);
  }

  /** Returns a builder starting from these settings. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Returns a copy with the alert set. */
  public ClientSettings withTellMeWhenSomeoneAddsMe(boolean on) {
    return toBuilder().tellMeWhenSomeoneAddsMe(on).build();
  }

  /** Returns a copy with the "Contacts not using Lync" choice set. */
  public ClientSettings withContactsNotUsingLync(ContactsNotUsingLync choice) {
    return toBuilder().contactsNotUsingLync(choice).build();
  }

  /**
   * Builds {@link ClientSettings} one setting at a time.
   *
   * <pre>{@code
   * ClientSettings s = ClientSettings.builder().presenceToContactsOnly(true).build();
   * }</pre>
   */
  public static final class Builder {
    private boolean tellMeWhenSomeoneAddsMe;
    private ContactsNotUsingLync contactsNotUsingLync;
    private PresenceStatus presenceStatus;
    private DoNotDisturbAlerts doNotDisturbAlerts;
    private boolean presenceToContactsOnly;

    private Builder(ClientSettings from) {
      tellMeWhenSomeoneAddsMe = from.tellMeWhenSomeoneAddsMe;
      contactsNotUsingLync = from.contactsNotUsingLync;
      presenceStatus = from.presenceStatus;
      doNotDisturbAlerts = from.doNotDisturbAlerts;
      presenceToContactsOnly = from.presenceToContactsOnly;
    }

    /** Sets "Tell me when someone adds me to his or her contact list". */
    public Builder tellMeWhenSomeoneAddsMe(boolean on) {
      tellMeWhenSomeoneAddsMe = on;
      return this;
    }

    /** Sets "Contacts not using Lync". */
    public Builder contactsNotUsingLync(ContactsNotUsingLync choice) {
      contactsNotUsingLync = Objects.requireNonNull(choice, "choice");
      return this;
    }

    /** Sets the presence status. */
    public Builder presenceStatus(PresenceStatus status) {
      presenceStatus = Objects.requireNonNull(status, "status");
      return this;
    }

    /** Sets "When my status is Do Not Disturb". */
    public Builder doNotDisturbAlerts(DoNotDisturbAlerts choice) {
      doNotDisturbAlerts = Objects.requireNonNull(choice, "choice");
      return this;
    }

    /** Sets "I want only people in my Contacts list to see my presence". */
    public Builder presenceToContactsOnly(boolean on) {
      presenceToContactsOnly = on;
      return this;
    }

    /** Returns the settings chosen so far. */
    public ClientSettings build() {
      return new ClientSettings(
          tellMeWhenSomeoneAddsMe,
          contactsNotUsingLync,
          presenceStatus,
          doNotDisturbAlerts,
          presenceToContactsOnly);
    }
  }
}
