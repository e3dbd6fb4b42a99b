package io.hfmine.analyzers.patterns.summary;

import io.hfmine.analyzers.patterns.GroupPatterns;
import io.hfmine.analyzers.patterns.PatternSettings;
import io.hfmine.analyzers.patterns.UsagePattern;
import io.hfmine.datasets.config.TemplateText;
import io.hfmine.datasets.llm.ChatException;
import io.hfmine.datasets.llm.ChatModel;
import io.hfmine.datasets.llm.ChatRequest;
import io.hfmine.datasets.llm.FailureStreak;
import io.hfmine.datasets.llm.ReasoningBlocks;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Asks a chat model for a one-paragraph summary of a usage pattern.
 *
 * <p>The prompt comes from the configuration with placeholders {@code {group}}, {@code {size}},
 * {@code {coverage}}, {@code {sequence}}, {@code {keywords}} and {@code {snippet}}. Answers are
 * cleaned before they are stored: reasoning blocks ({@code <think>...</think>}, which local
 * reasoning models emit), a wrapping code fence and surrounding quotes are removed, whitespace is
 * collapsed and the text is cut at {@code max-chars}. An empty answer or a failed call yields no
 * summary rather than a wrong one: the pattern itself never depends on the model.
 */
public final class PatternSummarizer {
  private static final Pattern FENCE = Pattern.compile("(?s)^```[a-zA-Z]*\\s*(.*?)\\s*```$");

  private final ChatModel chat;
  private final PatternSettings.Summary settings;
  private final FailureStreak streak = new FailureStreak();
  private boolean stopped;
  private int notAsked;

  public PatternSummarizer(ChatModel chat, PatternSettings.Summary settings) {
    this.chat = chat;
    this.settings = settings;
  }

  /** The outcome for one pattern: a summary, or the reason there is none. */
  public record Outcome(Optional<String> summary, String problem) { }

  /**
   * The summary of one pattern. After {@link FailureStreak#STOP_AFTER} calls in a row failed, the
   * model is asked nothing more: the outcome is then empty with no problem of its own, and
   * {@link #stop()} says how many patterns were left without asking.
   */
  public Outcome summarize(GroupPatterns group, UsagePattern pattern) {
    if (stopped) {
      notAsked++;
      return new Outcome(Optional.empty(), null);
    }
    String user = TemplateText.fill(settings.userPrompt(), Map.of(
        "group", group.groupBy().key() + " " + group.key(),
        "size", Integer.toString(pattern.size()),
        "coverage", String.format(Locale.ROOT, "%.1f%%", 100 * pattern.coverage()),
        "sequence", String.join(" -> ", pattern.sequence()),
        "keywords", pattern.keywordArgs().isEmpty() ? "(none)" : String.join(", ", pattern.keywordArgs()),
        "snippet", pattern.representative().snippet() == null ? "" : pattern.representative().snippet()));
    String answer;
    try {
      answer = chat.complete(ChatRequest.deterministic(settings.systemPrompt(), user, settings.maxTokens()));
    } catch (ChatException e) {
      stopped = streak.failed();
      return new Outcome(Optional.empty(), "the chat model failed: " + e.getMessage());
    }
    streak.answered();
    String cleaned = clean(answer);
    if (cleaned.isEmpty()) {
      return new Outcome(Optional.empty(), "the chat model gave an empty answer");
    }
    return new Outcome(Optional.of(cleaned), null);
  }

  /** Why patterns were left without a summary unasked, or null when every pattern was asked. */
  public String stop() {
    return notAsked == 0 ? null : String.format(Locale.ROOT, "summaries stopped after %d patterns in a row got no"
        + " answer; %,d pattern(s) were not asked; build again when the endpoint answers", FailureStreak.STOP_AFTER, notAsked);
  }

  String clean(String answer) {
    if (answer == null) {
      return "";
    }
    String text = ReasoningBlocks.remove(answer);
    var fenced = FENCE.matcher(text);
    if (fenced.matches()) {
      text = fenced.group(1);
    }
    text = text.replaceAll("\\s+", " ").strip();
    if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("'") && text.endsWith("'"))) {
      text = text.substring(1, text.length() - 1).strip();
    }
    if (text.length() > settings.maxChars()) {
      int cut = text.lastIndexOf(' ', settings.maxChars() - 1);
      text = text.substring(0, cut > settings.maxChars() / 2 ? cut : settings.maxChars() - 1).strip() + "…";
    }
    return text;
  }
}
