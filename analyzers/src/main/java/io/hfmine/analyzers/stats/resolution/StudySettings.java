package io.hfmine.analyzers.stats.resolution;

import io.hfmine.analyzers.stats.Alternative;
import io.hfmine.analyzers.stats.StatsSettings;
import java.util.List;

/**
 * The parameters of one resolution-time study run.
 *
 * @param minGroupSize themes and sub-themes with fewer closed PTM issues stay out of the
 *     Kruskal-Wallis tests (they are still described, and the tests name them)
 * @param alpha significance level used to word conclusions
 */
public record StudySettings(long seed, DayCounting dayCounting, Alternative alternative, List<String> labelSources,
    int bootstrapResamples, double confidence, int minGroupSize, double alpha) {

  public StudySettings {
    labelSources = List.copyOf(labelSources);
  }

  /** With the defaults of config/hfmine.yaml for the group size (5) and alpha (0.05). */
  public StudySettings(long seed, DayCounting dayCounting, Alternative alternative, List<String> labelSources,
      int bootstrapResamples, double confidence) {
    this(seed, dayCounting, alternative, labelSources, bootstrapResamples, confidence, 5, 0.05);
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
        stats.confidence(), stats.minGroupSize(), stats.alpha());
  }
}
