package dev.edgewise.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.benchmarks.report.Criterion.Status;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report generator reads JMH's JSON and judges each target from the figures, not by hand. */
class ReportTest {

  private static Results sample() throws IOException {
    try (InputStream in = ReportTest.class.getResourceAsStream("sample.json")) {
      return Results.read(in);
    }
  }

  @Test
  void readsTimesInNanosAndAllocationPerOperation() throws IOException {
    Results r = sample();
    Result parse = r.get("SipUriParseBenchmark.edgewiseParse").orElseThrow();
    assertEquals(50.0, parse.nanos());
    assertEquals(64.0001, parse.bytes(), 1e-9);
    assertEquals(47.5, parse.best(), "the fastest iteration of every fork");
    assertTrue(Double.isNaN(r.get("SipUriParseBenchmark.javaNetUriParse").orElseThrow().bytes()));
    assertEquals(
        1.5e9, r.get("CompileBenchmark.compile[listSize=1000000]").orElseThrow().nanos(), 1e-3);
    assertEquals(
        1.5e9, r.get("CompileBenchmark.compile[listSize=1000000]").orElseThrow().best(), 1e-3);
    assertTrue(Double.isNaN(r.get("SipUriParseBenchmark.jainSipParse").orElseThrow().best()));
    assertTrue(r.jmhSettings().contains("warm-up 3 x 1 s"), r.jmhSettings());
  }

  @Test
  void judgesEachKindOfCriterion() throws IOException {
    Results r = sample();
    String parse = "SipUriParseBenchmark.edgewiseParse";
    assertEquals(
        Status.MISSED,
        new Criterion.FasterThan(parse, "SipUriParseBenchmark.jainSipParse", 8).judge(r).status());
    assertEquals(
        Status.MET,
        new Criterion.FasterThan(parse, "SipUriParseBenchmark.jainSipParse", 6).judge(r).status());
    assertEquals(Status.MET, new Criterion.AllocatesAtMost(parse, 64).judge(r).status());
    assertEquals(Status.MISSED, new Criterion.AllocatesAtMost(parse, 48).judge(r).status());
    assertEquals(
        Status.NOT_MEASURED,
        new Criterion.AllocatesAtMost("SipUriParseBenchmark.javaNetUriParse", 0)
            .judge(r)
            .status());
    assertEquals(Status.MET, new Criterion.Below(parse, 50.5).judge(r).status());
    assertEquals(Status.MISSED, new Criterion.Below(parse, 50).judge(r).status());
    assertEquals(Status.NOT_MEASURED, new Criterion.Below("Nope.nothing", 1).judge(r).status());
    String at10 = Targets.decision("allowedPartner", 10);
    String at1m = Targets.decision("allowedPartner", 1_000_000);
    assertEquals(Status.MISSED, new Criterion.AtMostTimes(at1m, at10, 1.3).judge(r).status());
    assertEquals(Status.MET, new Criterion.AtMostTimes(at1m, at10, 1.4).judge(r).status());
    assertEquals(Status.MET, new Criterion.AllocatesAtMost(at10, 0).judge(r).status());
  }

  @Test
  void reportStatesTargetsRatiosAndTheMachine() throws IOException {
    MarkdownReport.RunInfo run =
        new MarkdownReport.RunInfo(
            "2026-11-27 04:00 UTC", "quick", "Test CPU", "3.1, 2.0, 1.0", "2.5, 2.1, 1.1",
            "Shared machine.", "chart.svg");
    String md = MarkdownReport.render(sample(), run);
    assertTrue(
        md.contains(
            "Measured 2026-11-27 04:00 UTC with the **quick** profile on Test CPU, 17.0.15"
                + " (OpenJDK 64-Bit Server VM 17.0.15+6)."),
        md);
    assertTrue(md.contains("before the run: 3.1, 2.0, 1.0; after: 2.5, 2.1, 1.1. Shared machine."));
    assertTrue(
        md.contains(
            "| SIP URI parse, mixed corpus | `SipUriParseBenchmark.edgewiseParse` >= 8x faster than"
                + " `SipUriParseBenchmark.jainSipParse` | 6.00x (50.0 ns vs 300 ns) | **missed** |"),
        md);
    assertTrue(
        md.contains("| | `SipUriParseBenchmark.jainSipParse` | 300 ns | 1728 B | 6.00 |")
            || md.contains("|  | `SipUriParseBenchmark.jainSipParse` | 300 ns | 1728 B | 6.00 |"),
        md);
    assertTrue(md.contains("![decision time against list size](chart.svg)"));
    assertTrue(md.contains("| `SipUriParseBenchmark.edgewiseParse` | 50.0 ns | 2.5 ns | 47.5 ns | yes | 64 B |"), md);
    assertTrue(md.contains("| 10 | 100 ns (best -), 0 B |"), md);
    assertTrue(md.contains("`CompileBenchmark.compile[listSize=1000000]` < 2.00 s | 1.50 s | met"), md);
  }

  @Test
  void chartPlotsEverySeriesItHasFiguresFor() throws IOException {
    String svg = DecisionChart.svg(sample(), "caption <&>", "Test CPU");
    assertTrue(svg.startsWith("<svg"));
    assertTrue(svg.contains("caption &lt;&amp;&gt;"));
    assertTrue(svg.contains(">Test CPU</text>"));
    assertTrue(svg.contains("allowed partner"));
    assertEquals(1, count(svg, "<polyline"), svg);
    assertEquals(2, count(svg, "<circle"), svg);
  }

  @Test
  void idsNameTheParametersInOrder() {
    assertEquals("A.b", Result.id("A.b", Map.of()));
    assertEquals(
        "A.b[length=100,shape=x]",
        Result.id("A.b", new java.util.TreeMap<>(Map.of("shape", "x", "length", "100"))));
    assertEquals("DecisionBenchmark.allowedPartner", Result.shortName(
        "dev.edgewise.benchmarks.DecisionBenchmark.allowedPartner"));
  }

  @Test
  void refusesWhatIsNotJmhOutput() {
    byte[] notArray = "{}".getBytes(StandardCharsets.UTF_8);
    assertThrows(IOException.class, () -> Results.read(new ByteArrayInputStream(notArray)));
    assertThrows(IllegalArgumentException.class, () -> Result.toNanos(1, "ops/s"));
  }

  @Test
  void mergedRunsKeepEveryResult() throws IOException {
    Results merged = Results.merge(List.of(sample(), sample()));
    assertEquals(sample().all().size(), merged.all().size());
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
