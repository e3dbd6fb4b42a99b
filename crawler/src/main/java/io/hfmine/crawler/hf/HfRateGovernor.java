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
 * rest is spread evenly over the time left; at the reserve, it waits for the reset. A 429 counts
 * as nothing left, so the retry above, asking again, is held here until the announced reset.
 */
final class HfRateGovernor implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger(HfRateGovernor.class);

  private final Sleeper sleeper;
  private final int reserve;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /** What the last answer said about a bucket. */
  private record Bucket(long remaining, long resetAtMillis, long quota) {
  }

  HfRateGovernor(Sleeper sleeper, int reserve) {
    this.sleeper = sleeper;
    this.reserve = reserve;
  }

  /** The bucket the Hub counts a request against. */
  static String bucketOf(Request request) {
    return request.url().encodedPath().contains("/resolve/") ? "resolvers" : "api";
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String bucket = bucketOf(request);
    pace(bucket);
    Response response = chain.proceed(request);
    remember(bucket, response);
    return response;
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

  /** Records the answer's headers; a 429 leaves nothing, whatever the count says. */
  private void remember(String name, Response response) {
    var limit = RateLimitHeader.parse(response.header("RateLimit"));
    if (limit.isEmpty()) {
      return;
    }
    var policy = RateLimitHeader.parsePolicy(response.header("RateLimit-Policy"));
    Bucket previous = buckets.get(name);
    long quota = policy.map(RateLimitHeader.Policy::quota).orElse(previous == null ? 0 : previous.quota());
    long resetAt = sleeper.nowMillis() + limit.get().resetSeconds() * 1000;
    long remaining = response.code() == 429 ? 0 : limit.get().remaining();
    buckets.put(name, new Bucket(remaining, resetAt, quota));
  }
}
