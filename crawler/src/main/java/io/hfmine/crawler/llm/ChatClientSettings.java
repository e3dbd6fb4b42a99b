package io.hfmine.crawler.llm;

import java.util.List;

/**
 * Where and how to reach an OpenAI-compatible chat endpoint (Ollama, vLLM, llama.cpp server, a
 * hosted API). Bound from a configuration section {@code llm-client}.
 *
 * @param apiKeyEnv name of the environment variable holding the API key; the key itself never
 *     appears in configuration
 * @param tokenLimitField the request field that carries a feature's max-tokens: {@code max_tokens},
 *     which every local server takes, or {@code max_completion_tokens}, which OpenAI's reasoning
 *     models require
 * @param sendTemperature whether requests say temperature 0; OpenAI's reasoning models refuse any
 *     temperature but their own
 * @param concurrency how many requests a run may have open at once (1: one after the other)
 */
public record ChatClientSettings(String endpoint, String model, String apiKeyEnv, int timeoutSeconds, int maxRetries,
    long backoffMillis, String tokenLimitField, boolean sendTemperature, int concurrency) {
  /** More open requests than any one server batches usefully. */
  static final int MAX_CONCURRENCY = 64;
  static final List<String> TOKEN_LIMIT_FIELDS = List.of("max_tokens", "max_completion_tokens");

  public ChatClientSettings {
    if (maxRetries < 0 || backoffMillis < 0) {
      throw new IllegalArgumentException("llm-client.max-retries and llm-client.backoff-millis must be zero or more; got "
          + maxRetries + " and " + backoffMillis);
    }
    if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
      throw new IllegalArgumentException("llm-client.concurrency must be 1 to " + MAX_CONCURRENCY + "; got " + concurrency);
    }
    if (!TOKEN_LIMIT_FIELDS.contains(tokenLimitField)) {
      throw new IllegalArgumentException("llm-client.token-limit-field must be one of " + TOKEN_LIMIT_FIELDS + "; got '"
          + tokenLimitField + "'");
    }
  }

  /** The same client settings for another endpoint and model. */
  public ChatClientSettings at(String otherEndpoint, String otherModel) {
    return new ChatClientSettings(otherEndpoint, otherModel, apiKeyEnv, timeoutSeconds, maxRetries, backoffMillis,
        tokenLimitField, sendTemperature, concurrency);
  }

  /** The same client settings with another number of requests open at once. */
  public ChatClientSettings withConcurrency(int requests) {
    return new ChatClientSettings(endpoint, model, apiKeyEnv, timeoutSeconds, maxRetries, backoffMillis, tokenLimitField,
        sendTemperature, requests);
  }
}
