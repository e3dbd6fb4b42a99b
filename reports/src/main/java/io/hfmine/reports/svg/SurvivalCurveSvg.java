package io.hfmine.reports.svg;

import io.hfmine.reports.Html;
import java.util.List;
import java.util.Locale;

/** Kaplan-Meier step curves (share of issues still open over days), each with its shaded confidence band. */
public final class SurvivalCurveSvg {
  private static final int WIDTH = 760;
  private static final int LEFT = 56;
  private static final int RIGHT = 170;
  private static final int TOP = 14;
  private static final int PLOT = 260;
  private static final int BOTTOM = 44;

  /** One curve: step points (days, estimate, band) in time order; NaN bands are not drawn. */
  public record Curve(String label, String colour, double[] days, double[] survival, double[] lower, double[] upper) {
  }

  private SurvivalCurveSvg() {
  }

  public static String render(String description, String xLabel, List<Curve> curves) {
    double maxDays = 1;
    for (Curve curve : curves) {
      for (double day : curve.days()) {
        maxDays = Math.max(maxDays, day);
      }
    }
    int plotWidth = WIDTH - LEFT - RIGHT;
    StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" "
            + "aria-label=\"%s\" font-family=\"sans-serif\" font-size=\"11\">%n<title>%s</title>%n",
        WIDTH, TOP + PLOT + BOTTOM, WIDTH, TOP + PLOT + BOTTOM, Html.escape(description), Html.escape(description)));
    for (int tick = 0; tick <= 4; tick++) {
      double share = tick / 4.0;
      double y = y(share);
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
          + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#222\">%d%%</text>%n", LEFT, y, LEFT + plotWidth, y,
          LEFT - 6, y + 4, tick * 25));
    }
    for (int tick = 0; tick <= 4; tick++) {
      double day = maxDays * tick / 4;
      double x = LEFT + plotWidth * day / maxDays;
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#222\">%s</text>%n",
          x, TOP + PLOT + 16, String.format(Locale.ROOT, "%,d", Math.round(day))));
    }
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#222\">%s</text>%n",
        LEFT + plotWidth / 2, TOP + PLOT + 36, Html.escape(xLabel)));
    int index = 0;
    for (Curve curve : curves) {
      svg.append(band(curve, maxDays, plotWidth));
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "M%d,%.1f", LEFT, y(1)));
      for (int i = 0; i < curve.days().length; i++) {
        double x = LEFT + plotWidth * curve.days()[i] / maxDays;
        line.append(String.format(Locale.ROOT, " H%.1f V%.1f", x, y(curve.survival()[i])));
      }
      svg.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n", line,
          curve.colour()));
      svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
          + "<text x=\"%d\" y=\"%d\" fill=\"#222\">%s</text>%n", LEFT + plotWidth + 14, TOP + index * 18, curve.colour(),
          LEFT + plotWidth + 32, TOP + index * 18 + 10, Html.escape(curve.label())));
      index++;
    }
    svg.append("</svg>");
    return svg.toString();
  }

  private static String band(Curve curve, double maxDays, int plotWidth) {
    StringBuilder upper = new StringBuilder();
    StringBuilder lower = new StringBuilder();
    double previousX = LEFT;
    double previousUpper = 1;
    double previousLower = 1;
    int drawn = 0;
    for (int i = 0; i < curve.days().length && Double.isFinite(curve.lower()[i]); i++) {
      double x = LEFT + plotWidth * curve.days()[i] / maxDays;
      upper.append(String.format(Locale.ROOT, " %.1f,%.1f %.1f,%.1f", previousX, y(previousUpper), x, y(previousUpper)));
      lower.insert(0, String.format(Locale.ROOT, " %.1f,%.1f %.1f,%.1f", x, y(previousLower), previousX,
          y(previousLower)));
      previousX = x;
      previousUpper = curve.upper()[i];
      previousLower = curve.lower()[i];
      drawn++;
    }
    if (drawn == 0) {
      return "";
    }
    return String.format(Locale.ROOT, "<polygon points=\"%s%s\" fill=\"%s\" fill-opacity=\"0.15\" stroke=\"none\"/>%n",
        upper.toString().strip(), lower, curve.colour());
  }

  private static double y(double share) {
    return TOP + PLOT * (1 - share);
  }
}
