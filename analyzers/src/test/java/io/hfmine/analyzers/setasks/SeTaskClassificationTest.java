package io.hfmine.analyzers.setasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.cards.CardDeduplicator;
import io.hfmine.analyzers.setasks.store.ItemKind;
import io.hfmine.analyzers.setasks.taxonomy.SeTaxonomy;
import io.hfmine.datasets.hf.CardFrontMatter;
import io.hfmine.datasets.hf.ModelCard;
import io.hfmine.datasets.hf.ModelCards;
import io.hfmine.datasets.hf.ModelCatalog;
import io.hfmine.datasets.hf.ModelRecord;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import io.hfmine.datasets.store.StoreRows;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeTaskClassificationTest {
  private static final String TEMPLATE = "# %s\n\nThis model was fine-tuned for code generation on a Python corpus. "
      + "It reaches 41.2 pass@1 on HumanEval and was trained for three epochs with a learning rate of 2e-5.\n";

  @Test
  void matchesExcludesAndCollapsesNearDuplicatesIntoTheFunnel() throws Exception {
    try (Store store = Store.inMemory()) {
      List<ModelRecord> models = new ArrayList<>();
      models.add(model("acme/coder", "2023-01-01T00:00:00Z", "code", "arxiv:2401.00001"));
      models.add(model("copycat/coder", "2023-06-01T00:00:00Z", "code"));
      models.add(model("acme/chat", "2023-02-01T00:00:00Z"));
      models.add(model("acme/logger", "2023-03-01T00:00:00Z"));
      models.add(model("acme/paper-only", "2023-04-01T00:00:00Z", "arxiv:2401.00002"));
      models.add(model("acme/no-card", "2023-05-01T00:00:00Z"));
      store.transaction(connection -> ModelCatalog.upsert(connection, models, "test", Instant.now()));
      card(store, "acme/coder", TEMPLATE.formatted("coder"));
      card(store, "copycat/coder", TEMPLATE.formatted("coder"));
      card(store, "acme/chat", "# Chat\n\nA friendly chat model for small talk.\n");
      card(store, "acme/logger", "# Logger\n\nMetrics go to train.log every epoch; the training logs are attached.\n");
      card(store, "acme/paper-only", "# Paper\n\nSee the paper.\n");
      abstractOf(store, "2401.00001", "We study program repair with language models.");
      abstractOf(store, "2401.00002", "A benchmark for test generation in Java.");

      SeTaxonomy taxonomy = SeTaxonomy.load("config/taxonomy/se-tasks.yaml");
      SeTaskClassification.Result result = new SeTaskClassification(store).run(new SeTaskClassification.Spec(
          List.of(ItemKind.MODEL, ItemKind.DATASET), taxonomy, "config/taxonomy/se-tasks.yaml", Set.of(), 2, 2, 1000,
          new CardDeduplicator.Settings(0.99, 16, 6, 200), false, java.util.Map.of("HumanEval", List.of("humaneval"))),
          Progress.Factory.NONE);

      SeTaskClassification.KindResult models6 = result.kinds().get(0);
      assertThat(models6.inStore()).isEqualTo(6);
      // coder, copycat (code generation), logger (only excluded log matches), paper-only (abstract)
      assertThat(models6.counts().matched()).isEqualTo(4);
      assertThat(models6.counts().onlyAbstract()).isEqualTo(1);
      assertThat(models6.counts().kept()).isEqualTo(3);
      assertThat(models6.counts().unique()).isEqualTo(2);
      assertThat(models6.counts().noCard()).isEqualTo(1);
      assertThat(models6.excludedByRule()).containsKeys("log-after-separator", "training-or-test-log");
      assertThat(models6.duplicateGroups()).isEqualTo(1);
      assertThat(StoreRows.rows(store, "SELECT item_id || '>' || coalesce(duplicate_of, '-') FROM se_task_items "
          + "WHERE kept ORDER BY item_id")).containsExactly("acme/coder>-", "acme/paper-only>-", "copycat/coder>acme/coder");
      // "coding" stands for code and coding (a term has no sentence to decide its reading), and the model is tagged code.
      assertThat(StoreRows.rows(store, "SELECT task_id || '@' || source || ':' || coalesce(source_ref, '') FROM se_task_matches "
          + "WHERE item_id = 'acme/coder' AND excluded_by IS NULL ORDER BY source, task_id"))
          .containsExactly("program-repair@abstract:2401.00001", "code-generation@card:", "coding@card:");
      assertThat(StoreRows.rows(store, "SELECT step || ' ' || remaining FROM selection_funnel WHERE selection = 'se-tasks models' "
          + "ORDER BY step")).containsExactly("0 6", "1 4", "2 3", "3 2");
    }
  }

  private static ModelRecord model(String id, String created, String... tags) {
    return new ModelRecord(id, id.split("/")[0], 100L, 1L, List.of(tags), null, null, Instant.parse(created),
        Instant.parse(created), "false", false, "sha", null);
  }

  private static void card(Store store, String id, String text) {
    store.transaction(connection -> {
      ModelCards.save(connection, new ModelCard(id, "ok", text, (long) text.length(), "x", null),
          new CardFrontMatter(10_000, 10).read(text), Instant.now());
      return null;
    });
  }

  private static void abstractOf(Store store, String id, String text) {
    store.transaction(connection -> {
      try (var insert = connection.prepareStatement("INSERT INTO arxiv_papers (arxiv_id, status, title, abstract, "
          + "fetched_at) VALUES (?, 'ok', 't', ?, ?)")) {
        insert.setString(1, id);
        insert.setString(2, text);
        insert.setTimestamp(3, Timestamp.from(Instant.now()));
        insert.executeUpdate();
      }
      return null;
    });
  }

}
