package io.hfmine.analyzers.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/** Kruskal-Wallis H test with tie correction, as {@code scipy.stats.kruskal}. */
public final class KruskalWallisH {
  private KruskalWallisH() {
  }

  /** Tests whether the groups come from the same distribution; needs two or more non-empty groups. */
  public static KruskalWallisResult test(List<double[]> groups) {
    if (groups.size() < 2) {
      throw new IllegalArgumentException("Kruskal-Wallis needs at least two groups, got " + groups.size());
    }
    for (int g = 0; g < groups.size(); g++) {
      MannWhitneyU.requireSample(groups.get(g), "group " + (g + 1) + "'s");
    }
    double[] pooled = Ranking.pool(groups.toArray(double[][]::new));
    Ranking ranking = Ranking.of(pooled);
    double n = pooled.length;
    double tieCorrection = 1 - ranking.tieSum() / (n * n * n - n);
    if (tieCorrection == 0) {
      throw new IllegalArgumentException("all values are identical: Kruskal-Wallis is undefined");
    }
    List<Double> meanRanks = new ArrayList<>();
    double sum = 0;
    int at = 0;
    for (double[] group : groups) {
      double rankSum = 0;
      for (int i = 0; i < group.length; i++) {
        rankSum += ranking.rank(at + i);
      }
      at += group.length;
      sum += rankSum * rankSum / group.length;
      meanRanks.add(rankSum / group.length);
    }
    double h = (12.0 / (n * (n + 1)) * sum - 3 * (n + 1)) / tieCorrection;
    int df = groups.size() - 1;
    double p = ChiSquaredDistribution.of(df).survivalProbability(h);
    return new KruskalWallisResult((int) n, groups.size(), h, df, p, tieCorrection, h / (n - 1),
        List.copyOf(meanRanks));
  }
}
