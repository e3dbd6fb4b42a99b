package io.hfmine.analyzers.stats;

import java.util.Arrays;
import java.util.Comparator;

/** Holm's step-down adjustment of p-values (statsmodels {@code multipletests(method='holm')}). */
public final class HolmAdjustment {
  private HolmAdjustment() {
  }

  /** Adjusted p-values in the order of {@code pValues}, each capped at 1 and never below an earlier step. */
  public static double[] adjust(double[] pValues) {
    int m = pValues.length;
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
    double[] adjusted = new double[m];
    double running = 0;
    for (int step = 0; step < m; step++) {
      int i = order[step];
      running = Math.max(running, (m - step) * pValues[i]);
      adjusted[i] = Math.min(1.0, running);
    }
    return adjusted;
  }
}
