package io.hfmine.crawler.hf;

import io.hfmine.crawler.http.HttpStack;
import io.hfmine.crawler.http.Sleeper;
import io.hfmine.crawler.http.retry.RetryInterceptor;
import io.hfmine.crawler.http.retry.RetryListener;
import io.hfmine.crawler.http.retry.RetryPolicy;
import io.hfmine.datasets.hf.HfSettings;
import java.time.Duration;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * Wires the Hub client onto the shared HTTP stack. The Hub's interceptors, outermost first:
 * bearer token (only for the Hub host), the shared retry with the Hub's rules (408, 5xx,
 * transport errors, bodies cut short, 429), then the rate governor, which paces every attempt
 * and holds one after a 429 until the announced reset. The archive sits outside all three, so a
 * replay neither waits nor retries.
 */
public final class HfHub {
  private HfHub() {
  }

  /** A client for the configured endpoint; {@code token} may be null for anonymous access. */
  public static HfHubClient client(HttpStack http, HfSettings settings, String token, Sleeper sleeper) {
    HttpUrl endpoint = HttpUrl.parse(settings.endpoint());
    if (endpoint == null) {
      throw new IllegalArgumentException("hf.endpoint is not an http(s) URL: " + settings.endpoint());
    }
    HfSettings.RateLimit rate = settings.rateLimit();
    RetryPolicy policy = policy(settings);
    return new HfHubClient(http.forApi(List.of(
        new HfAuthInterceptor(token, endpoint.host()),
        new RetryInterceptor(policy, new HfAnswerRules(), sleeper, RetryListener.NONE),
        new HfRateGovernor(sleeper, rate.reserve()))),
        endpoint, policy.maxLimitRetries());
  }

  /** The shared retry policy bound from the {@code hf.retry} and {@code hf.rate-limit} settings. */
  static RetryPolicy policy(HfSettings settings) {
    HfSettings.Retry retry = settings.retry();
    Duration window = Duration.ofSeconds(settings.rateLimit().defaultWindowSeconds());
    return new RetryPolicy(retry.maxAttempts(), Duration.ofMillis(retry.initialBackoffMillis()),
        Duration.ofMillis(retry.maxBackoffMillis()), window, window, settings.rateLimit().maxRateLimitWaits());
  }
}
