package io.hfmine.analyzers.stats;

import java.util.List;

/**
 * A Kruskal-Wallis H test.
 *
 * @param h the tie-corrected statistic (SciPy's)
 * @param tieCorrection C = 1 − Σ(t³ − t)/(N³ − N); H = H_uncorrected / C
 * @param epsilonSquared ε² = H/(N − 1)
 * @param meanRanks the mean rank of each group, in input order
 */
public record KruskalWallisResult(int n, int groups, double h, int degreesOfFreedom, double pValue,
    double tieCorrection, double epsilonSquared, List<Double> meanRanks) {

  /** Magnitude of ε² with Cohen's variance-explained thresholds (0.01, 0.06, 0.14). */
  public Magnitude epsilonSquaredMagnitude() {
    return Magnitude.ofVarianceExplained(epsilonSquared);
  }
}
