package io.hfmine.reports.svg;

import io.hfmine.reports.Html;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Counts over ordered periods (e.g. quarters), one line per series, with a legend. */
public final class LineChartSvg {
  private static final int WIDTH = 860;
  private static final int LEFT = 60;
  private static final int RIGHT = 200;
  private static final int TOP = 16;
  private static final int PLOT = 260;
  private static final int BOTTOM = 60;
  private static final String[] COLOURS = {"#1b6ca8", "#d1495b", "#66a182", "#edae49", "#8d5a97", "#00798c"};

  private LineChartSvg() {
  }

  public static String render(String description, List<String> periods, Map<String, long[]> series) {
    long max = 1;
    for (long[] values : series.values()) {
      for (long value : values) {
        max = Math.max(max, value);
      }
    }
    int plotWidth = WIDTH - LEFT - RIGHT;
    double step = periods.size() > 1 ? (double) plotWidth / (periods.size() - 1) : 0;
    StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" "
            + "aria-label=\"%s\" font-family=\"sans-serif\" font-size=\"11\">%n<title>%s</title>%n",
        WIDTH, TOP + PLOT + BOTTOM, WIDTH, TOP + PLOT + BOTTOM, Html.escape(description), Html.escape(description)));
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>%n", LEFT, TOP + PLOT,
        LEFT + plotWidth, TOP + PLOT));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#222\">%,d</text>"
        + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#222\">0</text>%n", LEFT - 6, TOP + 4, max, LEFT - 6, TOP + PLOT));
    for (int p = 0; p < periods.size(); p++) {
      double x = LEFT + p * step;
      svg.append(String.format(Locale.ROOT, "<text transform=\"translate(%.1f,%d) rotate(-45)\" text-anchor=\"end\" "
          + "fill=\"#222\">%s</text>%n", x, TOP + PLOT + 14, Html.escape(periods.get(p))));
    }
    int index = 0;
    for (Map.Entry<String, long[]> line : series.entrySet()) {
      String colour = COLOURS[index % COLOURS.length];
      StringBuilder points = new StringBuilder();
      long[] values = line.getValue();
      for (int p = 0; p < values.length; p++) {
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", LEFT + p * step, TOP + PLOT - PLOT * (double) values[p] / max));
      }
      svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n",
          colour, points.toString().strip()));
      svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
          + "<text x=\"%d\" y=\"%d\" fill=\"#222\">%s</text>%n", LEFT + plotWidth + 14, TOP + index * 18, colour,
          LEFT + plotWidth + 32, TOP + index * 18 + 10, Html.escape(line.getKey())));
      index++;
    }
    svg.append("</svg>");
    return svg.toString();
  }
}
