package io.hfmine.crawler.llm;

import java.util.Locale;

/**
 * What to change when a prompt does not fit the model's context window.
 *
 * <p>vLLM, llama.cpp's server and hosted APIs refuse such a prompt (HTTP 400), and the refusal
 * says so in words this class recognises. Ollama instead cuts the prompt to fit and answers from
 * what is left; its answer cannot be told from a whole one here, since the prompt size it reports
 * leaves out the tokens it found in its cache in some versions, so the README tells Ollama users
 * which window to set and {@code annotate validate} catches labels made without the instructions.
 */
final class ContextWindow {
  static final String REMEDY = "raise the server's context window (Ollama: OLLAMA_CONTEXT_LENGTH or the model's"
      + " num_ctx; llama.cpp server: --ctx-size; vLLM: --max-model-len) or send fewer characters per item"
      + " (issues.llm.max-issue-chars, se-tasks.confirmation.max-text-chars, pick.extraction.llm.max-card-chars)";

  private ContextWindow() {
  }

  /** Whether a refusal says the prompt is longer than the model's context window. */
  static boolean exceeded(String refusal) {
    String text = refusal.toLowerCase(Locale.ROOT);
    return text.contains("context length") || text.contains("context size") || text.contains("context_length_exceeded")
        || text.contains("context window");
  }
}
