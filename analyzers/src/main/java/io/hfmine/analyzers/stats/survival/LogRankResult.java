package io.hfmine.analyzers.stats.survival;

/**
 * A log-rank test across groups (R's {@code survdiff}, rho = 0).
 *
 * @param observed events per group
 * @param expected events per group expected if every group had the same hazard
 */
public record LogRankResult(double chiSquare, int degreesOfFreedom, double pValue, double[] observed,
    double[] expected) {
}
