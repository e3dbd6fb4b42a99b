package io.hfmine.analyzers.stats;

import java.util.Arrays;

/**
 * n, mean, median, quartiles and range of a sample. Quartiles interpolate linearly between
 * order statistics, as NumPy's default {@code np.percentile} and R's type 7 do.
 */
public record Descriptives(int n, double mean, double median, double q1, double q3, double min, double max) {

  public double iqr() {
    return q3 - q1;
  }

  /** Describes a non-empty sample. */
  public static Descriptives of(double[] sample) {
    MannWhitneyU.requireSample(sample, "described");
    double[] sorted = sample.clone();
    Arrays.sort(sorted);
    double sum = 0;
    for (double v : sorted) {
      sum += v;
    }
    return new Descriptives(sorted.length, sum / sorted.length, quantile(sorted, 0.5),
        quantile(sorted, 0.25), quantile(sorted, 0.75), sorted[0], sorted[sorted.length - 1]);
  }

  /** The {@code q} quantile of an ascending sample by linear interpolation (NumPy's default). */
  public static double quantile(double[] sorted, double q) {
    double position = q * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    double fraction = position - below;
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
  }
}
