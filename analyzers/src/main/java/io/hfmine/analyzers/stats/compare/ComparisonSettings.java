package io.hfmine.analyzers.stats.compare;

import io.hfmine.analyzers.stats.Alternative;

/**
 * How groups are compared.
 *
 * @param alternative for two groups: the first group tends to be greater, less, or either
 * @param confidence level of the bootstrap intervals of medians
 * @param bootstrapResamples resamples per interval
 * @param seed seed of the bootstrap
 */
public record ComparisonSettings(Alternative alternative, double confidence, int bootstrapResamples, long seed) {
}
