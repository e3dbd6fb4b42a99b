package io.hfmine.analyzers.pick.index;

import static io.hfmine.analyzers.pick.PickFixtures.TEMPLATE;
import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.pick.extract.AttributeValue;
import io.hfmine.analyzers.pick.extract.ModelMetadata;
import io.hfmine.analyzers.text.embedding.SentenceEmbedder;
import io.hfmine.analyzers.text.embedding.cache.EmbeddingCache;
import io.hfmine.datasets.progress.Progress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexBuilderTest {
  @TempDir
  Path dir;

  /** Records what it is asked to embed; a text's vector is drawn from a seed of its own. */
  private static final class RecordingEmbedder implements SentenceEmbedder {
    final List<String> seen = new ArrayList<>();

    @Override
    public String name() {
      return "recording";
    }

    @Override
    public int dimensions() {
      return 8;
    }

    @Override
    public float[][] embed(List<String> texts) {
      seen.addAll(texts);
      float[][] vectors = new float[texts.size()][];
      for (int i = 0; i < texts.size(); i++) {
        vectors[i] = vector(texts.get(i));
      }
      return vectors;
    }

    static float[] vector(String text) {
      SplittableRandom random = new SplittableRandom(text.hashCode());
      float[] vector = new float[8];
      for (int d = 0; d < vector.length; d++) {
        vector[d] = (float) random.nextGaussian();
      }
      return SentenceEmbedder.normalize(vector);
    }
  }

  private static ModelMetadata model(String id, String function) {
    Map<String, List<AttributeValue>> attributes = new LinkedHashMap<>();
    attributes.put("name", List.of(AttributeValue.text(id.substring(id.indexOf('/') + 1), "hub:name", id)));
    attributes.put("task", List.of(AttributeValue.text("text-classification", "hub:pipeline_tag", "")));
    attributes.put("function", List.of(AttributeValue.text(function, "card:intro", "")));
    return new ModelMetadata(id, attributes);
  }

  @Test
  void aCopyOfAModelUnderAnotherOwnerIsEmbeddedOnceAndSharesTheVector() {
    String reviews = "Rates product reviews as positive or negative.";
    List<ModelMetadata> catalog = List.of(model("shop-lab/review-polarity", reviews),
        model("mirror-org/review-polarity", reviews), model("shop-lab/review-topics", "Sorts product reviews by topic."));
    RecordingEmbedder embedder = new RecordingEmbedder();

    IndexBuilder.Built built = new IndexBuilder(TEMPLATE, new EmbeddedText(List.of("name", "task", "function"), 600),
        embedder, EmbeddingCache.NONE).build(dir.resolve("index"), sink -> catalog.forEach(sink), "test", Progress.NONE);

    assertThat(embedder.seen).hasSize(2).doesNotHaveDuplicates();
    assertThat(built.embedded()).isEqualTo(2);
    assertThat(built.cached()).isEqualTo(1);
    try (PickIndex index = PickIndex.open(dir.resolve("index"))) {
      byte[] polarity = Int8Vectors.quantize(RecordingEmbedder.vector(embedder.seen.getFirst()));
      assertThat(index.vectors().cosine(0, polarity)).isGreaterThan(0.99f);
      assertThat(index.vectors().cosine(1, polarity)).isEqualTo(index.vectors().cosine(0, polarity));
      assertThat(index.vectors().cosine(2, polarity)).isLessThan(0.99f);
    }
  }
}
