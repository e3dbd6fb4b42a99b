package io.hfmine.analyzers.models;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.datasets.store.Store;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModelSelectionTest {
  private Store store;

  @BeforeEach
  void fill() {
    store = Store.inMemory();
    store.transaction(connection -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("""
            INSERT INTO models (id, downloads, tags, library_name, source, fetched_at) VALUES
              ('a/popular-card-tags', 90000, ['nlp'], 'transformers', 'hub', now()),
              ('a/popular-card-notags', 50000, [], 'transformers', 'hub', now()),
              ('a/popular-nocard', 40000, ['cv'], 'timm', 'hub', now()),
              ('a/popular-diffusers', 30000, ['art'], 'diffusers', 'hub', now()),
              ('a/rare', 10, ['nlp'], 'transformers', 'hub', now())""");
        statement.execute("""
            INSERT INTO model_cards (model_id, status, text, fetched_at) VALUES
              ('a/popular-card-tags', 'ok', '# Card', now()),
              ('a/popular-card-notags', 'ok', '# Card', now()),
              ('a/popular-diffusers', 'ok', '# Card', now()),
              ('a/popular-nocard', 'missing', NULL, now()),
              ('a/rare', 'ok', '# Card', now())""");
      }
      return null;
    });
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void recordsHowManyModelsEachFilterLeaves() {
    List<ModelSelection.Step> funnel = new ModelSelection(store)
        .run(new ModelSelection.Spec(2_000, true, true, List.of("transformers")));

    assertThat(funnel).containsExactly(
        new ModelSelection.Step(0, "models in the store", 5),
        new ModelSelection.Step(1, "downloads >= 2000", 4),
        new ModelSelection.Step(2, "has a model card", 3),
        new ModelSelection.Step(3, "has tags", 2),
        new ModelSelection.Step(4, "library in transformers", 1));
    assertThat(selected()).containsExactly("a/popular-card-tags");
    assertThat(new ModelSelection(store).lastFunnel()).isEqualTo(funnel);
  }

  @Test
  void aNewSelectionReplacesTheOldOne() {
    ModelSelection selection = new ModelSelection(store);
    selection.run(new ModelSelection.Spec(2_000, true, true, List.of()));
    selection.run(new ModelSelection.Spec(0, false, false, List.of()));

    assertThat(selected()).hasSize(5);
    assertThat(selection.lastFunnel()).containsExactly(new ModelSelection.Step(0, "models in the store", 5));
  }

  private List<String> selected() {
    return store.read(connection -> {
      List<String> ids = new ArrayList<>();
      try (Statement statement = connection.createStatement();
           ResultSet rows = statement.executeQuery("SELECT model_id FROM model_selection ORDER BY model_id")) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
      return ids;
    });
  }
}
