package dev.edgewise.address;

import org.checkerframework.checker.nullness.qual.MonotonicNonNull;

/**
 * Thrown when text is not a valid address of the kind asked for. It is the only exception the
 * Edgewise parsers throw for bad input, whatever the input.
 *
 * <p>It carries the {@linkplain #kind() kind of error} and the {@linkplain #index() index} of the
 * offending character. Its message quotes at most a short excerpt around that index, so that logs
 * do not fill with whole addresses; the input itself is not kept. The whole message is at most
 * {@value #MAX_MESSAGE_LENGTH} characters, whatever the input, and control, format (bidirectional)
 * and unpaired surrogate characters in it are shown as {@code ?}, so that a hostile address cannot
 * garble or forge a log line.
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

  /** Longest message, in characters. */
  public static final int MAX_MESSAGE_LENGTH = 256;

  /** Longest detail sentence kept in a message; longer ones are cut in the middle. */
  private static final int MAX_DETAIL_LENGTH = 160;

  private final AddressErrorKind kind;
  private final int index;

  // What the message needs, kept small: the excerpt (not the input), whether it was cut at either
  // end, and the detail sentence. The message itself is formatted on first use, because most
  // rejections are caught and judged by kind() without ever reading it.
  private final String excerpt;
  private final boolean cutBefore;
  private final boolean cutAfter;
  private final String detail;

  // Racy single-check, like String.hashCode: threads that race may each format the message, and
  // each gets an equal, immutable String (JLS 17.5 makes a String safe to publish through a race).
  private transient @MonotonicNonNull String message;

  /**
   * Creates an exception for an error of the given kind at {@code index} in {@code input}.
   *
   * @param kind what is wrong
   * @param index where in {@code input} it was found, from 0 to {@code input.length()}
   * @param input the text being parsed; only an excerpt is kept, for the message
   * @param detail a sentence for a person, or the empty string
   */
  AddressParseException(AddressErrorKind kind, int index, CharSequence input, String detail) {
    super((String) null);
    this.kind = kind;
    this.index = index;
    int n = input.length();
    int from = excerptFrom(index, n);
    int to = excerptTo(index, n);
    this.excerpt = n > 0 ? input.subSequence(from, to).toString() : "";
    this.cutBefore = n > 0 && from > 0;
    this.cutAfter = to < n;
    this.detail = detail;
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

  /**
   * Returns the kind, the index, a short excerpt of the input around it and, when there is one, a
   * sentence saying why; at most {@value #MAX_MESSAGE_LENGTH} characters.
   */
  @Override
  public String getMessage() {
    String m = message;
    if (m == null) {
      m = format(kind, index, excerpt, excerpt.isEmpty(), cutBefore, cutAfter, detail);
      message = m;
    }
    return m;
  }

  private static int excerptFrom(int index, int length) {
    return Math.max(0, Math.min(index, length) - EXCERPT_RADIUS);
  }

  private static int excerptTo(int index, int length) {
    // In long: an index near Integer.MAX_VALUE must not wrap around.
    return (int) Math.max(
        excerptFrom(index, length), Math.min(length, Math.max(index, 0) + (long) EXCERPT_RADIUS));
  }

  /**
   * Formats the message an exception with these fields carries, without building one: callers that
   * only report the text (an invalid classification) need not pay for a stack trace.
   */
  static String message(AddressErrorKind kind, int index, CharSequence input, String detail) {
    int n = input.length();
    int from = excerptFrom(index, n);
    int to = excerptTo(index, n);
    return format(kind, index, input.subSequence(from, to), n == 0, from > 0, to < n, detail);
  }

  private static String format(
      AddressErrorKind kind,
      int index,
      CharSequence excerpt,
      boolean emptyInput,
      boolean cutBefore,
      boolean cutAfter,
      String detail) {
    StringBuilder sb = new StringBuilder(64).append(kind).append(" at index ").append(index);
    if (!emptyInput) {
      sb.append(": ");
      if (cutBefore) {
        sb.append("...");
      }
      appendSafe(sb, excerpt, 0, excerpt.length());
      if (cutAfter) {
        sb.append("...");
      }
    }
    if (!detail.isEmpty()) {
      String d = clip(detail, MAX_DETAIL_LENGTH);
      sb.append(" (");
      appendSafe(sb, d, 0, d.length());
      sb.append(')');
    }
    return sb.toString();
  }

  /**
   * Returns {@code text} if it has at most {@code max} characters, else its start and end joined by
   * {@code ...}, {@code max} characters in all: for details that name part of the input.
   */
  static String clip(CharSequence text, int max) {
    int n = text.length();
    if (n <= max) {
      return text.toString();
    }
    int head = (max - 3) / 2;
    int tail = max - 3 - head;
    return new StringBuilder(max)
        .append(text, 0, head)
        .append("...")
        .append(text, n - tail, n)
        .toString();
  }

  /** Appends {@code in[from, to)} with anything that could garble a log line replaced by '?'. */
  private static void appendSafe(StringBuilder sb, CharSequence in, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = in.charAt(i);
      boolean safe;
      if (Character.isHighSurrogate(c)) {
        safe = i + 1 < to && Character.isLowSurrogate(in.charAt(i + 1));
        if (safe) {
          int cp = Character.toCodePoint(c, in.charAt(i + 1));
          if (isDisplayable(cp)) {
            sb.append(c).append(in.charAt(i + 1));
          } else {
            sb.append('?');
          }
          i++;
          continue;
        }
      } else if (Character.isLowSurrogate(c)) {
        safe = false;
      } else {
        safe = isDisplayable(c);
      }
      sb.append(safe ? c : '?');
    }
  }

  private static boolean isDisplayable(int cp) {
    int type = Character.getType(cp);
    return type != Character.CONTROL
        && type != Character.FORMAT
        && type != Character.UNASSIGNED
        && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR
        && type != Character.PRIVATE_USE;
  }
}
