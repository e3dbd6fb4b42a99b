package io.hfmine.analyzers.pick.store;

import static io.hfmine.analyzers.pick.PickFixtures.SETTINGS;
import static io.hfmine.analyzers.pick.PickFixtures.card;
import static io.hfmine.analyzers.pick.PickFixtures.model;
import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.pick.ModelSearch;
import io.hfmine.analyzers.pick.PickSettings;
import io.hfmine.analyzers.issues.llm.StoreLlmCache;
import io.hfmine.analyzers.pick.extract.ModelMetadata;
import io.hfmine.analyzers.pick.llm.LlmAttributeFiller;
import io.hfmine.datasets.hashing.Hashes;
import io.hfmine.datasets.hf.CardFrontMatter;
import io.hfmine.datasets.hf.ModelCard;
import io.hfmine.datasets.hf.ModelCards;
import io.hfmine.datasets.hf.ModelCatalog;
import io.hfmine.datasets.hf.ModelRecord;
import io.hfmine.datasets.llm.ChatException;
import io.hfmine.datasets.llm.ChatModel;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extraction into the store and the index built from it, incrementally. */
class ModelSearchStoreTest {
  private static final PickSettings TRANSFORMER = SETTINGS.withEmbedding(new PickSettings.Embedding("all-minilm-l6-v2-q",
      SETTINGS.embedding().attributes(), SETTINGS.embedding().maxChars(), SETTINGS.embedding().maxTokens(),
      SETTINGS.embedding().tableDir()));

  private static final CardFrontMatter PARSER = new CardFrontMatter(262_144, 32);

  @TempDir
  Path dir;

  private static void save(Store store, ModelRecord model, String cardText, Instant at) {
    store.transaction(connection -> {
      ModelCatalog.upsert(connection, List.of(model), "hub", at);
      if (cardText != null) {
        byte[] bytes = cardText.getBytes(StandardCharsets.UTF_8);
        ModelCards.save(connection, new ModelCard(model.id(), "ok", cardText, (long) bytes.length, Hashes.sha256(cardText), null),
            PARSER.read(cardText), at);
      }
      return null;
    });
  }

  /** What a model answers for the poets' card: the two attributes its rules leave empty. */
  private static final String POETS_FILL = "training-procedure: fine-tuned on French poems\nevaluation: read by a poet";

  /** Eight models with the same partly filled card, whose rules leave training-procedure and evaluation to an LLM. */
  private static void saveEightPoets(Store store) {
    for (int i = 0; i < 8; i++) {
      save(store, model("lyre-lab/poete-" + i, "text-generation", "transformers", 320 + i,
          List.of("transformers", "text-generation", "fr"), "false", null), card("template-partly-filled.md"),
          Instant.parse("2026-01-01T00:00:00Z"));
    }
  }

  private static long count(Store store, String sql) {
    return store.read(connection -> {
      try (var query = connection.prepareStatement(sql); var rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    });
  }

  @Test
  void onlyChangedModelsAreExtractedAgainAndTheIndexFollowsTheStore() {
    ModelRecord sql = model("sqlforge/ask-the-table-t5-small", "text2text-generation", "transformers", 2200,
        List.of("transformers", "t5", "text2text-generation", "license:mit"), "false",
        "{\"parameters\":{\"F32\":60506624},\"total\":60506624}");
    ModelRecord poet = model("lyre-lab/petit-poete", "text-generation", "transformers", 320,
        List.of("transformers", "text-generation", "fr"), "false", null);
    try (Store store = Store.openIn(dir);
         // The transformer's vectors are worth keeping in the store (a static table's are not).
         ModelSearch search = new ModelSearch(store, dir, TRANSFORMER, PARSER, TRANSFORMER.embedding().embedder(dir,
             Progress.Factory.NONE))) {
      Instant first = Instant.parse("2026-01-01T00:00:00Z");
      save(store, sql, card("hand-written-sql.md"), first);
      save(store, poet, card("template-partly-filled.md"), first);

      ModelSearch.IndexStatus built = search.ensureIndex(false, Progress.Factory.NONE);
      assertThat(built.built()).isTrue();
      assertThat(built.extraction().extracted()).isEqualTo(2);
      assertThat(built.build().embedded()).isEqualTo(2);
      assertThat(count(store, "SELECT count(*) FROM pick_attributes WHERE model_id = 'lyre-lab/petit-poete' "
          + "AND attribute = 'bias-risks' AND source = 'section'")).isEqualTo(1);

      ModelSearch.IndexStatus again = search.ensureIndex(false, Progress.Factory.NONE);
      assertThat(again.built()).as("nothing changed").isFalse();

      save(store, poet, card("template-partly-filled.md").replace("short French poems", "short French songs"),
          Instant.parse("2026-02-01T00:00:00Z"));
      ModelSearch.IndexStatus changed = search.ensureIndex(false, Progress.Factory.NONE);
      assertThat(changed.built()).isTrue();
      assertThat(changed.extraction().extracted()).isEqualTo(1);
      assertThat(changed.extraction().unchanged()).isEqualTo(1);
      assertThat(changed.build().embedded()).as("only the changed text is embedded again").isEqualTo(1);
      assertThat(changed.build().cached()).isEqualTo(1);
      ModelMetadata poetNow = search.attributes("lyre-lab/petit-poete").orElseThrow();
      assertThat(poetNow.text("function")).contains("short French songs");
      assertThat(search.index().size()).isEqualTo(2);

      store.transaction(connection -> {
        try (var delete = connection.prepareStatement("DELETE FROM models WHERE id = 'lyre-lab/petit-poete'")) {
          delete.executeUpdate();
        }
        return null;
      });
      ModelSearch.IndexStatus gone = search.ensureIndex(false, Progress.Factory.NONE);
      assertThat(gone.extraction().removed()).isEqualTo(1);
      assertThat(search.index().size()).isEqualTo(1);
      assertThat(count(store, "SELECT count(*) FROM pick_attributes WHERE model_id = 'lyre-lab/petit-poete'")).isZero();
    }
  }

  @Test
  void anEndpointThatStopsAnsweringEndsTheLlmPassButNotTheRules() {
    List<String> asked = new ArrayList<>();
    ChatModel down = request -> {
      asked.add(request.user());
      throw new ChatException("chat endpoint http://localhost:11434/v1/chat/completions: Connection refused");
    };
    try (Store store = Store.openIn(dir);
         ModelSearch search = new ModelSearch(store, dir, SETTINGS, PARSER, SETTINGS.embedding().embedder(dir,
             Progress.Factory.NONE))) {
      saveEightPoets(store);
      LlmAttributeFiller filler = new LlmAttributeFiller(down, "local-llm", SETTINGS.extraction().llm(),
          new StoreLlmCache(store), search.template(), search.extractor());

      StoreExtraction.Report report = search.extract(false, filler, Progress.NONE);

      assertThat(asked).hasSize(5);
      assertThat(report.extracted()).as("the rules extract every model").isEqualTo(8);
      assertThat(report.llmFailures()).hasSize(6).last().asString().isEqualTo("the LLM pass stopped after 5 models in a"
          + " row got no answer; 3 model(s) have the rules' attributes only; run the extraction again when the endpoint"
          + " answers (it asks only the models this LLM has not filled)");

      List<String> askedAgain = new ArrayList<>();
      LlmAttributeFiller back = new LlmAttributeFiller(request -> {
        askedAgain.add(request.user());
        return POETS_FILL;
      }, "local-llm", SETTINGS.extraction().llm(), new StoreLlmCache(store), search.template(), search.extractor());
      StoreExtraction.Report again = search.extract(false, back, Progress.NONE);
      assertThat(again.llmFailures()).isEmpty();
      assertThat(askedAgain).as("the five that failed and the three not asked").hasSize(8);
      assertThat(search.extract(false, back, Progress.NONE).extracted()).as("all filled now: nothing to ask").isZero();
    }
  }

  @Test
  void modelsPutToTheModelThreeAtATimeAreFilledAsOneAtATime() {
    AtomicInteger requests = new AtomicInteger();
    ChatModel answering = request -> {
      requests.incrementAndGet();
      return POETS_FILL;
    };
    try (Store store = Store.openIn(dir);
         ModelSearch search = new ModelSearch(store, dir, SETTINGS, PARSER, SETTINGS.embedding().embedder(dir,
             Progress.Factory.NONE))) {
      saveEightPoets(store);
      LlmAttributeFiller filler = new LlmAttributeFiller(answering, "local-llm", SETTINGS.extraction().llm(),
          new StoreLlmCache(store), search.template(), search.extractor(), 3);

      StoreExtraction.Report report = search.extract(false, filler, Progress.NONE);

      assertThat(report.llmFailures()).isEmpty();
      assertThat(requests.get()).isEqualTo(8);
      Set<String> byTheLlm = new TreeSet<>();
      for (int i = 0; i < 8; i++) {
        ModelMetadata filled = search.attributes("lyre-lab/poete-" + i).orElseThrow();
        Set<String> these = new TreeSet<>();
        filled.attributes().forEach((name, values) -> {
          if (values.stream().anyMatch(value -> value.source().equals("llm"))) {
            these.add(name);
          }
        });
        assertThat(these).as("lyre-lab/poete-%d: the same card, the same fill", i).isNotEmpty();
        if (i > 0) {
          assertThat(these).isEqualTo(byTheLlm);
        }
        byTheLlm = these;
      }
      assertThat(byTheLlm).containsExactly("evaluation", "training-procedure");
    }
  }
}
