package io.hfmine.analyzers.pick.index;

import java.util.BitSet;
import java.util.List;

/** Exact nearest neighbours by cosine over every (allowed) model's quantised embedding. */
public final class VectorSearch {
  private VectorSearch() {
  }

  /** The {@code n} models closest to {@code query} among {@code allowed} ordinals (every model when null). */
  public static List<Scored> top(PickIndex index, float[] query, BitSet allowed, int n) {
    Int8Vectors vectors = index.vectors();
    byte[] quantized = Int8Vectors.quantize(query);
    TopScores top = new TopScores(n);
    if (allowed == null) {
      for (int ordinal = 0; ordinal < vectors.size(); ordinal++) {
        top.offer(ordinal, vectors.cosine(ordinal, quantized));
      }
    } else {
      for (int ordinal = allowed.nextSetBit(0); ordinal >= 0; ordinal = allowed.nextSetBit(ordinal + 1)) {
        top.offer(ordinal, vectors.cosine(ordinal, quantized));
      }
    }
    return top.ranked();
  }
}
