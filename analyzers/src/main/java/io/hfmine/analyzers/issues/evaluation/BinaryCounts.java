package io.hfmine.analyzers.issues.evaluation;

/** Counts of one yes/no decision against gold: precision, recall, F1 and accuracy derived from them. */
public record BinaryCounts(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
  public static final BinaryCounts ZERO = new BinaryCounts(0, 0, 0, 0);

  public BinaryCounts add(boolean gold, boolean predicted) {
    return new BinaryCounts(truePositives + (gold && predicted ? 1 : 0), falsePositives + (!gold && predicted ? 1 : 0),
        falseNegatives + (gold && !predicted ? 1 : 0), trueNegatives + (!gold && !predicted ? 1 : 0));
  }

  /** Gold positives. */
  public int support() {
    return truePositives + falseNegatives;
  }

  /** Precision; 0 when nothing was predicted positive (as sklearn's zero_division=0). */
  public double precision() {
    int predicted = truePositives + falsePositives;
    return predicted == 0 ? 0 : (double) truePositives / predicted;
  }

  /** Recall; 0 when there is no gold positive. */
  public double recall() {
    return support() == 0 ? 0 : (double) truePositives / support();
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double accuracy() {
    int total = truePositives + falsePositives + falseNegatives + trueNegatives;
    return total == 0 ? 0 : (double) (truePositives + trueNegatives) / total;
  }

  /** Whether the label occurs at all, in gold or in predictions (labels that never occur are left out of macro-F1). */
  public boolean occurs() {
    return truePositives + falsePositives + falseNegatives > 0;
  }
}
