package io.hfmine.analyzers.stats;

/**
 * One pair of Dunn's post-hoc test: z is positive when group {@code a} ranks higher.
 *
 * @param a index of the first group (input order)
 * @param b index of the second group, always greater than {@code a}
 * @param pValue two-sided, unadjusted
 * @param pHolm Holm-adjusted over all pairs of the test
 */
public record DunnComparison(int a, int b, double z, double pValue, double pHolm) {
}
