package io.hfmine.analyzers.text.embedding.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.datasets.store.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreEmbeddingCacheTest {
  @TempDir
  Path dir;

  @Test
  void vectorsComeBackBitForBitAfterTheStoreIsReopened() {
    float[] vector = {0.1f, -0.7f, Float.MIN_VALUE, 0.7141428f};
    try (Store store = Store.open(dir.resolve("hfmine.duckdb"))) {
      new StoreEmbeddingCache(store).put(Map.of("h1", vector), "minilm@1");
    }
    try (Store store = Store.open(dir.resolve("hfmine.duckdb"))) {
      Map<String, float[]> found = new StoreEmbeddingCache(store).get(List.of("h1", "h2"), "minilm@1");

      assertThat(found).containsOnlyKeys("h1");
      assertThat(found.get("h1")).containsExactly(vector);
      assertThat(new StoreEmbeddingCache(store).get(List.of("h1"), "bge@1")).as("another embedder's vectors").isEmpty();
    }
  }

  @Test
  void aVectorStoredTwiceKeepsTheFirst() {
    try (Store store = Store.open(dir.resolve("hfmine.duckdb"))) {
      StoreEmbeddingCache cache = new StoreEmbeddingCache(store);
      cache.put(Map.of("h1", new float[] {1, 0}), "minilm@1");
      cache.put(Map.of("h1", new float[] {0, 1}), "minilm@1");

      assertThat(cache.get(List.of("h1"), "minilm@1").get("h1")).containsExactly(1, 0);
    }
  }
}
