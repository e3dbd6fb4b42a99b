package io.hfmine.analyzers.issues.classifier;

/** Settings of the TF-IDF + logistic-regression classifier (the {@code issues.classifier} section). */
public record ClassifierSettings(int maxFeatures, int minDocumentFrequency, double lambda, int maxIterations,
    double threshold, int minPositives, double titleWeight) {
  public static ClassifierSettings defaults() {
    return new ClassifierSettings(3000, 2, 0.5, 300, 0.5, 3, 2.0);
  }
}
