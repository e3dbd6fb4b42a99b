package io.hfmine.analyzers.pick.evaluate;

import io.hfmine.analyzers.issues.llm.LlmCache;
import io.hfmine.datasets.hashing.Hashes;
import io.hfmine.datasets.llm.ChatException;
import io.hfmine.datasets.llm.ChatModel;
import io.hfmine.datasets.llm.ChatRequest;
import io.hfmine.datasets.llm.ReasoningBlocks;
import java.util.Random;

/**
 * Mask-and-infill through the chat model: the rule-based pass replaces the names and masks words,
 * then the model rewrites the text fluently without naming the model.
 * Answers are cached; a failed call falls back to the rule-based text.
 */
public final class LlmInfill implements Infill {
  private static final String SYSTEM = "You rewrite short descriptions of machine-learning models as requests a "
      + "developer would write. Keep the meaning, use different words, never name the model, its authors or its "
      + "base model. Answer with the rewritten text only.";

  private final ChatModel chat;
  private final String model;
  private final LlmCache cache;
  private final RuleInfill masking;

  public LlmInfill(ChatModel chat, String model, LlmCache cache, RuleInfill masking) {
    this.chat = chat;
    this.model = model;
    this.cache = cache;
    this.masking = masking;
  }

  @Override
  public String describe() {
    return "mask-and-infill by " + model + " (after the rule-based masking)";
  }

  @Override
  public String rewrite(String text, ModelNames names, Random random) {
    String masked = masking.rewrite(text, names, random);
    String user = "Rewrite as a request for such a model:\n\n" + masked;
    String key = Hashes.sha256(model + "\u0000" + SYSTEM + "\u0000" + user);
    try {
      String answer = cache.get(key).orElseGet(() -> {
        String fresh = chat.complete(ChatRequest.deterministic(SYSTEM, user, 200));
        cache.put(key, model, fresh);
        return fresh;
      });
      String cleaned = ReasoningBlocks.remove(answer).replaceAll("\\s+", " ").strip();
      return cleaned.isEmpty() ? masked : cleaned;
    } catch (ChatException e) {
      return masked;
    }
  }
}
