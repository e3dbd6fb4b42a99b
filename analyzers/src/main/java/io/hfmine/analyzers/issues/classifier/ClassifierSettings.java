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
 * @param relevanceInputs the feature blocks the PTM-relevance regression reads: words (TF-IDF), embedding,
 *     evidence (PTM evidence by kind, the rules' relevance score, the project's context), cues (sub-theme and type cues)
 * @param themeInputs the feature blocks the theme, sub-theme and type regressions read
 */
public record ClassifierSettings(int maxFeatures, int minDocumentFrequency, double lambda, int maxIterations,
    double ptmThreshold, double secondaryThemeThreshold, int minPositives, boolean embeddings, int embeddingChars,
    java.util.List<String> relevanceInputs, java.util.List<String> themeInputs) {
  /** The feature blocks a regression may read. */
  public static final java.util.List<String> BLOCKS = java.util.List.of("words", "embedding", "evidence", "cues");

  public ClassifierSettings {
    relevanceInputs = relevanceInputs == null ? BLOCKS : java.util.List.copyOf(relevanceInputs);
    themeInputs = themeInputs == null ? BLOCKS : java.util.List.copyOf(themeInputs);
    for (String block : relevanceInputs) {
      if (!BLOCKS.contains(block)) {
        throw new IllegalArgumentException("issues.classifier.relevance-inputs: unknown block '" + block + "' (" + BLOCKS + ")");
      }
    }
    for (String block : themeInputs) {
      if (!BLOCKS.contains(block)) {
        throw new IllegalArgumentException("issues.classifier.theme-inputs: unknown block '" + block + "' (" + BLOCKS + ")");
      }
    }
  }

  public static ClassifierSettings defaults() {
    return new ClassifierSettings(3000, 2, 5, 500, 0.35, 0.35, 3, true, 1200, java.util.List.of("words", "evidence"), BLOCKS);
  }

  /** The same settings without embeddings (fast, for tests and for machines without ONNX Runtime). */
  public ClassifierSettings withoutEmbeddings() {
    return new ClassifierSettings(maxFeatures, minDocumentFrequency, lambda, maxIterations, ptmThreshold,
        secondaryThemeThreshold, minPositives, false, embeddingChars, relevanceInputs, themeInputs);
  }
}
