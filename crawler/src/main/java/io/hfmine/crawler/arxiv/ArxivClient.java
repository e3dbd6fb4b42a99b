package io.hfmine.crawler.arxiv;

import io.hfmine.crawler.http.HttpStack;
import io.hfmine.crawler.http.Sleeper;
import io.hfmine.datasets.arxiv.ArxivSettings;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The arXiv API ({@code export.arxiv.org/api/query}), politely: one request at a time, at least
 * {@code delay-millis} apart as arXiv's terms ask, with backoff on 429, 5xx and dropped
 * connections. Requests go through the shared HTTP stack, so they are recorded and replayed like
 * every other source (a replay never waits).
 */
public final class ArxivClient {
  private final OkHttpClient http;
  private final ArxivSettings settings;
  private final HttpUrl endpoint;
  private final Sleeper sleeper;
  private long lastRequestAt = Long.MIN_VALUE;

  public ArxivClient(HttpStack stack, ArxivSettings settings, Sleeper sleeper) {
    this.http = stack.forApi(List.of());
    this.settings = settings;
    this.endpoint = HttpUrl.parse(settings.endpoint());
    if (endpoint == null) {
      throw new IllegalArgumentException("se-tasks.arxiv.endpoint is not an http(s) URL: " + settings.endpoint());
    }
    this.sleeper = sleeper;
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
   * {@code failed} with the reason when the API could not be reached after the retries.
   */
  public Map<String, ArxivPaper> fetch(List<String> ids) {
    HttpUrl url = url(ids);
    String failure = null;
    long backoff = settings.backoffMillis();
    for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
      try {
        pace();
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
          if (response.code() != 429 && response.code() < 500) {
            break;
          }
        }
      } catch (IOException e) {
        failure = "arXiv API request " + url + " failed: " + e.getMessage();
      }
      if (attempt < settings.maxAttempts()) {
        try {
          sleeper.sleep(backoff);
        } catch (java.io.InterruptedIOException e) {
          failure = "interrupted while waiting to retry " + url;
          break;
        }
        backoff *= 2;
      }
    }
    Map<String, ArxivPaper> failed = new LinkedHashMap<>();
    for (String id : ids) {
      failed.put(id, ArxivPaper.failed(id, failure));
    }
    return failed;
  }

  private void pace() throws java.io.InterruptedIOException {
    long now = sleeper.nowMillis();
    if (lastRequestAt != Long.MIN_VALUE) {
      long wait = lastRequestAt + settings.delayMillis() - now;
      if (wait > 0) {
        sleeper.sleep(wait);
      }
    }
    lastRequestAt = sleeper.nowMillis();
  }
}
