package dev.edgewise.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An SVG chart of decision time against list size, both axes logarithmic: the explained decisions
 * beside the list scan and the {@code HashSet} walk on the same lists. Flat lines are the goal.
 */
final class DecisionChart {
  private static final int WIDTH = 720;
  private static final int HEIGHT = 420;
  private static final int LEFT = 80;
  private static final int RIGHT = 200;
  private static final int TOP = 40;
  private static final int BOTTOM = 60;

  private record Series(String label, String colour, String dash, List<double[]> points) {}

  private DecisionChart() {}

  static String svg(Results results, String caption, String machine) {
    List<Series> series = new ArrayList<>();
    series.add(series(results, "allowed partner", "#1f77b4", "", "allowedPartner", true));
    series.add(series(results, "blocked domain", "#d62728", "", "blockedDomain", true));
    series.add(series(results, "public provider", "#2ca02c", "", "publicProviderUser", true));
    series.add(series(results, "HashSet walk", "#7f7f7f", "6 4", "hashSetParentWalk", false));
    series.add(series(results, "list scan", "#ff7f0e", "6 4", "listScan", false));
    double lo = Double.MAX_VALUE;
    double hi = 0;
    for (Series s : series) {
      for (double[] p : s.points()) {
        lo = Math.min(lo, p[1]);
        hi = Math.max(hi, p[1]);
      }
    }
    if (hi == 0) {
      lo = 1;
      hi = 10;
    }
    int yMin = (int) Math.floor(Math.log10(lo));
    int yMax = Math.max(yMin + 1, (int) Math.ceil(Math.log10(hi)));
    int xMin = 1;
    int xMax = 6;
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d"
                + " %d\" font-family=\"sans-serif\" font-size=\"12\">%n",
            WIDTH,
            HEIGHT,
            WIDTH,
            HEIGHT));
    b.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    b.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"22\" font-size=\"14\">%s</text>%n",
            LEFT,
            escape(caption)));
    b.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#555\">%s</text>%n",
            LEFT,
            HEIGHT - 4,
            escape(machine)));
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;
    for (int e = xMin; e <= xMax; e++) {
      double x = LEFT + plotW * (e - xMin) / (double) (xMax - xMin);
      b.append(line(x, TOP, x, TOP + plotH, "#e0e0e0", ""));
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
              x,
              TOP + plotH + 18,
              sizeLabel(e)));
    }
    for (int e = yMin; e <= yMax; e++) {
      double y = TOP + plotH - plotH * (e - yMin) / (double) (yMax - yMin);
      b.append(line(LEFT, y, LEFT + plotW, y, "#e0e0e0", ""));
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
              LEFT - 6,
              y + 4,
              Criterion.Format.nanos(Math.pow(10, e))));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">listed domains (allowed and blocked"
                + " each)</text>%n",
            LEFT + plotW / 2,
            HEIGHT - 18));
    b.append(
        String.format(
            Locale.ROOT,
            "<text x=\"18\" y=\"%d\" transform=\"rotate(-90 18 %d)\" text-anchor=\"middle\">time"
                + " per decision</text>%n",
            TOP + plotH / 2,
            TOP + plotH / 2));
    int legend = 0;
    for (Series s : series) {
      if (s.points().isEmpty()) {
        continue;
      }
      StringBuilder path = new StringBuilder();
      for (double[] p : s.points()) {
        double x = LEFT + plotW * (Math.log10(p[0]) - xMin) / (xMax - xMin);
        double y = TOP + plotH - plotH * (Math.log10(p[1]) - yMin) / (yMax - yMin);
        path.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        b.append(
            String.format(
                Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n",
                x,
                y,
                s.colour()));
      }
      b.append(
          String.format(
              Locale.ROOT,
              "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
              path.toString().trim(),
              s.colour(),
              s.dash().isEmpty() ? "" : " stroke-dasharray=\"" + s.dash() + "\""));
      double ly = TOP + 10 + 20 * legend++;
      b.append(line(LEFT + plotW + 14, ly, LEFT + plotW + 44, ly, s.colour(), s.dash()));
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%.1f\">%s</text>%n",
              LEFT + plotW + 50,
              ly + 4,
              escape(s.label())));
    }
    return b.append("</svg>\n").toString();
  }

  private static Series series(
      Results results,
      String label,
      String colour,
      String dash,
      String method,
      boolean edgewise) {
    List<double[]> points = new ArrayList<>();
    for (int size : Targets.LIST_SIZES) {
      String id =
          edgewise ? Targets.decision(method, size) : Targets.baseline(method, size);
      Optional<Result> r = results.get(id);
      r.ifPresent(x -> points.add(new double[] {size, x.nanos()}));
    }
    return new Series(label, colour, dash, points);
  }

  private static String sizeLabel(int exponent) {
    switch (exponent) {
      case 3:
        return "1k";
      case 6:
        return "1M";
      default:
        return exponent < 3
            ? Integer.toString((int) Math.pow(10, exponent))
            : (int) Math.pow(10, exponent - 3) + "k";
    }
  }

  private static String line(double x1, double y1, double x2, double y2, String colour, String dash) {
    return String.format(
        Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>%n",
        x1,
        y1,
        x2,
        y2,
        colour,
        dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\" stroke-width=\"2\"");
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
