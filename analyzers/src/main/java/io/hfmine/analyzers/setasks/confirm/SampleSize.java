package io.hfmine.analyzers.setasks.confirm;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Sample sizes for estimating a proportion: Cochran's formula at the most cautious p = 0.5,
 * n0 = z²·p(1−p)/e², with the finite-population correction n = n0 / (1 + (n0 − 1)/N), rounded up.
 * At 95 % confidence and a 5 % margin this gives Krejcie and Morgan's table (N = 100 → 80,
 * 1,000 → 278, 10,000 → 370).
 */
public final class SampleSize {
  private SampleSize() {
  }

  /** How many of {@code population} items to label for {@code confidence} (e.g. 0.95) and {@code margin} (e.g. 0.05). */
  public static int of(long population, double confidence, double margin) {
    if (population <= 0) {
      return 0;
    }
    if (!(confidence > 0 && confidence < 1) || !(margin > 0 && margin < 1)) {
      throw new IllegalArgumentException("confidence and margin must be between 0 and 1");
    }
    double z = NormalDistribution.of(0, 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
    double n0 = z * z * 0.25 / (margin * margin);
    double n = n0 / (1 + (n0 - 1) / population);
    return (int) Math.min(population, Math.ceil(n - 1e-9));
  }
}
