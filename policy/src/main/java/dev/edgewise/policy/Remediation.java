package dev.edgewise.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * What an admin could change to flip a decision: the cmdlet that targets the object actually in
 * force, how many other users that change would also affect, and, where the object is a shared
 * policy, a {@code Grant-CsExternalAccessPolicy} of an existing policy that affects only this user.
 *
 * <pre>{@code
 * Remediation r = reason.remediation().orElseThrow();
 * r.command();             // "Set-CsExternalAccessPolicy -Identity Tag:NoPic -EnablePublicCloudAccess $True"
 * r.otherUsersAffected();  // 41: everyone else who has Tag:NoPic
 * r.grantAlternative();    // Optional["Grant-CsExternalAccessPolicy -Identity alice@contoso.com -PolicyName AllowPic"]
 * }</pre>
 *
 * @param command a PowerShell command line, with names rather than numbers for enum values
 * @param otherUsersAffected how many users besides the one asked about the change also affects;
 *     0 when it affects nobody else
 * @param grantAlternative a narrower command that changes the outcome for this user only, if one
 *     exists
 */
public record Remediation(String command, int otherUsersAffected, Optional<String> grantAlternative) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if {@code command} is blank or {@code otherUsersAffected}
   *     is negative
   */
  public Remediation {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(grantAlternative, "grantAlternative");
    if (command.isBlank()) {
      throw new IllegalArgumentException("a remediation needs a command");
    }
    if (otherUsersAffected < 0) {
      throw new IllegalArgumentException("otherUsersAffected < 0: " + otherUsersAffected);
    }
  }

  /** Returns a remediation that affects nobody else and has no narrower alternative. */
  public static Remediation of(String command) {
    return new Remediation(command, 0, Optional.empty());
  }
}
