package dev.edgewise.core.contact;

/**
 * The two people of one {@link ContactRelationship}: the organization's Lync (Skype for Business)
 * user and the Skype user reached through public IM connectivity by a Microsoft account.
 *
 * <pre>{@code
 * Side.LYNC.other();   // SKYPE
 * }</pre>
 */
public enum Side {
  /** The organization's Lync / Skype for Business user. */
  LYNC("Lync user"),
  /** The Skype user, signed in with a Microsoft account. */
  SKYPE("Skype user");

  private final String label;

  Side(String label) {
    this.label = label;
  }

  /** Returns the other person of the relationship. */
  public Side other() {
    return this == LYNC ? SKYPE : LYNC;
  }

  /** Returns a readable name: "Lync user" or "Skype user". */
  public String label() {
    return label;
  }
}
