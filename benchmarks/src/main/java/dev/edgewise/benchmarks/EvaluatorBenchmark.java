package dev.edgewise.benchmarks;

import dev.edgewise.address.Domain;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import dev.edgewise.policy.AccessEdgeConfiguration;
import dev.edgewise.policy.AllowedDomain;
import dev.edgewise.policy.BlockedDomain;
import dev.edgewise.policy.Decision;
import dev.edgewise.policy.ExternalAccessEvaluator;
import dev.edgewise.policy.ExternalAccessPolicy;
import dev.edgewise.policy.LocalUser;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.OutboundRequest;
import dev.edgewise.policy.PublicProvider;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Evaluating requests against configurations whose allowed and blocked lists hold {@code listSize}
 * domains each: the cost must not grow with the lists.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EvaluatorBenchmark {

  @Param({"10", "1000", "4000"})
  public int listSize = 10;

  private ExternalAccessEvaluator evaluator = ExternalAccessEvaluator.compile(configuration(0));
  private OutboundRequest skypeUser = request("sip:bob(fabrikam.com)@msn.com");
  private OutboundRequest allowedPartner = request("sip:erin@partner5.example");
  private OutboundRequest unknownPartner = request("sip:zed@nowhere.example");

  @Setup
  public void setUp() {
    evaluator = ExternalAccessEvaluator.compile(configuration(listSize));
    skypeUser = request("sip:bob(fabrikam.com)@msn.com");
    allowedPartner = request("sip:erin@partner5.example");
    unknownPartner = request("sip:zed@nowhere.example");
  }

  private static OutboundRequest request(String remote) {
    return OutboundRequest.of(
        SipUri.parse("sip:alice@contoso.com"), SipUri.parse(remote), Modality.IM);
  }

  private static OnPremisesConfiguration configuration(int listSize) {
    OnPremisesConfiguration.Builder b =
        OnPremisesConfiguration.builder()
            .accessEdge(AccessEdgeConfiguration.builder().allowFederatedUsers(true).build())
            .globalPolicy(
                ExternalAccessPolicy.global().toBuilder()
                    .enableFederationAccess(true)
                    .enablePublicCloudAccess(true)
                    .build())
            .addPublicProviders(PublicProvider.skype())
            .addSipDomains(Domain.parse("contoso.com"))
            .addUsers(LocalUser.of(SipUri.parse("sip:alice@contoso.com")));
    for (int i = 0; i < listSize; i++) {
      b.addAllowedDomains(AllowedDomain.of(Domain.parse("partner" + i + ".example")));
      b.addBlockedDomains(BlockedDomain.of(Domain.parse("blocked" + i + ".example")));
    }
    return b.build();
  }

  @Benchmark
  public Decision publicProviderUser() {
    return evaluator.evaluate(skypeUser);
  }

  @Benchmark
  public Decision allowedPartner() {
    return evaluator.evaluate(allowedPartner);
  }

  @Benchmark
  public Decision notAllowedPartner() {
    return evaluator.evaluate(unknownPartner);
  }

  /** The allow/deny answer alone, by the same gates: what an edge proxy asks per message. */
  @Benchmark
  public boolean publicProviderUserIsAllowed() {
    return evaluator.isAllowed(skypeUser);
  }

  @Benchmark
  public boolean allowedPartnerIsAllowed() {
    return evaluator.isAllowed(allowedPartner);
  }

  @Benchmark
  public boolean notAllowedPartnerIsAllowed() {
    return evaluator.isAllowed(unknownPartner);
  }
}
