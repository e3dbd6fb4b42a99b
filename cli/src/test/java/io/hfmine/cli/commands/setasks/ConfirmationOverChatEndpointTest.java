package io.hfmine.cli.commands.setasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.analyzers.cards.CardDeduplicator;
import io.hfmine.analyzers.issues.llm.StoreLlmCache;
import io.hfmine.analyzers.setasks.SeTaskClassification;
import io.hfmine.analyzers.setasks.confirm.ActivityConfirmation;
import io.hfmine.analyzers.setasks.confirm.ActivityJudge;
import io.hfmine.analyzers.setasks.confirm.ActivityPrompt;
import io.hfmine.analyzers.setasks.confirm.ActivityValidation;
import io.hfmine.analyzers.setasks.confirm.ConfirmationItem;
import io.hfmine.analyzers.setasks.confirm.ConfirmationStore;
import io.hfmine.analyzers.setasks.confirm.PromptFiles;
import io.hfmine.analyzers.setasks.confirm.ValidationSampling;
import io.hfmine.analyzers.setasks.store.ItemKind;
import io.hfmine.analyzers.setasks.taxonomy.SeTaxonomy;
import io.hfmine.crawler.archive.Archive;
import io.hfmine.crawler.http.HttpSettings;
import io.hfmine.crawler.http.HttpStack;
import io.hfmine.crawler.http.Sleeper;
import io.hfmine.crawler.llm.ChatClientSettings;
import io.hfmine.crawler.llm.OpenAiChatModel;
import io.hfmine.datasets.hf.CardFrontMatter;
import io.hfmine.datasets.hf.ModelCard;
import io.hfmine.datasets.hf.ModelCards;
import io.hfmine.datasets.hf.ModelCatalog;
import io.hfmine.datasets.hf.ModelRecord;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import io.hfmine.datasets.store.StoreRows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SE-task LLM step with the real chat client over HTTP: an OpenAI-compatible endpoint served
 * by MockWebServer that reads each prompt (as a model would) and answers, with an overloaded
 * first answer and an answer out of format on the way; answers cached in the store.
 */
class ConfirmationOverChatEndpointTest {
  private static final String KEY = "sk-confirm-0123456789abcdef";
  private static final SeTaxonomy TAXONOMY = SeTaxonomy.load("config/taxonomy/se-tasks.yaml");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockWebServer server = new MockWebServer();
  private final List<JsonNode> bodies = new ArrayList<>();
  private final List<String> authorizations = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final AtomicInteger served = new AtomicInteger();
  private HttpStack http;
  private Store store;

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override public MockResponse dispatch(RecordedRequest request) {
        int n = served.incrementAndGet();
        authorizations.add(String.valueOf(request.getHeader("Authorization")));
        if (n == 1) {
          return new MockResponse().setResponseCode(503).setBody("{\"error\":\"loading model\"}");
        }
        JsonNode body;
        try {
          body = JSON.readTree(request.getBody().readUtf8());
        } catch (Exception e) {
          return new MockResponse().setResponseCode(400);
        }
        synchronized (bodies) {
          bodies.add(body);
        }
        String user = body.path("messages").path(1).path("content").asText();
        String answer;
        if (n == 2) {
          answer = "Let me think about this card first.";
        } else {
          answer = user.contains("Python") ? "Yes - it writes Python code." : "No. It writes poems.";
        }
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(completion(answer));
      }
    });
    server.start();
    http = new HttpStack(new HttpSettings("hfmine-test", 5, 5, 0), Archive.off(), null);
    store = Store.inMemory();
    classifyModels();
  }

  @AfterEach
  void stop() throws Exception {
    http.close();
    server.shutdown();
    store.close();
  }

  private static String completion(String content) {
    return JSON.createObjectNode().put("id", "c").set("choices", JSON.createArrayNode().add(JSON.createObjectNode()
        .put("index", 0).put("finish_reason", "stop")
        .set("message", JSON.createObjectNode().put("role", "assistant").put("content", content)))).toString();
  }

  /** Six models whose cards all match code generation; three are about Python, three about poems. */
  private void classifyModels() {
    List<ModelRecord> models = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      models.add(new ModelRecord("lab/coder-" + i, "lab", 10L, 0L, List.of("code"), null, null,
          Instant.parse("2024-02-0" + (i + 1) + "T00:00:00Z"), null, "false", false, "s", null));
    }
    store.transaction(connection -> ModelCatalog.upsert(connection, models, "test", Instant.now()));
    for (int i = 0; i < 6; i++) {
      String text = i % 2 == 0
          ? "# Coder " + i + "\n\nThis model does code generation: it completes Python functions, variant " + i + ".\n"
          : "# Coder " + i + "\n\nTrained on verse; it does code generation of rhyming poems only, variant " + i + ".\n";
      String id = "lab/coder-" + i;
      store.transaction(connection -> {
        ModelCards.save(connection, new ModelCard(id, "ok", text, (long) text.length(), "x", null),
            new CardFrontMatter(10_000, 10).read(text), Instant.now());
        return null;
      });
    }
    new SeTaskClassification(store).run(new SeTaskClassification.Spec(List.of(ItemKind.MODEL), TAXONOMY,
        "config/taxonomy/se-tasks.yaml", Set.of(), 1, 100, 1000, new CardDeduplicator.Settings(0.99, 16, 6, 200), false,
        Map.of()), Progress.Factory.NONE);
  }

  private ActivityJudge judge() {
    ChatClientSettings settings = new ChatClientSettings(server.url("/").toString(), "coder-judge:7b", "CONFIRM_KEY",
        5, 2, 10, "max_tokens", true, 1);
    OpenAiChatModel chat = OpenAiChatModel.create(http, settings, Map.of("CONFIRM_KEY", KEY), Sleeper.NONE);
    return new ActivityJudge(chat, chat.model(), new ActivityPrompt(PromptFiles.load("config/prompts/se-tasks"),
        TAXONOMY, 2000, 50), new StoreLlmCache(store));
  }

  @Test
  void aPilotValidatedOverHttpConfirmsThePairsTheEndpointCallsRelevantAndAsksNothingTwice() {
    ConfirmationStore pairs = new ConfirmationStore(store);
    List<ConfirmationItem> candidates = pairs.pairs();
    assertThat(candidates).extracting(ConfirmationItem::activity).containsOnly("software-implementation");
    ValidationSampling.Drawn pilot = ValidationSampling.pilot(candidates, 0.95, 0.05, 11);
    pairs.saveSample(ValidationSampling.PILOT, pilot.pairs(), pilot.populations(), 11);
    // The human reads the cards the same way: Python ones serve software implementation.
    for (ConfirmationStore.Pair pair : pilot.pairs()) {
      int variant = Integer.parseInt(pair.id().substring(pair.id().length() - 1));
      pairs.saveLabel(pair, "human:carol", variant % 2 == 0, null, null, null);
    }

    ActivityValidation.Result validation = new ActivityValidation(store).run(ValidationSampling.PILOT, "carol", judge(),
        0.8, Progress.NONE);
    assertThat(validation.failures()).isEmpty();
    assertThat(validation.agreements()).filteredOn(a -> a.activity().equals("software-implementation")).singleElement()
        .satisfies(a -> {
      assertThat(a.kappa()).isEqualTo(1.0);
      assertThat(a.passed()).isTrue();
    });
    int afterValidation = served.get();

    ActivityConfirmation.Result result = new ActivityConfirmation(store).run(judge(), List.of(ItemKind.MODEL),
        Progress.NONE);
    assertThat(result.failures()).isEmpty();
    assertThat(result.answered()).isEqualTo(6);
    assertThat(result.relevant()).isEqualTo(3);
    // every pilot pair was in the population, so the confirmation found each answer cached
    assertThat(served.get()).isEqualTo(afterValidation);
    assertThat(StoreRows.rows(store, "SELECT item_id FROM se_task_items WHERE se_item ORDER BY item_id"))
        .containsExactly("lab/coder-0", "lab/coder-2", "lab/coder-4");

    // One 503 retried, one answer out of format asked again with the reason, then one request per pair.
    assertThat(served.get()).isEqualTo(1 + 1 + 6);
    assertThat(bodies.get(1).path("messages").path(1).path("content").asText())
        .contains("not in the required format").contains("did not start with yes or no");
    for (JsonNode body : bodies) {
      assertThat(body.path("model").asText()).isEqualTo("coder-judge:7b");
      assertThat(body.path("temperature").asDouble()).isZero();
      assertThat(body.path("messages").path(0).path("content").asText()).contains("Software implementation");
    }
    assertThat(authorizations).containsOnly("Bearer " + KEY);
    // six answers and the one out of format (cached too, so a rerun replays the same exchange)
    assertThat(StoreRows.rows(store, "SELECT count(*) FROM llm_cache")).containsExactly("7");
  }
}
