package io.hfmine.analyzers.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How statistics are written for people: the same rounding in the CLI, HTML and Markdown. */
public final class Figures {
  private Figures() {
  }

  /** Up to 4 decimals, without trailing zeros; integers as integers. */
  public static String number(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.valueOf((long) value);
    }
    return new BigDecimal(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  /** Four significant digits, in scientific notation below 0.0001. */
  public static String pValue(double p) {
    if (p < 1e-4) {
      return String.format(Locale.ROOT, "%.3e", p);
    }
    return String.format(Locale.ROOT, "%.4g", p);
  }
}
