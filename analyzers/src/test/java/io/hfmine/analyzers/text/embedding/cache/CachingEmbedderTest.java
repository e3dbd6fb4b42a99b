package io.hfmine.analyzers.text.embedding.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.analyzers.text.embedding.SentenceEmbedder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CachingEmbedderTest {
  /** Vectors from the text's bytes; remembers every text it was asked to embed. */
  private static final class RecordingEmbedder implements SentenceEmbedder {
    final List<String> embedded = new ArrayList<>();
    private final String name;
    private final boolean worthCaching;

    RecordingEmbedder(String name, boolean worthCaching) {
      this.name = name;
      this.worthCaching = worthCaching;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public int dimensions() {
      return 4;
    }

    @Override
    public boolean worthCaching() {
      return worthCaching;
    }

    @Override
    public float[][] embed(List<String> texts) {
      embedded.addAll(texts);
      float[][] vectors = new float[texts.size()][];
      for (int i = 0; i < texts.size(); i++) {
        float[] vector = new float[4];
        byte[] bytes = texts.get(i).getBytes(StandardCharsets.UTF_8);
        for (int b = 0; b < bytes.length; b++) {
          vector[b % 4] += bytes[b] * (b + 1);
        }
        vectors[i] = SentenceEmbedder.normalize(vector);
      }
      return vectors;
    }
  }

  /** A cache in a map, keyed as the store keys it: embedder and text hash. */
  private static final class MapCache implements EmbeddingCache {
    final Map<String, float[]> vectors = new HashMap<>();

    @Override
    public Map<String, float[]> get(Collection<String> textHashes, String embedder) {
      Map<String, float[]> found = new HashMap<>();
      textHashes.forEach(hash -> {
        if (vectors.containsKey(embedder + "/" + hash)) {
          found.put(hash, vectors.get(embedder + "/" + hash));
        }
      });
      return found;
    }

    @Override
    public void put(Map<String, float[]> fresh, String embedder) {
      fresh.forEach((hash, vector) -> vectors.put(embedder + "/" + hash, vector));
    }
  }

  @Test
  void aSecondCallEmbedsOnlyTheTextsTheCacheDoesNotHoldAndGivesTheSameVectors() {
    RecordingEmbedder model = new RecordingEmbedder("model-a", true);
    MapCache cache = new MapCache();
    CachingEmbedder first = CachingEmbedder.of(model, cache);
    float[][] before = first.embed(List.of("weights fail to load", "CUDA out of memory"));

    CachingEmbedder rerun = CachingEmbedder.of(model, cache);
    float[][] after = rerun.embed(List.of("CUDA out of memory", "a new issue", "weights fail to load"));

    assertThat(model.embedded).containsExactly("weights fail to load", "CUDA out of memory", "a new issue");
    assertThat(after[0]).containsExactly(before[1]);
    assertThat(after[2]).containsExactly(before[0]);
    assertThat(rerun.computed()).isEqualTo(1);
    assertThat(rerun.reused()).isEqualTo(2);
  }

  @Test
  void aTextRepeatedInOneCallIsEmbeddedOnce() {
    RecordingEmbedder model = new RecordingEmbedder("model-a", true);
    CachingEmbedder embedder = CachingEmbedder.of(model, new MapCache());

    float[][] vectors = embedder.embed(List.of("same title", "same title", "other"));

    assertThat(model.embedded).containsExactly("same title", "other");
    assertThat(vectors[1]).containsExactly(vectors[0]);
    assertThat(embedder.computed()).isEqualTo(2);
    assertThat(embedder.reused()).isEqualTo(1);
  }

  @Test
  void vectorsOfAnotherModelAreNeverTaken() {
    MapCache cache = new MapCache();
    CachingEmbedder.of(new RecordingEmbedder("model-a", true), cache).embed(List.of("text"));
    RecordingEmbedder other = new RecordingEmbedder("model-b", true);

    CachingEmbedder.of(other, cache).embed(List.of("text"));

    assertThat(other.embedded).containsExactly("text");
  }

  @Test
  void anEmbedderCheaperThanALookupIsCountedButNeverCached() {
    MapCache cache = new MapCache();
    CachingEmbedder embedder = CachingEmbedder.of(new RecordingEmbedder("static", false), cache);

    embedder.embed(List.of("one", "two"));

    assertThat(cache.vectors).isEmpty();
    assertThat(embedder.computed()).isEqualTo(2);
  }

  @Test
  void anEmbedderIsPutBehindACacheOnlyOnce() {
    CachingEmbedder embedder = CachingEmbedder.of(new RecordingEmbedder("model-a", true), new MapCache());

    assertThatThrownBy(() -> CachingEmbedder.of(embedder, new MapCache()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("model-a is already behind a cache");
  }
}
