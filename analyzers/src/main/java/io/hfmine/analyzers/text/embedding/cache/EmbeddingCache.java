package io.hfmine.analyzers.text.embedding.cache;

import java.util.Collection;
import java.util.Map;

/**
 * Vectors already computed, keyed by the SHA-256 of the embedded text and the embedder's name, so
 * that a rebuilt search index, a rerun of issue labelling or a run killed halfway embeds only what
 * it has not embedded before. {@link CachingEmbedder} is the one way to read and fill one.
 */
public interface EmbeddingCache {
  /** The cached vectors among {@code textHashes} for this embedder. */
  Map<String, float[]> get(Collection<String> textHashes, String embedder);

  /** Stores new vectors. */
  void put(Map<String, float[]> vectors, String embedder);

  /** A cache that remembers nothing (tests, one-off indexes). */
  EmbeddingCache NONE = new EmbeddingCache() {
    @Override
    public Map<String, float[]> get(Collection<String> textHashes, String embedder) {
      return Map.of();
    }

    @Override
    public void put(Map<String, float[]> vectors, String embedder) {
    }
  };
}
