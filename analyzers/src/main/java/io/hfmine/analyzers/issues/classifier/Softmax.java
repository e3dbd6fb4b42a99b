package io.hfmine.analyzers.issues.classifier;

/** The softmax both embedding votes turn their cosines into probabilities with. */
final class Softmax {
  private Softmax() {
  }

  /**
   * Probabilities proportional to {@code exp(score / temperature)}; a score of negative infinity
   * (a class the vote has nothing for) gets 0. The largest score is subtracted first, so cosines
   * at a small temperature do not overflow.
   */
  static double[] of(double[] scores, double temperature) {
    double max = java.util.Arrays.stream(scores).max().orElse(0);
    double sum = 0;
    double[] p = new double[scores.length];
    for (int c = 0; c < scores.length; c++) {
      p[c] = Double.isInfinite(scores[c]) ? 0 : Math.exp((scores[c] - max) / temperature);
      sum += p[c];
    }
    for (int c = 0; c < p.length; c++) {
      p[c] /= sum;
    }
    return p;
  }
}
