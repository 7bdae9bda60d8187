package dev.edgewise.benchmarks;

import dev.edgewise.core.Modality;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Looking up a modality by the name a CLI user or a config file gives. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ModalityBenchmark {

  @Param({"im", "application-sharing", "unknown"})
  public String name = "im";

  @Benchmark
  public Optional<Modality> fromName() {
    return Modality.fromName(name);
  }
}
