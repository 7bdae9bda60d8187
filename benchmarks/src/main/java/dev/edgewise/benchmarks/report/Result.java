package dev.edgewise.benchmarks.report;

import java.util.Map;

/**
 * One JMH result: which benchmark with which parameters, its mean time in nanoseconds per
 * operation with the 99.9% error JMH reports, and the bytes allocated per operation ({@code NaN}
 * when the run had no {@code -prof gc}).
 *
 * @param id {@code Class.method}, or {@code Class.method[name=value,...]} with parameters
 * @param best the fastest measured iteration's mean, in nanoseconds per operation: on a shared
 *     machine other processes only ever add time, so this is the figure least disturbed by them
 */
record Result(
    String id, Map<String, String> params, double nanos, double error, double bytes, double best) {

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
