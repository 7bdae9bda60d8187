package dev.edgewise.runbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.policy.OnlineTenantConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Two values no other test reads back: a default route whose verification level is refused is
 * reported, not half-built; and a Teams tenant's {@code -AllowTeamsConsumer} set against its
 * default is kept.
 */
class RunbookValueEdgesTest {

  @Test
  void aDefaultRouteWithARefusedVerificationLevelIsReportedNotBuilt() {
    String problems =
        RunbookScripts.problems(
            "Set-CsAccessEdgeConfiguration -UseDefaultRouting -DefaultRouteFqdn edge.contoso.com"
                + " -VerificationLevel 7");
    assertTrue(problems.startsWith("1:"), problems);
    assertTrue(problems.contains("INVALID_VALUE '7'"), problems);
    assertEquals(1, problems.split(" \\| ", -1).length, problems);
  }

  // Both values: whichever the default is, one of them differs from it.
  @Test
  void aTeamsTenantKeepsAllowTeamsConsumerEitherWay() {
    for (boolean value : new boolean[] {false, true}) {
      OnlineTenantConfiguration t =
          (OnlineTenantConfiguration)
              Runbook.read(
                      RunbookTeamsTest.TEAMS
                          + "Set-CsTenantFederationConfiguration -AllowTeamsConsumer $"
                          + value
                          + "\n")
                  .configuration();
      assertEquals(value, t.allowTeamsConsumer());
    }
  }
}
