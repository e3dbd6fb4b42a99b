package io.hfmine.reports.svg;

import io.hfmine.reports.Html;
import java.util.List;
import java.util.Locale;

/** Horizontal bars with the count written at the end of each bar. */
public final class BarChartSvg {
  private static final int WIDTH = 860;
  private static final int RIGHT = 80;
  private static final int ROW = 24;

  private BarChartSvg() {
  }

  /** One bar. */
  public record Bar(String label, long value) {
  }

  public static String render(String description, List<Bar> bars, String colour, int labelWidth) {
    long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
    int height = bars.size() * ROW + 8;
    int plotWidth = WIDTH - labelWidth - RIGHT;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" "
            + "aria-label=\"%s\" font-family=\"sans-serif\" font-size=\"12\">%n<title>%s</title>%n",
        WIDTH, height, WIDTH, height, Html.escape(description), Html.escape(description)));
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double y = 4 + i * ROW;
      double width = Math.max(1, plotWidth * (double) bar.value() / max);
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#222\">%s</text>"
              + "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>"
              + "<text x=\"%.1f\" y=\"%.1f\" fill=\"#222\">%,d</text>%n",
          labelWidth - 8, y + ROW / 2.0 + 2, Html.escape(bar.label()), labelWidth, y + 3, width, ROW - 8, colour,
          labelWidth + width + 6, y + ROW / 2.0 + 2, bar.value()));
    }
    svg.append("</svg>");
    return svg.toString();
  }
}
