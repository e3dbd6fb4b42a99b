package io.hfmine.analyzers.stats;

import io.hfmine.analyzers.stats.resolution.DayCounting;
import io.hfmine.datasets.config.ValidatedSettings;
import java.util.List;

/** The {@code stats} section of the configuration (see config/hfmine.yaml for each key's meaning). */
public record StatsSettings(long seed, String alternative, String dayCounting, List<String> labelSources,
    int bootstrapResamples, double confidence, double alpha) implements ValidatedSettings {

  public StatsSettings {
    labelSources = labelSources == null ? List.of() : List.copyOf(labelSources);
  }

  @Override
  public void validate() {
    try {
      Alternative.parse(alternative == null ? "" : alternative);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("stats.alternative: " + e.getMessage(), e);
    }
    try {
      DayCounting.parse(dayCounting == null ? "" : dayCounting);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("stats.day-counting: " + e.getMessage(), e);
    }
    if (labelSources.isEmpty()) {
      throw new IllegalArgumentException("stats.label-sources must name at least one label source (e.g. rules)");
    }
    if (bootstrapResamples < 1) {
      throw new IllegalArgumentException("stats.bootstrap-resamples must be at least 1; got " + bootstrapResamples);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("stats.confidence must be between 0 and 1; got " + confidence);
    }
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("stats.alpha must be between 0 and 1; got " + alpha);
    }
  }

  public Alternative parsedAlternative() {
    return Alternative.parse(alternative);
  }

  /** A copy with another seed (the --seed flag). */
  public StatsSettings withSeed(long newSeed) {
    return new StatsSettings(newSeed, alternative, dayCounting, labelSources, bootstrapResamples, confidence, alpha);
  }
}
