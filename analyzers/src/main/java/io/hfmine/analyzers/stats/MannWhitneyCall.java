package io.hfmine.analyzers.stats;

import java.util.Locale;

/**
 * What a Mann-Whitney test ran, in words a reader can repeat in SciPy: the call with its
 * arguments, the method {@code auto} resolved to, and the alternative hypothesis with group names.
 */
public final class MannWhitneyCall {
  private MannWhitneyCall() {
  }

  /** E.g. {@code scipy.stats.mannwhitneyu(x=ptm, y=other, alternative='greater', method='auto') -> asymptotic}. */
  public static String scipy(MannWhitneyResult test, String x, String y) {
    return String.format(Locale.ROOT,
        "scipy.stats.mannwhitneyu(x=%s, y=%s, alternative='%s', method='auto', use_continuity=True) -> %s",
        x, y, test.alternative().scipyName(), test.method().name().toLowerCase(Locale.ROOT));
  }

  /** The alternative hypothesis in words, naming the groups. */
  public static String hypothesis(Alternative alternative, String x, String y) {
    return switch (alternative) {
      case GREATER -> "one-sided: " + x + " tends to be greater than " + y;
      case LESS -> "one-sided: " + x + " tends to be less than " + y;
      case TWO_SIDED -> "two-sided: " + x + " and " + y + " differ in either direction";
    };
  }
}
