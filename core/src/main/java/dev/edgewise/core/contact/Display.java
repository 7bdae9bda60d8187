package dev.edgewise.core.contact;

/**
 * What one side's contact list shows for the other person. The constants use Lync's words; {@link
 * #label(Side)} gives each client's own label.
 *
 * <p>This is the model-level display: {@link #AVAILABLE} means the subscription grants presence and
 * the organization's gate lets it through, so the viewer receives the other person's real presence.
 * The real presence (Available, Busy, Away...) is not modelled; a signed-in person shows
 * Available in Lync and Online in Skype.
 *
 * <pre>{@code
 * Display.AVAILABLE.label(Side.LYNC);          // "Available"
 * Display.AVAILABLE.label(Side.SKYPE);         // "Online"
 * Display.PRESENCE_UNKNOWN.label(Side.SKYPE);  // "Unknown"
 * }</pre>
 */
public enum Display {
  /**
   * No presence can be had: the contact request has not been answered by the other side (in this
   * synchronous model: it was stopped at a closed gate), the request was declined or cancelled, or
   * the presence gate is closed.
   */
  PRESENCE_UNKNOWN("Presence Unknown", "Unknown"),
  /**
   * The request reached the other side and waits for an answer, or the other side blocks the
   * viewer (a polite block looks exactly like being offline).
   */
  OFFLINE("Offline", "Offline"),
  /** The viewer sees the other person's presence (Lync "Available", Skype "Online"). */
  AVAILABLE("Available", "Online"),
  /** The viewer blocks the other person. */
  BLOCKED("Blocked", "Blocked");

  private final String lyncLabel;
  private final String skypeLabel;

  Display(String lyncLabel, String skypeLabel) {
    this.lyncLabel = lyncLabel;
    this.skypeLabel = skypeLabel;
  }

  /** Returns the label that the {@code viewer}'s client shows. */
  public String label(Side viewer) {
    return viewer == Side.LYNC ? lyncLabel : skypeLabel;
  }
}
