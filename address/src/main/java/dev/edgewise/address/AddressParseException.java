package dev.edgewise.address;

/**
 * Thrown when text is not a valid address of the kind asked for. It is the only exception the
 * Edgewise parsers throw for bad input, whatever the input.
 *
 * <p>It carries the {@linkplain #kind() kind of error} and the {@linkplain #index() index} of the
 * offending character. Its message quotes at most a short excerpt around that index, so that logs
 * do not fill with whole addresses; the input itself is not kept.
 *
 * <pre>{@code
 * try {
 *   SipUri.parse("sip:bob@contoso.com;transport=");
 * } catch (AddressParseException e) {
 *   e.kind();        // EMPTY_PARAMETER
 *   e.getMessage();  // "EMPTY_PARAMETER at index 30: ...oso.com;transport="
 * }
 * }</pre>
 */
public final class AddressParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** How many characters of the input the message shows on each side of the error. */
  private static final int EXCERPT_RADIUS = 12;

  private final AddressErrorKind kind;
  private final int index;

  /**
   * Creates an exception for an error of the given kind at {@code index} in {@code input}.
   *
   * @param kind what is wrong
   * @param index where in {@code input} it was found, from 0 to {@code input.length()}
   * @param input the text being parsed; only an excerpt is kept, in the message
   * @param detail a sentence for a person, or the empty string
   */
  AddressParseException(AddressErrorKind kind, int index, CharSequence input, String detail) {
    super(message(kind, index, input, detail));
    this.kind = kind;
    this.index = index;
  }

  /** Returns what is wrong with the input. */
  public AddressErrorKind kind() {
    return kind;
  }

  /**
   * Returns the index of the offending character in the text that was parsed, or the input's
   * length when something is missing at the end.
   */
  public int index() {
    return index;
  }

  private static String message(
      AddressErrorKind kind, int index, CharSequence input, String detail) {
    StringBuilder sb = new StringBuilder(64).append(kind).append(" at index ").append(index);
    if (input.length() > 0) {
      int from = Math.max(0, index - EXCERPT_RADIUS);
      int to = Math.min(input.length(), index + EXCERPT_RADIUS);
      sb.append(": ");
      if (from > 0) {
        sb.append("...");
      }
      for (int i = from; i < to; i++) {
        char c = input.charAt(i);
        // Control characters would garble a log line.
        sb.append(c < 0x20 || c == 0x7f ? '?' : c);
      }
      if (to < input.length()) {
        sb.append("...");
      }
    }
    if (!detail.isEmpty()) {
      sb.append(" (").append(detail).append(')');
    }
    return sb.toString();
  }
}
