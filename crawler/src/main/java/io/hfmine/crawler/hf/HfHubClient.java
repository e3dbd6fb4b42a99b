package io.hfmine.crawler.hf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.datasets.hf.ModelJson;
import io.hfmine.datasets.hf.ModelRecord;
import io.hfmine.datasets.hf.ModelCard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

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
  private final int truncatedAttempts;

  HfHubClient(OkHttpClient http, HttpUrl endpoint, int truncatedAttempts) {
    this.http = http;
    this.endpoint = endpoint;
    this.truncatedAttempts = Math.max(1, truncatedAttempts);
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

  /** Fetches one listing page; a body cut short is fetched again, then raises an error naming the URL. */
  public ModelPage page(HttpUrl url) throws IOException {
    for (int attempt = 1; ; attempt++) {
      Request request = new Request.Builder().url(url).header("Accept", "application/json").get().build();
      try (Response response = http.newCall(request).execute()) {
        String body;
        try {
          body = response.body() == null ? "" : response.body().string();
        } catch (IOException e) {
          // The connection dropped inside the body: the same as a truncated answer.
          if (attempt >= truncatedAttempts) {
            throw new TruncatedResponseException(url.toString(), attempt, String.valueOf(e.getMessage()));
          }
          continue;
        }
        if (!response.isSuccessful()) {
          throw new HubStatusException(url.toString(), response.code(), errorText(body));
        }
        JsonNode root;
        try {
          root = JSON.readTree(body);
        } catch (JsonEOFException e) {
          if (attempt >= truncatedAttempts) {
            throw new TruncatedResponseException(url.toString(), attempt, e.getOriginalMessage());
          }
          continue;
        } catch (JsonProcessingException e) {
          throw new HubException("response of " + url + " is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
          // An empty body: the answer was cut before its first byte.
          if (attempt >= truncatedAttempts) {
            throw new TruncatedResponseException(url.toString(), attempt, "empty body");
          }
          continue;
        }
        if (!root.isArray()) {
          throw new HubException("response of " + url + " is not a JSON array of models");
        }
        List<ModelRecord> models = new ArrayList<>(root.size());
        int index = 0;
        for (JsonNode node : root) {
          try {
            models.add(ModelJson.read(node));
          } catch (ModelJson.BadFieldException e) {
            throw new HubException("response of " + url + ", model #" + (index + 1) + ": " + e.getMessage());
          }
          index++;
        }
        return new ModelPage(url, models, next(response.header("Link")));
      }
    }
  }

  /**
   * Downloads a model's README. 404 means the model has no card; a body above {@code maxBytes}
   * is not kept; other errors raise.
   */
  public ModelCard readme(String modelId, long maxBytes) throws IOException {
    return readme(readmeUrl(modelId), modelId, maxBytes);
  }

  /** A dataset's README ({@code /datasets/{id}/resolve/main/README.md}), with the same outcomes as a model's. */
  public ModelCard datasetReadme(String datasetId, long maxBytes) throws IOException {
    return readme(datasetReadmeUrl(datasetId), datasetId, maxBytes);
  }

  private ModelCard readme(HttpUrl url, String modelId, long maxBytes) throws IOException {
    Request request = new Request.Builder().url(url).get().build();
    try (Response response = http.newCall(request).execute()) {
      int status = response.code();
      if (status == 404) {
        return new ModelCard(modelId, "missing", null, null, null, null);
      }
      if (status == 401 || status == 403) {
        return new ModelCard(modelId, "forbidden", null, null, null, "HF Hub answered " + status);
      }
      if (!response.isSuccessful()) {
        throw new HubStatusException(url.toString(), status, null);
      }
      ResponseBody body = response.body();
      if (body == null) {
        return new ModelCard(modelId, "ok", "", 0L, sha256(new byte[0]), null);
      }
      long declared = body.contentLength();
      if (declared > maxBytes) {
        return new ModelCard(modelId, "too-large", null, declared, null,
            "README is " + declared + " bytes, above the limit of " + maxBytes);
      }
      BufferedSource source = body.source();
      Buffer buffer = new Buffer();
      while (buffer.size() <= maxBytes && source.read(buffer, 64 * 1024) != -1) {
        // read until the cap is passed or the body ends
      }
      if (buffer.size() > maxBytes) {
        return new ModelCard(modelId, "too-large", null, declared > 0 ? declared : null, null,
            "README is larger than the limit of " + maxBytes + " bytes");
      }
      byte[] bytes = buffer.readByteArray();
      return new ModelCard(modelId, "ok", new String(bytes, StandardCharsets.UTF_8), (long) bytes.length,
          sha256(bytes), null);
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

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
