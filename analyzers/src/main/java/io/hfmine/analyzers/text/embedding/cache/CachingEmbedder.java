package io.hfmine.analyzers.text.embedding.cache;

import io.hfmine.analyzers.text.embedding.SentenceEmbedder;
import io.hfmine.datasets.hashing.Hashes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A sentence embedder that looks every text up in a cache first and embeds only the texts the
 * cache does not hold (each distinct text once per call), storing what it computed before it
 * returns: a batch that finished is kept even if the run is killed at the next one.
 *
 * <p>Vectors are keyed by the text's SHA-256 and the embedder's name, so a cache never answers
 * for another model or build. Only vectors are kept, never the text.
 */
public final class CachingEmbedder implements SentenceEmbedder {
  private final SentenceEmbedder embedder;
  private final EmbeddingCache cache;
  private final AtomicLong computed = new AtomicLong();
  private final AtomicLong reused = new AtomicLong();

  private CachingEmbedder(SentenceEmbedder embedder, EmbeddingCache cache) {
    this.embedder = embedder;
    this.cache = cache;
  }

  /**
   * {@code embedder} behind {@code cache}; an embedder that computes faster than a lookup
   * ({@link SentenceEmbedder#worthCaching()} false) is counted but not cached.
   */
  public static CachingEmbedder of(SentenceEmbedder embedder, EmbeddingCache cache) {
    if (embedder instanceof CachingEmbedder already) {
      throw new IllegalArgumentException("the embedder " + already.name() + " is already behind a cache");
    }
    return new CachingEmbedder(embedder, embedder.worthCaching() ? cache : EmbeddingCache.NONE);
  }

  @Override
  public String name() {
    return embedder.name();
  }

  @Override
  public int dimensions() {
    return embedder.dimensions();
  }

  @Override
  public boolean worthCaching() {
    return embedder.worthCaching();
  }

  @Override
  public void load() {
    embedder.load();
  }

  @Override
  public float[][] embed(List<String> texts) {
    List<String> hashes = new ArrayList<>(texts.size());
    for (String text : texts) {
      hashes.add(Hashes.sha256(text));
    }
    Map<String, float[]> known = new HashMap<>(cache.get(new LinkedHashSet<>(hashes), embedder.name()));
    Map<String, String> missing = new LinkedHashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      if (!known.containsKey(hashes.get(i))) {
        missing.putIfAbsent(hashes.get(i), texts.get(i));
      }
    }
    if (!missing.isEmpty()) {
      float[][] vectors = embedder.embed(new ArrayList<>(missing.values()));
      Map<String, float[]> fresh = new LinkedHashMap<>();
      int at = 0;
      for (String hash : missing.keySet()) {
        fresh.put(hash, vectors[at++]);
      }
      cache.put(fresh, embedder.name());
      known.putAll(fresh);
    }
    computed.addAndGet(missing.size());
    reused.addAndGet(texts.size() - missing.size());
    float[][] result = new float[texts.size()][];
    for (int i = 0; i < texts.size(); i++) {
      result[i] = known.get(hashes.get(i));
    }
    return result;
  }

  /** Texts embedded so far (each distinct text of a call once). */
  public long computed() {
    return computed.get();
  }

  /** Texts answered so far without embedding: from the cache, or repeated within one call. */
  public long reused() {
    return reused.get();
  }
}
