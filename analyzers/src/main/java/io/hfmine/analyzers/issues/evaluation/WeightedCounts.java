package io.hfmine.analyzers.issues.evaluation;

/**
 * Counts of one yes/no decision against gold where each answer carries a weight (how many issues
 * of the population it stands for): precision, recall and F1 as {@link BinaryCounts} gives them
 * for unit weights, with the same zero-division rules.
 */
public record WeightedCounts(double truePositives, double falsePositives, double falseNegatives, double trueNegatives) {
  public static final WeightedCounts ZERO = new WeightedCounts(0, 0, 0, 0);

  public WeightedCounts add(boolean gold, boolean predicted, double weight) {
    return new WeightedCounts(truePositives + (gold && predicted ? weight : 0), falsePositives + (!gold && predicted ? weight : 0),
        falseNegatives + (gold && !predicted ? weight : 0), trueNegatives + (!gold && !predicted ? weight : 0));
  }

  /** Precision; 0 when nothing was predicted positive. */
  public double precision() {
    double predicted = truePositives + falsePositives;
    return predicted == 0 ? 0 : truePositives / predicted;
  }

  /** Recall; 0 when there is no gold positive. */
  public double recall() {
    double positives = truePositives + falseNegatives;
    return positives == 0 ? 0 : truePositives / positives;
  }

  /** F1 as 2TP / (2TP + FP + FN); 0 without a true positive. */
  public double f1() {
    return truePositives == 0 ? 0 : 2 * truePositives / (2 * truePositives + falsePositives + falseNegatives);
  }

  /** All the weight: the population the answers stand for. */
  public double total() {
    return truePositives + falsePositives + falseNegatives + trueNegatives;
  }

  /** Share of the weight that gold calls positive. */
  public double goldShare() {
    return total() == 0 ? 0 : (truePositives + falseNegatives) / total();
  }

  /** Share of the weight that the method calls positive. */
  public double predictedShare() {
    return total() == 0 ? 0 : (truePositives + falsePositives) / total();
  }
}
