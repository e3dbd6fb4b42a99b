package io.hfmine.crawler.arxiv;

import io.hfmine.crawler.http.HttpStack;
import io.hfmine.crawler.http.Sleeper;
import io.hfmine.crawler.http.retry.AnswerRules;
import io.hfmine.crawler.http.retry.RetryInterceptor;
import io.hfmine.crawler.http.retry.RetryListener;
import io.hfmine.crawler.http.retry.RetryPolicy;
import io.hfmine.crawler.http.retry.Verdict;
import io.hfmine.datasets.arxiv.ArxivSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The arXiv API ({@code export.arxiv.org/api/query}), politely: one request at a time, at least
 * {@code delay-millis} apart as arXiv's terms ask. Retries are the shared {@link RetryInterceptor}
 * bound from {@code se-tasks.arxiv} (429 waits its {@code Retry-After}; 5xx, dropped connections
 * and feeds that do not parse back off exponentially); the pacing sits inside it, so every attempt
 * keeps the delay. Requests go through the shared HTTP stack, so they are recorded and replayed
 * like every other source (a replay never waits).
 */
public final class ArxivClient {
  private final OkHttpClient http;
  private final HttpUrl endpoint;

  public ArxivClient(HttpStack stack, ArxivSettings settings, Sleeper sleeper) {
    this.endpoint = HttpUrl.parse(settings.endpoint());
    if (endpoint == null) {
      throw new IllegalArgumentException("se-tasks.arxiv.endpoint is not an http(s) URL: " + settings.endpoint());
    }
    this.http = stack.forApi(List.of(
        new RetryInterceptor(policy(settings), ArxivClient::judge, sleeper, RetryListener.NONE),
        new ArxivPacing(sleeper, settings.delayMillis())));
  }

  /**
   * The shared policy bound from {@code se-tasks.arxiv}: {@code max-attempts} in all, waits from
   * {@code backoff-millis} doubling each time (a 429 without {@code Retry-After} likewise).
   */
  static RetryPolicy policy(ArxivSettings settings) {
    Duration first = Duration.ofMillis(settings.backoffMillis());
    Duration cap = first.multipliedBy(1L << Math.min(20, settings.maxAttempts() - 1));
    return new RetryPolicy(settings.maxAttempts(), first, cap, first, cap, settings.maxAttempts() - 1);
  }

  /** arXiv's answers: 429 is a limit, 408/5xx a server error, and a feed that does not parse was cut short. */
  private static Verdict judge(Response response, byte[] body) {
    if (response.code() == 429) {
      return Verdict.limited(response.header("Retry-After"));
    }
    Verdict status = AnswerRules.SERVER_ERRORS.judge(response, body);
    if (status.kind() != Verdict.Kind.FINAL || !response.isSuccessful()) {
      return status;
    }
    try {
      AtomFeed.parse(new String(body, StandardCharsets.UTF_8));
      return Verdict.FINAL;
    } catch (IOException e) {
      return new Verdict(Verdict.Kind.TRANSPORT, null);
    }
  }

  /** The request for a batch of ids, in the order given. */
  public HttpUrl url(List<String> ids) {
    return endpoint.newBuilder()
        .addQueryParameter("id_list", String.join(",", ids))
        .addQueryParameter("max_results", Integer.toString(ids.size()))
        .build();
  }

  /**
   * Every id's paper: {@code ok}, {@code missing} when the feed has no entry for it, or
   * {@code failed} with the reason (naming the request's URL) when the API gave no usable answer
   * after the retries.
   */
  public Map<String, ArxivPaper> fetch(List<String> ids) {
    HttpUrl url = url(ids);
    String failure;
    Request request = new Request.Builder().url(url).header("Accept", "application/atom+xml").get().build();
    try (Response response = http.newCall(request).execute()) {
      String body = response.body() == null ? "" : response.body().string();
      if (response.isSuccessful()) {
        Map<String, ArxivPaper> found = AtomFeed.parse(body);
        Map<String, ArxivPaper> papers = new LinkedHashMap<>();
        for (String id : ids) {
          papers.put(id, found.getOrDefault(id, ArxivPaper.missing(id, "the arXiv API returned no entry for it")));
        }
        return papers;
      }
      failure = "arXiv API answered " + response.code() + " for " + url;
    } catch (IOException e) {
      failure = "arXiv API request " + url + " failed: " + e.getMessage();
    }
    Map<String, ArxivPaper> failed = new LinkedHashMap<>();
    for (String id : ids) {
      failed.put(id, ArxivPaper.failed(id, failure));
    }
    return failed;
  }
}
