package io.hfmine.analyzers.stats;

import java.util.Arrays;
import java.util.Random;

/**
 * Percentile bootstrap confidence interval for a median, reproducible from its seed.
 *
 * <p>{@link java.util.Random} is used on purpose: its algorithm is fixed by the Java
 * specification, so a seed gives the same interval on every JVM.
 */
public record BootstrapMedianInterval(double median, double low, double high, double confidence,
    int resamples, long seed) {

  /** Resamples {@code sample} with replacement {@code resamples} times. */
  public static BootstrapMedianInterval of(double[] sample, double confidence, int resamples, long seed) {
    MannWhitneyU.requireSample(sample, "bootstrapped");
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be between 0 and 1, got " + confidence);
    }
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples must be positive, got " + resamples);
    }
    Random random = new Random(seed);
    double[] medians = new double[resamples];
    double[] draw = new double[sample.length];
    for (int b = 0; b < resamples; b++) {
      for (int i = 0; i < draw.length; i++) {
        draw[i] = sample[random.nextInt(sample.length)];
      }
      medians[b] = median(draw);
    }
    Arrays.sort(medians);
    double tail = (1 - confidence) / 2;
    double[] sorted = sample.clone();
    Arrays.sort(sorted);
    return new BootstrapMedianInterval(Descriptives.quantile(sorted, 0.5),
        Descriptives.quantile(medians, tail), Descriptives.quantile(medians, 1 - tail),
        confidence, resamples, seed);
  }

  /**
   * The median as {@link Descriptives#quantile} computes it, by selection rather than a full
   * sort: resampling thousands of times makes the sort the bootstrap's main cost.
   */
  static double median(double[] values) {
    int below = (values.length - 1) / 2;
    select(values, below);
    double low = values[below];
    if (values.length % 2 == 1) {
      return low;
    }
    double high = Double.POSITIVE_INFINITY;
    for (int i = below + 1; i < values.length; i++) {
      high = Math.min(high, values[i]);
    }
    return low + 0.5 * (high - low);
  }

  /** Rearranges {@code values} so that position k holds the k-th smallest, smaller ones before it. */
  private static void select(double[] values, int k) {
    int left = 0;
    int right = values.length - 1;
    while (right > left) {
      int middle = (left + right) >>> 1;
      double pivot = medianOfThree(values[left], values[middle], values[right]);
      int i = left;
      int j = right;
      while (i <= j) {
        while (values[i] < pivot) {
          i++;
        }
        while (values[j] > pivot) {
          j--;
        }
        if (i <= j) {
          double swap = values[i];
          values[i] = values[j];
          values[j] = swap;
          i++;
          j--;
        }
      }
      if (k <= j) {
        right = j;
      } else if (k >= i) {
        left = i;
      } else {
        return;
      }
    }
  }

  private static double medianOfThree(double a, double b, double c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }
}
