package io.hfmine.analyzers.text.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {
  @Test
  void sentencesOfOneMeaningAreCloserThanUnrelatedOnesAndVectorsHaveUnitLength() {
    float[][] vectors = MiniLmEmbedder.shared().embed(List.of("The download link of the pretrained weights is broken.",
        "I cannot download the released model checkpoint.", "The bar chart legend overlaps the axis labels.", " "));

    assertThat(vectors[0]).hasSize(384);
    assertThat(SentenceEmbedder.cosine(vectors[0], vectors[1])).isGreaterThan(SentenceEmbedder.cosine(vectors[0], vectors[2]) + 0.2);
    assertThat(SentenceEmbedder.cosine(vectors[0], vectors[0])).isCloseTo(1.0, within(1e-5));
    assertThat(vectors[3]).containsOnly(0f);
  }
}
