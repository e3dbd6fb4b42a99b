package io.hfmine.analyzers.stats;

/**
 * A chi-square test of independence.
 *
 * @param yatesCorrected whether Yates' continuity correction was applied (only when dof = 1)
 * @param expected expected counts under independence, rows × columns
 */
public record ChiSquareResult(double statistic, int degreesOfFreedom, double pValue, boolean yatesCorrected,
    long n, double[][] expected) {
}
