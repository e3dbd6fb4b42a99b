package io.hfmine.devtools.sample;

import io.hfmine.datasets.hashing.Hashes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A fake GitHub REST API that serves the GitHub sample: repositories (with the 301 rename and the
 * 404), issues and comments with {@code Link} pagination, code search, and blobs. Recording the
 * real clients against it turns the sample into a replay archive.
 */
public final class GitHubSampleDispatcher extends Dispatcher {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern REPO_PATH = Pattern.compile("/repos/([^/]+)/([^/]+)(/.*)?");
  private static final Pattern BY_ID_PATH = Pattern.compile("/repositories/(\\d+)(/.*)?");
  private static final int MAX_PER_PAGE = 100;

  private final GitHubSampleData data;
  private final boolean pointUrlsHere;

  /**
   * @param pointUrlsHere whether API URLs inside answers ({@code https://api.github.com/...}) and
   *     redirects name this server instead, for clients that follow URLs they were given
   */
  public GitHubSampleDispatcher(Path sample, boolean pointUrlsHere) {
    this.data = GitHubSampleData.load(sample);
    this.pointUrlsHere = pointUrlsHere;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    HttpUrl url = request.getRequestUrl();
    if (url == null || !"GET".equals(request.getMethod())) {
      return error(405, "Method Not Allowed");
    }
    MockResponse response = route(url);
    if (pointUrlsHere) {
      String here = url.scheme() + "://" + url.host() + ":" + url.port();
      okio.Buffer body = response.getBody();
      if (body != null) {
        response.setBody(body.readUtf8().replace(RestShapes.API, here));
      }
      String location = response.getHeaders().get("Location");
      if (location != null) {
        response.setHeader("Location", location.replace(RestShapes.API, here));
      }
    }
    return response;
  }

  private MockResponse route(HttpUrl url) {
    String path = url.encodedPath();
    if (path.equals("/rate_limit")) {
      return json(rateLimit(), "core");
    }
    if (path.equals("/search/code")) {
      return searchCode(url);
    }
    if (path.equals("/search/issues")) {
      return searchIssues(url);
    }
    Matcher byId = BY_ID_PATH.matcher(path);
    if (byId.matches()) {
      ObjectNode repo = data.repositoriesById.get(Long.parseLong(byId.group(1)));
      return repo == null ? notFound() : repository(repo, byId.group(2), url);
    }
    Matcher repoPath = REPO_PATH.matcher(path);
    if (repoPath.matches()) {
      String fullName = (repoPath.group(1) + "/" + repoPath.group(2)).toLowerCase(Locale.ROOT);
      String rest = repoPath.group(3);
      JsonNode move = data.renamed.get(fullName);
      if (move != null) {
        String location = move.get("location").asText() + (rest == null ? "" : rest)
            + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery());
        return new MockResponse().setResponseCode(301).setHeader("Location", location)
            .setHeader("Content-Type", "application/json; charset=utf-8").setBody(move.get("body").toString());
      }
      if (data.gone.containsKey(fullName)) {
        return new MockResponse().setResponseCode(404).setHeader("Content-Type", "application/json; charset=utf-8")
            .setBody(data.gone.get(fullName).get("body").toString());
      }
      ObjectNode repo = data.repositories.get(fullName);
      return repo == null ? notFound() : repository(repo, rest, url);
    }
    return notFound();
  }

  private MockResponse repository(ObjectNode repo, String rest, HttpUrl url) {
    String fullName = repo.get("full_name").asText().toLowerCase(Locale.ROOT);
    if (rest == null || rest.isEmpty() || rest.equals("/")) {
      return json(repo, "core");
    }
    if (rest.equals("/issues")) {
      return page(sorted(data.issues.getOrDefault(fullName, List.of()), url, "desc"), url);
    }
    if (rest.equals("/commits")) {
      return page(commits(repo), url);
    }
    if (rest.equals("/issues/comments")) {
      return page(sorted(data.comments.getOrDefault(fullName, List.of()), url, "asc"), url);
    }
    Matcher issueComments = Pattern.compile("/issues/(\\d+)/comments").matcher(rest);
    if (issueComments.matches()) {
      String issueUrl = RestShapes.API + "/repos/" + repo.get("full_name").asText() + "/issues/" + issueComments.group(1);
      List<JsonNode> own = data.comments.getOrDefault(fullName, List.of()).stream()
          .filter(c -> c.get("issue_url").asText().equals(issueUrl)).toList();
      return page(own, url);
    }
    Matcher blob = Pattern.compile("/git/blobs/([0-9a-f]{40})").matcher(rest);
    if (blob.matches()) {
      return data.code.stream().filter(f -> f.entry().get("sha").asText().equals(blob.group(1))).findFirst()
          .map(f -> json(blobObject(repo, f), "core")).orElseGet(GitHubSampleDispatcher::notFound);
    }
    return notFound();
  }

  /**
   * The default branch's history. The sample keeps no commits, so their number is derived from the
   * repository's size (one commit per 40 KB, at least one): small tutorials get few, applications
   * hundreds, which is what the commit threshold of `repos select` looks at.
   */
  private static List<JsonNode> commits(ObjectNode repo) {
    int count = Math.max(1, repo.path("size").asInt() / 40);
    List<JsonNode> commits = new ArrayList<>(count);
    for (int i = count; i > 0; i--) {
      ObjectNode commit = JSON.createObjectNode();
      commit.put("sha", Hashes.gitBlobSha((repo.get("full_name").asText() + "#" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      commit.putObject("commit").put("message", "Change " + i);
      commits.add(commit);
    }
    return commits;
  }

  /** Only the count matters to the crawler: issues (not pull requests) of the repository in `q`. */
  private MockResponse searchIssues(HttpUrl url) {
    Matcher repo = Pattern.compile("repo:(\\S+)").matcher(String.valueOf(url.queryParameter("q")));
    if (!repo.find()) {
      return error(422, "Validation Failed");
    }
    long count = data.issues.getOrDefault(repo.group(1).toLowerCase(Locale.ROOT), List.of()).stream()
        .filter(issue -> !issue.has("pull_request")).count();
    ObjectNode body = JSON.createObjectNode();
    body.put("total_count", count);
    body.put("incomplete_results", false);
    body.putArray("items");
    return json(body, "search");
  }

  /** Issues default to newest first and comments to oldest first, as GitHub does. */
  private static List<JsonNode> sorted(List<JsonNode> items, HttpUrl url, String defaultDirection) {
    String sort = url.queryParameter("sort") == null ? "created" : url.queryParameter("sort");
    String field = sort.equals("updated") ? "updated_at" : "created_at";
    Comparator<JsonNode> order = Comparator.comparing((JsonNode n) -> Instant.parse(n.get(field).asText()))
        .thenComparing(n -> n.get("id").asLong());
    String direction = url.queryParameter("direction") == null ? defaultDirection : url.queryParameter("direction");
    List<JsonNode> out = new ArrayList<>(items);
    String state = url.queryParameter("state") == null ? "open" : url.queryParameter("state");
    if (!state.equals("all") && out.stream().anyMatch(n -> n.has("state"))) {
      out.removeIf(n -> !n.get("state").asText().equals(state));
    }
    String since = url.queryParameter("since");
    if (since != null) {
      Instant from = Instant.parse(since);
      out.removeIf(n -> Instant.parse(n.get("updated_at").asText()).isBefore(from));
    }
    out.sort(direction.equals("asc") ? order : order.reversed());
    return out;
  }

  private static MockResponse page(List<JsonNode> items, HttpUrl url) {
    int perPage = Math.min(MAX_PER_PAGE, intParameter(url, "per_page", 30));
    int page = Math.max(1, intParameter(url, "page", 1));
    int last = Math.max(1, (items.size() + perPage - 1) / perPage);
    ArrayNode body = JSON.createArrayNode();
    items.stream().skip((long) (page - 1) * perPage).limit(perPage).forEach(body::add);
    MockResponse response = json(body, "core");
    List<String> links = new ArrayList<>();
    if (page < last) {
      links.add("<" + withPage(url, page + 1) + ">; rel=\"next\"");
      links.add("<" + withPage(url, last) + ">; rel=\"last\"");
    }
    if (page > 1) {
      links.add("<" + withPage(url, 1) + ">; rel=\"first\"");
      links.add("<" + withPage(url, page - 1) + ">; rel=\"prev\"");
    }
    if (!links.isEmpty()) {
      response.setHeader("Link", String.join(", ", links));
    }
    return response;
  }

  private MockResponse searchCode(HttpUrl url) {
    String q = url.queryParameter("q");
    if (q == null || q.isBlank()) {
      return error(422, "Validation Failed");
    }
    CodeSearchQuery query = CodeSearchQuery.parse(q);
    List<GitHubSampleData.CodeFile> hits = data.code.stream().filter(query::matches).toList();
    int perPage = Math.min(MAX_PER_PAGE, intParameter(url, "per_page", 30));
    int page = Math.max(1, intParameter(url, "page", 1));
    ObjectNode body = JSON.createObjectNode();
    body.put("total_count", hits.size());
    body.put("incomplete_results", false);
    ArrayNode items = body.putArray("items");
    hits.stream().skip((long) (page - 1) * perPage).limit(perPage).forEach(hit -> items.add(searchItem(hit)));
    MockResponse response = json(body, "code_search");
    int last = Math.max(1, (hits.size() + perPage - 1) / perPage);
    if (page < last) {
      response.setHeader("Link", "<" + withPage(url, page + 1) + ">; rel=\"next\", <" + withPage(url, last) + ">; rel=\"last\"");
    }
    return response;
  }

  private ObjectNode searchItem(GitHubSampleData.CodeFile hit) {
    String fullName = hit.repository();
    String path = hit.entry().get("path").asText();
    String sha = hit.entry().get("sha").asText();
    ObjectNode item = JSON.createObjectNode();
    item.put("name", path.substring(path.lastIndexOf('/') + 1));
    item.put("path", path);
    item.put("sha", sha);
    item.put("url", RestShapes.API + "/repos/" + fullName + "/contents/" + path + "?ref=" + sha);
    item.put("git_url", RestShapes.API + "/repos/" + fullName + "/git/blobs/" + sha);
    item.put("html_url", RestShapes.WEB + "/" + fullName + "/blob/" + sha + "/" + path);
    item.set("repository", searchRepository(fullName));
    item.put("score", 1.0);
    return item;
  }

  /** The short repository object of a search hit; a gone repository still has its name and owner. */
  private ObjectNode searchRepository(String fullName) {
    ObjectNode full = data.repositoryOfHit(fullName);
    ObjectNode repo = JSON.createObjectNode();
    String owner = fullName.substring(0, fullName.indexOf('/'));
    long id = full != null ? full.get("id").asLong() : GitHubSampleGenerator.repositoryId(fullName);
    repo.put("id", id);
    repo.put("node_id", RestShapes.nodeId("010:Repository", id));
    repo.put("name", fullName.substring(fullName.indexOf('/') + 1));
    repo.put("full_name", fullName);
    repo.put("private", false);
    repo.set("owner", full != null ? full.get("owner") : RestShapes.user(owner, "User"));
    repo.put("html_url", RestShapes.WEB + "/" + fullName);
    repo.set("description", full != null ? full.get("description") : null);
    repo.put("fork", full != null && full.get("fork").asBoolean());
    repo.put("url", RestShapes.API + "/repos/" + fullName);
    return repo;
  }

  private static ObjectNode blobObject(ObjectNode repo, GitHubSampleData.CodeFile file) {
    String sha = file.entry().get("sha").asText();
    ObjectNode blob = JSON.createObjectNode();
    blob.put("sha", sha);
    blob.put("node_id", "B_" + sha.substring(0, 20));
    blob.put("size", file.bytes().length);
    blob.put("url", RestShapes.API + "/repos/" + repo.get("full_name").asText() + "/git/blobs/" + sha);
    // GitHub wraps base64 content at 60 characters with newlines.
    String encoded = Base64.getEncoder().encodeToString(file.bytes());
    StringBuilder wrapped = new StringBuilder();
    for (int i = 0; i < encoded.length(); i += 60) {
      wrapped.append(encoded, i, Math.min(encoded.length(), i + 60)).append('\n');
    }
    blob.put("content", wrapped.toString());
    blob.put("encoding", "base64");
    return blob;
  }

  private static ObjectNode rateLimit() {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode resources = body.putObject("resources");
    long reset = GitHubSampleGenerator.CRAWL_TIME.getEpochSecond() + 3600;
    for (String[] bucket : new String[][] {{"core", "5000"}, {"search", "30"}, {"code_search", "10"}}) {
      ObjectNode limit = resources.putObject(bucket[0]);
      limit.put("limit", Integer.parseInt(bucket[1]));
      limit.put("used", 0);
      limit.put("remaining", Integer.parseInt(bucket[1]));
      limit.put("reset", reset);
    }
    body.set("rate", resources.get("core"));
    return body;
  }

  private static MockResponse json(JsonNode body, String resource) {
    int limit = switch (resource) {
      case "code_search" -> 10;
      case "search" -> 30;
      default -> 5000;
    };
    return new MockResponse().setResponseCode(200)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .setHeader("X-GitHub-Api-Version-Selected", "2022-11-28")
        .setHeader("X-RateLimit-Limit", limit)
        .setHeader("X-RateLimit-Remaining", limit - 1)
        .setHeader("X-RateLimit-Reset", GitHubSampleGenerator.CRAWL_TIME.getEpochSecond() + 3600)
        .setHeader("X-RateLimit-Used", 1)
        .setHeader("X-RateLimit-Resource", resource)
        .setBody(body.toString());
  }

  private static MockResponse notFound() {
    return error(404, "Not Found");
  }

  private static MockResponse error(int status, String message) {
    ObjectNode body = JSON.createObjectNode();
    body.put("message", message);
    body.put("documentation_url", "https://docs.github.com/rest");
    body.put("status", Integer.toString(status));
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json; charset=utf-8")
        .setBody(body.toString());
  }

  private static int intParameter(HttpUrl url, String name, int fallback) {
    String value = url.queryParameter(name);
    try {
      return value == null ? fallback : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static String withPage(HttpUrl url, int page) {
    return url.newBuilder().setQueryParameter("page", Integer.toString(page)).build().toString();
  }
}
