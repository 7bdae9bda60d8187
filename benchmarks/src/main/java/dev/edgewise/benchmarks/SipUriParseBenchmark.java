package dev.edgewise.benchmarks;

import dev.edgewise.address.SipUri;
import gov.nist.javax.sip.address.AddressFactoryImpl;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParseException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parsing the mixed SIP URI corpus ({@code corpus/sip-uris.tsv}, every class an edge proxy meets),
 * one URI per call, by Edgewise and by its peers on the same inputs. {@code java.net.URI} reads a
 * SIP URI as an opaque URI and checks far less, so it is the floor a specialised parser must beat,
 * not an equal.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SipUriParseBenchmark {
  private final AddressFactoryImpl jainSip = new AddressFactoryImpl();
  private Cycle<String> corpus = new Cycle<>(new String[] {"sip:alice@contoso.com"});

  @Setup
  public void setUp() throws ParseException, URISyntaxException {
    String[] texts = Corpus.load("sip-uris.tsv").texts();
    for (String t : texts) {
      // Every contender must accept every line, or the figures would not compare like with like.
      SipUri.parse(t);
      jainSip.createURI(t);
      new URI(t);
    }
    corpus = new Cycle<>(texts);
  }

  @Benchmark
  public SipUri edgewiseParse() {
    return SipUri.parse(corpus.next());
  }

  @Benchmark
  public boolean edgewiseIsValid() {
    return SipUri.isValid(corpus.next());
  }

  @Benchmark
  public javax.sip.address.URI jainSipParse() throws ParseException {
    return jainSip.createURI(corpus.next());
  }

  @Benchmark
  public URI javaNetUriParse() throws URISyntaxException {
    return new URI(corpus.next());
  }
}
