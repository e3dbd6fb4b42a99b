package io.hfmine.finetune.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.hfmine.analyzers.text.embedding.OnnxEmbedder;
import io.hfmine.analyzers.text.embedding.SentenceEmbedder;
import io.hfmine.finetune.onnx.OnnxInitializers;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The encoder written out over DJL arrays computes what ONNX Runtime computes from the same model
 * file (the issue classifier's embeddings): an independent implementation of the same network.
 */
class MiniLmEncoderTest {
  private static final OnnxEmbedder.Build BUILD = OnnxEmbedder.Build.FLOAT;
  private static final List<String> TEXTS = List.of(
      "Loading the pretrained checkpoint fails with a size mismatch",
      "Docs typo",
      "After upgrading the library the tokenizer download from the hub times out behind our proxy, "
          + "and the cached files are not picked up either when we run offline on the cluster");
  private static NDManager manager;
  private static MiniLmEncoder encoder;

  @BeforeAll
  static void load() throws IOException {
    manager = NDManager.newBaseManager();
    try (InputStream model = BUILD.modelFile()) {
      encoder = MiniLmEncoder.of(manager, OnnxInitializers.read(model, BUILD.displayName()), 12);
    }
  }

  @AfterAll
  static void free() {
    manager.close();
  }

  @Test
  void readsTheModelsShape() {
    assertThat(encoder.layers()).isEqualTo(6);
    assertThat(encoder.dimensions()).isEqualTo(384);
    // 6 linear maps and 2 layer norms per layer, each a weight and a bias
    assertThat(encoder.trainable()).hasSize(6 * 16);
  }

  @Test
  void pooledStatesPointWhereOnnxRuntimesEmbeddingsPointEvenWhenPaddedInOneBatch() {
    float[][] reference = OnnxEmbedder.shared(BUILD, OnnxEmbedder.MODEL_TOKENS).embed(TEXTS);
    try (HuggingFaceTokenizer tokenizer = BUILD.tokenizer(OnnxEmbedder.MODEL_TOKENS);
        NDManager scope = manager.newSubManager()) {
      TokenBatch batch = TokenBatch.of(scope, TEXTS.stream().map(t -> tokenizer.encode(t).getIds()).toList());
      assertThat(batch.length()).isGreaterThan(tokenizer.encode(TEXTS.get(1)).getIds().length);
      NDArray pooled = encoder.pooled(batch);
      for (int i = 0; i < TEXTS.size(); i++) {
        float[] mine = pooled.get(i).toFloatArray();
        assertThat(SentenceEmbedder.cosine(mine, reference[i])).as(TEXTS.get(i)).isGreaterThan(0.9999);
      }
    }
  }

  @Test
  void aWidthThatDoesNotSplitIntoTheHeadsIsRefused() throws IOException {
    try (InputStream model = BUILD.modelFile()) {
      OnnxInitializers weights = OnnxInitializers.read(model, BUILD.displayName());
      assertThatThrownBy(() -> MiniLmEncoder.of(manager, weights, 7))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("384").hasMessageContaining("7 attention heads");
    }
  }
}
