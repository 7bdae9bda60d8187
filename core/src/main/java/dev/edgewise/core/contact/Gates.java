package dev.edgewise.core.contact;

/**
 * The four permissions the organization's policy grants one relationship, each from an initiator to
 * a target. The state machine receives them and never computes them: the wiring in the policy
 * module asks the external access evaluator (with {@code senderInContacts} read from the
 * relationship before the event) and hands the answer in as a {@link ContactEvent.GatesChanged}
 * event.
 *
 * <p>Which gate a message needs: a contact request (RFC 6121 {@code subscribe}) from X to Y needs
 * {@code presence(X)}; an approval ({@code subscribed}) sent by X needs {@code presence(Y)}, since
 * it lets Y see X; an IM from X needs {@code im(X)}; revocations ({@code unsubscribe}, {@code
 * unsubscribed}) need none, because they only take access away. "X sees Y Available" needs {@code
 * presence(X)}.
 *
 * <pre>{@code
 * Gates open = Gates.allOpen();
 * Gates noImFromSkype = open.withIm(Side.SKYPE, false);
 * noImFromSkype.im(Side.SKYPE);          // false
 * noImFromSkype.presence(Side.SKYPE);    // true: Skype may still watch Lync's presence
 * }</pre>
 *
 * @param presenceLyncToSkype the Lync user may subscribe to (and see) the Skype user's presence
 * @param presenceSkypeToLync the Skype user may subscribe to (and see) the Lync user's presence
 * @param imLyncToSkype the Lync user may send IM to the Skype user
 * @param imSkypeToLync the Skype user may send IM to the Lync user
 */
public record Gates(
    boolean presenceLyncToSkype,
    boolean presenceSkypeToLync,
    boolean imLyncToSkype,
    boolean imSkypeToLync) {

  private static final Gates ALL_OPEN = new Gates(true, true, true, true);
  private static final Gates ALL_CLOSED = new Gates(false, false, false, false);

  /** Returns gates that let everything through, as when connectivity is fully enabled. */
  public static Gates allOpen() {
    return ALL_OPEN;
  }

  /**
   * Returns gates that let nothing through, as while public IM connectivity provisioning is not
   * complete.
   */
  public static Gates allClosed() {
    return ALL_CLOSED;
  }

  /** Returns a builder starting from all gates closed. */
  public static Builder builder() {
    return new Builder(ALL_CLOSED);
  }

  /** Returns a builder starting from these gates. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Whether {@code initiator} may subscribe to, and see, the other side's presence. */
  public boolean presence(Side initiator) {
    return initiator == Side.LYNC ? presenceLyncToSkype : presenceSkypeToLync;
  }

  /** Whether {@code sender} may send IM to the other side. */
  public boolean im(Side sender) {
    return sender == Side.LYNC ? imLyncToSkype : imSkypeToLync;
  }

  /** Returns a copy with the presence gate of {@code initiator} set to {@code open}. */
  public Gates withPresence(Side initiator, boolean open) {
    return toBuilder().presence(initiator, open).build();
  }

  /** Returns a copy with the IM gate of {@code sender} set to {@code open}. */
  public Gates withIm(Side sender, boolean open) {
    return toBuilder().im(sender, open).build();
  }

  @Override
  public String toString() {
    return "Gates[presence L->S "
        + open(presenceLyncToSkype)
        + ", presence S->L "
        + open(presenceSkypeToLync)
        + ", IM L->S "
        + open(imLyncToSkype)
        + ", IM S->L "
        + open(imSkypeToLync)
        + "]";
  }

  private static String open(boolean b) {
    return b ? "open" : "closed";
  }

  /**
   * Builds {@link Gates} one gate at a time.
   *
   * <pre>{@code
   * Gates g = Gates.builder().presence(Side.LYNC, true).im(Side.LYNC, true).build();
   * }</pre>
   */
  public static final class Builder {
    private boolean presenceLyncToSkype;
    private boolean presenceSkypeToLync;
    private boolean imLyncToSkype;
    private boolean imSkypeToLync;

    private Builder(Gates from) {
      presenceLyncToSkype = from.presenceLyncToSkype;
      presenceSkypeToLync = from.presenceSkypeToLync;
      imLyncToSkype = from.imLyncToSkype;
      imSkypeToLync = from.imSkypeToLync;
    }

    /** Sets the presence gate of {@code initiator}. */
    public Builder presence(Side initiator, boolean open) {
      if (initiator == Side.LYNC) {
        presenceLyncToSkype = open;
      } else {
        presenceSkypeToLync = open;
      }
      return this;
    }

    /** Sets the IM gate of {@code sender}. */
    public Builder im(Side sender, boolean open) {
      if (sender == Side.LYNC) {
        imLyncToSkype = open;
      } else {
        imSkypeToLync = open;
      }
      return this;
    }

    /** Returns the gates set so far. */
    public Gates build() {
      return new Gates(presenceLyncToSkype, presenceSkypeToLync, imLyncToSkype, imSkypeToLync);
    }
  }
}
