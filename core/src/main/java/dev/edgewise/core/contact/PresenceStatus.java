package dev.edgewise.core.contact;

/**
 * The presence status a Lync user sets by hand. Only {@link #DO_NOT_DISTURB} changes what the
 * client lets through (see {@link DoNotDisturbAlerts}); the others are published as they are.
 *
 * <pre>{@code
 * PresenceStatus.DO_NOT_DISTURB.label();   // "Do Not Disturb"
 * }</pre>
 */
public enum PresenceStatus {
  /** Available. */
  AVAILABLE("Available"),
  /** Busy: alerts are still shown. */
  BUSY("Busy"),
  /** Do Not Disturb: alerts follow the user's {@link DoNotDisturbAlerts} choice. */
  DO_NOT_DISTURB("Do Not Disturb"),
  /** Be Right Back. */
  BE_RIGHT_BACK("Be Right Back"),
  /** Off Work. */
  OFF_WORK("Off Work"),
  /** Appear Away. */
  APPEAR_AWAY("Appear Away");

  private final String label;

  PresenceStatus(String label) {
    this.label = label;
  }

  /** Returns the status as the client names it. */
  public String label() {
    return label;
  }
}
