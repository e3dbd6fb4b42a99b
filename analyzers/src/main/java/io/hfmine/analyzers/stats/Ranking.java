package io.hfmine.analyzers.stats;

import java.util.Arrays;

/** Average ranks of pooled samples (ties share the mean of their positions) and the tie sizes. */
final class Ranking {
  private final double[] ranks;
  private final double tieSum;
  private final boolean tied;

  private Ranking(double[] ranks, double tieSum, boolean tied) {
    this.ranks = ranks;
    this.tieSum = tieSum;
    this.tied = tied;
  }

  /** Ranks {@code values} from 1 (smallest), averaging ranks over runs of equal values. */
  static Ranking of(double[] values) {
    int n = values.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    double[] ranks = new double[n];
    double tieSum = 0;
    boolean tied = false;
    int start = 0;
    while (start < n) {
      int end = start + 1;
      while (end < n && values[order[end]] == values[order[start]]) {
        end++;
      }
      double t = end - start;
      double averageRank = (start + 1 + end) / 2.0;
      for (int i = start; i < end; i++) {
        ranks[order[i]] = averageRank;
      }
      if (t > 1) {
        tied = true;
        tieSum += t * t * t - t;
      }
      start = end;
    }
    return new Ranking(ranks, tieSum, tied);
  }

  /** Pools the groups in order; the ranks of group {@code g} follow those of groups before it. */
  static double[] pool(double[]... groups) {
    int total = 0;
    for (double[] group : groups) {
      total += group.length;
    }
    double[] pooled = new double[total];
    int at = 0;
    for (double[] group : groups) {
      System.arraycopy(group, 0, pooled, at, group.length);
      at += group.length;
    }
    return pooled;
  }

  double rank(int i) {
    return ranks[i];
  }

  /** Σ(t³ − t) over runs of t tied values; 0 when every value is distinct. */
  double tieSum() {
    return tieSum;
  }

  boolean hasTies() {
    return tied;
  }
}
