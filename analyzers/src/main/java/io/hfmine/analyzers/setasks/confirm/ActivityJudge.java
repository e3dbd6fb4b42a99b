package io.hfmine.analyzers.setasks.confirm;

import io.hfmine.analyzers.issues.llm.LlmCache;
import io.hfmine.datasets.llm.ChatException;
import io.hfmine.datasets.llm.ChatModel;
import io.hfmine.datasets.llm.ChatRequest;
import io.hfmine.datasets.llm.ReasoningBlocks;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks the chat model (temperature 0) whether an item serves an activity. The answer must start
 * with yes or no; anything else is asked again with the reason, twice. Answers are cached by the
 * exact request, so a rerun or a validation repeated asks nothing twice.
 */
public final class ActivityJudge {
  private static final Pattern ANSWER = Pattern.compile("^\\W*(yes|no)\\b", Pattern.CASE_INSENSITIVE);
  private static final int FORMAT_RETRIES = 2;

  private final ChatModel chat;
  private final String model;
  private final ActivityPrompt prompt;
  private final LlmCache cache;
  private final int concurrency;

  public ActivityJudge(ChatModel chat, String model, ActivityPrompt prompt, LlmCache cache) {
    this(chat, model, prompt, cache, 1);
  }

  /**
   * @param concurrency how many pairs may be put to the model at once ({@code llm-client.concurrency});
   *     {@link #judge} is safe from several threads
   */
  public ActivityJudge(ChatModel chat, String model, ActivityPrompt prompt, LlmCache cache, int concurrency) {
    this.chat = chat;
    this.model = model;
    this.prompt = prompt;
    this.cache = cache;
    this.concurrency = concurrency;
  }

  /** How many pairs a run may put to the model at once. */
  public int concurrency() {
    return concurrency;
  }

  /** A decision and the model's answer (its reason). */
  public record Verdict(boolean relevant, String answer) {
  }

  public String model() {
    return model;
  }

  public String promptSha256() {
    return prompt.sha256();
  }

  /** Throws {@link ChatException} when the endpoint fails or the answers stay out of format. */
  public Verdict judge(ConfirmationItem item) {
    String system = prompt.system(item.activity());
    String user = prompt.user(item);
    String problem = null;
    for (int attempt = 0; attempt <= FORMAT_RETRIES; attempt++) {
      String asked = problem == null ? user
          : user + "\n\nYour previous answer was not in the required format (" + problem
              + "). Answer with one line starting with yes or no.";
      String answer = ReasoningBlocks.remove(ask(system, asked));
      Matcher matcher = ANSWER.matcher(answer);
      if (matcher.find()) {
        return new Verdict(matcher.group(1).toLowerCase(Locale.ROOT).equals("yes"), answer);
      }
      problem = "it did not start with yes or no: " + (answer.length() > 60 ? answer.substring(0, 60) + "..." : answer);
    }
    throw new ChatException(item.kind() + " " + item.id() + " / " + item.activity() + ": the model answered out of "
        + "format " + (FORMAT_RETRIES + 1) + " times; last problem: " + problem);
  }

  private String ask(String system, String user) {
    String key = ActivityPrompt.sha256(model + "\u0000" + system + "\u0000" + user + "\u0000" + prompt.maxTokens());
    return cache.get(key).orElseGet(() -> {
      String answer = chat.complete(ChatRequest.deterministic(system, user, prompt.maxTokens()));
      cache.put(key, model, answer);
      return answer;
    });
  }
}
