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
      Arrays.sort(draw);
      medians[b] = Descriptives.quantile(draw, 0.5);
    }
    Arrays.sort(medians);
    double tail = (1 - confidence) / 2;
    double[] sorted = sample.clone();
    Arrays.sort(sorted);
    return new BootstrapMedianInterval(Descriptives.quantile(sorted, 0.5),
        Descriptives.quantile(medians, tail), Descriptives.quantile(medians, 1 - tail),
        confidence, resamples, seed);
  }
}
