package io.hfmine.analyzers.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TfIdfTest {
  private static final List<List<String>> DOCUMENTS = List.of(
      List.of("call:pipeline", "kw:model", "kw:task"),
      List.of("call:pipeline", "kw:model"),
      List.of("call:generate", "call:generate", "kw:model"));

  @Test
  void weightsTermsWithSmoothedInverseDocumentFrequency() {
    TfIdf vectorizer = TfIdf.fit(DOCUMENTS, 100, 1);

    // idf = ln((1 + n) / (1 + df)) + 1 with n = 3.
    assertThat(vectorizer.idf("kw:model")).isCloseTo(1.0, within(1e-12));
    assertThat(vectorizer.idf("call:pipeline")).isCloseTo(Math.log(4.0 / 3) + 1, within(1e-12));
    assertThat(vectorizer.idf("kw:task")).isCloseTo(Math.log(2.0) + 1, within(1e-12));
    assertThat(vectorizer.idf("call:unknown")).isNaN();
  }

  @Test
  void producesUnitVectorsWithTermCountsTimesIdf() {
    TfIdf vectorizer = TfIdf.fit(DOCUMENTS, 100, 1);

    SparseVector third = vectorizer.transform(DOCUMENTS.get(2));
    double generate = 2 * (Math.log(4.0 / 2) + 1);
    double model = 1.0;
    double norm = Math.sqrt(generate * generate + model * model);

    assertThat(third.norm()).isCloseTo(1.0, within(1e-12));
    assertThat(third.nonZeros()).isEqualTo(2);
    assertThat(third.dot(vectorizer.transform(List.of("kw:model")))).isCloseTo(model / norm, within(1e-12));
  }

  @Test
  void keepsTheMostFrequentTermsWithTiesBrokenByName() {
    TfIdf vectorizer = TfIdf.fit(DOCUMENTS, 2, 1);

    assertThat(vectorizer.dimensions()).isEqualTo(2);
    assertThat(vectorizer.term(0)).isEqualTo("kw:model");
    // call:generate and call:pipeline: pipeline is in 2 documents, generate in 1.
    assertThat(vectorizer.term(1)).isEqualTo("call:pipeline");
  }

  @Test
  void dropsTermsBelowTheMinimumDocumentFrequency() {
    TfIdf vectorizer = TfIdf.fit(DOCUMENTS, 100, 2);

    assertThat(vectorizer.dimensions()).isEqualTo(2);
    assertThat(vectorizer.idf("kw:task")).isNaN();
    assertThat(vectorizer.transform(List.of("kw:task")).isEmpty()).isTrue();
  }

  @Test
  void cosineDistanceOfEmptyVectorsKeepsThemTogetherAndApartFromOthers() {
    SparseVector some = new SparseVector(new int[] {1}, new double[] {1});

    assertThat(SparseVector.EMPTY.cosineDistance(SparseVector.EMPTY)).isZero();
    assertThat(SparseVector.EMPTY.cosineDistance(some)).isEqualTo(1.0);
    assertThat(some.cosineDistance(some)).isZero();
  }
}
