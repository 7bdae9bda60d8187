package dev.edgewise.core.contact;

import java.util.Objects;

/**
 * The Lync user's own client settings that the relationship depends on. They belong to the person,
 * not to the organization's policy; change them with {@link ContactEvent.ChangeAlerts} and {@link
 * ContactEvent.ChangeContactsNotUsingLync}.
 *
 * <pre>{@code
 * ClientSettings s = ClientSettings.defaults();
 * s.tellMeWhenSomeoneAddsMe();   // true: requests wait on the New tab
 * s.contactsNotUsingLync();      // INVITES_ONLY
 * }</pre>
 *
 * @param tellMeWhenSomeoneAddsMe the alert "Tell me when someone adds me to his or her contact
 *     list": on, requests wait on the New tab; off, the requester is added back at once with the
 *     Colleagues relationship
 * @param contactsNotUsingLync what Skype users may do
 */
public record ClientSettings(
    boolean tellMeWhenSomeoneAddsMe, ContactsNotUsingLync contactsNotUsingLync) {

  private static final ClientSettings DEFAULTS =
      new ClientSettings(true, ContactsNotUsingLync.INVITES_ONLY);

  /** Checks that no component is null. */
  public ClientSettings {
    Objects.requireNonNull(contactsNotUsingLync, "contactsNotUsingLync");
  }

  /** Returns the defaults: alert on, {@link ContactsNotUsingLync#INVITES_ONLY}. */
  public static ClientSettings defaults() {
    return DEFAULTS;
  }

  /** Returns a copy with the alert set. */
  public ClientSettings withTellMeWhenSomeoneAddsMe(boolean on) {
    return new ClientSettings(on, contactsNotUsingLync);
  }

  /** Returns a copy with the "Contacts not using Lync" choice set. */
  public ClientSettings withContactsNotUsingLync(ContactsNotUsingLync choice) {
    return new ClientSettings(tellMeWhenSomeoneAddsMe, choice);
  }
}
