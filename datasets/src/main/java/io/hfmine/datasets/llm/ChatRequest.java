package io.hfmine.datasets.llm;

/** One chat exchange: a system prompt, a user message and sampling settings. */
public record ChatRequest(String system, String user, double temperature, int maxTokens) {
  /** A deterministic request (temperature 0), as labelling and summaries need. */
  public static ChatRequest deterministic(String system, String user, int maxTokens) {
    return new ChatRequest(system, user, 0.0, maxTokens);
  }
}
