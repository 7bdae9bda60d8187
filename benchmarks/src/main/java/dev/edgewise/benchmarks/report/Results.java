package dev.edgewise.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The results of one JMH run, read from its JSON output ({@code -rf json}). */
final class Results {
  private final Map<String, Result> byId;
  private final String jdk;
  private final String jvmArgs;
  private final String jmhSettings;

  Results(List<Result> results, String jdk, String jvmArgs, String jmhSettings) {
    Map<String, Result> m = new LinkedHashMap<>();
    for (Result r : results) {
      m.put(r.id(), r);
    }
    this.byId = Collections.unmodifiableMap(m);
    this.jdk = jdk;
    this.jvmArgs = jvmArgs;
    this.jmhSettings = jmhSettings;
  }

  static Results read(InputStream json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    if (root == null || !root.isArray()) {
      throw new IOException("not a JMH JSON result file (expected an array)");
    }
    List<Result> results = new ArrayList<>();
    String jdk = "";
    String jvmArgs = "";
    String settings = "";
    for (JsonNode run : root) {
      String name = Result.shortName(run.path("benchmark").asText());
      Map<String, String> params = new TreeMap<>();
      for (Map.Entry<String, JsonNode> p : run.path("params").properties()) {
        params.put(p.getKey(), p.getValue().asText());
      }
      JsonNode primary = run.path("primaryMetric");
      String unit = primary.path("scoreUnit").asText();
      double nanos = Result.toNanos(primary.path("score").asDouble(), unit);
      double error = Result.toNanos(primary.path("scoreError").asDouble(Double.NaN), unit);
      double bytes = Double.NaN;
      for (Map.Entry<String, JsonNode> m : run.path("secondaryMetrics").properties()) {
        // JMH before 1.33 prefixed profiler metrics with a middle dot.
        if (m.getKey().replace("\u00b7", "").equals("gc.alloc.rate.norm")) {
          bytes = m.getValue().path("score").asDouble();
        }
      }
      List<Double> iterations = new ArrayList<>();
      for (JsonNode fork : primary.path("rawData")) {
        for (JsonNode iteration : fork) {
          iterations.add(Result.toNanos(iteration.asDouble(), unit));
        }
      }
      results.add(new Result(Result.id(name, params), params, nanos, error, bytes, iterations));
      if (jdk.isEmpty()) {
        jdk =
            run.path("jdkVersion").asText()
                + " ("
                + run.path("vmName").asText()
                + " "
                + run.path("vmVersion").asText()
                + ")";
        List<String> args = new ArrayList<>();
        run.path("jvmArgs").forEach(a -> args.add(a.asText()));
        jvmArgs = String.join(" ", args);
      }
      if (settings.isEmpty()) {
        settings =
            "JMH "
                + run.path("jmhVersion").asText()
                + ", forks "
                + run.path("forks").asInt()
                + ", warm-up "
                + run.path("warmupIterations").asInt()
                + " x "
                + run.path("warmupTime").asText()
                + ", measurement "
                + run.path("measurementIterations").asInt()
                + " x "
                + run.path("measurementTime").asText();
      }
    }
    return new Results(results, jdk, jvmArgs, settings);
  }

  /** The results of the JMH JSON files {@code files} names, comma-separated, as one ({@link #merge}). */
  static Results readFiles(String files) throws IOException {
    List<Results> runs = new ArrayList<>();
    for (String file : files.split(",", -1)) {
      try (InputStream in = Files.newInputStream(Path.of(file))) {
        runs.add(read(in));
      }
    }
    return merge(runs);
  }

  /**
   * The results of several runs as one, the settings and JDK of the first named. A result measured
   * again in a later run replaces the earlier one in its place.
   */
  static Results merge(List<Results> runs) {
    List<Result> all = new ArrayList<>();
    for (Results r : runs) {
      all.addAll(r.all());
    }
    Results first = runs.get(0);
    return new Results(all, first.jdk, first.jvmArgs, first.jmhSettings);
  }

  Optional<Result> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  List<Result> all() {
    return List.copyOf(byId.values());
  }

  String jdk() {
    return jdk;
  }

  String jvmArgs() {
    return jvmArgs;
  }

  String jmhSettings() {
    return jmhSettings;
  }
}
