package io.hfmine.analyzers.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.datasets.store.Store;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimilarUsagesTest {
  private Store store;

  @BeforeEach
  void openStore() {
    store = Store.inMemory();
    List<Usage> usages = new ArrayList<>(HandWrittenUsages.usages());
    usages.add(new Usage("dup", "other/fork", "demo.py", 5, "transformers", "transformers.pipeline", "pipeline",
        "bert-base-uncased", List.of("task", "model"), List.of("transformers.pipeline", "unmasker"), ""));
    UsageRows.insert(store, usages);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void nearestUsagesFollowTheSamePattern() {
    SimilarUsages.Result result = new SimilarUsages(store, KnownGroupsValidationTest.defaults())
        .find("train.py", 40, null, 5);

    assertThat(result.target().repository()).isEqualTo("jack/sentiment");
    assertThat(result.group()).isEqualTo("model bert-base-uncased");
    assertThat(result.neighbours()).hasSize(5).allSatisfy(neighbour ->
        assertThat(neighbour.usage().apiSequence()).contains("transformers.Trainer"));
    assertThat(result.neighbours()).extracting(UsagePattern.Neighbour::distance).isSorted();
  }

  @Test
  void aPathSuffixIsEnoughToFindTheUsage() {
    SimilarUsages.Result result = new SimilarUsages(store, KnownGroupsValidationTest.defaults())
        .find("embed.py", 12, null, 3);

    assertThat(result.target().location()).isEqualTo("alice/semsearch:search/embed.py:12");
  }

  @Test
  void ambiguousLocationsAskForTheRepository() {
    SimilarUsages similar = new SimilarUsages(store, KnownGroupsValidationTest.defaults());

    assertThatThrownBy(() -> similar.find("demo.py", 5, null, 3))
        .hasMessage("2 usages at demo.py:5: other/fork:demo.py:5 (transformers.pipeline),"
            + " rita/mlm-demo:demo.py:5 (transformers.pipeline); name the repository with --repository");
    assertThat(similar.find("demo.py", 5, "other/fork", 3).neighbours().get(0).distance()).isZero();
  }

  @Test
  void unknownLocationIsAnErrorNamingIt() {
    assertThatThrownBy(() -> new SimilarUsages(store, KnownGroupsValidationTest.defaults()).find("nope.py", 1, null, 3))
        .hasMessage("no usage at nope.py:1 in the usages table");
  }
}
