package io.hfmine.analyzers.issues.classifier;

/**
 * Settings of the issue classifier (the {@code issues.classifier} section).
 *
 * @param maxFeatures TF-IDF vocabulary cap (the most frequent terms)
 * @param minDocumentFrequency a term must occur in this many training issues to be a feature
 * @param lambda L2 regularisation of the logistic regressions
 * @param maxIterations optimiser iterations per regression
 * @param ptmThreshold an issue is PTM-related from this probability on
 * @param secondaryThemeThreshold a theme besides the primary one is given from this probability on
 * @param minPositives a theme or sub-theme needs this many primary training examples to be a class
 * @param embeddings whether sentence embeddings (all-MiniLM-L6-v2) are features beside TF-IDF
 * @param embeddingChars characters of an issue's title and prose that are embedded
 */
public record ClassifierSettings(int maxFeatures, int minDocumentFrequency, double lambda, int maxIterations,
    double ptmThreshold, double secondaryThemeThreshold, int minPositives, boolean embeddings, int embeddingChars) {
  public static ClassifierSettings defaults() {
    return new ClassifierSettings(3000, 2, 0.5, 500, 0.5, 0.35, 3, true, 1200);
  }

  /** The same settings without embeddings (fast, for tests and for machines without ONNX Runtime). */
  public ClassifierSettings withoutEmbeddings() {
    return new ClassifierSettings(maxFeatures, minDocumentFrequency, lambda, maxIterations, ptmThreshold,
        secondaryThemeThreshold, minPositives, false, embeddingChars);
  }
}
