package dev.edgewise.benchmarks;

import dev.edgewise.address.SipUri;
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
 * Parsing a SIP URI and comparing two parsed URIs by RFC 3261 19.1.4: the per-message work of an
 * edge proxy. The inputs are a plain Lync address, the decorated form, and a routed URI with
 * parameters and an IPv6 host.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SipUriBenchmark {

  @Param({
    "sip:bob@contoso.com",
    "sip:bob(contoso.com)@msn.com",
    "sips:alice@[2001:db8::10]:5061;transport=tls;lr;maddr=192.0.2.4?subject=project%20x"
  })
  public String text = "sip:bob@contoso.com";

  private SipUri a;
  private SipUri b;

  @Setup
  public void setUp() {
    a = SipUri.parse(text);
    // Same URI with different letter case and escapes: equivalent, so the comparison runs to the
    // end.
    b = SipUri.parse(a.canonical().toString().replace("sip", "SIP").replace("bob", "%62ob"));
    if (!a.isEquivalentTo(b)) {
      throw new IllegalStateException(a + " should be equivalent to " + b);
    }
  }

  @Benchmark
  public SipUri parse() {
    return SipUri.parse(text);
  }

  @Benchmark
  public boolean isEquivalentTo() {
    return a.isEquivalentTo(b);
  }
}
