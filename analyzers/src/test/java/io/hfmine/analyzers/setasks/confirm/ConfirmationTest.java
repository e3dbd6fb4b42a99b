package io.hfmine.analyzers.setasks.confirm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.analyzers.cards.CardDeduplicator;
import io.hfmine.analyzers.issues.llm.LlmCache;
import io.hfmine.analyzers.setasks.SeTaskClassification;
import io.hfmine.analyzers.setasks.store.ItemKind;
import io.hfmine.analyzers.setasks.taxonomy.SeTaxonomy;
import io.hfmine.datasets.hf.CardFrontMatter;
import io.hfmine.datasets.hf.ModelCard;
import io.hfmine.datasets.hf.ModelCards;
import io.hfmine.datasets.hf.ModelCatalog;
import io.hfmine.datasets.hf.ModelRecord;
import io.hfmine.datasets.llm.ChatException;
import io.hfmine.datasets.llm.ChatModel;
import io.hfmine.datasets.llm.ChatRequest;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import io.hfmine.datasets.store.StoreRows;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The LLM step: pilot per activity, kappa against a human, confirmation only where the pilot passed. */
class ConfirmationTest {
  private static final SeTaxonomy TAXONOMY = SeTaxonomy.load("config/taxonomy/se-tasks.yaml");
  private Store store;
  private final List<String> asked = new ArrayList<>();

  // A model that says yes exactly when the card talks about Python code generation.
  private final ChatModel chat = request -> {
    asked.add(request.user());
    return request.user().contains("Python") ? "Yes: it generates Python code." : "no: not about software";
  };

  @BeforeEach
  void classified() {
    store = Store.inMemory();
    addModelsAndClassify(0, 6);
  }

  /** Models lab/model-FROM to lab/model-(TO - 1): the first three of every six write Python, the others poems. */
  private void addModelsAndClassify(int from, int to) {
    List<ModelRecord> models = new ArrayList<>();
    for (int i = from; i < to; i++) {
      models.add(new ModelRecord("lab/model-" + i, "lab", 10L, 0L, List.of("code"), null, null,
          Instant.parse("2024-01-01T00:00:00Z").plusSeconds(86_400L * i), null, "false", false, "s", null));
    }
    store.transaction(connection -> ModelCatalog.upsert(connection, models, "test", Instant.now()));
    for (int i = from; i < to; i++) {
      String text = i % 6 < 3 ? "# M" + i + "\n\nModel " + i + " does code generation for Python scripts number " + i + ".\n"
          : "# M" + i + "\n\nModel " + i + " was tuned on chat transcripts; it does code generation of poems number " + i + ".\n";
      int n = i;
      store.transaction(connection -> {
        ModelCards.save(connection, new ModelCard("lab/model-" + n, "ok", text, (long) text.length(), "x", null),
            new CardFrontMatter(10_000, 10).read(text), Instant.now());
        return null;
      });
    }
    new SeTaskClassification(store).run(new SeTaskClassification.Spec(List.of(ItemKind.MODEL), TAXONOMY,
        "config/taxonomy/se-tasks.yaml", Set.of(), 1, 100, 1000, new CardDeduplicator.Settings(0.99, 16, 6, 200), false,
        Map.of()), Progress.Factory.NONE);
  }

  private static final LlmCache NO_CACHE = new LlmCache() {
    @Override public Optional<String> get(String key) {
      return Optional.empty();
    }

    @Override public void put(String key, String model, String answer) {
    }
  };

  private static ActivityJudge uncached(ChatModel chat) {
    return new ActivityJudge(chat, "m", new ActivityPrompt(PromptFiles.load("config/prompts/se-tasks"), TAXONOMY, 2000, 50),
        NO_CACHE);
  }

  private ActivityJudge judge() {
    Map<String, String> cache = new HashMap<>();
    LlmCache memory = new LlmCache() {
      @Override public Optional<String> get(String key) {
        return Optional.ofNullable(cache.get(key));
      }

      @Override public void put(String key, String model, String answer) {
        cache.put(key, answer);
      }
    };
    return new ActivityJudge(chat, "fake-model", new ActivityPrompt(PromptFiles.load("config/prompts/se-tasks"),
        TAXONOMY, 2000, 50), memory);
  }

  @Test
  void activitiesAreConfirmedOnlyAfterTheirPilotReachedTheKappaThreshold() {
    ConfirmationStore pairs = new ConfirmationStore(store);
    List<ConfirmationItem> candidates = pairs.pairs();
    assertThat(candidates).extracting(ConfirmationItem::activity).containsOnly("software-implementation");
    ValidationSampling.Drawn pilot = ValidationSampling.pilot(candidates, 0.95, 0.05, 7);
    assertThat(pilot.sizes()).containsEntry("software-implementation", 6);
    pairs.saveSample(ValidationSampling.PILOT, pilot.pairs(), pilot.populations(), 7);

    ActivityConfirmation confirmation = new ActivityConfirmation(store);
    ActivityConfirmation.Result before = confirmation.run(judge(), List.of(ItemKind.MODEL), Progress.NONE);
    assertThat(before.answered()).isZero();
    assertThat(before.unvalidated()).containsExactly("software-implementation");
    assertThat(asked).isEmpty();

    // The annotator agrees with the model on all but one pair: kappa 2/3 fails 0.8, then a second annotator agrees fully.
    for (ConfirmationStore.Pair pair : pilot.pairs()) {
      boolean python = Integer.parseInt(pair.id().substring(pair.id().length() - 1)) < 3;
      pairs.saveLabel(pair, "human:alice", pair.id().endsWith("-3") != python, null, null, null);
      pairs.saveLabel(pair, "human:bob", python, null, null, null);
    }
    ActivityValidation.Result alice = new ActivityValidation(store).run(ValidationSampling.PILOT, "alice", judge(), 0.8,
        Progress.NONE);
    assertThat(alice.agreements()).filteredOn(a -> a.activity().equals("software-implementation")).singleElement()
        .satisfies(a -> {
          assertThat(a.kappa()).isCloseTo(2.0 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
          assertThat(a.passed()).isFalse();
        });
    assertThat(confirmation.run(judge(), List.of(ItemKind.MODEL), Progress.NONE).unvalidated()).isNotEmpty();

    ActivityValidation.Result bob = new ActivityValidation(store).run(ValidationSampling.PILOT, "bob", judge(), 0.8,
        Progress.NONE);
    assertThat(bob.agreements()).filteredOn(a -> a.activity().equals("software-implementation")).singleElement()
        .satisfies(a -> assertThat(a.kappa()).isEqualTo(1.0));
    ActivityConfirmation.Result after = confirmation.run(judge(), List.of(ItemKind.MODEL), Progress.NONE);
    assertThat(after.unvalidated()).isEmpty();
    assertThat(after.answered()).isEqualTo(6);
    assertThat(after.relevant()).isEqualTo(3);
    assertThat(StoreRows.rows(store, "SELECT item_id FROM se_task_items WHERE se_item ORDER BY item_id"))
        .containsExactly("lab/model-0", "lab/model-1", "lab/model-2");
    assertThat(StoreRows.rows(store, "SELECT remaining FROM selection_funnel WHERE selection = 'se-tasks models' ORDER BY step"))
        .containsExactly("6", "6", "6", "6", "3");
  }

  /** Fourteen models, a pilot drawn from the first six that bob labelled and the model passed: eight pairs to confirm. */
  private void fourteenModelsAndAPassedPilot() {
    addModelsAndClassify(6, 14);
    ConfirmationStore pairs = new ConfirmationStore(store);
    ValidationSampling.Drawn pilot = ValidationSampling.pilot(pairs.pairs().stream()
        .filter(pair -> number(pair.id()) < 6).toList(), 0.95, 0.05, 7);
    pairs.saveSample(ValidationSampling.PILOT, pilot.pairs(), pilot.populations(), 7);
    for (ConfirmationStore.Pair pair : pilot.pairs()) {
      pairs.saveLabel(pair, "human:bob", number(pair.id()) % 6 < 3, null, null, null);
    }
    assertThat(new ActivityValidation(store).run(ValidationSampling.PILOT, "bob", judge(), 0.8, Progress.NONE).agreements())
        .allMatch(ActivityValidation.Agreement::passed);
  }

  @Test
  void pairsPutToTheModelThreeAtATimeAreConfirmedAsOneAtATime() {
    fourteenModelsAndAPassedPilot();
    AtomicInteger requests = new AtomicInteger();
    ChatModel threadSafe = request -> {
      requests.incrementAndGet();
      return request.user().contains("Python") ? "yes: it generates Python code." : "no: poems";
    };

    ActivityConfirmation.Result result = new ActivityConfirmation(store).run(
        new ActivityJudge(threadSafe, "fake-model", new ActivityPrompt(PromptFiles.load("config/prompts/se-tasks"),
            TAXONOMY, 2000, 50), NO_CACHE, 3), List.of(ItemKind.MODEL), Progress.NONE);

    assertThat(requests.get()).isEqualTo(8);
    assertThat(result.failures()).isEmpty();
    assertThat(result.answered()).isEqualTo(14);
    assertThat(StoreRows.rows(store, "SELECT item_id FROM se_task_items WHERE se_item ORDER BY item_id"))
        .containsExactly("lab/model-0", "lab/model-1", "lab/model-12", "lab/model-13", "lab/model-2", "lab/model-6",
            "lab/model-7", "lab/model-8");
  }

  @Test
  void anEndpointThatStopsAnsweringStopsTheRunAfterFivePairsInARow() {
    fourteenModelsAndAPassedPilot();
    List<String> tried = new ArrayList<>();
    ChatModel down = request -> {
      tried.add(request.user());
      throw new ChatException("chat endpoint http://localhost:11434/v1/chat/completions: Connection refused");
    };

    ActivityConfirmation.Result result = new ActivityConfirmation(store).run(
        new ActivityJudge(down, "fake-model", new ActivityPrompt(PromptFiles.load("config/prompts/se-tasks"), TAXONOMY,
            2000, 50), NO_CACHE), List.of(ItemKind.MODEL), Progress.NONE);

    assertThat(tried).hasSize(5);
    assertThat(result.failures()).hasSize(6).last().asString()
        .isEqualTo("stopped after 5 pairs in a row got no answer; 3 pair(s) not asked; run again when the endpoint answers");
  }

  private static int number(String modelId) {
    return Integer.parseInt(modelId.substring(modelId.lastIndexOf('-') + 1));
  }

  @Test
  void thePromptCarriesTheActivityCriteriaAndTheEvidence() {
    ConfirmationStore pairs = new ConfirmationStore(store);
    ConfirmationItem item = pairs.withText(pairs.pairs().getFirst());
    ActivityPrompt prompt = new ActivityPrompt(PromptFiles.load("config/prompts/se-tasks"), TAXONOMY, 2000, 50);
    assertThat(prompt.system("software-implementation")).contains("Software implementation")
        .contains("code generation: Generates source code");
    assertThat(prompt.user(item)).contains("lab/model-0").contains("code-generation in card at character")
        .contains("Python scripts");
  }

  @Test
  void aThinkingModelsVerdictIsReadAfterItsReasoning() {
    ChatModel thinking = request -> "<think>\nNo obvious answer; the card says yes, it writes code.\n</think>\n\nno: poems only";
    ActivityJudge judge = uncached(thinking);
    ConfirmationStore pairs = new ConfirmationStore(store);

    ActivityJudge.Verdict verdict = judge.judge(pairs.withText(pairs.pairs().getFirst()));

    assertThat(verdict.relevant()).isFalse();
    assertThat(verdict.answer()).isEqualTo("no: poems only");
  }

  @Test
  void anAnswerOutOfFormatIsAskedAgainThenFails() {
    ChatModel chatty = request -> "Well, it depends.";
    ActivityJudge judge = uncached(chatty);
    ConfirmationStore pairs = new ConfirmationStore(store);
    assertThatThrownBy(() -> judge.judge(pairs.withText(pairs.pairs().getFirst())))
        .hasMessageContaining("out of format 3 times");
  }

}
