package io.hfmine.bench;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.llm.LabellingException;
import io.hfmine.analyzers.issues.llm.LlmLabeller;
import io.hfmine.analyzers.issues.llm.StoreLlmCache;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.crawler.archive.Archive;
import io.hfmine.crawler.http.HttpSettings;
import io.hfmine.crawler.http.HttpStack;
import io.hfmine.crawler.http.Sleeper;
import io.hfmine.crawler.llm.ChatClientSettings;
import io.hfmine.crawler.llm.OpenAiChatModel;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.llm.FailureStreak;
import io.hfmine.datasets.llm.OrderedCalls;
import io.hfmine.datasets.store.Store;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The llm method as the benchmark runs it: the endpoint and model given on the command line, the
 * configured prompt, answers cached in the store (so a rerun asks nothing), several requests at
 * once, progress on stderr, and a stop after {@link FailureStreak#STOP_AFTER} issues in a row
 * could not be labelled. One run serves the held-out part and the whole repositories alike.
 */
final class LlmMethodRun implements AutoCloseable {
  private final ChatClientSettings chat;
  private final HttpStack http;
  private final LlmLabeller labeller;

  private LlmMethodRun(ChatClientSettings chat, HttpStack http, LlmLabeller labeller) {
    this.chat = chat;
    this.http = http;
    this.labeller = labeller;
  }

  /**
   * The run the options ask for, or empty when they name no endpoint and model. The endpoint and
   * model given replace the configuration's; its other {@code llm-client} settings stay.
   */
  static Optional<LlmMethodRun> from(Map<String, String> options, Config config, Store store, Taxonomy taxonomy,
      IssueSettings settings) {
    if (!options.containsKey("llm-endpoint") || !options.containsKey("llm-model")) {
      return Optional.empty();
    }
    ChatClientSettings chat = config.section("llm-client", ChatClientSettings.class)
        .at(options.get("llm-endpoint"), options.get("llm-model"));
    if (options.containsKey("llm-concurrency")) {
      String given = options.get("llm-concurrency");
      try {
        chat = chat.withConcurrency(Integer.parseInt(given));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--llm-concurrency '" + given + "' is not a whole number");
      }
    }
    HttpStack http = new HttpStack(config.section("http", HttpSettings.class), Archive.off(), null);
    try {
      LlmLabeller labeller = new LlmLabeller(OpenAiChatModel.create(http, chat, System.getenv(), Sleeper.SYSTEM),
          chat.model(), taxonomy, settings.llm(), new StoreLlmCache(store), settings.typeLabels(), chat.concurrency());
      return Optional.of(new LlmMethodRun(chat, http, labeller));
    } catch (RuntimeException e) {
      http.close();
      throw e;
    }
  }

  /** What the run is: model, endpoint, prompt hash and requests at once. */
  String describe() {
    return String.format("%s at %s, prompt %s, %d at once", chat.model(), chat.endpoint(),
        labeller.promptSha256().substring(0, 12), chat.concurrency());
  }

  /** The issues' labels in their order; an issue the model could not label is counted in the failures, not labelled. */
  Labelled label(List<IssueText> issues, String what) {
    Map<IssueId, IssueLabelling> predicted = new LinkedHashMap<>();
    LlmFailures failures = new LlmFailures();
    FailureStreak streak = new FailureStreak();
    long start = System.nanoTime();
    try (OrderedCalls<IssueText, IssueLabelling> labelling = new OrderedCalls<>(labeller.concurrency(), labeller::label)) {
      labelling.start(issues);
      for (int i = 0; i < issues.size(); i++) {
        IssueId id = issues.get(i).id();
        try {
          predicted.put(id, labelling.outcome(i));
          streak.answered();
        } catch (LabellingException e) {
          failures.add(id, e.getMessage());
          if (streak.failed()) {
            labelling.cancelRest();
            // The endpoint given on the command line stopped working: refused like a bad argument, with why.
            throw new IllegalArgumentException("--llm-endpoint " + chat.endpoint() + " could not label "
                + FailureStreak.STOP_AFTER + " issues in a row (" + predicted.size() + " labelled before; their answers"
                + " are kept in the store); the last: " + e.getMessage());
          }
        }
        int done = predicted.size() + failures.count();
        if (done % 25 == 0 || done == issues.size()) {
          System.err.printf("llm, %s: %d of %d issues, %d not labelled, %.0f s%n", what, done, issues.size(),
              failures.count(), (System.nanoTime() - start) / 1e9);
        }
      }
    }
    return new Labelled(predicted, failures);
  }

  @Override
  public void close() {
    http.close();
  }

  record Labelled(Map<IssueId, IssueLabelling> predicted, LlmFailures failures) {
  }
}
