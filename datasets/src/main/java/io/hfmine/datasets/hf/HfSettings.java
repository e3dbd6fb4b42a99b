package io.hfmine.datasets.hf;

import java.util.List;

/** The {@code hf} section of the configuration: Hub endpoint, paging, retries, cards, selection, dedup. */
public record HfSettings(
    String endpoint,
    int pageSize,
    Retry retry,
    RateLimit rateLimit,
    Cards cards,
    Select select,
    Dedup dedup) {

  public HfSettings {
    if (pageSize < 1 || pageSize > 1000) {
      throw new IllegalArgumentException("hf.page-size must be between 1 and 1000 (the Hub's limit); got " + pageSize);
    }
    if (retry == null || rateLimit == null || cards == null || select == null || dedup == null) {
      throw new IllegalArgumentException("hf needs its retry, rate-limit, cards, select and dedup sections");
    }
    if (retry.maxAttempts() < 1) {
      throw new IllegalArgumentException("hf.retry.max-attempts must be at least 1; got " + retry.maxAttempts());
    }
  }

  /** Retry of 408, 5xx, transport errors and truncated bodies, with capped exponential backoff. */
  public record Retry(int maxAttempts, long initialBackoffMillis, long maxBackoffMillis) {
  }

  /** Pacing inside the Hub's fixed windows. */
  public record RateLimit(int reserve, int defaultWindowSeconds, int maxRateLimitWaits) {
  }

  /** README download and front-matter parsing limits. */
  public record Cards(long maxBytes, int headerMaxBytes, int headerMaxDepth) {
  }

  /** Default filters of {@code models select}; flags override them. */
  public record Select(long minDownloads, boolean requireCard, boolean requireTags, List<String> libraries) {
  }

  /** Near-duplicate card detection: TF-IDF cosine threshold and MinHash/LSH blocking shape. */
  public record Dedup(double threshold, int bands, int rows, int maxBucketComparisons) {
  }
}
