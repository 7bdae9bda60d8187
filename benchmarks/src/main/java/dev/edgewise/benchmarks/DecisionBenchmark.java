package dev.edgewise.benchmarks;

import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import dev.edgewise.policy.Decision;
import dev.edgewise.policy.ExternalAccessEvaluator;
import dev.edgewise.policy.OutboundRequest;
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
 * The explained external-access decision against configurations with {@code listSize} allowed and
 * {@code listSize} blocked domains: a partner on the allowed list, a domain on the blocked list, a
 * Skype user through the public provider. The figure must not grow with the lists; {@link
 * DomainLookupBaselineBenchmark} shows what a list scan and a {@code HashSet} do on the same lists.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DecisionBenchmark {

  @Param({"10", "1000", "100000", "1000000"})
  public int listSize = 10;

  private ExternalAccessEvaluator evaluator =
      ExternalAccessEvaluator.compile(Configurations.onPremises(0));
  private OutboundRequest allowed = request("sip:erin@partner0.example");
  private OutboundRequest blocked = request("sip:zed@blocked0.example");
  private OutboundRequest skypeUser = request("sip:bob(fabrikam.com)@msn.com");
  private OutboundRequest colleague = request("sip:carol@contoso.com");
  private OutboundRequest plainAccount = request("sip:bob@live.com");
  private OutboundRequest account =
      OutboundRequest.of(
          SipUri.parse(Configurations.LOCAL_USER),
          MicrosoftAccount.parse("bob@fabrikam.com"),
          Modality.IM);
  private OutboundRequest skypeCall =
      OutboundRequest.of(
          SipUri.parse(Configurations.LOCAL_USER),
          SipUri.parse("sip:bob(fabrikam.com)@msn.com"),
          Modality.AUDIO);

  @Setup
  public void setUp() {
    evaluator = ExternalAccessEvaluator.compile(Configurations.onPremises(listSize));
    allowed = request("sip:erin@" + Configurations.allowedDomain(listSize / 2));
    blocked = request("sip:zed@" + Configurations.blockedDomain(listSize / 2));
    skypeUser = request("sip:bob(fabrikam.com)@msn.com");
    if (!evaluator.evaluate(allowed).isAllowed()
        || evaluator.evaluate(blocked).isAllowed()
        || !evaluator.evaluate(skypeUser).isAllowed()
        || !evaluator.evaluate(colleague).isAllowed()
        || !evaluator.evaluate(plainAccount).isAllowed()
        || !evaluator.evaluate(account).isAllowed()
        || evaluator.evaluate(skypeCall).isAllowed()) {
      throw new IllegalStateException("the generated configuration does not decide as intended");
    }
    // The configuration just built (about 440 MB at a million domains per list) is still in the
    // young generation. Left there, the first young collections of the measured iterations copy
    // all of it (pauses of 0.4 to 1.3 s in a 5 s run), so an explained decision, which allocates,
    // was charged for promoting the set-up's data and looked 13 times slower at 1M than at 10
    // while the non-allocating answers stayed flat. An edge server compiles once and serves for
    // hours: the steady state has the configuration in the old generation, so tenure it here.
    System.gc();
  }

  static OutboundRequest request(String remote) {
    return OutboundRequest.of(
        SipUri.parse(Configurations.LOCAL_USER), SipUri.parse(remote), Modality.IM);
  }

  @Benchmark
  public Decision allowedPartner() {
    return evaluator.evaluate(allowed);
  }

  @Benchmark
  public Decision blockedDomain() {
    return evaluator.evaluate(blocked);
  }

  @Benchmark
  public Decision publicProviderUser() {
    return evaluator.evaluate(skypeUser);
  }

  /** The allow/deny answer alone, by the same gates: what an edge proxy asks per message. */
  @Benchmark
  public boolean allowedPartnerIsAllowed() {
    return evaluator.isAllowed(allowed);
  }

  @Benchmark
  public boolean blockedDomainIsAllowed() {
    return evaluator.isAllowed(blocked);
  }

  @Benchmark
  public boolean publicProviderUserIsAllowed() {
    return evaluator.isAllowed(skypeUser);
  }

  /** An internal colleague: the first row of the gate table. */
  @Benchmark
  public boolean internalIsAllowed() {
    return evaluator.isAllowed(colleague);
  }

  /** A Skype user at one of Microsoft's own domains, written undecorated. */
  @Benchmark
  public boolean plainAccountIsAllowed() {
    return evaluator.isAllowed(plainAccount);
  }

  /** A Skype user named by account rather than by SIP URI. */
  @Benchmark
  public boolean accountIsAllowed() {
    return evaluator.isAllowed(account);
  }

  /** A denial: an audio call to a Skype user, which the Global policy does not allow. */
  @Benchmark
  public boolean deniedCallIsAllowed() {
    return evaluator.isAllowed(skypeCall);
  }
}
