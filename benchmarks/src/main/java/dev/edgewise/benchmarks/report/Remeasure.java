package dev.edgewise.benchmarks.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the results a speed target reads whose iterations did not settle, so that {@code run.sh}
 * can measure them again with a longer warm-up. Each line is one JMH selection: a benchmark regex,
 * a tab, the result's id, a tab, and its {@code -p name=value} options (none, for a benchmark
 * without parameters: the empty field comes last, where a shell's {@code read} keeps it).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.edgewise.benchmarks.report.Remeasure \
 *   benchmarks/target/jmh-quick.json[,more.json] 10
 * </pre>
 *
 * <p>When one side of a ratio did not settle, both sides are named: a ratio compares contenders
 * measured together, and re-measuring one of them alone would compare it with another minute of
 * the machine.
 */
public final class Remeasure {
  private Remeasure() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: Remeasure <jmh.json>[,...] <at most how many>");
    }
    Results results = Results.readFiles(args[0]);
    for (String line : selections(results, Integer.parseInt(args[1]))) {
      System.out.println(line);
    }
  }

  static List<String> selections(Results results, int limit) {
    Set<String> ids = new LinkedHashSet<>();
    for (Targets.Row row : Targets.rows()) {
      for (Criterion c : row.criteria()) {
        boolean unsettled = false;
        for (String id : c.timed()) {
          unsettled |= results.get(id).map(r -> !r.settled()).orElse(false);
        }
        if (unsettled) {
          ids.addAll(c.timed());
        }
      }
    }
    List<String> lines = new ArrayList<>();
    for (String id : ids) {
      if (lines.size() == limit) {
        break;
      }
      results.get(id).ifPresent(r -> lines.add(selection(r)));
    }
    return lines;
  }

  /** {@code \.Class\.method$}, a tab, the id, a tab, {@code -p k=v} for each parameter. */
  static String selection(Result r) {
    String name = r.id();
    int bracket = name.indexOf('[');
    if (bracket >= 0) {
      name = name.substring(0, bracket);
    }
    StringBuilder b = new StringBuilder("\\.").append(name.replace(".", "\\.")).append('$');
    b.append('\t').append(r.id()).append('\t');
    String sep = "";
    for (Map.Entry<String, String> p : r.params().entrySet()) {
      b.append(sep).append("-p ").append(p.getKey()).append('=').append(p.getValue());
      sep = " ";
    }
    return b.toString();
  }
}
