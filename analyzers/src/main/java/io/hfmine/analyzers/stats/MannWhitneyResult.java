package io.hfmine.analyzers.stats;

/**
 * A Mann-Whitney U test of {@code x} against {@code y}.
 *
 * @param u1 U of the first sample, R1 − n1(n1+1)/2, whatever the alternative (SciPy's statistic)
 * @param u2 n1·n2 − U1
 */
public record MannWhitneyResult(int n1, int n2, double u1, double u2, double pValue,
    Alternative alternative, MannWhitneyMethod method, boolean tied) {
}
