package io.hfmine.crawler.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.crawler.github.internal.ApiVersionInterceptor;
import io.hfmine.crawler.github.internal.CredentialsInterceptor;
import io.hfmine.crawler.github.internal.GithubAnswerRules;
import io.hfmine.crawler.github.internal.RateGovernorInterceptor;
import io.hfmine.crawler.github.rate.Bucket;
import io.hfmine.crawler.github.rate.TokenPool;
import io.hfmine.crawler.github.rate.TokenSlot;
import io.hfmine.crawler.github.rate.WallClock;
import io.hfmine.crawler.http.HttpStack;
import io.hfmine.crawler.http.retry.RetryInterceptor;
import io.hfmine.crawler.http.retry.RetryListener;
import io.hfmine.crawler.http.retry.Verdict;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * hfmine's way to GitHub: the shared HTTP stack plus, innermost last, the API version header,
 * the shared retry with GitHub's rules, the token choice and the rate governors. Every GitHub
 * request of hfmine goes through {@link #api()}.
 */
public final class GithubConnection {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final OkHttpClient client;
  private final TokenPool pool;
  private final GithubMetrics metrics;
  private final GithubApi api;

  private GithubConnection(OkHttpClient client, TokenPool pool, GithubMetrics metrics, String endpoint) {
    this.client = client;
    this.pool = pool;
    this.metrics = metrics;
    HttpUrl base = HttpUrl.parse(endpoint);
    if (base == null) {
      throw new IllegalArgumentException("github.endpoint '" + endpoint + "' is not an http(s) URL");
    }
    this.api = new GithubApi(client, base);
  }

  /** Wires the GitHub interceptors onto the shared stack. */
  public static GithubConnection open(HttpStack http, List<String> tokens, GithubSettings settings, WallClock clock) {
    TokenPool pool = new TokenPool(tokens, settings.rateLimits().byBucket());
    GithubMetrics metrics = new GithubMetrics();
    OkHttpClient client = http.forApi(List.of(
        new ApiVersionInterceptor(settings.apiVersion()),
        new RetryInterceptor(settings.retry().policy(), new GithubAnswerRules(), clock.sleeper(), counting(metrics)),
        new CredentialsInterceptor(pool, clock),
        new RateGovernorInterceptor(clock, metrics)));
    return new GithubConnection(client, pool, metrics, settings.endpoint());
  }

  public GithubApi api() {
    return api;
  }

  public GithubMetrics metrics() {
    return metrics;
  }

  public TokenPool tokens() {
    return pool;
  }

  /**
   * Seeds every token's governors from {@code GET /rate_limit} (free of charge), so a run that
   * starts after another spent the budget waits instead of provoking a 403. Endpoints without
   * rate limiting (some GitHub Enterprise servers answer 404) leave the documented defaults.
   */
  public void probeRateLimits() {
    HttpUrl url = api.url("rate_limit", Map.of());
    for (TokenSlot slot : pool.slots()) {
      Request request = new Request.Builder().url(url).tag(TokenSlot.class, slot).build();
      try (Response response = client.newCall(request).execute()) {
        if (!response.isSuccessful() || response.body() == null) {
          continue;
        }
        JsonNode resources = JSON.readTree(response.body().string()).path("resources");
        for (Bucket bucket : Bucket.values()) {
          JsonNode record = resources.path(bucket.header());
          if (record.has("limit") && record.has("remaining") && record.has("reset")) {
            slot.governor(bucket).observe(record.get("limit").asInt(), record.get("remaining").asInt(),
                Instant.ofEpochSecond(record.get("reset").asLong()));
          }
        }
      } catch (IOException e) {
        // Without a probe the governors start from the documented limits; headers correct them.
      }
    }
  }

  private static RetryListener counting(GithubMetrics metrics) {
    return new RetryListener() {
      @Override
      public void failed(Verdict.Kind kind) {
        switch (kind) {
          case TRANSPORT -> metrics.transportError();
          case SERVER_ERROR -> metrics.serverError();
          case LIMITED, RETRY_NOW -> metrics.rateLimited();
          case FINAL -> { }
        }
      }

      @Override
      public void waiting(Duration wait) {
        metrics.retry();
        metrics.waited(wait);
      }
    };
  }
}
