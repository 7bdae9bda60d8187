package dev.edgewise.benchmarks;

import dev.edgewise.address.SipUri;
import java.util.Optional;
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
 * Parse and comparison time against the number of parameters (issue 14 measured 598 parameters
 * costing 23 times 41): a URI with {@code count} short parameters {@code ;0=v;1=v;...}, parsed,
 * and compared with the same parameters in reverse order (equivalent, but not equal, so the
 * comparison looks every name up). Divide by {@code count}: the time per parameter should stay
 * flat. 598 is about the most that fit in {@link SipUri#MAX_LENGTH}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ParameterCountBenchmark {

  @Param({"10", "41", "100", "300", "598"})
  public int count = 41;

  private String text = "sip:alice@atlanta.com";
  private SipUri uri = SipUri.parse(text);
  private SipUri reversed = uri;

  @Setup
  public void setUp() {
    text = uri(count, false);
    uri = SipUri.parse(text);
    reversed = SipUri.parse(uri(count, true));
    if (uri.parameters().size() != count || !uri.isEquivalentTo(reversed) || uri.equals(reversed)) {
      throw new IllegalStateException("unexpected set-up for " + count + " parameters");
    }
  }

  static String uri(int count, boolean reverse) {
    StringBuilder b = new StringBuilder("sip:alice@atlanta.com");
    for (int k = 0; k < count; k++) {
      int i = reverse ? count - 1 - k : k;
      b.append(';').append(Integer.toString(i, 36)).append("=v");
    }
    return b.toString();
  }

  @Benchmark
  public Optional<SipUri> parse() {
    return SipUri.tryParse(text);
  }

  @Benchmark
  public boolean equivalentReversed() {
    return uri.isEquivalentTo(reversed);
  }
}
