package io.hfmine.analyzers.text.embedding;

import java.util.List;

/**
 * Sentence embeddings: a batch of texts in, one unit-length vector per text out, so that the
 * cosine of two texts is their dot product. Use {@link MiniLmEmbedder#shared()}, the one
 * in-process model of the project, rather than loading another.
 */
public interface SentenceEmbedder {
  /** The model and its version, recorded with whatever was computed from its vectors. */
  String name();

  /** Length of every vector. */
  int dimensions();

  /** One unit-length vector per text, in order; a blank text gives the zero vector. */
  float[][] embed(List<String> texts);

  /** The cosine of two vectors; 0 when either is the zero vector. */
  static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("cannot compare vectors of " + a.length + " and " + b.length + " dimensions");
    }
    double dot = 0;
    double aa = 0;
    double bb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
      aa += (double) a[i] * a[i];
      bb += (double) b[i] * b[i];
    }
    return aa == 0 || bb == 0 ? 0 : dot / Math.sqrt(aa * bb);
  }
}
