package io.hfmine.analyzers.stats.compare;

import io.hfmine.analyzers.stats.GroupSummary;
import io.hfmine.analyzers.stats.DominanceEffect;
import io.hfmine.analyzers.stats.DunnComparison;
import io.hfmine.analyzers.stats.KruskalWallisResult;
import io.hfmine.analyzers.stats.MannWhitneyResult;
import java.util.List;

/**
 * The tests run on grouped values: Mann-Whitney and dominance effect sizes for two groups,
 * Kruskal-Wallis with Dunn-Holm pairs for more. The fields of the other case are null / empty.
 */
public record ComparisonResult(String source, List<GroupSummary> groups, long skipped,
    MannWhitneyResult mannWhitney, DominanceEffect effect,
    KruskalWallisResult kruskalWallis, List<DunnComparison> dunn) {

  public boolean twoGroups() {
    return mannWhitney != null;
  }

  public String groupName(int index) {
    return groups.get(index).name();
  }
}
