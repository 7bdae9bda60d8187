package dev.edgewise.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.benchmarks.report.Criterion.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A figure whose iterations did not settle decides no target, and is named for measuring again;
 * allocation is judged whatever the times did.
 */
class SettlingTest {
  private static final String PLAIN = "AccountBenchmark.edgewiseParsePlain";
  private static final String JAKARTA = "AccountBenchmark.jakartaInternetAddress";
  private static final String AT_10 = Targets.decision("publicProviderUser", 10);
  private static final String AT_1M = Targets.decision("publicProviderUser", 1_000_000);

  private static Result result(String id, double bytes, Double... iterations) {
    List<Double> its = List.of(iterations);
    double mean = its.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    Map<String, String> params =
        id.contains("[") ? Map.of("listSize", id.replaceAll("\\D", "")) : Map.of();
    return new Result(id, params, mean, 0, bytes, its);
  }

  private static Results results(Result... rs) {
    return new Results(List.of(rs), "17", "", "JMH");
  }

  @Test
  void iterationsSettleWithinTheToleranceOfTheirMedian() {
    assertTrue(Settling.settled(List.of(100.0, 110.0, 95.0, 119.0, 100.0)));
    // The example: a warm-up still running into the measured iterations.
    assertFalse(Settling.settled(List.of(186.0, 187.4, 87.0, 67.5, 64.9)));
    // One iteration that another process slowed.
    assertFalse(Settling.settled(List.of(448.3, 5071.1, 457.9, 435.3, 431.6)));
    // One iteration faster than the others by more than the tolerance.
    assertFalse(Settling.settled(List.of(100.0, 100.0, 100.0, 83.0)));
    assertTrue(Settling.settled(List.of(100.0, 100.0, 100.0, 84.0)));
    // A single shot, or two, has nothing to compare.
    assertTrue(Settling.settled(List.of(1.5e9)));
    assertTrue(Settling.settled(List.of(10.0, 100.0)));
    assertTrue(Settling.settled(List.of()));
    assertEquals(2.5, Settling.median(List.of(4.0, 1.0, 3.0, 2.0)));
    assertEquals(3.0, Settling.median(List.of(5.0, 1.0, 3.0)));
  }

  @Test
  void anUnsettledTimeIsNotJudgedButItsAllocationIs() {
    Results r =
        results(
            result(PLAIN, 32, 186.0, 187.4, 87.0, 67.5, 64.9),
            result(JAKARTA, 128, 300.0, 310.0, 305.0, 298.0, 301.0));
    Criterion.Verdict faster = new Criterion.FasterThan(PLAIN, JAKARTA, 4).judge(r);
    assertEquals(Status.NOT_SETTLED, faster.status());
    assertEquals(
        "`AccountBenchmark.edgewiseParsePlain` iterations from 64.9 ns to 187 ns, mean 119 ns",
        faster.measured());
    assertEquals(Status.NOT_SETTLED, new Criterion.Below(PLAIN, 1e6).judge(r).status());
    assertEquals(Status.MET, new Criterion.AllocatesAtMost(PLAIN, 48).judge(r).status());
    // The same figures settled are judged: 119 ns against 303 ns is 2.5x, not 4x.
    Results settled =
        results(
            result(PLAIN, 32, 119.0, 120.0, 118.0), result(JAKARTA, 128, 300.0, 305.0, 304.0));
    assertEquals(
        Status.MISSED, new Criterion.FasterThan(PLAIN, JAKARTA, 4).judge(settled).status());
    assertEquals(Status.MET, new Criterion.FasterThan(PLAIN, JAKARTA, 2).judge(settled).status());
  }

  @Test
  void aRatioIsNotJudgedWhenEitherSideDidNotSettle() {
    Results r =
        results(
            result(AT_10, 0, 200.0, 201.0, 199.0), result(AT_1M, 0, 335.0, 326.0, 304.0, 204.0));
    assertEquals(
        Status.NOT_SETTLED, new Criterion.AtMostTimes(AT_1M, AT_10, 1.3).judge(r).status());
    assertEquals(
        List.of(
            "\\.DecisionBenchmark\\.publicProviderUser$\t" + AT_1M + "\t-p listSize=1000000",
            "\\.DecisionBenchmark\\.publicProviderUser$\t" + AT_10 + "\t-p listSize=10"),
        Remeasure.selections(r, 10),
        "both sides of the ratio, so that they are measured together again");
  }

  @Test
  void remeasuringNamesOnlyWhatATimeTargetReadsAndStopsAtTheLimit() {
    Results r =
        results(
            result(PLAIN, 32, 186.0, 187.4, 87.0, 67.5, 64.9),
            result(JAKARTA, 128, 300.0, 310.0, 305.0, 298.0, 301.0),
            // Unsettled, but no target reads it.
            result("DomainBenchmark.guavaInternetDomainName", 0, 380.9, 278.6, 269.0));
    assertEquals(
        List.of(
            "\\.AccountBenchmark\\.edgewiseParsePlain$\t" + PLAIN + "\t",
            "\\.AccountBenchmark\\.jakartaInternetAddress$\t" + JAKARTA + "\t"),
        Remeasure.selections(r, 10));
    assertEquals(
        List.of("\\.AccountBenchmark\\.edgewiseParsePlain$\t" + PLAIN + "\t"),
        Remeasure.selections(r, 1));
    assertEquals(List.of(), Remeasure.selections(r, 0));
  }

  @Test
  void aLaterRunReplacesTheResultInItsPlace() {
    Results first =
        results(result(PLAIN, 32, 186.0, 187.4, 87.0, 67.5, 64.9), result(JAKARTA, 128, 300.0));
    Results again = results(result(PLAIN, 32, 65.0, 64.0, 66.0));
    Results merged = Results.merge(List.of(first, again));
    assertEquals(List.of(PLAIN, JAKARTA), merged.all().stream().map(Result::id).toList());
    assertTrue(merged.get(PLAIN).orElseThrow().settled());
    assertEquals(65.0, merged.get(PLAIN).orElseThrow().nanos());
  }

  @Test
  void theReportCountsAndExplainsUnsettledCriteria() {
    Results r = results(result(PLAIN, 32, 186.0, 187.4, 87.0, 67.5, 64.9));
    String md =
        MarkdownReport.render(
            r, new MarkdownReport.RunInfo("d", "quick", "cpu", "0", "0", "", "chart.svg"));
    assertTrue(md.contains(" not settled, "), md);
    assertTrue(md.contains("each within a factor of 1.2 of their median"), md);
    assertTrue(
        md.contains("| `AccountBenchmark.edgewiseParsePlain` | 119 ns |")
            && md.contains("| 64.9 ns | no (slowest 187 ns) | 32 B |"),
        md);
  }
}
