package io.hfmine.analyzers.issues.classifier;

import io.hfmine.analyzers.text.SparseVector;
import io.hfmine.analyzers.text.TfIdf;
import java.util.List;

/**
 * The layout of a classifier's input: the TF-IDF of the issue's terms (the project's one TF-IDF,
 * {@link TfIdf}), then its sentence embedding when the model uses one, then the
 * knowledge features of {@link IssueFeatures}. Embedding and knowledge values are standardised
 * with the training set's means and standard deviations ({@code center}, {@code scale}), so the
 * regressions' one penalty treats a cue count and an embedding dimension alike.
 */
public record FeatureSpace(TfIdf vocabulary, int embeddingDimensions, List<String> knowledgeNames,
    double[] center, double[] scale) {
  public FeatureSpace {
    knowledgeNames = List.copyOf(knowledgeNames);
    int dense = embeddingDimensions + knowledgeNames.size();
    if (center.length != dense || scale.length != dense) {
      throw new IllegalArgumentException("standardisation needs " + dense + " centres and scales");
    }
  }

  /**
   * A layout whose embedding and knowledge values are standardised over {@code rows} (unscaled
   * vectors); the embedding's standardised values are then multiplied by {@code embeddingWeight}
   * (a stronger penalty on its hundreds of dimensions than on the few knowledge features).
   */
  static FeatureSpace fitted(TfIdf vocabulary, int embeddingDimensions, List<String> knowledgeNames,
      List<double[]> rows, double embeddingWeight) {
    int dense = embeddingDimensions + knowledgeNames.size();
    int offset = vocabulary.dimensions();
    double[] center = new double[dense];
    double[] scale = new double[dense];
    for (int j = 0; j < dense; j++) {
      double sum = 0;
      for (double[] row : rows) {
        sum += row[offset + j];
      }
      double mean = sum / rows.size();
      double squares = 0;
      for (double[] row : rows) {
        squares += (row[offset + j] - mean) * (row[offset + j] - mean);
      }
      double deviation = Math.sqrt(squares / rows.size());
      center[j] = mean;
      scale[j] = (deviation > 1e-9 ? deviation : 1) / (j < embeddingDimensions ? embeddingWeight : 1);
    }
    return new FeatureSpace(vocabulary, embeddingDimensions, knowledgeNames, center, scale);
  }

  /** A layout without standardisation (the input of {@link #fitted}). */
  static FeatureSpace raw(TfIdf vocabulary, int embeddingDimensions, List<String> knowledgeNames) {
    int dense = embeddingDimensions + knowledgeNames.size();
    double[] ones = new double[dense];
    java.util.Arrays.fill(ones, 1);
    return new FeatureSpace(vocabulary, embeddingDimensions, knowledgeNames, new double[dense], ones);
  }

  public int size() {
    return vocabulary.dimensions() + embeddingDimensions + knowledgeNames.size();
  }

  /** The input vector of one issue; {@code embedding} is null when the model has none. */
  public double[] vector(List<String> terms, float[] embedding, double[] knowledge) {
    if (knowledge.length != knowledgeNames.size()) {
      throw new IllegalArgumentException("the model expects " + knowledgeNames.size() + " knowledge features, got "
          + knowledge.length + " (trained with another taxonomy or another hfmine version? train it again)");
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
    int offset = vocabulary.dimensions();
    for (int j = 0; j < center.length; j++) {
      x[offset + j] = (x[offset + j] - center[j]) / scale[j];
    }
    return x;
  }
}
