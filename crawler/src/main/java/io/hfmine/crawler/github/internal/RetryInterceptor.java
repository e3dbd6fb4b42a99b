package io.hfmine.crawler.github.internal;

import io.hfmine.crawler.github.GithubMetrics;
import io.hfmine.crawler.github.rate.WallClock;
import io.hfmine.datasets.secrets.Secrets;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries GitHub requests per {@link RetryPolicy}. Bodies are read here in full, so a body cut
 * off mid-transfer is a transport error that is retried, not a half-parsed page further up.
 * When attempts run out the last answer (or error) goes up, and the crawl unit records it as
 * failed, to be retried on the next run.
 */
public final class RetryInterceptor implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger(RetryInterceptor.class);

  private final RetryPolicy policy;
  private final WallClock clock;
  private final GithubMetrics metrics;

  public RetryInterceptor(RetryPolicy policy, WallClock clock, GithubMetrics metrics) {
    this.policy = policy;
    this.clock = clock;
    this.metrics = metrics;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    for (int attempt = 1; ; attempt++) {
      Response response;
      byte[] body;
      try {
        response = chain.proceed(request);
        body = response.body() == null ? new byte[0] : response.body().bytes();
      } catch (InterruptedIOException e) {
        if (Thread.currentThread().isInterrupted()) {
          throw e;
        }
        if (attempt >= policy.maxAttempts()) {
          throw exhausted(request, attempt, e);
        }
        metrics.transportError();
        pause(request, attempt, policy.transportWait(attempt), "timeout");
        continue;
      } catch (IOException e) {
        if (attempt >= policy.maxAttempts()) {
          throw exhausted(request, attempt, e);
        }
        metrics.transportError();
        pause(request, attempt, policy.transportWait(attempt), e.getClass().getSimpleName());
        continue;
      }
      MediaType type = response.body() == null ? null : response.body().contentType();
      Response buffered = response.newBuilder().body(ResponseBody.create(body, type)).build();
      String retryAfter = response.header("Retry-After");
      String snippet = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.UTF_8);
      RetryPolicy.Kind kind = RetryPolicy.classify(response.code(), retryAfter,
          response.header("X-RateLimit-Remaining"), snippet);
      if (kind == RetryPolicy.Kind.PRIMARY_LIMIT || kind == RetryPolicy.Kind.SECONDARY_LIMIT) {
        metrics.rateLimited();
      } else if (kind == RetryPolicy.Kind.SERVER_ERROR) {
        metrics.serverError();
      }
      if (kind == RetryPolicy.Kind.FINAL || attempt >= policy.maxAttempts()) {
        return buffered;
      }
      pause(request, attempt, policy.wait(kind, attempt, retryAfter, clock.now()),
          response.code() + " " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }
  }

  private void pause(Request request, int attempt, Duration wait, String why) throws InterruptedIOException {
    metrics.retry();
    metrics.waited(wait);
    LOG.debug("GitHub {} {}: {}; attempt {} of {}, retrying in {} s", request.method(),
        Secrets.redact(request.url().encodedPath()), why, attempt, policy.maxAttempts(), wait.toSeconds());
    clock.sleep(wait);
  }

  private static IOException exhausted(Request request, int attempts, IOException last) {
    return new IOException("GET " + Secrets.redact(request.url().encodedPath()) + " failed after "
        + attempts + " attempts: " + Secrets.redact(String.valueOf(last.getMessage())), last);
  }
}
