package dev.edgewise.benchmarks;

import dev.edgewise.address.SipUri;
import gov.nist.javax.sip.address.AddressFactoryImpl;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Comparing two parsed URIs by RFC 3261 section 19.1.4, over the whole SIP corpus: an equal pair
 * (the same text parsed twice, two objects) and an equivalent pair (scheme and host in another
 * letter case, which the RFC ignores). {@code String.equals} on the texts is the floor; JAIN-SIP's
 * {@code equals} implements the same RFC comparison. JAIN-SIP RI 1.3.0-91 throws a {@code
 * ClassCastException} comparing URIs with a {@code ttl} parameter; such lines are left out for
 * every contender, so that all compare the same pairs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EquivalenceBenchmark {
  private SipUri[] left = new SipUri[0];
  private SipUri[] equal = new SipUri[0];
  private SipUri[] equivalent = new SipUri[0];
  private String[] leftText = new String[0];
  private String[] equalText = new String[0];
  private javax.sip.address.URI[] jainLeft = new javax.sip.address.URI[0];
  private javax.sip.address.URI[] jainEquivalent = new javax.sip.address.URI[0];
  private int next;

  @Setup
  public void setUp() throws ParseException {
    AddressFactoryImpl jain = new AddressFactoryImpl();
    List<String> comparable = new ArrayList<>();
    for (String t : Corpus.load("sip-uris.tsv").texts()) {
      try {
        jain.createURI(t).equals(jain.createURI(variant(t)));
        comparable.add(t);
      } catch (RuntimeException e) {
        // JAIN-SIP cannot compare this one (see the class comment).
      }
    }
    String[] texts = comparable.toArray(new String[0]);
    int n = texts.length;
    left = new SipUri[n];
    equal = new SipUri[n];
    equivalent = new SipUri[n];
    leftText = new String[n];
    equalText = new String[n];
    jainLeft = new javax.sip.address.URI[n];
    jainEquivalent = new javax.sip.address.URI[n];
    for (int i = 0; i < n; i++) {
      String t = texts[i];
      String variant = variant(t);
      leftText[i] = t;
      equalText[i] = new String(t.toCharArray());
      left[i] = SipUri.parse(t);
      equal[i] = SipUri.parse(equalText[i]);
      equivalent[i] = SipUri.parse(variant);
      if (!left[i].isEquivalentTo(equal[i]) || !left[i].isEquivalentTo(equivalent[i])) {
        throw new IllegalStateException(t + " should be equivalent to " + variant);
      }
      jainLeft[i] = jain.createURI(t);
      jainEquivalent[i] = jain.createURI(variant);
    }
  }

  /** The same URI with the scheme and the host in upper case: equivalent under RFC 3261. */
  static String variant(String text) {
    int colon = text.indexOf(':');
    String lower = text.toLowerCase(Locale.ROOT);
    String host = SipUri.parse(text).host().toString().toLowerCase(Locale.ROOT);
    int at = text.lastIndexOf('@', firstDelimiter(text));
    int h = lower.indexOf(host, at < 0 ? colon + 1 : at + 1);
    if (h < 0) {
      // The host is written in a non-canonical form (an IPv6 address with zeros): vary the scheme.
      return text.substring(0, colon).toUpperCase(Locale.ROOT) + text.substring(colon);
    }
    return text.substring(0, colon).toUpperCase(Locale.ROOT)
        + text.substring(colon, h)
        + text.substring(h, h + host.length()).toUpperCase(Locale.ROOT)
        + text.substring(h + host.length());
  }

  private static int firstDelimiter(String text) {
    int semi = text.indexOf(';', text.indexOf('@') < 0 ? 0 : text.lastIndexOf('@'));
    return semi < 0 ? text.length() : semi;
  }

  private int index() {
    int i = next;
    next = i + 1 == left.length ? 0 : i + 1;
    return i;
  }

  @Benchmark
  public boolean edgewiseEqualPair() {
    int i = index();
    return left[i].isEquivalentTo(equal[i]);
  }

  @Benchmark
  public boolean edgewiseEquivalentPair() {
    int i = index();
    return left[i].isEquivalentTo(equivalent[i]);
  }

  @Benchmark
  public boolean stringEquals() {
    int i = index();
    return leftText[i].equals(equalText[i]);
  }

  @Benchmark
  public boolean jainSipEquivalentPair() {
    int i = index();
    return jainLeft[i].equals(jainEquivalent[i]);
  }
}
