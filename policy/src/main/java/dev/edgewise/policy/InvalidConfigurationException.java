package dev.edgewise.policy;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when a caller asks for a valid configuration and it has errors. It carries every error at
 * once, in the deterministic order of {@link FederationConfiguration#validate()}, and the warnings
 * found alongside (warnings alone never cause it).
 *
 * <pre>{@code
 * try {
 *   config.requireValid();
 * } catch (InvalidConfigurationException e) {
 *   e.errors().forEach(p -> log.info(p.code() + " " + p.subject()));
 * }
 * }</pre>
 */
public final class InvalidConfigurationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;
  private static final int ERRORS_IN_MESSAGE = 5;

  private final ImmutableList<ConfigurationProblem> errors;
  private final ImmutableList<ConfigurationProblem> warnings;

  InvalidConfigurationException(List<ConfigurationProblem> problems) {
    super(message(problems));
    ImmutableList.Builder<ConfigurationProblem> e = ImmutableList.builder();
    ImmutableList.Builder<ConfigurationProblem> w = ImmutableList.builder();
    for (ConfigurationProblem p : problems) {
      (p.isError() ? e : w).add(p);
    }
    this.errors = e.build();
    this.warnings = w.build();
  }

  /** Returns every error, never empty, in the order {@code validate()} reported them. */
  public List<ConfigurationProblem> errors() {
    return errors;
  }

  /** Returns the warnings found with the errors, possibly empty. */
  public List<ConfigurationProblem> warnings() {
    return warnings;
  }

  private static String message(List<ConfigurationProblem> problems) {
    int count = 0;
    StringBuilder sb = new StringBuilder();
    for (ConfigurationProblem p : problems) {
      if (!p.isError()) {
        continue;
      }
      if (count < ERRORS_IN_MESSAGE) {
        sb.append(count == 0 ? ": " : "; ").append(p.code()).append(' ').append(p.subject());
      }
      count++;
    }
    if (count > ERRORS_IN_MESSAGE) {
      sb.append("; and ").append(count - ERRORS_IN_MESSAGE).append(" more");
    }
    return count + (count == 1 ? " configuration error" : " configuration errors") + sb;
  }
}
