package io.hfmine.analyzers.stats;

/** How a Mann-Whitney p-value was computed. */
public enum MannWhitneyMethod {
  /** The exact null distribution of U (SciPy: only without ties, and when a sample has n ≤ 8). */
  EXACT,
  /** The normal approximation with tie correction and continuity correction. */
  ASYMPTOTIC;

  /**
   * SciPy's {@code method='auto'}: asymptotic when both samples have more than 8 values or when
   * any value is tied, exact otherwise.
   */
  public static MannWhitneyMethod scipyAuto(int n1, int n2, boolean tied) {
    return (n1 > 8 && n2 > 8) || tied ? ASYMPTOTIC : EXACT;
  }
}
