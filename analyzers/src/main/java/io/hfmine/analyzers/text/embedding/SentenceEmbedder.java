package io.hfmine.analyzers.text.embedding;

import java.util.List;

/**
 * Turns short texts into sentence embeddings: fixed-length vectors of unit length, so that the
 * cosine of two texts is their dot product.
 *
 * <p>One mechanism for every feature that needs semantic similarity (model search, issue
 * labelling features): use {@link OnnxEmbedder#shared()} rather than loading a model of your own.
 * Embedding costs milliseconds of CPU per text; cache vectors of texts you embed again.
 */
public interface SentenceEmbedder {
  /** Name and version of the model, recorded beside stored vectors so stale ones can be told apart. */
  String name();

  /** Length of every vector. */
  int dimensions();

  /**
   * Whether a vector costs more to compute than to look up in a store, so that callers keep the
   * vectors they made (a transformer's milliseconds per text) or not (a static table's microseconds).
   */
  default boolean worthCaching() {
    return true;
  }

  /**
   * Loads what the model needs before its first text (a static table is read, or distilled once),
   * so that this one-time work is not mistaken for embedding; embedding loads it anyway.
   */
  default void load() {
  }

  /** One unit-length vector per text, in order; an empty or blank text gives the zero vector. */
  float[][] embed(List<String> texts);

  /** The vector of one text. */
  default float[] embed(String text) {
    return embed(List.of(text))[0];
  }

  /** Cosine similarity; for unit vectors it is their dot product. 0 when either vector is zero. */
  static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vectors of different lengths: " + a.length + " and " + b.length);
    }
    double dot = 0;
    double normA = 0;
    double normB = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      normA += a[i] * a[i];
      normB += b[i] * b[i];
    }
    return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
  }

  /** Scales a vector to unit length in place (the zero vector stays zero) and returns it. */
  static float[] normalize(float[] vector) {
    double norm = 0;
    for (float value : vector) {
      norm += value * value;
    }
    if (norm > 0) {
      float scale = (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < vector.length; i++) {
        vector[i] *= scale;
      }
    }
    return vector;
  }
}
