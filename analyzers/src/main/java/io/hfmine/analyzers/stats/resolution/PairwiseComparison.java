package io.hfmine.analyzers.stats.resolution;

/** One pair of a post-hoc test, by group name; z is positive when {@code groupA} ranks higher. */
public record PairwiseComparison(String groupA, String groupB, double z, double pValue, double pHolm) {
}
