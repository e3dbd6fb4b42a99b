package io.hfmine.analyzers.issues.classifier;

import io.hfmine.analyzers.issues.evaluation.WeightedCounts;
import java.util.ArrayList;
import java.util.List;

/**
 * The decision threshold of a binary classifier that gives the best F1 on held-out predictions.
 * Candidates are a grid of probabilities; where several give the best F1, the middle one of them is
 * taken, so the choice does not sit on the edge of a plateau that a handful of issues decided.
 */
public final class ThresholdChoice {
  private static final double STEP = 0.01;

  private ThresholdChoice() {
  }

  /**
   * @param probabilities out-of-fold probabilities of the positive class
   * @param positive the gold answer of each, same order
   * @param fallback returned when there is no positive example at all
   */
  public static double bestF1(double[] probabilities, boolean[] positive, double fallback) {
    double[] weights = new double[probabilities.length];
    java.util.Arrays.fill(weights, 1);
    return bestF1(probabilities, positive, weights, fallback);
  }

  /**
   * As {@link #bestF1(double[], boolean[], double)}, each answer counting with its weight: a
   * sample drawn with unequal chances (a PTM-enriched labelled set) weighted back to the issues it
   * was drawn from, so that the threshold suits those issues rather than the sample.
   */
  public static double bestF1(double[] probabilities, boolean[] positive, double[] weights, double fallback) {
    if (probabilities.length != positive.length || probabilities.length != weights.length) {
      throw new IllegalArgumentException(probabilities.length + " probabilities for " + positive.length + " answers and "
          + weights.length + " weights");
    }
    double best = -1;
    List<Double> tied = new ArrayList<>();
    for (double t = 0.05; t <= 0.95 + 1e-9; t += STEP) {
      double threshold = Math.round(t * 100) / 100.0;
      double f1 = f1(probabilities, positive, weights, threshold);
      if (f1 > best + 1e-12) {
        best = f1;
        tied.clear();
      }
      if (Math.abs(f1 - best) <= 1e-12) {
        tied.add(threshold);
      }
    }
    return best <= 0 ? fallback : tied.get(tied.size() / 2);
  }

  static double f1(double[] probabilities, boolean[] positive, double[] weights, double threshold) {
    WeightedCounts counts = WeightedCounts.ZERO;
    for (int i = 0; i < probabilities.length; i++) {
      counts = counts.add(positive[i], probabilities[i] >= threshold, weights[i]);
    }
    return counts.f1();
  }
}
