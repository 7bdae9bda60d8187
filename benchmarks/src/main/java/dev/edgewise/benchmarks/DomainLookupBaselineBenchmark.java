package dev.edgewise.benchmarks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * The two obvious ways to answer "is this host on the allowed list, or under a domain that is",
 * given the host as a string, on the same lists {@link DecisionBenchmark} uses: scanning the list,
 * and walking the host's parent domains through a {@code HashSet}. They answer yes or no and
 * explain nothing, so they are the floor for the fast answer, not for the explained decision.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DomainLookupBaselineBenchmark {

  @Param({"10", "1000", "100000", "1000000"})
  public int listSize = 10;

  private List<String> list = new ArrayList<>();
  private Set<String> set = new HashSet<>();
  private String host = "sip.partner0.example";

  @Setup
  public void setUp() {
    list = Configurations.allowedDomainNames(listSize);
    set = new HashSet<>(list);
    host = "sip." + Configurations.allowedDomain(listSize / 2);
    if (!listScan() || !hashSetParentWalk()) {
      throw new IllegalStateException(host + " should be found");
    }
  }

  @Benchmark
  public boolean listScan() {
    String h = host;
    for (String d : list) {
      if (h.equals(d)
          || (h.length() > d.length()
              && h.endsWith(d)
              && h.charAt(h.length() - d.length() - 1) == '.')) {
        return true;
      }
    }
    return false;
  }

  @Benchmark
  public boolean hashSetParentWalk() {
    String d = host;
    while (true) {
      if (set.contains(d)) {
        return true;
      }
      int dot = d.indexOf('.');
      if (dot < 0) {
        return false;
      }
      d = d.substring(dot + 1);
    }
  }
}
