package io.hfmine.reports.svg;

import io.hfmine.reports.Html;
import java.util.List;
import java.util.Locale;

/** A matrix of counts as shaded cells with the count written in each; darker is more. */
public final class HeatMapSvg {
  private static final int LEFT = 210;
  private static final int TOP = 120;
  private static final int CELL = 46;

  private HeatMapSvg() {
  }

  public static String render(String description, List<String> rows, List<String> columns, long[][] counts) {
    long max = 1;
    for (long[] row : counts) {
      for (long value : row) {
        max = Math.max(max, value);
      }
    }
    int width = LEFT + columns.size() * CELL + 20;
    int height = TOP + rows.size() * CELL + 10;
    StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" "
            + "aria-label=\"%s\" font-family=\"sans-serif\" font-size=\"11\">%n<title>%s</title>%n",
        width, height, width, height, Html.escape(description), Html.escape(description)));
    for (int c = 0; c < columns.size(); c++) {
      double x = LEFT + c * CELL + CELL / 2.0;
      svg.append(String.format(Locale.ROOT, "<text transform=\"translate(%.1f,%d) rotate(-50)\" fill=\"#222\">%s</text>%n",
          x, TOP - 6, Html.escape(columns.get(c))));
    }
    for (int r = 0; r < rows.size(); r++) {
      double y = TOP + r * CELL;
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#222\">%s</text>%n",
          LEFT - 8, y + CELL / 2.0 + 4, Html.escape(rows.get(r))));
      for (int c = 0; c < columns.size(); c++) {
        long value = counts[r][c];
        double share = (double) value / max;
        int shade = (int) Math.round(245 - 190 * share);
        svg.append(String.format(Locale.ROOT,
            "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%d\" fill=\"rgb(%d,%d,%d)\" stroke=\"#fff\"/>"
                + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"%s\">%s</text>%n",
            LEFT + c * CELL, y, CELL, CELL, shade, shade + (255 - shade) / 3, 255, LEFT + c * CELL + CELL / 2.0,
            y + CELL / 2.0 + 4, share > 0.55 ? "#fff" : "#222", value == 0 ? "" : String.format(Locale.ROOT, "%,d", value)));
      }
    }
    svg.append("</svg>");
    return svg.toString();
  }
}
