package dev.edgewise.policy;

import com.google.common.base.Ascii;
import java.util.Objects;
import java.util.Optional;

/**
 * How much the Access Edge trusts that an inbound message really comes from the sender it names
 * (the cmdlet enum {@code VerificationLevelType}, shared by public and hosting providers, allowed
 * domains, the default route and discovered partners).
 *
 * <ul>
 *   <li>{@link #ALWAYS_VERIFIABLE}: every message is accepted as verified. The default for public
 *       and hosting providers.
 *   <li>{@link #ALWAYS_UNVERIFIABLE}: every message is unverified, and is delivered only if the
 *       sender is on the recipient's contact list.
 *   <li>{@link #USE_SOURCE_VERIFICATION}: trust the verification mark the source adds. On a
 *       provider an unmarked message is rejected; on the default route or from a discovered partner
 *       it is treated as {@link #ALWAYS_UNVERIFIABLE}. The default for allowed domains.
 * </ul>
 *
 * <p>The levels travel by name ({@link #cmdletName()}); scripts are always printed with names.
 * Microsoft documents no numbers for them, yet its own published Skype instructions write {@code
 * -VerificationLevel 2}; {@link #fromNumber(int)} reads such a number through one table in the
 * documented enum order (0, 1, 2), and a reader that uses it reports {@link
 * ConfigurationProblem.Code#NUMERIC_VERIFICATION_LEVEL_INFERRED}.
 *
 * <pre>{@code
 * VerificationLevel v = VerificationLevel.fromCmdletName("alwaysunverifiable").orElseThrow();
 * v.cmdletName();                    // "AlwaysUnverifiable"
 * VerificationLevel.fromNumber(2);   // Optional[UseSourceVerification]: USE_SOURCE_VERIFICATION
 * }</pre>
 */
public enum VerificationLevel {
  /** {@code AlwaysVerifiable}: all messages are accepted as verified. Number 0. */
  ALWAYS_VERIFIABLE("AlwaysVerifiable", 0),
  /**
   * {@code AlwaysUnverifiable}: delivered only from senders on the recipient's contacts. Number 1.
   */
  ALWAYS_UNVERIFIABLE("AlwaysUnverifiable", 1),
  /** {@code UseSourceVerification}: the source's verification mark decides. Number 2. */
  USE_SOURCE_VERIFICATION("UseSourceVerification", 2);

  private final String cmdletName;
  private final int number;

  VerificationLevel(String cmdletName, int number) {
    this.cmdletName = cmdletName;
    this.number = number;
  }

  /** Returns the name the cmdlets use, such as {@code "UseSourceVerification"}. */
  public String cmdletName() {
    return cmdletName;
  }

  /**
   * Returns the number this level has in the documented enum order: 0 {@code AlwaysVerifiable}, 1
   * {@code AlwaysUnverifiable}, 2 {@code UseSourceVerification}. The numbers are an inference, not
   * documented by Microsoft; never print them in scripts.
   */
  public int number() {
    return number;
  }

  /**
   * Finds the level with the given cmdlet name, ignoring ASCII case as PowerShell does, so the
   * answer does not depend on the default locale.
   *
   * @return the level, or empty if no level has that name
   */
  public static Optional<VerificationLevel> fromCmdletName(CharSequence name) {
    String trimmed = ConfigurationNames.trim(Objects.requireNonNull(name, "name").toString());
    for (VerificationLevel v : values()) {
      if (Ascii.equalsIgnoreCase(v.cmdletName, trimmed)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads a numeric verification level through the one documented table (0 {@code
   * AlwaysVerifiable}, 1 {@code AlwaysUnverifiable}, 2 {@code UseSourceVerification}). The caller
   * should report {@link ConfigurationProblem.Code#NUMERIC_VERIFICATION_LEVEL_INFERRED}.
   *
   * @return the level, or empty for any other number
   */
  public static Optional<VerificationLevel> fromNumber(int number) {
    for (VerificationLevel v : values()) {
      if (v.number == number) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** Returns the cmdlet name, as a script would write it. */
  @Override
  public String toString() {
    return cmdletName;
  }
}
