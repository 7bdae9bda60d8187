package dev.edgewise.benchmarks.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Whether a result's measured iterations agree closely enough that their mean stands for the code
 * rather than for the JIT still compiling it or for another process taking the cores.
 *
 * <p>A warm-up that ended too early shows as iterations that fall (186, 187, 87, 68, 65 ns); a busy
 * neighbour as one iteration far off the others. Either way the mean is no figure to judge a target
 * on, so the report does not, and {@code run.sh} measures such results again with a longer warm-up.
 * A run of fewer than three iterations (a single-shot compile) has nothing to compare and counts as
 * settled.
 */
final class Settling {
  /** How far, as a factor either way, an iteration may lie from the median of its run. */
  static final double TOLERANCE = 1.2;

  private Settling() {}

  static boolean settled(List<Double> iterations) {
    if (iterations.size() < 3) {
      return true;
    }
    double median = median(iterations);
    for (double t : iterations) {
      if (t > median * TOLERANCE || t * TOLERANCE < median) {
        return false;
      }
    }
    return true;
  }

  static double median(List<Double> iterations) {
    List<Double> sorted = new ArrayList<>(iterations);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
