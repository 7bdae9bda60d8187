package dev.edgewise.benchmarks;

import dev.edgewise.address.AddressParseException;
import dev.edgewise.address.SipUri;
import gov.nist.javax.sip.address.AddressFactoryImpl;
import java.text.ParseException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What rejecting an invalid SIP URI costs against accepting a valid one of the same length
 * ({@code corpus/rejections.tsv} pairs them): {@code parse} throwing, {@code tryParse} answering
 * empty, and JAIN-SIP throwing its {@code ParseException} for reference.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RejectionBenchmark {
  private final AddressFactoryImpl jainSip = new AddressFactoryImpl();
  private Cycle<String> valid = new Cycle<>(new String[] {"sip:alice@contoso.com"});
  private Cycle<String> invalid = new Cycle<>(new String[] {"sip:alice@contoso_com"});

  @Setup
  public void setUp() {
    Corpus corpus = Corpus.load("rejections.tsv");
    int n = corpus.entries().size();
    String[] v = new String[n];
    String[] x = new String[n];
    for (int i = 0; i < n; i++) {
      Corpus.Entry e = corpus.entries().get(i);
      if (e.text().length() != e.other().length()) {
        throw new IllegalStateException("pair of different lengths: " + e);
      }
      SipUri.parse(e.text());
      if (SipUri.isValid(e.other())) {
        throw new IllegalStateException("should be invalid: " + e.other());
      }
      v[i] = e.text();
      x[i] = e.other();
    }
    valid = new Cycle<>(v);
    invalid = new Cycle<>(x);
  }

  @Benchmark
  public SipUri edgewiseParseValid() {
    return SipUri.parse(valid.next());
  }

  @Benchmark
  public Object edgewiseParseInvalid() {
    try {
      return SipUri.parse(invalid.next());
    } catch (AddressParseException e) {
      return e;
    }
  }

  @Benchmark
  public Optional<SipUri> edgewiseTryParseInvalid() {
    return SipUri.tryParse(invalid.next());
  }

  @Benchmark
  public Object jainSipParseInvalid() {
    try {
      return jainSip.createURI(invalid.next());
    } catch (ParseException | RuntimeException e) {
      return e;
    }
  }
}
