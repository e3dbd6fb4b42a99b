package io.hfmine.analyzers.stats.resolution;

/** A named effect size and its conventional magnitude label. */
public record EffectSize(String name, double value, String magnitude) {
}
