package io.hfmine.crawler.github;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.crawler.http.SafeUrl;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.CacheControl;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Plain REST calls over the governed client, for what github-api does not model well: sliced
 * code search with {@code total_count}, blobs, {@code since}-sorted issue pages with their
 * {@code author_association}, and {@code per_page=1} counts from the {@code Link} header.
 */
public final class GithubApi {
  private static final ObjectMapper JSON = new ObjectMapper();
  // GitHub answers max-age=60: without this a re-run within a minute would read stale cached pages.
  // max-age=0 makes the cache revalidate with the ETag instead, and a 304 costs no rate limit.
  private static final CacheControl REVALIDATE = new CacheControl.Builder().maxAge(0, TimeUnit.SECONDS).build();

  private final OkHttpClient client;
  private final HttpUrl endpoint;

  public GithubApi(OkHttpClient client, HttpUrl endpoint) {
    this.client = client;
    this.endpoint = endpoint;
  }

  /** An API URL: the endpoint plus a path such as {@code repos/o/n/issues}, plus query parameters. */
  public HttpUrl url(String path, Map<String, String> query) {
    HttpUrl.Builder builder = endpoint.newBuilder();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        builder.addPathSegment(segment);
      }
    }
    query.forEach(builder::addQueryParameter);
    return builder.build();
  }

  /** GET returning any status; the body is parsed when it is JSON. */
  public ApiResponse get(HttpUrl url) throws IOException {
    Request request = new Request.Builder().url(url).get().cacheControl(REVALIDATE).build();
    try (Response response = client.newCall(request).execute()) {
      ResponseBody body = response.body();
      String text = body == null ? "" : body.string();
      JsonNode json = null;
      if (!text.isBlank()) {
        try {
          json = JSON.readTree(text);
        } catch (JsonProcessingException e) {
          if (response.isSuccessful()) {
            throw new IOException("GitHub sent a body that is not JSON for " + SafeUrl.of(url)
                + " (" + text.length() + " chars): " + e.getOriginalMessage(), e);
          }
        }
      }
      return new ApiResponse(response.code(), json, LinkHeader.parse(response.header("Link")), SafeUrl.of(url));
    }
  }

  /** GET that must succeed: an error status becomes a {@link GithubHttpException}. */
  public ApiResponse getOk(HttpUrl url) throws IOException {
    ApiResponse response = get(url);
    if (!response.ok()) {
      throw error(response);
    }
    return response;
  }

  /** The exception for an error answer, with GitHub's own message. */
  public static GithubHttpException error(ApiResponse response) {
    String message = response.body() == null ? null : response.body().path("message").asText(null);
    return new GithubHttpException(response.status(), response.url(), message);
  }

  public HttpUrl endpoint() {
    return endpoint;
  }
}
