package dev.edgewise.benchmarks;

import com.google.common.net.HostAndPort;
import com.google.common.net.InternetDomainName;
import dev.edgewise.address.Domain;
import dev.edgewise.address.Host;
import dev.edgewise.address.SipUri;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.validator.routines.DomainValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading the domain names and hosts of the SIP corpus: Edgewise's {@code Domain} and {@code Host}
 * beside Guava's {@code InternetDomainName} and {@code HostAndPort} and Commons Validator's {@code
 * DomainValidator}, on the same texts.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DomainBenchmark {
  private final DomainValidator commons = DomainValidator.getInstance(true);
  private Cycle<String> domains = new Cycle<>(new String[] {"contoso.com"});
  private Cycle<String> hosts = new Cycle<>(new String[] {"contoso.com"});

  @Setup
  public void setUp() {
    Set<String> d = new LinkedHashSet<>();
    Set<String> h = new LinkedHashSet<>();
    for (String t : Corpus.load("sip-uris.tsv").texts()) {
      Host host = SipUri.parse(t).host();
      h.add(host.toString());
      host.domainName().ifPresent(d::add);
    }
    for (String s : d) {
      Domain.parse(s);
      InternetDomainName.from(s);
      if (!commons.isValid(s)) {
        throw new IllegalStateException("Commons Validator rejects " + s);
      }
    }
    for (String s : h) {
      Host.parse(s);
      HostAndPort.fromString(s);
    }
    domains = new Cycle<>(d.toArray(new String[0]));
    hosts = new Cycle<>(h.toArray(new String[0]));
  }

  @Benchmark
  public Domain edgewiseDomain() {
    return Domain.parse(domains.next());
  }

  @Benchmark
  public InternetDomainName guavaInternetDomainName() {
    return InternetDomainName.from(domains.next());
  }

  @Benchmark
  public boolean commonsDomainValidator() {
    return commons.isValid(domains.next());
  }

  @Benchmark
  public Host edgewiseHost() {
    return Host.parse(hosts.next());
  }

  @Benchmark
  public HostAndPort guavaHostAndPort() {
    return HostAndPort.fromString(hosts.next());
  }
}
