package io.hfmine.crawler.hf;

import io.hfmine.crawler.http.Sleeper;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps hfmine inside the Hub's fixed 5-minute windows, per bucket ({@code api} for
 * {@code /api/...}, {@code resolvers} for file downloads).
 *
 * <p>Each answer's {@code RateLimit} header says how many requests are left and when the window
 * resets. While more than half of the quota is left, requests go at full speed; below that the
 * rest is spread evenly over the time left; at the reserve, it waits for the reset. A 429 anyway
 * waits the announced {@code t} seconds (else {@code Retry-After}, else a whole window) and
 * tries again, a bounded number of times, then raises {@link RateLimitedException}.
 */
final class HfRateGovernor implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger(HfRateGovernor.class);

  private final Sleeper sleeper;
  private final int reserve;
  private final long defaultWindowSeconds;
  private final int max429Waits;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /** What the last answer said about a bucket. */
  private record Bucket(long remaining, long resetAtMillis, long quota) {
  }

  HfRateGovernor(Sleeper sleeper, int reserve, long defaultWindowSeconds, int max429Waits) {
    this.sleeper = sleeper;
    this.reserve = reserve;
    this.defaultWindowSeconds = defaultWindowSeconds;
    this.max429Waits = max429Waits;
  }

  /** The bucket the Hub counts a request against. */
  static String bucketOf(Request request) {
    return request.url().encodedPath().contains("/resolve/") ? "resolvers" : "api";
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String bucket = bucketOf(request);
    for (int waits = 0; ; waits++) {
      pace(bucket);
      Response response = chain.proceed(request);
      long announced = remember(bucket, response);
      if (response.code() != 429) {
        return response;
      }
      long seconds = announced >= 0 ? announced : retryAfter(response);
      response.close();
      if (waits >= max429Waits) {
        throw new RateLimitedException(bucket, seconds, request.url().toString(), waits);
      }
      LOG.warn("HF rate limit reached for bucket '{}'; waiting {} s for the window to reset", bucket, seconds);
      sleeper.sleep(seconds * 1000);
      buckets.remove(bucket);
    }
  }

  private void pace(String name) throws IOException {
    Bucket bucket = buckets.get(name);
    if (bucket == null) {
      return;
    }
    long now = sleeper.nowMillis();
    long untilReset = bucket.resetAtMillis() - now;
    if (untilReset <= 0) {
      buckets.remove(name);
      return;
    }
    long usable = bucket.remaining() - reserve;
    if (usable <= 0) {
      LOG.info("HF bucket '{}' has {} request(s) left; waiting {} s for the window to reset",
          name, bucket.remaining(), (untilReset + 999) / 1000);
      sleeper.sleep(untilReset);
      buckets.remove(name);
      return;
    }
    if (bucket.quota() > 0 && bucket.remaining() * 2 < bucket.quota()) {
      sleeper.sleep(untilReset / usable);
    }
    // Count this request until the next answer tells the truth.
    buckets.put(name, new Bucket(bucket.remaining() - 1, bucket.resetAtMillis(), bucket.quota()));
  }

  /** Records the answer's headers; returns the announced seconds to reset, or -1. */
  private long remember(String name, Response response) {
    var limit = RateLimitHeader.parse(response.header("RateLimit"));
    if (limit.isEmpty()) {
      return -1;
    }
    var policy = RateLimitHeader.parsePolicy(response.header("RateLimit-Policy"));
    Bucket previous = buckets.get(name);
    long quota = policy.map(RateLimitHeader.Policy::quota).orElse(previous == null ? 0 : previous.quota());
    long resetAt = sleeper.nowMillis() + limit.get().resetSeconds() * 1000;
    buckets.put(name, new Bucket(limit.get().remaining(), resetAt, quota));
    return limit.get().resetSeconds();
  }

  private long retryAfter(Response response) {
    String value = response.header("Retry-After");
    if (value != null) {
      try {
        return Math.max(1, Long.parseLong(value.strip()));
      } catch (NumberFormatException e) {
        // An HTTP date instead of seconds; fall back to a whole window.
      }
    }
    return defaultWindowSeconds;
  }
}
