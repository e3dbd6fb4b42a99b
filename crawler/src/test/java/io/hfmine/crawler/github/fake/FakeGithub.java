package io.hfmine.crawler.github.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hfmine.crawler.github.rate.Bucket;
import io.hfmine.crawler.github.rate.WallClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * A GitHub REST API in memory, behaving like the real one where hfmine depends on it: code search
 * with {@code total_count}, {@code Link} pagination and the 422 past 1,000 results; repositories
 * (renamed with 301, gone with 404, blocked with 451), commits and issue counts, blobs, issues
 * sorted by update with {@code since} and pull requests mixed in, comments; per-token rate limits
 * with honest {@code X-RateLimit-*} headers and 403 when exhausted; injected faults.
 */
public final class FakeGithub extends Dispatcher {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
  private static final Pattern SIZE = Pattern.compile("size:(\\d+)\\.\\.(\\d+)");
  private static final Pattern LANGUAGE = Pattern.compile("language:(\\S+)");

  /** A file in the code-search index. */
  public record CodeFile(String repository, String path, String sha, long size, String language,
      List<String> mentions, byte[] content) {
  }

  /** An issue or pull request of a repository. */
  public record Issue(int number, String title, String body, String state, String stateReason, String author,
      String association, List<String> labels, Instant created, Instant updated, Instant closed,
      boolean pullRequest, List<Comment> comments) {
  }

  /** A comment on an issue. */
  public record Comment(long id, String author, String association, String body, Instant created) {
  }

  /** A repository and its answers. */
  public static final class Repo {
    final String fullName;
    final long id;
    int status = 200;
    String renamedTo;
    long commits = 1;
    final ObjectNode json;
    final List<Issue> issues = new CopyOnWriteArrayList<>();

    Repo(String fullName, long id) {
      this.fullName = fullName;
      this.id = id;
      this.json = JSON.createObjectNode();
    }

    public Repo set(String field, Object value) {
      json.set(field, JSON.valueToTree(value));
      return this;
    }

    public Repo commits(long count) {
      this.commits = count;
      return this;
    }

    public Repo issue(Issue issue) {
      issues.removeIf(existing -> existing.number() == issue.number());
      issues.add(issue);
      return this;
    }

    /** The issue with this number, as the fake holds it now. */
    public Issue issue(int number) {
      return issues.stream().filter(issue -> issue.number() == number).findFirst().orElseThrow();
    }

    /** Someone edits an issue: its {@code updated_at} becomes {@code at}. */
    public Repo touch(int number, Instant at) {
      Issue old = issue(number);
      return issue(new Issue(old.number(), old.title(), old.body(), old.state(), old.stateReason(), old.author(),
          old.association(), old.labels(), old.created(), at, old.closed(), old.pullRequest(), old.comments()));
    }
  }

  /** A fault served instead of the real answer. */
  public enum Fault {
    SERVER_ERROR, SECONDARY_429_RETRY_AFTER, SECONDARY_403_MESSAGE, SECONDARY_429_BARE, TIMEOUT, TRUNCATED,
    /** 410, as GitHub answers the issue listing of a repository whose issues are disabled. */
    ISSUES_DISABLED,
    /** A 200 whose JSON is an object where a listing (array) belongs. */
    NOT_A_LISTING,
    /** A listing page with one issue whose {@code created_at} is not a time. */
    BAD_TIMESTAMP
  }

  private record PendingFault(Predicate<String> path, Fault fault) {
  }

  private final WallClock clock;
  private final Map<String, Repo> repos = new ConcurrentHashMap<>();
  private final Map<Long, Repo> reposById = new ConcurrentHashMap<>();
  private final Map<String, List<CodeFile>> byMention = new ConcurrentHashMap<>();
  private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();
  private final Queue<PendingFault> faults = new ConcurrentLinkedQueue<>();
  private final Map<String, Map<Bucket, Window>> windows = new ConcurrentHashMap<>();
  private final Map<Bucket, int[]> limits = new EnumMap<>(Bucket.class);
  private final List<RecordedLine> log = new CopyOnWriteArrayList<>();
  private final AtomicInteger served = new AtomicInteger();
  private final AtomicInteger rateLimited = new AtomicInteger();
  private volatile int dieAfter = Integer.MAX_VALUE;
  private volatile boolean lieAboutRemaining;
  private volatile boolean closeEveryConnection;
  private volatile int searchCap = 1000;
  private volatile java.util.function.Consumer<HttpUrl> beforeAnswer = url -> { };

  /** What the fake saw: path and query, the Authorization header, the status it answered, and when. */
  public record RecordedLine(String target, String authorization, String apiVersion, int status, Instant at) {
  }

  private static final class Window {
    int used;
    Instant reset;
  }

  public FakeGithub(WallClock clock) {
    this.clock = clock;
    limits.put(Bucket.CORE, new int[] {5000, 3600});
    limits.put(Bucket.SEARCH, new int[] {30, 60});
    limits.put(Bucket.CODE_SEARCH, new int[] {10, 60});
  }

  /** Changes how many results code search serves per query (GitHub: 1,000), to keep tests small. */
  public FakeGithub searchCap(int cap) {
    this.searchCap = cap;
    return this;
  }

  /** Changes a bucket's limit and window, e.g. to exhaust it quickly in a test. */
  public FakeGithub limit(Bucket bucket, int limit, int windowSeconds) {
    limits.put(bucket, new int[] {limit, windowSeconds});
    return this;
  }

  public Repo repo(String fullName) {
    return repos.computeIfAbsent(fullName, name -> {
      Repo repo = new Repo(name, 1000 + repos.size());
      reposById.put(repo.id, repo);
      repo.set("id", repo.id).set("full_name", name).set("stargazers_count", 10).set("forks_count", 2)
          .set("subscribers_count", 3).set("open_issues_count", 1).set("size", 120).set("language", "Python")
          .set("topics", List.of("nlp")).set("license", Map.of("spdx_id", "MIT", "key", "mit"))
          .set("description", "uses " + name).set("fork", false).set("archived", false).set("disabled", false)
          .set("default_branch", "main").set("created_at", "2021-03-04T05:06:07Z")
          .set("pushed_at", "2024-01-02T03:04:05Z");
      return repo;
    });
  }

  /** Makes {@code from} answer 301 to the repository now called {@code to}. */
  public void rename(String from, String to) {
    Repo target = repo(to);
    Repo old = repo(from);
    old.renamedTo = target.fullName;
  }

  /** Makes a repository answer with {@code status} (404 gone, 451 blocked). */
  public void status(String fullName, int status) {
    repo(fullName).status = status;
  }

  /** Adds a file to the search index and its blob; it mentions the given model ids. */
  public CodeFile file(String repository, String path, String text, List<String> mentions) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return file(repository, path, bytes, mentions);
  }

  public CodeFile file(String repository, String path, byte[] bytes, List<String> mentions) {
    String sha = sha(repository + "/" + path + "/" + bytes.length + "/" + new String(bytes, StandardCharsets.ISO_8859_1));
    CodeFile file = new CodeFile(repository, path, sha, bytes.length, "Python", List.copyOf(mentions), bytes);
    add(file);
    blobs.put(sha, bytes);
    repo(repository);
    return file;
  }

  /** Indexes a file whose size is given without content (for large search results). */
  public void indexed(String repository, String path, long size, String model) {
    String sha = sha(repository + "/" + path + "/" + size);
    add(new CodeFile(repository, path, sha, size, "Python", List.of(model), null));
  }

  private void add(CodeFile file) {
    for (String mention : file.mentions()) {
      byMention.computeIfAbsent(mention, key -> java.util.Collections.synchronizedList(new ArrayList<>())).add(file);
    }
  }

  /** Every indexed file that mentions a model, as search would find it without any cap. */
  public List<CodeFile> filesMentioning(String model) {
    List<CodeFile> files = byMention.getOrDefault(model, List.of());
    synchronized (files) {
      return List.copyOf(files);
    }
  }

  /** The next request whose path matches gets {@code fault} instead of its answer. */
  public void inject(Predicate<String> path, Fault fault) {
    faults.add(new PendingFault(path, fault));
  }

  /** After {@code requests} more answers the server only drops connections (a dying server). */
  public void dieAfter(int requests) {
    dieAfter = served.get() + requests;
  }

  /**
   * Makes the server close every connection right after its answer, without saying so in a
   * {@code Connection: close} header, so the client's pooled keep-alive connection is stale.
   */
  public void closeEveryConnection(boolean close) {
    this.closeEveryConnection = close;
  }

  /**
   * Runs {@code change} before each answer is made, e.g. to edit an issue between two page
   * requests of a listing, as a real user would mid-crawl.
   */
  public void beforeAnswer(java.util.function.Consumer<HttpUrl> change) {
    this.beforeAnswer = change;
  }

  /** Makes the server report a full budget in its headers whatever was spent (dishonest headers). */
  public void lieAboutRemaining(boolean lie) {
    this.lieAboutRemaining = lie;
  }

  public List<RecordedLine> log() {
    return List.copyOf(log);
  }

  public int served() {
    return served.get();
  }

  /** How many 403/429 rate-limit answers the fake gave. */
  public int rateLimitedAnswers() {
    return rateLimited.get();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    if (served.get() >= dieAfter) {
      return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
    }
    served.incrementAndGet();
    HttpUrl url = request.getRequestUrl();
    String path = url.encodedPath();
    String token = request.getHeader("Authorization");
    beforeAnswer.accept(url);
    MockResponse response = answer(request, url, path, token == null ? "anonymous" : token);
    if (closeEveryConnection && response.getSocketPolicy() == SocketPolicy.KEEP_OPEN) {
      response.setSocketPolicy(SocketPolicy.DISCONNECT_AT_END);
    }
    log.add(new RecordedLine(path + (url.encodedQuery() == null ? "" : "?" + url.query()), token,
        request.getHeader("X-GitHub-Api-Version"), statusOf(response), clock.now()));
    return response;
  }

  private static int statusOf(MockResponse response) {
    String[] parts = response.getStatus().split(" ");
    return parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
  }

  private MockResponse answer(RecordedRequest request, HttpUrl url, String path, String token) {
    for (PendingFault pending : faults) {
      if (pending.path().test(path) && faults.remove(pending)) {
        return fault(pending.fault());
      }
    }
    if (path.equals("/rate_limit")) {
      return rateLimitBody(token);
    }
    Bucket bucket = Bucket.ofPath(path).orElseThrow();
    Window window = window(token, bucket);
    int[] limit = limits.get(bucket);
    if (window.used >= limit[0]) {
      rateLimited.incrementAndGet();
      return headers(new MockResponse().setResponseCode(403), bucket, window, true)
          .setBody("{\"message\":\"API rate limit exceeded for user.\"}");
    }
    window.used++;
    MockResponse response = route(url, path);
    String etag = response.getHeaders().get("ETag");
    if (etag != null && etag.equals(request.getHeader("If-None-Match"))) {
      // A conditional request that matches costs nothing, as on GitHub.
      window.used--;
      response = new MockResponse().setResponseCode(304).setHeader("ETag", etag)
          .setHeader("Cache-Control", "private, max-age=60, s-maxage=60");
    }
    return headers(response, bucket, window, !lieAboutRemaining);
  }

  private MockResponse route(HttpUrl url, String path) {
    if (path.equals("/search/code")) {
      return codeSearch(url);
    }
    if (path.equals("/search/issues")) {
      return issueSearch(url);
    }
    String[] parts = path.substring(1).split("/");
    if (parts[0].equals("repositories") && parts.length >= 2) {
      // Where a renamed repository's old URLs redirect: the same path under the repository id.
      Repo byId = reposById.get(Long.parseLong(parts[1]));
      if (byId == null) {
        return notFound();
      }
      String rest = String.join("/", java.util.Arrays.copyOfRange(parts, 2, parts.length));
      parts = ("repos/" + byId.fullName + (rest.isEmpty() ? "" : "/" + rest)).split("/");
    }
    if (parts[0].equals("repos") && parts.length >= 3) {
      Repo repo = repos.get(parts[1] + "/" + parts[2]);
      if (repo == null) {
        return notFound();
      }
      if (repo.renamedTo != null) {
        Repo target = repos.get(repo.renamedTo);
        String rest = String.join("/", java.util.Arrays.copyOfRange(parts, 3, parts.length));
        return new MockResponse().setResponseCode(301)
            .setHeader("Location", url.newBuilder()
                .encodedPath("/repositories/" + target.id + (rest.isEmpty() ? "" : "/" + rest)).build())
            .setBody("{\"message\":\"Moved Permanently\"}");
      }
      if (repo.status != 200) {
        return json(repo.status, message(repo.status == 451 ? "Repository access blocked" : "Not Found"));
      }
      if (parts.length == 3) {
        return json(200, repo.json);
      }
      if (parts.length == 4 && parts[3].equals("commits")) {
        return countListing(url, repo.commits);
      }
      if (parts.length == 6 && parts[3].equals("git") && parts[4].equals("blobs")) {
        byte[] bytes = blobs.get(parts[5]);
        if (bytes == null) {
          return notFound();
        }
        ObjectNode blob = JSON.createObjectNode().put("sha", parts[5]).put("size", bytes.length)
            .put("encoding", "base64").put("content", Base64.getMimeEncoder().encodeToString(bytes));
        return json(200, blob);
      }
      if (parts.length == 4 && parts[3].equals("issues")) {
        return issues(url, repo);
      }
      if (parts.length == 6 && parts[3].equals("issues") && parts[5].equals("comments")) {
        int number = Integer.parseInt(parts[4]);
        Issue issue = repo.issues.stream().filter(i -> i.number() == number).findFirst().orElse(null);
        if (issue == null) {
          return notFound();
        }
        List<ObjectNode> comments = new ArrayList<>();
        for (Comment comment : issue.comments()) {
          comments.add(JSON.createObjectNode().put("id", comment.id()).put("body", comment.body())
              .put("author_association", comment.association()).put("created_at", comment.created().toString())
              .put("updated_at", comment.created().toString())
              .set("user", JSON.createObjectNode().put("login", comment.author())));
        }
        return page(url, comments, Integer.MAX_VALUE, null);
      }
    }
    return notFound();
  }

  private MockResponse codeSearch(HttpUrl url) {
    String q = url.queryParameter("q");
    Matcher quoted = QUOTED.matcher(q == null ? "" : q);
    if (!quoted.find()) {
      return json(422, message("Validation Failed"));
    }
    String term = quoted.group(1);
    Matcher size = SIZE.matcher(q);
    long min = 0;
    long max = Long.MAX_VALUE;
    if (size.find()) {
      min = Long.parseLong(size.group(1));
      max = Long.parseLong(size.group(2));
    }
    Matcher language = LANGUAGE.matcher(q);
    String wantedLanguage = language.find() ? language.group(1) : null;
    long lo = min;
    long hi = max;
    List<ObjectNode> items = new ArrayList<>();
    filesMentioning(term).stream()
        .filter(file -> file.size() >= lo && file.size() <= hi
            && file.size() <= 393_216
            && (wantedLanguage == null || wantedLanguage.equalsIgnoreCase(file.language())))
        .sorted(Comparator.comparing(CodeFile::repository).thenComparing(CodeFile::path))
        .forEach(file -> items.add(JSON.createObjectNode().put("name", file.path().replaceAll(".*/", ""))
            .put("path", file.path()).put("sha", file.sha())
            .put("html_url", "https://github.com/" + file.repository() + "/blob/" + file.sha() + "/" + file.path())
            .set("repository", JSON.createObjectNode().put("full_name", file.repository()))));
    ObjectNode extra = JSON.createObjectNode().put("total_count", items.size()).put("incomplete_results", false);
    return page(url, items, searchCap, extra);
  }

  private MockResponse issueSearch(HttpUrl url) {
    String q = url.queryParameter("q");
    Matcher repoName = Pattern.compile("repo:(\\S+)").matcher(q == null ? "" : q);
    Repo repo = repoName.find() ? repos.get(repoName.group(1)) : null;
    long count = repo == null ? 0 : repo.issues.stream().filter(issue -> !issue.pullRequest()).count();
    return json(200, JSON.createObjectNode().put("total_count", count).put("incomplete_results", false)
        .set("items", JSON.createArrayNode()));
  }

  private MockResponse issues(HttpUrl url, Repo repo) {
    String since = url.queryParameter("since");
    Instant from = since == null ? Instant.EPOCH : Instant.parse(since);
    boolean ascending = "asc".equals(url.queryParameter("direction"));
    Comparator<Issue> order = Comparator.comparing(Issue::updated).thenComparing(Issue::number);
    List<ObjectNode> items = new ArrayList<>();
    repo.issues.stream()
        .filter(issue -> !issue.updated().isBefore(from))
        .sorted(ascending ? order : order.reversed())
        .forEach(issue -> items.add(issueJson(repo, issue)));
    return page(url, items, Integer.MAX_VALUE, null);
  }

  private static ObjectNode issueJson(Repo repo, Issue issue) {
    ObjectNode node = JSON.createObjectNode().put("id", repo.id * 100_000 + issue.number())
        .put("number", issue.number()).put("title", issue.title()).put("body", issue.body())
        .put("state", issue.state()).put("state_reason", issue.stateReason())
        .put("author_association", issue.association()).put("comments", issue.comments().size())
        .put("html_url", "https://github.com/" + repo.fullName + "/issues/" + issue.number())
        .put("created_at", issue.created().toString()).put("updated_at", issue.updated().toString())
        .put("closed_at", issue.closed() == null ? null : issue.closed().toString());
    node.set("user", JSON.createObjectNode().put("login", issue.author()));
    ArrayNode labels = node.putArray("labels");
    issue.labels().forEach(label -> labels.add(JSON.createObjectNode().put("name", label)));
    if (issue.pullRequest()) {
      node.set("pull_request", JSON.createObjectNode().put("url", "https://api.github.com/pulls/" + issue.number()));
    }
    return node;
  }

  private MockResponse countListing(HttpUrl url, long count) {
    if (count == 0) {
      return json(409, message("Git Repository is empty."));
    }
    int perPage = intParam(url, "per_page", 30);
    int page = intParam(url, "page", 1);
    long start = (long) (page - 1) * perPage;
    ArrayNode body = JSON.createArrayNode();
    for (long i = start; i < Math.min(count, start + perPage); i++) {
      body.add(JSON.createObjectNode().put("sha", "c" + i));
    }
    MockResponse response = json(200, body);
    long lastPage = Math.max(1, Math.ceilDiv(count, perPage));
    if (page < lastPage) {
      response.setHeader("Link", link(url, page + 1, "next") + ", " + link(url, lastPage, "last"));
    }
    return response;
  }

  /** One page of {@code items} with GitHub's Link header; pages past {@code cap} results are 422. */
  private MockResponse page(HttpUrl url, List<ObjectNode> items, int cap, ObjectNode envelope) {
    int perPage = Math.min(100, intParam(url, "per_page", 30));
    int page = intParam(url, "page", 1);
    int visible = Math.min(items.size(), cap);
    if ((long) (page - 1) * perPage >= cap && page > 1) {
      return json(422, message("Only the first " + cap + " search results are available"));
    }
    int from = Math.min((page - 1) * perPage, visible);
    int to = Math.min(from + perPage, visible);
    ArrayNode array = JSON.createArrayNode();
    items.subList(from, to).forEach(array::add);
    long lastPage = Math.max(1, Math.ceilDiv(visible, perPage));
    List<String> links = new ArrayList<>();
    if (page < lastPage) {
      links.add(link(url, page + 1, "next"));
      links.add(link(url, lastPage, "last"));
    }
    MockResponse response;
    if (envelope != null) {
      envelope.set("items", array);
      response = json(200, envelope);
    } else {
      response = json(200, array);
    }
    if (!links.isEmpty()) {
      response.setHeader("Link", String.join(", ", links));
    }
    return response;
  }

  private static String link(HttpUrl url, long page, String rel) {
    return "<" + url.newBuilder().setQueryParameter("page", String.valueOf(page)).build() + ">; rel=\"" + rel + "\"";
  }

  private MockResponse rateLimitBody(String token) {
    ObjectNode resources = JSON.createObjectNode();
    for (Bucket bucket : Bucket.values()) {
      Window window = window(token, bucket);
      int[] limit = limits.get(bucket);
      resources.set(bucket.header(), JSON.createObjectNode().put("limit", limit[0])
          .put("remaining", Math.max(0, limit[0] - window.used)).put("reset", window.reset.getEpochSecond()));
    }
    return json(200, JSON.createObjectNode().set("resources", resources));
  }

  private MockResponse headers(MockResponse response, Bucket bucket, Window window, boolean honest) {
    int limit = limits.get(bucket)[0];
    int remaining = honest ? Math.max(0, limit - window.used) : limit;
    return response.setHeader("X-RateLimit-Limit", limit)
        .setHeader("X-RateLimit-Remaining", remaining)
        .setHeader("X-RateLimit-Used", window.used)
        .setHeader("X-RateLimit-Reset", window.reset.getEpochSecond())
        .setHeader("X-RateLimit-Resource", bucket.header());
  }

  private synchronized Window window(String token, Bucket bucket) {
    Window window = windows.computeIfAbsent(token, key -> new EnumMap<>(Bucket.class))
        .computeIfAbsent(bucket, key -> new Window());
    Instant now = clock.now();
    if (window.reset == null || !now.isBefore(window.reset)) {
      window.used = 0;
      // GitHub's reset is whole seconds; round up so a client never sees a window end early.
      window.reset = Instant.ofEpochSecond(now.getEpochSecond() + limits.get(bucket)[1] + 1);
    }
    return window;
  }

  private MockResponse fault(Fault fault) {
    return switch (fault) {
      case SERVER_ERROR -> json(502, message("Server Error"));
      case SECONDARY_429_RETRY_AFTER -> json(429, message("You have exceeded a secondary rate limit."))
          .setHeader("Retry-After", "30");
      case SECONDARY_403_MESSAGE -> json(403, message(
          "You have exceeded a secondary rate limit. Please wait a few minutes before you try again."));
      case SECONDARY_429_BARE -> json(429, message("Too Many Requests"));
      case TIMEOUT -> new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
      case TRUNCATED -> json(200, JSON.createObjectNode().put("total_count", 1).put("padding", "x".repeat(4000)))
          .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY);
      case ISSUES_DISABLED -> json(410, message("Issues are disabled for this repo"));
      case NOT_A_LISTING -> json(200, message("this is not a page of issues"));
      case BAD_TIMESTAMP -> json(200, JSON.createArrayNode().add(JSON.createObjectNode().put("number", 7)
          .put("title", "t").put("state", "open").put("created_at", "yesterday")
          .put("updated_at", "2024-01-01T00:00:00Z")));
    };
  }

  private static MockResponse json(int status, Object body) {
    try {
      String text = JSON.writeValueAsString(body);
      MockResponse response = new MockResponse().setResponseCode(status)
          .setHeader("Content-Type", "application/json; charset=utf-8").setBody(text);
      if (status == 200) {
        response.setHeader("ETag", "W/\"" + sha(text) + "\"").setHeader("Cache-Control", "private, max-age=60, s-maxage=60");
      }
      return response;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static MockResponse notFound() {
    return json(404, message("Not Found"));
  }

  private static ObjectNode message(String text) {
    return JSON.createObjectNode().put("message", text).put("documentation_url", "https://docs.github.com/rest");
  }

  private static int intParam(HttpUrl url, String name, int fallback) {
    String value = url.queryParameter(name);
    return value == null ? fallback : Integer.parseInt(value);
  }

  private static String sha(String text) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Values of a repository's JSON, for assertions. */
  public Map<String, Object> repoFields(String fullName) {
    Map<String, Object> fields = new LinkedHashMap<>();
    repo(fullName).json.fields().forEachRemaining(entry -> fields.put(entry.getKey(), entry.getValue()));
    return fields;
  }
}
