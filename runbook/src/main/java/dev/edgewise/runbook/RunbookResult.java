package dev.edgewise.runbook;

import dev.edgewise.policy.FederationConfiguration;
import java.util.List;

/**
 * What a runbook reads into: the configuration it leads to and the warnings met on the way.
 *
 * <pre>{@code
 * RunbookResult r = Runbook.read("Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true");
 * r.configuration();   // the fresh install with federation on
 * r.warnings();        // []
 * }</pre>
 *
 * @param configuration the configuration after every statement
 * @param warnings the warnings, such as {@link RunbookErrorKind#NUMERIC_VERIFICATION_LEVEL_INFERRED}
 */
public record RunbookResult(FederationConfiguration configuration, List<RunbookProblem> warnings) {

  /** Copies the warnings. */
  public RunbookResult {
    warnings = List.copyOf(warnings);
  }
}
