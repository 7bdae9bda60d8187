package dev.edgewise.policy;

import static dev.edgewise.policy.ExternalAccessEvaluatorProperties.tapes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every grant the evaluator suggests does what it promises: applied to the configuration, the
 * per-user policy gates of the same request all pass for that user. A grant that fixes one gate
 * and fails another would send an admin round in circles.
 */
class GrantSuggestionProperties {

  private static final String PREFIX = "Grant-CsExternalAccessPolicy -Identity ";

  @Test
  void onPremisesAndOnlineGrantsPassEveryPolicyGate() {
    qt().withExamples(400)
        .forAll(tapes(), tapes())
        .checkAssert(
            (c, r) ->
                check(ExternalAccessEvaluatorProperties.config(c),
                    ExternalAccessEvaluatorProperties.request(r)));
  }

  @Test
  void teamsTenantGrantsPassEveryPolicyGate() {
    qt().withExamples(400)
        .forAll(tapes(), tapes())
        .checkAssert(
            (c, r) -> check(TeamsProperties.config(c), TeamsProperties.request(r)));
  }

  static void check(FederationConfiguration c, ExternalAccessEvaluatorProperties.Request req) {
    Decision d = req.evaluate(ExternalAccessEvaluator.compile(c));
    for (Reason reason : d.reasons()) {
      Optional<String> grant = reason.remediation().flatMap(Remediation::grantAlternative);
      if (grant.isEmpty()) {
        continue;
      }
      String g = grant.get();
      assertTrue(g.startsWith(PREFIX), g);
      List<String> words = List.of(g.substring(PREFIX.length()).split(" ", -1));
      assertEquals(3, words.size(), g);
      assertEquals("-PolicyName", words.get(1), g);
      String user = words.get(0);
      String policy = words.get(2).equals("$Null") ? null : words.get(2);
      FederationConfiguration after = regrant(c, user, policy);
      Decision then = req.evaluate(ExternalAccessEvaluator.compile(after));
      for (Reason r : then.reasons()) {
        assertFalse(
            r.rule().kind() == RuleId.Kind.DENY && r.rule().name().startsWith("POLICY_"),
            () -> g + " for " + reason.rule() + " leaves " + r.rule() + ": " + req + "\n" + then);
      }
    }
  }

  /** {@code c} with the user's per-user grant replaced ({@code policy} null: revoked). */
  static FederationConfiguration regrant(FederationConfiguration c, String user, String policy) {
    Function<LocalUser, LocalUser> change =
        u -> {
          if (!u.sipUri().toString().equals(user)) {
            return u;
          }
          LocalUser.Builder b = u.toBuilder();
          return (policy == null ? b.externalAccessPolicy(Optional.empty())
              : b.externalAccessPolicy(policy)).build();
        };
    List<LocalUser> users = new ArrayList<>();
    for (LocalUser u : c.users()) {
      users.add(change.apply(u));
    }
    if (c instanceof OnPremisesConfiguration p) {
      return p.toBuilder().users(users).build();
    }
    return ((OnlineTenantConfiguration) c).toBuilder().users(users).build();
  }
}
