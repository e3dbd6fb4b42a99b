package io.hfmine.analyzers.issues.classifier;

import io.hfmine.analyzers.patterns.features.SparseVector;
import io.hfmine.analyzers.patterns.features.TfIdfVectorizer;
import java.util.List;

/**
 * The layout of a classifier's input: the TF-IDF of the issue's terms (the project's one TF-IDF,
 * {@link TfIdfVectorizer}), then its sentence embedding when the model uses one, then the
 * knowledge features of {@link IssueFeatures}.
 */
public record FeatureSpace(TfIdfVectorizer vocabulary, int embeddingDimensions, List<String> knowledgeNames) {
  public FeatureSpace {
    knowledgeNames = List.copyOf(knowledgeNames);
  }

  public int size() {
    return vocabulary.dimensions() + embeddingDimensions + knowledgeNames.size();
  }

  /** The input vector of one issue; {@code embedding} is null when the model has none. */
  public double[] vector(List<String> terms, float[] embedding, double[] knowledge) {
    if (knowledge.length != knowledgeNames.size()) {
      throw new IllegalArgumentException("the model expects " + knowledgeNames.size() + " knowledge features, got "
          + knowledge.length + " (trained with another taxonomy?)");
    }
    double[] x = new double[size()];
    SparseVector words = vocabulary.transform(terms);
    int[] indices = words.indices();
    double[] values = words.values();
    for (int i = 0; i < indices.length; i++) {
      x[indices[i]] = values[i];
    }
    int at = vocabulary.dimensions();
    if (embeddingDimensions > 0) {
      if (embedding == null || embedding.length != embeddingDimensions) {
        throw new IllegalArgumentException("the model expects an embedding of " + embeddingDimensions + " dimensions");
      }
      for (int i = 0; i < embeddingDimensions; i++) {
        x[at + i] = embedding[i];
      }
      at += embeddingDimensions;
    }
    System.arraycopy(knowledge, 0, x, at, knowledge.length);
    return x;
  }
}
