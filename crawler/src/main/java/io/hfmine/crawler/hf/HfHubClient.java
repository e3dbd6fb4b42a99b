package io.hfmine.crawler.hf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.crawler.http.SafeUrl;
import io.hfmine.crawler.http.retry.BodyLimit;
import io.hfmine.crawler.http.retry.RetryPolicy;
import io.hfmine.datasets.hashing.Hashes;
import io.hfmine.datasets.hf.ModelCard;
import io.hfmine.datasets.hf.ModelJson;
import io.hfmine.datasets.hf.ModelRecord;
import io.hfmine.datasets.store.ListingRejects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The Hugging Face Hub's model listing and model READMEs, over an API client made by
 * {@link HfHub#client}.
 *
 * <p>The listing asks only for the fields hfmine stores ({@link #EXPANDED}) and follows the
 * {@code Link: <...>; rel="next"} cursor exactly as given, so a stored next-URL resumes a crawl.
 */
public final class HfHubClient {
  /**
   * The {@code expand[]} values of the listing. {@code id} is not among them because the Hub
   * always returns it and refuses unknown expand values.
   */
  public static final List<String> EXPANDED = List.of(
      "downloads", "likes", "tags", "pipeline_tag", "library_name", "createdAt", "lastModified",
      "cardData", "gated", "sha", "safetensors");

  /**
   * The {@code expand[]} values of the dataset listing: the same stored fields, without the
   * model-only pipeline tag and library.
   */
  public static final List<String> DATASET_EXPANDED = List.of(
      "downloads", "likes", "tags", "createdAt", "lastModified", "cardData", "gated", "sha");

  private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final OkHttpClient http;
  private final HttpUrl endpoint;
  private final int rateLimitWaits;

  HfHubClient(OkHttpClient http, HttpUrl endpoint, int rateLimitWaits) {
    this.http = http;
    this.endpoint = endpoint;
    this.rateLimitWaits = rateLimitWaits;
  }

  public HttpUrl endpoint() {
    return endpoint;
  }

  /** The first page of a listing, {@code limit} models per page. */
  public HttpUrl firstPage(ModelQuery query, int limit) {
    return listing("api/models", query, limit, EXPANDED);
  }

  /** The first page of the dataset listing ({@code /api/datasets}); the query's pipeline tag is not used. */
  public HttpUrl firstDatasetPage(ModelQuery query, int limit) {
    return listing("api/datasets", query, limit, DATASET_EXPANDED);
  }

  private HttpUrl listing(String path, ModelQuery query, int limit, List<String> expanded) {
    HttpUrl.Builder url = endpoint.newBuilder().addPathSegments(path);
    if (query.search() != null) {
      url.addQueryParameter("search", query.search());
    }
    if (query.author() != null) {
      url.addQueryParameter("author", query.author());
    }
    query.filters().forEach(filter -> url.addQueryParameter("filter", filter));
    if (query.pipelineTag() != null && path.equals("api/models")) {
      url.addQueryParameter("pipeline_tag", query.pipelineTag());
    }
    if (query.sort() != null) {
      url.addQueryParameter("sort", query.sort());
      url.addQueryParameter("direction", "-1");
    }
    url.addQueryParameter("limit", Integer.toString(limit));
    expanded.forEach(field -> url.addQueryParameter("expand[]", field));
    return url.build();
  }

  /**
   * Fetches one listing page. Bodies cut short were already asked again by the retry; what is
   * left to judge here is the status and the shape, each error naming the page's URL.
   */
  public ModelPage page(HttpUrl url) throws IOException {
    Request request = new Request.Builder().url(url).header("Accept", "application/json").get().build();
    try (Response response = http.newCall(request).execute()) {
      String body = response.body() == null ? "" : response.body().string();
      if (response.code() == 429) {
        throw rateLimited(request, response);
      }
      if (!response.isSuccessful()) {
        throw new HubStatusException(SafeUrl.of(url), response.code(), errorText(body));
      }
      JsonNode root;
      try {
        root = JSON.readTree(body);
      } catch (JsonProcessingException e) {
        throw new HubException("listing page " + SafeUrl.of(url) + " is not JSON: " + e.getOriginalMessage(), e);
      }
      if (root == null || !root.isArray()) {
        throw new HubException("listing page " + SafeUrl.of(url) + " is not a JSON array of models");
      }
      // One unreadable record (an id outside the grammar the Hub itself once let through) must
      // not cost the other records of the page, nor the listing behind it: it is set aside.
      List<ModelRecord> models = new ArrayList<>(root.size());
      List<ListingRejects.Reject> rejects = new ArrayList<>();
      int position = 0;
      for (JsonNode node : root) {
        position++;
        try {
          models.add(ModelJson.read(node));
        } catch (ModelJson.BadFieldException e) {
          rejects.add(new ListingRejects.Reject(position, ModelJson.rawId(node), e.getMessage()));
        }
      }
      return new ModelPage(url, models, rejects, next(response.header("Link")));
    }
  }

  /**
   * Downloads a model's README. 404 means the model has no card; a body above {@code maxBytes}
   * is not kept (nor read past the limit); other errors raise, naming the URL.
   */
  public ModelCard readme(String modelId, long maxBytes) throws IOException {
    return readme(readmeUrl(modelId), modelId, maxBytes);
  }

  /** A dataset's README ({@code /datasets/{id}/resolve/main/README.md}), with the same outcomes as a model's. */
  public ModelCard datasetReadme(String datasetId, long maxBytes) throws IOException {
    return readme(datasetReadmeUrl(datasetId), datasetId, maxBytes);
  }

  private ModelCard readme(HttpUrl url, String modelId, long maxBytes) throws IOException {
    Request request = new Request.Builder().url(url).tag(BodyLimit.class, new BodyLimit(maxBytes)).get().build();
    try (Response response = http.newCall(request).execute()) {
      int status = response.code();
      if (status == 404) {
        return new ModelCard(modelId, "missing", null, null, null, null);
      }
      if (status == 401 || status == 403) {
        return new ModelCard(modelId, "forbidden", null, null, null, "HF Hub answered " + status);
      }
      if (status == 429) {
        throw rateLimited(request, response);
      }
      if (!response.isSuccessful()) {
        throw new HubStatusException(SafeUrl.of(url), status, null);
      }
      long declared = declaredLength(response);
      if (declared > maxBytes) {
        return new ModelCard(modelId, "too-large", null, declared, null,
            "README is " + declared + " bytes, above the limit of " + maxBytes);
      }
      byte[] bytes = response.body() == null ? new byte[0] : response.body().bytes();
      if (bytes.length > maxBytes) {
        return new ModelCard(modelId, "too-large", null, declared > 0 ? declared : null, null,
            "README is larger than the limit of " + maxBytes + " bytes");
      }
      return new ModelCard(modelId, "ok", new String(bytes, StandardCharsets.UTF_8), (long) bytes.length,
          Hashes.sha256(bytes), null);
    }
  }

  /** Where a model's README is served. */
  public HttpUrl readmeUrl(String modelId) {
    return endpoint.newBuilder().addPathSegments(modelId).addPathSegments("resolve/main/README.md").build();
  }

  /** Where a dataset's README is served. */
  public HttpUrl datasetReadmeUrl(String datasetId) {
    return endpoint.newBuilder().addPathSegment("datasets").addPathSegments(datasetId)
        .addPathSegments("resolve/main/README.md").build();
  }

  static HttpUrl next(String linkHeader) {
    if (linkHeader == null) {
      return null;
    }
    Matcher matcher = NEXT_LINK.matcher(linkHeader);
    return matcher.find() ? HttpUrl.parse(matcher.group(1)) : null;
  }

  /** The 429 the retry gave up on, as the typed error callers stop on. */
  private RateLimitedException rateLimited(Request request, Response response) {
    long seconds = RateLimitHeader.parse(response.header("RateLimit")).map(RateLimitHeader::resetSeconds)
        .or(() -> RetryPolicy.parseRetryAfter(response.header("Retry-After"), java.time.Instant.now())
            .map(java.time.Duration::toSeconds))
        .orElse(-1L);
    return new RateLimitedException(HfRateGovernor.bucketOf(request), seconds, SafeUrl.of(request.url()),
        rateLimitWaits);
  }

  private static long declaredLength(Response response) {
    String header = response.header("Content-Length");
    try {
      return header == null ? -1 : Long.parseLong(header.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String errorText(String body) {
    String text = body == null ? "" : body.strip();
    try {
      JsonNode node = JSON.readTree(text);
      if (node != null && node.hasNonNull("error")) {
        text = node.get("error").asText();
      }
    } catch (JsonProcessingException e) {
      // not JSON: keep the text
    }
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }
}
