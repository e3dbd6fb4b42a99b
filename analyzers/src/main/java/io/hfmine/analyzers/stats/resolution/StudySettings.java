package io.hfmine.analyzers.stats.resolution;

import io.hfmine.analyzers.stats.Alternative;
import io.hfmine.analyzers.stats.StatsSettings;
import java.util.List;

/** The parameters of one resolution-time study run. */
public record StudySettings(long seed, DayCounting dayCounting, Alternative alternative, List<String> labelSources,
    int bootstrapResamples, double confidence) {

  public StudySettings {
    labelSources = List.copyOf(labelSources);
  }

  /** From the {@code stats} configuration section; a bad value names its key. */
  public static StudySettings from(StatsSettings stats) {
    DayCounting counting;
    Alternative alternative;
    try {
      counting = DayCounting.parse(stats.dayCounting());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("stats.day-counting: " + e.getMessage(), e);
    }
    try {
      alternative = Alternative.parse(stats.alternative());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("stats.alternative: " + e.getMessage(), e);
    }
    if (stats.labelSources().isEmpty()) {
      throw new IllegalArgumentException("stats.label-sources: name at least one label source");
    }
    return new StudySettings(stats.seed(), counting, alternative, stats.labelSources(), stats.bootstrapResamples(),
        stats.confidence());
  }
}
