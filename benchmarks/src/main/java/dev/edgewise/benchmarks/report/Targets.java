package dev.edgewise.benchmarks.report;

import dev.edgewise.benchmarks.report.Criterion.AllocatesAtMost;
import dev.edgewise.benchmarks.report.Criterion.AtMostTimes;
import dev.edgewise.benchmarks.report.Criterion.Below;
import dev.edgewise.benchmarks.report.Criterion.FasterThan;
import dev.edgewise.benchmarks.report.Criterion.Unmeasured;
import java.util.ArrayList;
import java.util.List;

/**
 * The speed targets of issue 14, row by row, as criteria over benchmark ids; and the groups of
 * contenders whose ratios the report lists. Changing a target here is changing the issue: don't,
 * unless the issue changed.
 */
final class Targets {
  private Targets() {}

  /** A row of the targets table: a hot path and every condition its target sets. */
  record Row(String hotPath, List<Criterion> criteria) {}

  /** Edgewise's figure beside each peer's, for one task on the same inputs. */
  record Comparison(String task, String edgewise, List<String> peers) {}

  static final int[] LIST_SIZES = {10, 100, 1000, 10_000, 100_000, 1_000_000};

  static String decision(String method, int size) {
    return "DecisionBenchmark." + method + "[listSize=" + size + "]";
  }

  static String baseline(String method, int size) {
    return "DomainLookupBaselineBenchmark." + method + "[listSize=" + size + "]";
  }

  static List<Row> rows() {
    String parse = "SipUriParseBenchmark.edgewiseParse";
    String equal = "EquivalenceBenchmark.edgewiseEqualPair";
    String equivalent = "EquivalenceBenchmark.edgewiseEquivalentPair";
    String account = "AccountBenchmark.edgewiseParsePlain";
    String valid = "RejectionBenchmark.edgewiseParseValid";
    String classify = "ClassifyBenchmark.classifyPlain";
    List<Row> rows = new ArrayList<>();
    rows.add(
        new Row(
            "SIP URI parse, mixed corpus",
            List.of(
                new FasterThan(parse, "SipUriParseBenchmark.jainSipParse", 8),
                new FasterThan(parse, "SipUriParseBenchmark.javaNetUriParse", 2),
                new AllocatesAtMost(parse, 64))));
    rows.add(
        new Row(
            "`isEquivalentTo`, equal or equivalent pair",
            List.of(
                new Below(equal, 25),
                new AllocatesAtMost(equal, 0),
                new Below(equivalent, 25),
                new AllocatesAtMost(equivalent, 0))));
    rows.add(
        new Row(
            "plain e-mail, `MicrosoftAccount.parse`",
            List.of(
                new FasterThan(account, "AccountBenchmark.jakartaInternetAddress", 4),
                new AllocatesAtMost(account, 48))));
    rows.add(
        new Row(
            "rejecting an invalid SIP URI",
            List.of(
                new AtMostTimes("RejectionBenchmark.edgewiseParseInvalid", valid, 2),
                new AtMostTimes("RejectionBenchmark.edgewiseTryParseInvalid", valid, 2))));
    rows.add(
        new Row(
            "`ContactAddress.classify`, plain",
            List.of(new Below(classify, 150), new AllocatesAtMost(classify, 128))));
    List<Criterion> decoration = new ArrayList<>();
    for (String m : List.of("encode", "decodeUri", "decodeTyped")) {
      decoration.add(new Below("NameDecorationBenchmark." + m, 60));
    }
    decoration.add(
        new Unmeasured(
            "one result object per call",
            "not judged automatically: compare B/op below with the size of the result"));
    rows.add(new Row("`NameDecoration.encode` / `decode`", decoration));
    rows.add(
        new Row(
            "external-access decision, allowed",
            List.of(
                new Below(decision("allowedPartnerIsAllowed", 10), 50),
                new AllocatesAtMost(decision("allowedPartnerIsAllowed", 10), 0),
                new Below(decision("publicProviderUserIsAllowed", 10), 50),
                new AllocatesAtMost(decision("publicProviderUserIsAllowed", 10), 0),
                new Below(decision("allowedPartner", 10), 150),
                new Below(decision("publicProviderUser", 10), 150))));
    List<Criterion> flat = new ArrayList<>();
    for (String m : List.of("allowedPartner", "blockedDomain", "publicProviderUser")) {
      flat.add(new AtMostTimes(decision(m, 1_000_000), decision(m, 10), 1.3));
    }
    rows.add(new Row("decision at 1M listed domains / at 10", flat));
    rows.add(
        new Row(
            "`compile()` with 1M allowed and 1M blocked domains",
            List.of(new Below("CompileBenchmark.compile[listSize=1000000]", 2e9))));
    return rows;
  }

  static List<Comparison> comparisons() {
    List<Comparison> c = new ArrayList<>();
    c.add(
        new Comparison(
            "SIP URI parse, mixed corpus",
            "SipUriParseBenchmark.edgewiseParse",
            List.of(
                "SipUriParseBenchmark.edgewiseIsValid",
                "SipUriParseBenchmark.jainSipParse",
                "SipUriParseBenchmark.javaNetUriParse")));
    c.add(
        new Comparison(
            "URI comparison, equal pair",
            "EquivalenceBenchmark.edgewiseEqualPair",
            List.of("EquivalenceBenchmark.stringEquals")));
    c.add(
        new Comparison(
            "URI comparison, equivalent pair",
            "EquivalenceBenchmark.edgewiseEquivalentPair",
            List.of("EquivalenceBenchmark.jainSipEquivalentPair")));
    c.add(
        new Comparison(
            "plain e-mail address",
            "AccountBenchmark.edgewiseParsePlain",
            List.of(
                "AccountBenchmark.jakartaInternetAddress",
                "AccountBenchmark.edgewiseIsValidPlain",
                "AccountBenchmark.commonsEmailValidator")));
    c.add(
        new Comparison(
            "invalid SIP URI, same lengths as the valid ones",
            "RejectionBenchmark.edgewiseParseValid",
            List.of(
                "RejectionBenchmark.edgewiseParseInvalid",
                "RejectionBenchmark.edgewiseTryParseInvalid",
                "RejectionBenchmark.jainSipParseInvalid")));
    c.add(
        new Comparison(
            "domain name",
            "DomainBenchmark.edgewiseDomain",
            List.of(
                "DomainBenchmark.guavaInternetDomainName",
                "DomainBenchmark.commonsDomainValidator")));
    c.add(
        new Comparison(
            "host",
            "DomainBenchmark.edgewiseHost",
            List.of("DomainBenchmark.guavaHostAndPort")));
    for (int size : LIST_SIZES) {
      c.add(
          new Comparison(
              "allowed-domain look-up, " + size + " listed",
              decision("allowedPartner", size),
              List.of(
                  baseline("hashSetParentWalk", size), baseline("listScan", size))));
    }
    return c;
  }
}
