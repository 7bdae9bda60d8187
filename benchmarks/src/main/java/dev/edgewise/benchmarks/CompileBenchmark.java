package dev.edgewise.benchmarks;

import dev.edgewise.policy.ExternalAccessEvaluator;
import dev.edgewise.policy.OnPremisesConfiguration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Compiling (validating and indexing) a configuration with {@code listSize} allowed and {@code
 * listSize} blocked domains, once per iteration: what an edge server pays when an administrator
 * changes the lists. Each iteration gets a configuration of its own, built before the clock
 * starts: a configuration keeps its compiled form, so compiling the same one again would measure
 * only the validation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class CompileBenchmark {

  @Param({"1000000"})
  public int listSize = 1_000_000;

  private OnPremisesConfiguration configuration = Configurations.onPremises(0);

  @Setup(Level.Iteration)
  public void setUp() {
    configuration = Configurations.onPremises(listSize);
  }

  @Benchmark
  public ExternalAccessEvaluator compile() {
    return ExternalAccessEvaluator.compile(configuration);
  }
}
