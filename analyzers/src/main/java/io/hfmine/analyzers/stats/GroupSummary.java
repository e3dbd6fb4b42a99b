package io.hfmine.analyzers.stats;

/** One group's descriptives and the bootstrap interval of its median. */
public record GroupSummary(String name, Descriptives descriptives, BootstrapMedianInterval medianInterval) {

  /** Describes {@code values} and bootstraps its median. */
  public static GroupSummary of(String name, double[] values, double confidence, int resamples, long seed) {
    return new GroupSummary(name, Descriptives.of(values), BootstrapMedianInterval.of(values, confidence, resamples, seed));
  }
}
