package io.hfmine.datasets.arxiv;

/**
 * The {@code se-tasks.arxiv} section: where the arXiv API is and how politely it is asked.
 *
 * @param delayMillis pause between two requests; arXiv asks for at least three seconds
 */
public record ArxivSettings(String endpoint, int idsPerRequest, long delayMillis, int maxAttempts, long backoffMillis) {
  public ArxivSettings {
    if (endpoint == null || endpoint.isBlank()) {
      throw new IllegalArgumentException("se-tasks.arxiv.endpoint is missing");
    }
    if (idsPerRequest < 1 || idsPerRequest > 200) {
      throw new IllegalArgumentException("se-tasks.arxiv.ids-per-request must be between 1 and 200; got " + idsPerRequest);
    }
    if (delayMillis < 0 || maxAttempts < 1 || backoffMillis < 0) {
      throw new IllegalArgumentException("se-tasks.arxiv: delay-millis and backoff-millis must be >= 0, max-attempts >= 1");
    }
  }
}
