package dev.edgewise.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A coverage-guided fuzz target for the evaluator's laws: a configuration and a request are built
 * from the fuzzer's bytes (the configuration by the same tape as {@link
 * ExternalAccessEvaluatorProperties}, the remote party from fuzzed text, read as typed text, as a
 * SIP URI or as a Microsoft account), and every decision must obey the laws below for both
 * directions. Any exception is a finding.
 *
 * <ul>
 *   <li>it names at least one reason, and every reason has an explanation;
 *   <li>it is DENY whenever a gate denies, and a denial shows denying reasons only;
 *   <li>an ALLOW shows no denying reason and at least one admitting one;
 *   <li>{@code isAllowed} (the fast answer) equals the explained decision;
 *   <li>in the era after Skype consumer interop, no remedy names {@code AllowPublicUsers} or
 *       {@code EnablePublicCloudAccess}.
 * </ul>
 *
 * <p>Without {@code JAZZER_FUZZ} the target replays its committed inputs under {@code
 * src/test/resources/dev/edgewise/policy/EvaluatorFuzzTestInputs/evaluatorLaws/};
 * docs/reliability.md has the command that fuzzes it.
 */
class EvaluatorFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void evaluatorLaws(FuzzedDataProvider data) {
    List<Integer> configTape = tape(data, data.consumeInt(0, 60));
    List<Integer> requestTape = tape(data, 12);
    int reading = data.consumeInt(0, 3);
    String text = data.consumeRemainingAsString();

    FederationConfiguration config = ExternalAccessEvaluatorProperties.config(configTape);
    ExternalAccessEvaluator ev = ExternalAccessEvaluator.compile(config);
    ExternalAccessEvaluatorProperties.Request base =
        ExternalAccessEvaluatorProperties.request(requestTape);
    RemoteParty remote = remote(reading, text).orElse(base.outbound().remote());

    OutboundRequest out =
        new OutboundRequest(base.outbound().localUser(), remote, base.outbound().modality());
    InboundRequest in = base.inbound().toBuilder().remote(remote).build();
    check(config, ev.evaluate(out), ev.isAllowed(out), out);
    check(config, ev.evaluate(in), ev.isAllowed(in), in);
  }

  /** The remote party the fuzzed text names, in one of the ways a caller can pass it. */
  private static Optional<RemoteParty> remote(int reading, String text) {
    return switch (reading) {
      case 0 -> Optional.of(RemoteParty.typed(text));
      case 1 -> SipUri.tryParse(text).map(RemoteParty::of);
      case 2 -> MicrosoftAccount.tryParse(text).map(RemoteParty::of);
      default -> Optional.empty();
    };
  }

  private static List<Integer> tape(FuzzedDataProvider data, int length) {
    List<Integer> values = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      values.add(data.consumeInt(0, 1 << 20));
    }
    return values;
  }

  static void check(FederationConfiguration config, Decision d, boolean fast, Record request) {
    String context = request + "\n" + d;
    assertFalse(d.reasons().isEmpty(), context);
    boolean gateDenied = false;
    boolean admitted = false;
    for (Reason r : d.reasons()) {
      assertFalse(r.explanation().isBlank(), context);
      gateDenied |= r.rule().kind() == RuleId.Kind.DENY;
      admitted |= r.rule().kind() == RuleId.Kind.ADMIT;
      if (!config.era().carriesPublicIm()) {
        r.remediation()
            .ifPresent(
                m -> {
                  assertFalse(m.command().contains("AllowPublicUsers"), context);
                  assertFalse(m.command().contains("EnablePublicCloudAccess"), context);
                });
      }
    }
    if (gateDenied) {
      assertEquals(Effect.DENY, d.effect(), context);
    }
    if (d.isAllowed()) {
      assertTrue(admitted, context);
    } else {
      for (Reason r : d.reasons()) {
        assertEquals(RuleId.Kind.DENY, r.rule().kind(), context);
      }
    }
    assertEquals(d.isAllowed(), fast, context);
  }
}
