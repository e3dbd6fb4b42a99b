package io.hfmine.analyzers.pick.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotSearchTest {
  private final SnapshotSearch hub = new SnapshotSearch(List.of(
      SnapshotSearch.Listed.of("acme/Legal-BERT-base", List.of("transformers", "en"), "fill-mask", "transformers", 500L),
      SnapshotSearch.Listed.of("legalese/tiny-ner", List.of("pytorch"), "token-classification", null, 80L),
      SnapshotSearch.Listed.of("zeta/bert-legal-qa", List.of("Question-Answering"), null, null, 500L),
      SnapshotSearch.Listed.of("solo/unlisted-downloads", null, "fill-mask", null, null)));

  @Test
  void searchIsASubstringOfTheIdAuthorIncludedInAnyCase() {
    assertThat(hub.search("LEGAL", List.of(), 10))
        .containsExactly("acme/Legal-BERT-base", "zeta/bert-legal-qa", "legalese/tiny-ner");
    assertThat(hub.search("acme/legal", List.of(), 10)).containsExactly("acme/Legal-BERT-base");
    assertThat(hub.search("legal bert", List.of(), 10)).as("one substring, not words").isEmpty();
  }

  @Test
  void everyFilterMustBeATagAndThePipelineTagAndLibraryCountAsTags() {
    assertThat(hub.search(null, List.of("fill-mask"), 10)).containsExactly("acme/Legal-BERT-base", "solo/unlisted-downloads");
    assertThat(hub.search(null, List.of("fill-mask", "en"), 10)).containsExactly("acme/Legal-BERT-base");
    assertThat(hub.search(null, List.of("transformers"), 10)).containsExactly("acme/Legal-BERT-base");
    assertThat(hub.search(null, List.of("question-answering"), 10)).containsExactly("zeta/bert-legal-qa");
    assertThat(hub.search("tiny", List.of("fill-mask"), 10)).isEmpty();
  }

  @Test
  void answersComeMostDownloadedFirstTiesByIdAndStopAtTheLimit() {
    assertThat(hub.search(null, List.of(), 10))
        .containsExactly("acme/Legal-BERT-base", "zeta/bert-legal-qa", "legalese/tiny-ner", "solo/unlisted-downloads");
    assertThat(hub.search("", List.of(), 2)).containsExactly("acme/Legal-BERT-base", "zeta/bert-legal-qa");
  }

  @Test
  void reportsNameTheSnapshotApartFromTheLiveHub() {
    assertThat(hub.system()).isEqualTo(SnapshotSearch.SYSTEM).isNotEqualTo(PickEvaluation.HUB);
    assertThat(hub.size()).isEqualTo(4);
  }
}
