package io.hfmine.analyzers.text.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-process embedding model: unit vectors whose cosines order texts by meaning. */
class MiniLmEmbedderTest {
  @Test
  void textsAboutTheSameThingAreCloserThanTextsAboutOtherThings() {
    float[][] vectors = MiniLmEmbedder.shared().embed(List.of(
        "translate a question in English into an SQL query",
        "generate database queries from natural language",
        "classify photographs of birds by species",
        ""));

    assertThat(vectors[0]).hasSize(384);
    double norm = SentenceEmbedder.cosine(vectors[0], vectors[0]);
    assertThat(norm).isCloseTo(1.0, within(1e-5));
    assertThat(SentenceEmbedder.cosine(vectors[0], vectors[1])).isGreaterThan(SentenceEmbedder.cosine(vectors[0], vectors[2]) + 0.2);
    assertThat(vectors[3]).containsOnly(0f);
    assertThat(SentenceEmbedder.cosine(vectors[0], vectors[3])).isZero();
  }

  @Test
  void cosineAndNormalizeFollowTheirDefinitions() {
    assertThat(SentenceEmbedder.cosine(new float[] {1, 0}, new float[] {1, 1})).isCloseTo(Math.sqrt(0.5), within(1e-12));
    assertThat(SentenceEmbedder.normalize(new float[] {3, 4})).containsExactly(0.6f, 0.8f);
  }
}
