package dev.edgewise.benchmarks.report;

import java.util.List;
import java.util.Map;

/**
 * One JMH result: which benchmark with which parameters, its mean time in nanoseconds per
 * operation with the 99.9% error JMH reports, and the bytes allocated per operation ({@code NaN}
 * when the run had no {@code -prof gc}).
 *
 * @param id {@code Class.method}, or {@code Class.method[name=value,...]} with parameters
 * @param iterations every measured iteration's mean, in nanoseconds per operation, fork after fork
 */
record Result(
    String id,
    Map<String, String> params,
    double nanos,
    double error,
    double bytes,
    List<Double> iterations) {

  Result {
    iterations = List.copyOf(iterations);
  }

  /**
   * The fastest measured iteration, {@code NaN} without raw data: on a shared machine other
   * processes only ever add time, so this is the figure least disturbed by them.
   */
  double best() {
    return iterations.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  double slowest() {
    return iterations.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  /** Whether the iterations agree well enough to judge a target on the mean ({@link Settling}). */
  boolean settled() {
    return Settling.settled(iterations);
  }

  /** {@code SimpleClass.method} of a JMH benchmark name {@code package.SimpleClass.method}. */
  static String shortName(String benchmark) {
    int method = benchmark.lastIndexOf('.');
    int type = benchmark.lastIndexOf('.', method - 1);
    return benchmark.substring(type + 1);
  }

  static String id(String shortName, Map<String, String> params) {
    if (params.isEmpty()) {
      return shortName;
    }
    StringBuilder b = new StringBuilder(shortName).append('[');
    params.forEach((k, v) -> b.append(k).append('=').append(v).append(','));
    b.setLength(b.length() - 1);
    return b.append(']').toString();
  }

  static double toNanos(double value, String unit) {
    switch (unit) {
      case "ns/op":
        return value;
      case "us/op":
        return value * 1e3;
      case "ms/op":
        return value * 1e6;
      case "s/op":
        return value * 1e9;
      default:
        throw new IllegalArgumentException("unsupported unit " + unit + " (use -bm avgt or ss)");
    }
  }
}
