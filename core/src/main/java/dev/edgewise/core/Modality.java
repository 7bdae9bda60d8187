package dev.edgewise.core;

import com.google.common.base.Ascii;
import java.util.Optional;

/**
 * What two parties exchange: instant messages, presence, a call, or something richer.
 *
 * <p>External access is decided per modality. Public IM connectivity with Skype carries {@link #IM},
 * {@link #PRESENCE} and {@link #AUDIO} from launch and {@link #VIDEO} later; {@link #FILE_TRANSFER}
 * and {@link #APPLICATION_SHARING} never cross to a public provider. Audio and video additionally
 * need the policy setting {@code EnablePublicCloudAudioVideoAccess} when the peer is a public
 * provider user.
 *
 * <pre>{@code
 * Modality m = Modality.fromName("file-transfer").orElseThrow();   // FILE_TRANSFER
 * m.isAudioVideo();                                                 // false
 * }</pre>
 */
public enum Modality {
  /** Instant messages. */
  IM("IM"),
  /** Presence: seeing whether the other party is available. */
  PRESENCE("presence"),
  /** A voice call. */
  AUDIO("audio"),
  /** A video call. */
  VIDEO("video"),
  /** Sending a file. */
  FILE_TRANSFER("file transfer"),
  /** Sharing a desktop or an application window. */
  APPLICATION_SHARING("application sharing");

  private final String displayName;

  Modality(String displayName) {
    this.displayName = displayName;
  }

  /**
   * Returns the modality's name as a person would write it in a sentence, such as {@code "file
   * transfer"}.
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Returns whether this modality is audio or video, the two that need the separate audio/video
   * permission for public provider users.
   */
  public boolean isAudioVideo() {
    return this == AUDIO || this == VIDEO;
  }

  /**
   * Finds the modality with the given name, ignoring case and treating {@code -}, {@code _} and
   * spaces alike, so that {@code "im"}, {@code "File-Transfer"} and {@code "APPLICATION_SHARING"}
   * are all found. Only ASCII letters are case-folded, so the answer does not depend on the default
   * locale and look-alikes such as the Turkish dotless {@code ı} match nothing.
   *
   * @return the modality, or empty if no modality has that name
   */
  public static Optional<Modality> fromName(CharSequence name) {
    String key = normalize(name);
    for (Modality m : values()) {
      if (m.name().equals(key)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private static String normalize(CharSequence name) {
    String trimmed = name.toString().trim();
    StringBuilder sb = new StringBuilder(trimmed.length());
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      sb.append(c == '-' || c == ' ' ? '_' : c);
    }
    return Ascii.toUpperCase(sb.toString());
  }
}
