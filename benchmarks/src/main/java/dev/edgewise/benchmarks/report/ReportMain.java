package dev.edgewise.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON output into {@code benchmarks.md} and {@code benchmarks-decision.svg}.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.edgewise.benchmarks.report.ReportMain \
 *   --json benchmarks/target/jmh-quick.json[,more.json] --profile quick --out docs \
 *   [--load-before "0.5, 0.4, 0.3"] [--load-after "..."] [--note "..."]
 * </pre>
 */
public final class ReportMain {
  static final String REPORT = "benchmarks.md";
  static final String CHART = "benchmarks-decision.svg";

  private ReportMain() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> opts = options(args);
    Path out = Path.of(opts.getOrDefault("out", "docs"));
    Results results = Results.readFiles(require(opts, "json"));
    String date =
        opts.getOrDefault(
            "date",
            ZonedDateTime.now(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)));
    String loadNow = loadAverage();
    MarkdownReport.RunInfo run =
        new MarkdownReport.RunInfo(
            date,
            opts.getOrDefault("profile", "custom"),
            machine(),
            opts.getOrDefault("load-before", "unknown"),
            opts.getOrDefault("load-after", loadNow),
            opts.getOrDefault("note", ""),
            CHART);
    Files.createDirectories(out);
    Files.writeString(
        out.resolve(REPORT), MarkdownReport.render(results, run), StandardCharsets.UTF_8);
    Files.writeString(
        out.resolve(CHART),
        DecisionChart.svg(
            results,
            "Decision time against list size, " + date,
            run.machine() + ", " + results.jdk()),
        StandardCharsets.UTF_8);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
      }
      m.put(args[i].substring(2), args[i + 1]);
    }
    return m;
  }

  private static String require(Map<String, String> opts, String name) {
    String v = opts.get(name);
    if (v == null) {
      throw new IllegalArgumentException("missing --" + name);
    }
    return v;
  }

  /** CPU model, core count and memory, from /proc where there is one. */
  static String machine() {
    String cpu = "unknown CPU";
    long cores = Runtime.getRuntime().availableProcessors();
    String memory = "";
    try {
      List<String> info = Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8);
      for (String line : info) {
        if (line.startsWith("model name")) {
          cpu = line.substring(line.indexOf(':') + 1).trim();
          break;
        }
      }
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"), StandardCharsets.UTF_8)) {
        if (line.startsWith("MemTotal:")) {
          long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
          memory = String.format(Locale.ROOT, ", %.0f GB RAM", kb / 1024.0 / 1024.0);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux, or /proc unreadable: the report says what it knows.
    }
    return cpu + " (" + cores + " cores available to the JVM" + memory + ", "
        + System.getProperty("os.name") + ")";
  }

  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).split(" ");
      return f[0] + ", " + f[1] + ", " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
