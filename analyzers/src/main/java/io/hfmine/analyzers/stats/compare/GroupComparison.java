package io.hfmine.analyzers.stats.compare;

import io.hfmine.analyzers.stats.Alternative;
import io.hfmine.analyzers.stats.GroupSummary;
import io.hfmine.analyzers.stats.DominanceEffect;
import io.hfmine.analyzers.stats.DunnTest;
import io.hfmine.analyzers.stats.KruskalWallisH;
import io.hfmine.analyzers.stats.KruskalWallisResult;
import io.hfmine.analyzers.stats.MannWhitneyResult;
import io.hfmine.analyzers.stats.MannWhitneyU;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Compares two or more groups of values with the tests and effect sizes their number calls for. */
public final class GroupComparison {
  private GroupComparison() {
  }

  /** Runs the comparison; fewer than two groups, or an empty group, is an error naming the source. */
  public static ComparisonResult compare(GroupedValues values, ComparisonSettings settings) {
    if (values.groups().size() < 2) {
      throw new CsvInputException(values.source() + ": " + values.groups().size()
          + " group(s) found " + values.names() + "; at least two are needed to compare");
    }
    values = putFirst(values, settings);
    List<GroupSummary> summaries = new ArrayList<>();
    List<double[]> samples = new ArrayList<>();
    for (Map.Entry<String, double[]> group : values.groups().entrySet()) {
      double[] sample = group.getValue();
      if (sample.length == 0) {
        throw new CsvInputException(values.source() + ": group '" + group.getKey() + "' has no values");
      }
      samples.add(sample);
      summaries.add(GroupSummary.of(group.getKey(), sample, settings.confidence(), settings.bootstrapResamples(),
          settings.seed()));
    }
    if (samples.size() == 2) {
      MannWhitneyResult test = MannWhitneyU.test(samples.get(0), samples.get(1), settings.alternative());
      return new ComparisonResult(values.source(), summaries, values.skipped(), test, DominanceEffect.of(test),
          null, List.of());
    }
    if (settings.alternative() != Alternative.TWO_SIDED) {
      throw new CsvInputException(values.source() + ": a one-sided alternative ("
          + settings.alternative().scipyName() + ") compares two groups; " + values.groups().size()
          + " were given " + values.names() + " (choose two with --groups, or test two-sided)");
    }
    KruskalWallisResult test = KruskalWallisH.test(samples);
    return new ComparisonResult(values.source(), summaries, values.skipped(), null, null, test, DunnTest.test(samples));
  }

  /**
   * Moves the named first group to the front. A one-sided test without one is refused: its
   * direction would otherwise hang on which group happens to come first in the file.
   */
  private static GroupedValues putFirst(GroupedValues values, ComparisonSettings settings) {
    if (settings.first() == null) {
      if (settings.alternative() != Alternative.TWO_SIDED) {
        throw new CsvInputException(values.source() + ": a one-sided alternative ("
            + settings.alternative().scipyName() + ") needs the group it is about: name it as the first group"
            + " (groups: " + String.join(", ", values.names()) + ")");
      }
      return values;
    }
    List<String> order = new ArrayList<>();
    order.add(settings.first());
    values.names().stream().filter(name -> !name.equals(settings.first())).forEach(order::add);
    return values.select(order);
  }
}
