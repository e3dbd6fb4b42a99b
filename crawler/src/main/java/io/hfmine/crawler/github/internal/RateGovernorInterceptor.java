package io.hfmine.crawler.github.internal;

import io.hfmine.crawler.github.GithubMetrics;
import io.hfmine.crawler.github.rate.Bucket;
import io.hfmine.crawler.github.rate.RateGovernor;
import io.hfmine.crawler.github.rate.TokenSlot;
import io.hfmine.crawler.github.rate.WallClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Holds each attempt until its token's bucket allows it, then feeds the answer's
 * {@code X-RateLimit-*} headers back into the governor of the bucket GitHub names.
 */
public final class RateGovernorInterceptor implements Interceptor {
  private final WallClock clock;
  private final GithubMetrics metrics;

  public RateGovernorInterceptor(WallClock clock, GithubMetrics metrics) {
    this.clock = clock;
    this.metrics = metrics;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    TokenSlot slot = request.tag(TokenSlot.class);
    Optional<Bucket> bucket = Bucket.ofPath(request.url().encodedPath());
    if (slot != null && bucket.isPresent()) {
      RateGovernor governor = slot.governor(bucket.get());
      Instant before = clock.now();
      governor.acquire(clock);
      metrics.waited(Duration.between(before, clock.now()));
    }
    metrics.request(bucket.orElse(null));
    Response response = chain.proceed(request);
    if (slot != null) {
      observe(slot, bucket, response);
    }
    return response;
  }

  private static void observe(TokenSlot slot, Optional<Bucket> pathBucket, Response response) {
    String limit = response.header("X-RateLimit-Limit");
    String remaining = response.header("X-RateLimit-Remaining");
    String reset = response.header("X-RateLimit-Reset");
    if (limit == null || remaining == null || reset == null) {
      return;
    }
    Optional<Bucket> bucket = Bucket.ofHeader(response.header("X-RateLimit-Resource")).or(() -> pathBucket);
    if (bucket.isEmpty()) {
      return;
    }
    try {
      slot.governor(bucket.get()).observe(Integer.parseInt(limit.strip()), Integer.parseInt(remaining.strip()),
          Instant.ofEpochSecond(Long.parseLong(reset.strip())));
    } catch (NumberFormatException ignored) {
      // A proxy that mangles the headers leaves the governor on its own count, which is safe.
    }
  }
}
