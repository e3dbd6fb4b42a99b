package io.hfmine.analyzers.patterns.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.patterns.GroupPatterns;
import io.hfmine.analyzers.patterns.PatternSettings;
import io.hfmine.analyzers.patterns.Usage;
import io.hfmine.analyzers.patterns.UsagePattern;
import io.hfmine.datasets.llm.ChatException;
import io.hfmine.datasets.llm.ChatModel;
import io.hfmine.datasets.llm.ChatRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PatternSummarizerTest {
  private static final PatternSettings.Summary SETTINGS = new PatternSettings.Summary(true, "You describe usages.",
      "Pattern of {group}: {size} usages ({coverage}); calls {sequence}; keywords {keywords}.\n{snippet}", 120, 80);
  private static final Usage REPRESENTATIVE = new Usage("u1", "o/r", "app.py", 4, "transformers",
      "transformers.pipeline", "pipeline", "gpt2", List.of("task", "model"), List.of("transformers.pipeline", "generator"),
      "generator = pipeline(\"text-generation\", model=\"gpt2\")");
  private static final UsagePattern PATTERN = new UsagePattern(1, 12, 0.4, REPRESENTATIVE,
      List.of("pipeline", "generator"), List.of("task", "model"), List.of(), List.of(), null);
  private static final GroupPatterns GROUP = new GroupPatterns(PatternSettings.GroupBy.MODEL, "gpt2",
      PatternSettings.Algorithm.KMEANS, 30, GroupPatterns.Status.CLUSTERED, null, List.of(PATTERN), List.of(), 0.5, 2,
      Map.of(), 1.0, 0.5);

  /** An in-memory chat model that records requests and replies from a script. */
  private static final class ScriptedChat implements ChatModel {
    final List<ChatRequest> requests = new ArrayList<>();
    final String reply;

    ScriptedChat(String reply) {
      this.reply = reply;
    }

    @Override
    public String complete(ChatRequest request) {
      requests.add(request);
      if (reply == null) {
        throw new ChatException("POST /v1/chat/completions timed out after 60 s");
      }
      return reply;
    }
  }

  @Test
  void fillsThePromptFromTheConfiguredTemplate() {
    ScriptedChat chat = new ScriptedChat("Generates text with a pipeline.");

    new PatternSummarizer(chat, SETTINGS).summarize(GROUP, PATTERN);

    ChatRequest request = chat.requests.get(0);
    assertThat(request.system()).isEqualTo("You describe usages.");
    assertThat(request.user()).isEqualTo("Pattern of model gpt2: 12 usages (40.0%); calls pipeline -> generator;"
        + " keywords task, model.\ngenerator = pipeline(\"text-generation\", model=\"gpt2\")");
    assertThat(request.temperature()).isZero();
    assertThat(request.maxTokens()).isEqualTo(120);
  }

  @Test
  void storesTheCleanedAnswer() {
    ScriptedChat chat = new ScriptedChat("<think>The user wants a summary.</think>\n\"Generates text\n  with a pipeline.\"");

    PatternSummarizer.Outcome outcome = new PatternSummarizer(chat, SETTINGS).summarize(GROUP, PATTERN);

    assertThat(outcome.summary()).contains("Generates text with a pipeline.");
    assertThat(outcome.problem()).isNull();
  }

  @Test
  void cutsLongAnswersAtAWord() {
    ScriptedChat chat = new ScriptedChat("word ".repeat(40));

    String summary = new PatternSummarizer(chat, SETTINGS).summarize(GROUP, PATTERN).summary().orElseThrow();

    assertThat(summary).hasSizeLessThanOrEqualTo(80).endsWith("word…");
  }

  @Test
  void reportsAnEmptyAnswerInsteadOfStoringIt() {
    ScriptedChat chat = new ScriptedChat("<think>hmm</think>   ");

    PatternSummarizer.Outcome outcome = new PatternSummarizer(chat, SETTINGS).summarize(GROUP, PATTERN);

    assertThat(outcome.summary()).isEmpty();
    assertThat(outcome.problem()).isEqualTo("the chat model gave an empty answer");
  }

  @Test
  void reportsAFailedCallInsteadOfFailingTheBuild() {
    PatternSummarizer.Outcome outcome = new PatternSummarizer(new ScriptedChat(null), SETTINGS).summarize(GROUP, PATTERN);

    assertThat(outcome.summary()).isEmpty();
    assertThat(outcome.problem()).isEqualTo("the chat model failed: POST /v1/chat/completions timed out after 60 s");
  }

  @Test
  void afterFiveFailedCallsInARowTheModelIsAskedNothingMore() {
    ScriptedChat down = new ScriptedChat(null);
    PatternSummarizer summarizer = new PatternSummarizer(down, SETTINGS);
    for (int i = 0; i < 5; i++) {
      assertThat(summarizer.summarize(GROUP, PATTERN).problem()).startsWith("the chat model failed");
    }
    assertThat(summarizer.stop()).isNull();

    PatternSummarizer.Outcome unasked = summarizer.summarize(GROUP, PATTERN);
    summarizer.summarize(GROUP, PATTERN);

    assertThat(unasked.summary()).isEmpty();
    assertThat(unasked.problem()).as("one line for all of them, from stop()").isNull();
    assertThat(down.requests).hasSize(5);
    assertThat(summarizer.stop()).isEqualTo("summaries stopped after 5 patterns in a row got no answer; 2 pattern(s) were"
        + " not asked; build again when the endpoint answers");
  }
}
