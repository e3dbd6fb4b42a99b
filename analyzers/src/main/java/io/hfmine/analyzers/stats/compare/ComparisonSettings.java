package io.hfmine.analyzers.stats.compare;

import io.hfmine.analyzers.stats.Alternative;

/**
 * How groups are compared.
 *
 * @param alternative for two groups: SciPy's two-sided default, or a one-sided hypothesis about
 *     {@code first}
 * @param first the group that is x (the first sample) of the Mann-Whitney test; required for a
 *     one-sided alternative, so its direction never depends on the order of rows in a file; null
 *     for a two-sided test takes the groups in the order given
 * @param confidence level of the bootstrap intervals of medians
 * @param bootstrapResamples resamples per interval
 * @param seed seed of the bootstrap
 */
public record ComparisonSettings(Alternative alternative, String first, double confidence, int bootstrapResamples,
    long seed) {

  /** SciPy's default: two-sided, groups in the order given. */
  public static ComparisonSettings twoSided(double confidence, int bootstrapResamples, long seed) {
    return new ComparisonSettings(Alternative.TWO_SIDED, null, confidence, bootstrapResamples, seed);
  }
}
