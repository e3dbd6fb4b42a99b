package io.hfmine.crawler.github;

import io.hfmine.crawler.github.rate.Bucket;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Counts of what a GitHub connection did: requests per bucket, limits hit, retries, waits. */
public final class GithubMetrics {
  private final Map<Bucket, AtomicLong> requests = new EnumMap<>(Bucket.class);
  private final AtomicLong unmetered = new AtomicLong();
  private final AtomicLong rateLimited = new AtomicLong();
  private final AtomicLong serverErrors = new AtomicLong();
  private final AtomicLong transportErrors = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();
  private final AtomicLong waitedMillis = new AtomicLong();

  public GithubMetrics() {
    for (Bucket bucket : Bucket.values()) {
      requests.put(bucket, new AtomicLong());
    }
  }

  public void request(Bucket bucket) {
    if (bucket == null) {
      unmetered.incrementAndGet();
    } else {
      requests.get(bucket).incrementAndGet();
    }
  }

  public void rateLimited() {
    rateLimited.incrementAndGet();
  }

  public void serverError() {
    serverErrors.incrementAndGet();
  }

  public void transportError() {
    transportErrors.incrementAndGet();
  }

  public void retry() {
    retries.incrementAndGet();
  }

  public void waited(Duration duration) {
    waitedMillis.addAndGet(duration.toMillis());
  }

  /** Requests sent on a bucket, retries included. */
  public long requests(Bucket bucket) {
    return requests.get(bucket).get();
  }

  /** Requests sent on all buckets, plus free ones such as {@code /rate_limit}. */
  public long totalRequests() {
    return requests.values().stream().mapToLong(AtomicLong::get).sum() + unmetered.get();
  }

  /** 403 and 429 answers for rate limits, primary or secondary. */
  public long rateLimitedResponses() {
    return rateLimited.get();
  }

  public long serverErrors() {
    return serverErrors.get();
  }

  public long transportErrors() {
    return transportErrors.get();
  }

  public long retries() {
    return retries.get();
  }

  /** Time spent waiting on governors and backoffs (simulated time under a simulated clock). */
  public Duration waited() {
    return Duration.ofMillis(waitedMillis.get());
  }
}
