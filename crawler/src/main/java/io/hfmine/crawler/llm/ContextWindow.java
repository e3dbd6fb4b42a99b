package io.hfmine.crawler.llm;

/**
 * Whether a server read the whole prompt, and what to change when the prompt does not fit.
 *
 * <p>A server whose context window is smaller than the prompt either refuses it (vLLM, OpenAI and
 * newer llama.cpp servers answer HTTP 400) or cuts it to fit and answers anyway (Ollama, whose
 * default window is a few thousand tokens, keeps the prompt's first tokens and its end and drops
 * the middle: the instructions and the guidelines). A cut prompt gives labels that look right and
 * are not, so it is told apart by the prompt size the server reports ({@code usage.prompt_tokens}):
 * no chat model's tokenizer reads prose or code at more than about five characters per token, so a
 * server reporting fewer than one token per eight characters sent did not read them all.
 */
final class ContextWindow {
  /** Characters per token no tokenizer reaches on a whole prompt; runs of spaces or dashes merging into one token leave room. */
  static final int MAX_CHARS_PER_TOKEN = 8;

  static final String REMEDY = "raise the server's context window (Ollama: OLLAMA_CONTEXT_LENGTH or the model's"
      + " num_ctx; llama.cpp server: --ctx-size; vLLM: --max-model-len) or send fewer characters per item"
      + " (issues.llm.max-issue-chars, se-tasks.confirmation.max-text-chars, pick.extraction.llm.max-card-chars)";

  private ContextWindow() {
  }

  /** Whether a server that reports reading {@code promptTokens} tokens cannot have read {@code promptChars} characters. */
  static boolean cut(int promptChars, int promptTokens) {
    return promptTokens > 0 && (long) promptTokens * MAX_CHARS_PER_TOKEN < promptChars;
  }

  /** Whether a refusal says the prompt is longer than the model's context window. */
  static boolean exceeded(String refusal) {
    String text = refusal.toLowerCase(java.util.Locale.ROOT);
    return text.contains("context length") || text.contains("context size") || text.contains("context_length_exceeded")
        || text.contains("context window");
  }
}
