package io.hfmine.crawler.hf;

import io.hfmine.crawler.http.HttpStack;
import io.hfmine.crawler.http.Sleeper;
import io.hfmine.datasets.hf.HfSettings;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * Wires the Hub client onto the shared HTTP stack. The Hub's interceptors, outermost first:
 * bearer token (only for the Hub host), rate governor (paces, waits on 429), retry (408, 5xx,
 * transport errors). The archive sits outside all three, so a replay neither waits nor retries.
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
    HfSettings.Retry retry = settings.retry();
    HfSettings.RateLimit rate = settings.rateLimit();
    return new HfHubClient(http.forApi(List.of(
        new HfAuthInterceptor(token, endpoint.host()),
        new HfRateGovernor(sleeper, rate.reserve(), rate.defaultWindowSeconds(), rate.maxRateLimitWaits()),
        new HfRetryInterceptor(sleeper, retry.maxAttempts(), retry.initialBackoffMillis(),
            retry.maxBackoffMillis()))),
        endpoint, retry.maxAttempts());
  }
}
