package dev.edgewise.benchmarks;

import dev.edgewise.address.SipUri;
import java.net.URI;
import java.net.URISyntaxException;
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
 * Parse time against input length, to show that parsing is linear: a SIP URI of {@code length}
 * characters, either one long parameter value or many short parameters (where a pairwise duplicate
 * check would show as quadratic). Up to {@link SipUri#MAX_LENGTH} the URI is valid; beyond it
 * Edgewise must refuse the text without reading it, so its time must stay flat while {@code
 * java.net.URI}, which has no limit, keeps reading. JAIN-SIP is measured apart ({@link
 * JainSipLengthBenchmark}) on the valid lengths only: it is quadratic in the number of parameters.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LengthBenchmark {

  @Param({"100", "1000", "4000", "10000", "100000", "1000000"})
  public int length = 100;

  @Param({"longValue", "manyParameters"})
  public String shape = "longValue";

  private String text = "sip:alice@contoso.com";

  @Setup
  public void setUp() {
    text = uri(length, shape);
    if (text.length() != length) {
      throw new IllegalStateException("built " + text.length() + " characters, not " + length);
    }
    if ((length <= SipUri.MAX_LENGTH) != SipUri.isValid(text)) {
      throw new IllegalStateException("unexpected answer for " + shape + " of " + length);
    }
  }

  static String uri(int length, String shape) {
    StringBuilder b = new StringBuilder(length).append("sip:alice@contoso.com");
    if (shape.equals("manyParameters")) {
      for (int i = 0; b.length() + 24 < length; i++) {
        b.append(";p").append(i).append("=v");
      }
    } else if (!shape.equals("longValue")) {
      throw new IllegalArgumentException(shape);
    }
    b.append(";x-data=");
    while (b.length() < length) {
      b.append('a');
    }
    return b.toString();
  }

  @Benchmark
  public Optional<SipUri> edgewise() {
    return SipUri.tryParse(text);
  }

  @Benchmark
  public URI javaNetUri() throws URISyntaxException {
    return new URI(text);
  }
}
