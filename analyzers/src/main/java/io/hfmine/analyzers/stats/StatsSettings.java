package io.hfmine.analyzers.stats;

import java.util.List;

/** The {@code stats} section of the configuration (see config/hfmine.yaml for each key's meaning). */
public record StatsSettings(long seed, String alternative, String dayCounting, List<String> labelSources,
    int bootstrapResamples, double confidence, double alpha) {

  public StatsSettings {
    labelSources = labelSources == null ? List.of() : List.copyOf(labelSources);
  }

  public Alternative parsedAlternative() {
    return Alternative.parse(alternative);
  }

  /** A copy with another seed (the --seed flag). */
  public StatsSettings withSeed(long newSeed) {
    return new StatsSettings(newSeed, alternative, dayCounting, labelSources, bootstrapResamples, confidence, alpha);
  }
}
