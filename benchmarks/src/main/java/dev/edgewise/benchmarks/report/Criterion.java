package dev.edgewise.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One measurable condition of a speed target, judged against the results of one run. */
sealed interface Criterion {

  /** Whether a target is met. */
  enum Status {
    MET("met"),
    MISSED("**missed**"),
    /** The iterations of a time it reads did not agree ({@link Settling}): judged on nothing. */
    NOT_SETTLED("not settled"),
    NOT_MEASURED("not measured");

    private final String text;

    Status(String text) {
      this.text = text;
    }

    String text() {
      return text;
    }
  }

  /** The judgement: a status and the figures it rests on, for the reader to check. */
  record Verdict(Status status, String measured) {}

  /** The target in words, as the issue states it. */
  String target();

  /**
   * Judges the criterion: {@link Status#NOT_SETTLED} when a time it reads did not settle, otherwise
   * what {@link #decide} finds. The check sits here, once, so that no criterion can forget it.
   */
  default Verdict judge(Results results) {
    List<Result> read = new ArrayList<>();
    for (String id : timed()) {
      Optional<Result> r = results.get(id);
      if (r.isEmpty()) {
        return decide(results); // which says what is missing
      }
      read.add(r.get());
    }
    for (Result r : read) {
      if (!r.settled()) {
        return new Verdict(
            Status.NOT_SETTLED,
            "`"
                + r.id()
                + "` iterations from "
                + Format.nanos(r.best())
                + " to "
                + Format.nanos(r.slowest())
                + ", mean "
                + Format.nanos(r.nanos()));
      }
    }
    return decide(results);
  }

  /** The verdict on the figures alone, once every time read has settled. */
  Verdict decide(Results results);

  /** The results whose time this criterion reads, which must have settled to be judged on. */
  List<String> timed();

  /** Mean time of {@code id} strictly below {@code limitNanos}. */
  record Below(String id, double limitNanos) implements Criterion {
    @Override
    public String target() {
      return "`" + id + "` < " + Format.nanos(limitNanos);
    }

    @Override
    public Verdict decide(Results results) {
      return results
          .get(id)
          .map(r -> verdict(r.nanos() < limitNanos, Format.nanos(r.nanos())))
          .orElseGet(Criterion::missing);
    }

    @Override
    public List<String> timed() {
      return List.of(id);
    }
  }

  /** Bytes allocated per operation by {@code id} at most {@code limit}. */
  record AllocatesAtMost(String id, double limit) implements Criterion {
    @Override
    public String target() {
      return "`" + id + "` <= " + Format.bytes(limit);
    }

    @Override
    public Verdict decide(Results results) {
      Optional<Result> r = results.get(id);
      if (r.isEmpty() || Double.isNaN(r.get().bytes())) {
        return missing();
      }
      // JMH's normalized allocation rate carries a fraction of a byte of noise on a path that
      // allocates nothing: half a byte is the tolerance, never more.
      double b = r.get().bytes();
      return verdict(b <= limit + 0.5, Format.bytes(b));
    }

    /** None: allocation per operation does not move with warm-up or load. */
    @Override
    public List<String> timed() {
      return List.of();
    }
  }

  /** {@code peer} takes at least {@code factor} times as long as {@code id}. */
  record FasterThan(String id, String peer, double factor) implements Criterion {
    @Override
    public String target() {
      return "`" + id + "` >= " + Format.factor(factor) + "x faster than `" + peer + "`";
    }

    @Override
    public Verdict decide(Results results) {
      Optional<Result> e = results.get(id);
      Optional<Result> p = results.get(peer);
      if (e.isEmpty() || p.isEmpty()) {
        return missing();
      }
      double ratio = p.get().nanos() / e.get().nanos();
      return verdict(
          ratio >= factor,
          Format.ratio(ratio)
              + "x ("
              + Format.nanos(e.get().nanos())
              + " vs "
              + Format.nanos(p.get().nanos())
              + ")");
    }

    @Override
    public List<String> timed() {
      return List.of(id, peer);
    }
  }

  /** {@code id} takes at most {@code factor} times as long as {@code base}. */
  record AtMostTimes(String id, String base, double factor) implements Criterion {
    @Override
    public String target() {
      return "`" + id + "` / `" + base + "` <= " + Format.factor(factor);
    }

    @Override
    public Verdict decide(Results results) {
      Optional<Result> e = results.get(id);
      Optional<Result> b = results.get(base);
      if (e.isEmpty() || b.isEmpty()) {
        return missing();
      }
      double ratio = e.get().nanos() / b.get().nanos();
      return verdict(
          ratio <= factor,
          Format.ratio(ratio)
              + " ("
              + Format.nanos(e.get().nanos())
              + " / "
              + Format.nanos(b.get().nanos())
              + ")");
    }

    @Override
    public List<String> timed() {
      return List.of(id, base);
    }
  }

  /** A target this suite cannot measure yet, and why. */
  record Unmeasured(String target, String why) implements Criterion {
    @Override
    public Verdict decide(Results results) {
      return new Verdict(Status.NOT_MEASURED, why);
    }

    @Override
    public List<String> timed() {
      return List.of();
    }
  }

  private static Verdict verdict(boolean met, String measured) {
    return new Verdict(met ? Status.MET : Status.MISSED, measured);
  }

  private static Verdict missing() {
    return new Verdict(Status.NOT_MEASURED, "not in this run");
  }

  /** Number formats shared by the report. */
  final class Format {
    private Format() {}

    static String nanos(double ns) {
      if (Double.isNaN(ns)) {
        return "-";
      }
      if (ns >= 1e9) {
        return String.format(Locale.ROOT, "%.2f s", ns / 1e9);
      }
      if (ns >= 1e6) {
        return String.format(Locale.ROOT, "%.2f ms", ns / 1e6);
      }
      if (ns >= 1e4) {
        return String.format(Locale.ROOT, "%.1f us", ns / 1e3);
      }
      if (ns >= 100) {
        return String.format(Locale.ROOT, "%.0f ns", ns);
      }
      return String.format(Locale.ROOT, "%.1f ns", ns);
    }

    static String bytes(double b) {
      if (Double.isNaN(b)) {
        return "-";
      }
      if (b >= 10_240) {
        return String.format(Locale.ROOT, "%.1f KB", b / 1024);
      }
      return String.format(Locale.ROOT, "%.0f B", b);
    }

    /** A factor as a target states it: {@code 8}, {@code 1.3}. */
    static String factor(double f) {
      return f == Math.rint(f)
          ? Long.toString((long) f)
          : String.format(Locale.ROOT, "%s", f);
    }

    static String ratio(double r) {
      return r >= 10
          ? String.format(Locale.ROOT, "%.0f", r)
          : String.format(Locale.ROOT, "%.2f", r);
    }
  }
}
