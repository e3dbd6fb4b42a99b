package io.hfmine.reports.svg;

import io.hfmine.analyzers.stats.Descriptives;
import io.hfmine.analyzers.stats.Figures;
import io.hfmine.reports.Html;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Horizontal box plots on a log10(1 + days) axis, so that same-day closures (0) and
 * year-long ones fit on one chart. Boxes span the quartiles (linear interpolation, as the
 * descriptives), whiskers reach the furthest value within 1.5 IQR, dots are the values beyond,
 * and a diamond marks the mean.
 */
public final class BoxPlotSvg {
  private static final int WIDTH = 860;
  private static final int LEFT = 190;
  private static final int RIGHT = 70;
  private static final int TOP = 12;
  private static final int ROW = 30;
  private static final int AXIS = 44;
  private static final double[] TICKS = {0, 1, 3, 10, 30, 100, 300, 1000, 3000, 10000};

  private BoxPlotSvg() {
  }

  /** One box: a label, its values and its colour. */
  public record Box(String label, double[] values, String colour) {
  }

  public static String render(String description, List<Box> boxes) {
    double max = boxes.stream().flatMapToDouble(b -> Arrays.stream(b.values())).max().orElse(1);
    double domain = Math.log10(1 + niceMax(max));
    int height = TOP + boxes.size() * ROW + AXIS;
    int plotWidth = WIDTH - LEFT - RIGHT;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" "
            + "aria-label=\"%s\" font-family=\"sans-serif\" font-size=\"12\">%n<title>%s</title>%n",
        WIDTH, height, WIDTH, height, Html.escape(description), Html.escape(description)));
    int axisY = TOP + boxes.size() * ROW + 6;
    for (double tick : TICKS) {
      if (Math.log10(1 + tick) > domain + 1e-9) {
        break;
      }
      double x = LEFT + plotWidth * Math.log10(1 + tick) / domain;
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
              + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#444\">%s</text>%n",
          x, TOP, x, axisY, x, axisY + 16, Figures.number(tick)));
    }
    svg.append(String.format(Locale.ROOT,
        "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#444\">resolution time in days (log scale: log10(1 + days))</text>%n",
        LEFT + plotWidth / 2, axisY + 34));
    for (int i = 0; i < boxes.size(); i++) {
      Box box = boxes.get(i);
      double centre = TOP + i * ROW + ROW / 2.0;
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#222\">%s</text>%n",
          LEFT - 8, centre + 4, Html.escape(box.label())));
      if (box.values().length == 0) {
        continue;
      }
      double[] sorted = box.values().clone();
      Arrays.sort(sorted);
      Descriptives d = Descriptives.of(sorted);
      double fence = 1.5 * d.iqr();
      double low = sorted[0];
      double high = sorted[sorted.length - 1];
      for (double v : sorted) {
        if (v >= d.q1() - fence) {
          low = v;
          break;
        }
      }
      for (int k = sorted.length - 1; k >= 0; k--) {
        if (sorted[k] <= d.q3() + fence) {
          high = sorted[k];
          break;
        }
      }
      double xq1 = scale(d.q1(), domain, plotWidth);
      double xq3 = scale(d.q3(), domain, plotWidth);
      double xMedian = scale(d.median(), domain, plotWidth);
      double xLow = scale(low, domain, plotWidth);
      double xHigh = scale(high, domain, plotWidth);
      double xMean = scale(d.mean(), domain, plotWidth);
      double half = ROW * 0.3;
      svg.append(String.format(Locale.ROOT,
          "<g><title>%s: n = %d, median %s, IQR %s to %s, mean %s, max %s</title>"
              + "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#333\"/>"
              + "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#333\"/>"
              + "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#333\"/>"
              + "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" fill-opacity=\"0.55\" stroke=\"#333\"/>"
              + "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#000\" stroke-width=\"2.5\"/>"
              + "<path d=\"M%.1f %.1f l4 4 l-4 4 l-4 -4 z\" fill=\"#fff\" stroke=\"#000\"/>",
          Html.escape(box.label()), d.n(), Figures.number(d.median()), Figures.number(d.q1()), Figures.number(d.q3()),
          Figures.number(d.mean()), Figures.number(d.max()),
          xLow, centre, xq1, centre, xq3, centre, xHigh, centre,
          xLow, centre - half / 2, xLow, centre + half / 2, xq1, centre - half, Math.max(1, xq3 - xq1), 2 * half,
          box.colour(), xMedian, centre - half, xMedian, centre + half, xMean, centre - 4));
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#333\"/>", xHigh, centre - half / 2, xHigh,
          centre + half / 2));
      for (double v : sorted) {
        if (v < low || v > high) {
          svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2\" fill=\"none\" stroke=\"%s\"/>",
              scale(v, domain, plotWidth), centre, box.colour()));
        }
      }
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" fill=\"#444\">n = %d</text></g>%n",
          WIDTH - RIGHT + 8, centre + 4, d.n()));
    }
    svg.append("</svg>");
    return svg.toString();
  }

  private static double scale(double value, double domain, int plotWidth) {
    return LEFT + plotWidth * Math.log10(1 + value) / domain;
  }

  private static double niceMax(double max) {
    for (double tick : TICKS) {
      if (tick >= max && tick > 0) {
        return tick;
      }
    }
    return max;
  }
}
