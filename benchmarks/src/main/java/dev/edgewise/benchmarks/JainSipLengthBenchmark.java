package dev.edgewise.benchmarks;

import gov.nist.javax.sip.address.AddressFactoryImpl;
import java.text.ParseException;
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
 * JAIN-SIP on the inputs of {@link LengthBenchmark}, up to the longest URI Edgewise accepts. It
 * grows quadratically with the number of parameters (a 10,000-character URI of short parameters
 * took about 0.3 s in a trial run), so longer inputs would only stall the suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JainSipLengthBenchmark {

  @Param({"100", "1000", "4000"})
  public int length = 100;

  @Param({"longValue", "manyParameters"})
  public String shape = "longValue";

  private final AddressFactoryImpl jainSip = new AddressFactoryImpl();
  private String text = "sip:alice@contoso.com";

  @Setup
  public void setUp() throws ParseException {
    text = LengthBenchmark.uri(length, shape);
    jainSip.createURI(text);
  }

  @Benchmark
  public javax.sip.address.URI jainSip() throws ParseException {
    return jainSip.createURI(text);
  }
}
