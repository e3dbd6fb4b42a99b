package io.hfmine.analyzers.stats.resolution;

/** A theme or sub-theme kept out of the Kruskal-Wallis tests for having too few closed PTM issues. */
public record GroupLeftOut(String scope, String group, int issues) {
}
