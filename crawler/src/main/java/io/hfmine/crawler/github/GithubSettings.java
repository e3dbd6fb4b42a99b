package io.hfmine.crawler.github;

import io.hfmine.crawler.github.rate.Bucket;
import io.hfmine.crawler.github.rate.BucketLimits;
import io.hfmine.crawler.http.retry.RetryPolicy;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The {@code github} section of the configuration (see config/hfmine.yaml for each key's why). */
public record GithubSettings(
    String endpoint,
    String apiVersion,
    RateLimits rateLimits,
    Retry retry,
    CodeSearch codeSearch,
    Fetch fetch,
    Issues issues) {

  /** Assumed limits per bucket, before headers correct them. */
  public record RateLimits(BucketLimits core, BucketLimits search, BucketLimits codeSearch) {
    public Map<Bucket, BucketLimits> byBucket() {
      Map<Bucket, BucketLimits> map = new EnumMap<>(Bucket.class);
      map.put(Bucket.CORE, core);
      map.put(Bucket.SEARCH, search);
      map.put(Bucket.CODE_SEARCH, codeSearch);
      return map;
    }
  }

  /** Retry and backoff of failed requests. */
  public record Retry(
      int maxAttempts,
      long firstBackoffMs,
      long maxBackoffSeconds,
      long secondaryWaitSeconds,
      long secondaryMaxWaitSeconds) {
    public Retry {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("github.retry.max-attempts must be at least 1; got " + maxAttempts);
      }
      if (firstBackoffMs < 0 || maxBackoffSeconds < 0 || secondaryWaitSeconds < 0 || secondaryMaxWaitSeconds < 0) {
        throw new IllegalArgumentException("github.retry waits must be zero or more; got first-backoff-ms "
            + firstBackoffMs + ", max-backoff-seconds " + maxBackoffSeconds + ", secondary-wait-seconds "
            + secondaryWaitSeconds + ", secondary-max-wait-seconds " + secondaryMaxWaitSeconds);
      }
    }

    /** The shared retry policy with these values; secondary limits may use every attempt. */
    public RetryPolicy policy() {
      return new RetryPolicy(maxAttempts, Duration.ofMillis(firstBackoffMs), Duration.ofSeconds(maxBackoffSeconds),
          Duration.ofSeconds(secondaryWaitSeconds), Duration.ofSeconds(secondaryMaxWaitSeconds),
          Math.max(0, maxAttempts - 1));
    }
  }

  /** Code search: the query per model and how results are paged and sliced. */
  public record CodeSearch(
      String queryTemplate,
      List<String> languages,
      int perPage,
      int resultCap,
      long maxIndexedBytes,
      boolean skipDuplicateVariants) {
  }

  /** Blob download limits. */
  public record Fetch(long maxFileBytes) {
  }

  /** Issue crawl paging. */
  public record Issues(int perPage) {
  }
}
