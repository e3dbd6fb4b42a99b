package io.hfmine.crawler.hf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;

/**
 * A fake Hugging Face Hub: {@code GET /api/models} paginated with an opaque cursor in a
 * {@code Link: <...>; rel="next"} header, {@code RateLimit} / {@code RateLimit-Policy} headers on
 * every answer, and {@code /{id}/resolve/main/README.md} for cards.
 *
 * <p>Faults are planned per listing request number (1-based, counting every request that reaches
 * the listing): 429 with RateLimit headers, 503, truncated JSON, a dropped connection, or a hard
 * outage from some request on.
 */
public final class FakeHfHub extends Dispatcher implements AutoCloseable {
  /** What to do instead of answering a listing request normally. */
  public enum Fault { RATE_LIMITED, SERVER_ERROR, TRUNCATED_JSON, DROPPED_CONNECTION, TIMEOUT, RESET }

  private final MockWebServer server = new MockWebServer();
  private final List<String> models;
  private final Map<String, String> readmes = new HashMap<>();
  private final Map<Integer, Fault> faults = new HashMap<>();
  private final Set<String> alwaysTruncated = new HashSet<>();
  private final Set<String> failingReadmes = ConcurrentHashMap.newKeySet();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger listingRequests = new AtomicInteger();
  private final AtomicInteger remaining = new AtomicInteger(500);
  private volatile int outageFrom = Integer.MAX_VALUE;
  private volatile Fault outageFault;
  private volatile int retryAfterSeconds = 7;
  private volatile int overlap;

  public FakeHfHub(int modelCount) {
    this.models = new ArrayList<>();
    for (int i = 0; i < modelCount; i++) {
      models.add(modelJson(i));
    }
    server.setDispatcher(this);
  }

  /** The id of the i-th model of the catalogue (most downloaded first). */
  public static String modelId(int i) {
    String[] orgs = {"google", "facebook", "microsoft", "sentence-transformers", "openai", "distilbert"};
    return orgs[i % orgs.length] + "/model-" + String.format("%05d", i);
  }

  public void start() throws Exception {
    server.start();
  }

  public HttpUrl endpoint() {
    HttpUrl url = server.url("/");
    return url.newBuilder().encodedPath("/").build();
  }

  public String endpointText() {
    String text = endpoint().toString();
    return text.substring(0, text.length() - 1);
  }

  public FakeHfHub fault(int listingRequest, Fault fault) {
    faults.put(listingRequest, fault);
    return this;
  }

  /** Every listing request from {@code listingRequest} on answers 500, until {@link #recover()}. */
  public FakeHfHub outageFrom(int listingRequest) {
    outageFrom = listingRequest;
    outageFault = null;
    return this;
  }

  /** Every listing request from {@code listingRequest} on gets {@code fault}, until {@link #recover()}. */
  public FakeHfHub outageFrom(int listingRequest, Fault fault) {
    outageFrom = listingRequest;
    outageFault = fault;
    return this;
  }

  public FakeHfHub recover() {
    outageFrom = Integer.MAX_VALUE;
    outageFault = null;
    return this;
  }

  /** The listing page with this cursor (null for the first) is always cut short. */
  public FakeHfHub alwaysTruncate(String cursor) {
    alwaysTruncated.add(cursor == null ? "" : cursor);
    return this;
  }

  /**
   * Each next page starts {@code models} models before the end of the previous one, as when
   * models move down the ranking while the listing is read.
   */
  /** Replaces the i-th model's listing record by {@code json}, as sent (for records the client cannot read). */
  public FakeHfHub listRecord(int i, String json) {
    models.set(i, json);
    return this;
  }

  public FakeHfHub overlap(int models) {
    overlap = models;
    return this;
  }

  public FakeHfHub retryAfterSeconds(int seconds) {
    retryAfterSeconds = seconds;
    return this;
  }

  /** Sets how many requests the current window has left (the fake counts down from it). */
  public FakeHfHub remaining(int requests) {
    remaining.set(requests);
    return this;
  }

  public FakeHfHub readme(String modelId, String text) {
    readmes.put(modelId, text);
    return this;
  }

  /** The README of this model answers 503 until {@link #readmeRecovers}. */
  public FakeHfHub readmeFails(String modelId) {
    failingReadmes.add(modelId);
    return this;
  }

  public FakeHfHub readmeRecovers(String modelId) {
    failingReadmes.remove(modelId);
    return this;
  }

  public List<RecordedRequest> requests() {
    return requests;
  }

  public int listingRequests() {
    return listingRequests.get();
  }

  public List<String> modelIds() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < models.size(); i++) {
      ids.add(modelId(i));
    }
    return ids;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    requests.add(request);
    HttpUrl url = request.getRequestUrl();
    String path = url.encodedPath();
    if (path.equals("/api/models")) {
      return listing(url);
    }
    if (path.equals("/api/datasets")) {
      // A Hub without datasets: the listing is an empty page, as the real one answers a query matching none.
      return limited(new MockResponse().setBody("[]").setHeader("Content-Type", "application/json"), "api");
    }
    if (path.endsWith("/resolve/main/README.md")) {
      String id = path.substring(1, path.length() - "/resolve/main/README.md".length());
      if (failingReadmes.contains(id)) {
        return limited(new MockResponse().setResponseCode(503).setBody("{\"error\":\"Service Unavailable\"}"),
            "resolvers");
      }
      String text = readmes.get(id);
      MockResponse response = text == null
          ? new MockResponse().setResponseCode(404).setBody("{\"error\":\"Entry not found\"}")
          : new MockResponse().setBody(text).setHeader("Content-Type", "text/markdown; charset=utf-8");
      return limited(response, "resolvers");
    }
    return new MockResponse().setResponseCode(404).setBody("{\"error\":\"Not found\"}");
  }

  private MockResponse listing(HttpUrl url) {
    int number = listingRequests.incrementAndGet();
    Fault fault = faults.get(number);
    if (number >= outageFrom) {
      if (outageFault == null) {
        return limited(new MockResponse().setResponseCode(500).setBody("{\"error\":\"Internal Error\"}"), "api");
      }
      fault = outageFault;
    }
    if (fault == Fault.TIMEOUT) {
      return new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
    }
    if (fault == Fault.RESET) {
      return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
    }
    if (fault == Fault.RATE_LIMITED) {
      return new MockResponse().setResponseCode(429)
          .setHeader("RateLimit", "\"api\";r=0;t=" + retryAfterSeconds)
          .setHeader("RateLimit-Policy", "\"fixed window\";\"api\";q=500;w=300")
          .setBody("{\"error\":\"Too Many Requests\"}");
    }
    if (fault == Fault.SERVER_ERROR) {
      return new MockResponse().setResponseCode(503).setBody("{\"error\":\"Service Unavailable\"}");
    }
    String cursor = url.queryParameter("cursor");
    int offset = cursor == null ? 0 : Integer.parseInt(new String(Base64.getUrlDecoder().decode(cursor),
        StandardCharsets.UTF_8).replace("offset:", ""));
    int limit = Integer.parseInt(url.queryParameter("limit") == null ? "1000" : url.queryParameter("limit"));
    int end = Math.min(models.size(), offset + limit);
    String body = "[" + String.join(",", models.subList(offset, end)) + "]";
    if (fault == Fault.TRUNCATED_JSON || alwaysTruncated.contains(cursor == null ? "" : cursor)) {
      body = body.substring(0, body.length() / 2);
    }
    MockResponse response = new MockResponse().setHeader("Content-Type", "application/json; charset=utf-8");
    if (fault == Fault.DROPPED_CONNECTION) {
      response.setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY);
      response.setBody(new Buffer().writeUtf8(body + " ".repeat(65536)));
    } else {
      response.setBody(body);
    }
    if (end < models.size()) {
      String next = Base64.getUrlEncoder().withoutPadding()
          .encodeToString(("offset:" + (end - overlap)).getBytes(StandardCharsets.UTF_8));
      HttpUrl nextUrl = url.newBuilder().setQueryParameter("cursor", next).build();
      response.setHeader("Link", "<" + nextUrl + ">; rel=\"next\"");
    }
    return limited(response, "api");
  }

  private MockResponse limited(MockResponse response, String bucket) {
    int left = Math.max(0, remaining.decrementAndGet());
    return response
        .setHeader("RateLimit", "\"" + bucket + "\";r=" + left + ";t=165")
        .setHeader("RateLimit-Policy", "\"fixed window\";\"" + bucket + "\";q=500;w=300");
  }

  private static String modelJson(int i) {
    String id = modelId(i);
    String[] pipelines = {"text-classification", "fill-mask", "sentence-similarity", "text-generation"};
    String[] libraries = {"transformers", "sentence-transformers", "diffusers", "timm"};
    long downloads = Math.max(0, 5_000_000L - i * 1_234L);
    String created = String.format("2022-%02d-%02dT10:%02d:00.000Z", 1 + i % 12, 1 + i % 28, i % 60);
    return """
        {"_id":"%024x","id":"%s","downloads":%d,"likes":%d,"tags":["%s","pytorch","en"],\
        "pipeline_tag":"%s","library_name":"%s","createdAt":"%s","lastModified":"2024-05-01T08:00:00.000Z",\
        "cardData":{"license":"apache-2.0"},"gated":false,"sha":"%040x"}"""
        .formatted(i, id, downloads, i % 300, libraries[i % libraries.length], pipelines[i % pipelines.length],
            libraries[i % libraries.length], created, (long) i * 7919);
  }

  @Override
  public void close() throws Exception {
    server.shutdown();
  }
}
