package io.hfmine.crawler.llm;

/**
 * Where and how to reach an OpenAI-compatible chat endpoint (Ollama, vLLM, llama.cpp server, a
 * hosted API). Bound from a configuration section {@code llm-client}.
 *
 * @param apiKeyEnv name of the environment variable holding the API key; the key itself never
 *     appears in configuration
 */
public record ChatClientSettings(String endpoint, String model, String apiKeyEnv, int timeoutSeconds, int maxRetries,
    long backoffMillis) {
  public ChatClientSettings {
    if (maxRetries < 0 || backoffMillis < 0) {
      throw new IllegalArgumentException("llm-client.max-retries and llm-client.backoff-millis must be zero or more; got "
          + maxRetries + " and " + backoffMillis);
    }
  }
}
