package io.hfmine.datasets.llm;

/**
 * A chat-completion model, as analyzers see it: text in, text out.
 *
 * <p>Analyzers build prompts and parse answers; the crawler module implements this over an
 * OpenAI-compatible HTTP endpoint (Ollama, vLLM, llama.cpp server ...), so analyzers stay free of
 * network code and are tested with in-memory fakes.
 */
public interface ChatModel {
  /**
   * Sends one exchange and returns the assistant's text as written, reasoning blocks included (read
   * it through {@link ReasoningBlocks#remove}); throws {@link ChatException} on failure.
   */
  String complete(ChatRequest request);
}
