package io.hfmine.analyzers.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;

/** Dunn's post-hoc test with tie correction and Holm's adjustment (scikit-posthocs {@code posthoc_dunn}). */
public final class DunnTest {
  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private DunnTest() {
  }

  /** Every pair (i, j) with i &lt; j, in the order (0,1), (0,2) ... (1,2) ... */
  public static List<DunnComparison> test(List<double[]> groups) {
    if (groups.size() < 2) {
      throw new IllegalArgumentException("Dunn's test needs at least two groups, got " + groups.size());
    }
    for (int g = 0; g < groups.size(); g++) {
      MannWhitneyU.requireSample(groups.get(g), "group " + (g + 1) + "'s");
    }
    Ranking ranking = Ranking.of(Ranking.pool(groups.toArray(double[][]::new)));
    double n = 0;
    for (double[] group : groups) {
      n += group.length;
    }
    double[] meanRank = new double[groups.size()];
    int at = 0;
    for (int g = 0; g < groups.size(); g++) {
      double sum = 0;
      for (int i = 0; i < groups.get(g).length; i++) {
        sum += ranking.rank(at + i);
      }
      meanRank[g] = sum / groups.get(g).length;
      at += groups.get(g).length;
    }
    double variance = n * (n + 1) / 12 - ranking.tieSum() / (12 * (n - 1));
    List<double[]> raw = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      for (int j = i + 1; j < groups.size(); j++) {
        double se = Math.sqrt(variance * (1.0 / groups.get(i).length + 1.0 / groups.get(j).length));
        double z = (meanRank[i] - meanRank[j]) / se;
        double p = 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z));
        raw.add(new double[] {i, j, z, Math.min(1.0, p)});
      }
    }
    double[] pValues = raw.stream().mapToDouble(r -> r[3]).toArray();
    double[] holm = HolmAdjustment.adjust(pValues);
    List<DunnComparison> comparisons = new ArrayList<>();
    for (int k = 0; k < raw.size(); k++) {
      double[] r = raw.get(k);
      comparisons.add(new DunnComparison((int) r[0], (int) r[1], r[2], r[3], holm[k]));
    }
    return List.copyOf(comparisons);
  }
}
