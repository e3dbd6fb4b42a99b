package io.hfmine.devtools.sample;

import io.hfmine.datasets.hashing.Hashes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fake GitHub API over the sample answers like GitHub: pages, redirects, 404s, search, blobs. */
class GitHubSampleDispatcherTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

  private static MockWebServer server;
  private static OkHttpClient client;
  private static Path sample;

  @BeforeAll
  static void start() throws IOException {
    Path dir = Paths.get("").toAbsolutePath();
    while (!Files.isDirectory(dir.resolve("sample/source/github/code"))) {
      dir = dir.getParent();
    }
    sample = dir.resolve("sample/source/github");
    server = new MockWebServer();
    server.setDispatcher(new GitHubSampleDispatcher(sample, true));
    server.start();
    client = new OkHttpClient();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  private static Response get(String pathOrUrl) throws IOException {
    String url = pathOrUrl.startsWith("http") ? pathOrUrl : server.url(pathOrUrl).toString();
    return client.newCall(new Request.Builder().url(url).build()).execute();
  }

  private static JsonNode body(Response response) throws IOException {
    try (response) {
      return JSON.readTree(response.body().string());
    }
  }

  @Test
  void servesRepositoryObjectsWithRateLimitHeaders() throws IOException {
    try (Response response = get("/repos/lumen-ai/lumen-search")) {
      assertThat(response.code()).isEqualTo(200);
      assertThat(response.header("X-RateLimit-Resource")).isEqualTo("core");
      JsonNode repo = JSON.readTree(response.body().string());
      assertThat(repo.get("full_name").asText()).isEqualTo("lumen-ai/lumen-search");
      assertThat(repo.get("url").asText()).startsWith(server.url("/").toString().replaceAll("/$", ""));
    }
  }

  @Test
  void renamedRepositoryRedirectsToItsIdAndTheRedirectLeadsToTheNewName() throws IOException {
    OkHttpClient noRedirects = client.newBuilder().followRedirects(false).build();
    try (Response moved = noRedirects.newCall(new Request.Builder().url(server.url("/repos/jsmith/sd-playground")).build()).execute()) {
      assertThat(moved.code()).isEqualTo(301);
      assertThat(moved.header("Location")).startsWith(server.url("/repositories/").toString());
    }
    assertThat(body(get("/repos/jsmith/sd-playground")).get("full_name").asText()).isEqualTo("jsmith-ai/sd-playground");
  }

  @Test
  void goneRepositoryAnswers404() throws IOException {
    try (Response response = get("/repos/deleted-user/llm-experiments")) {
      assertThat(response.code()).isEqualTo(404);
      assertThat(JSON.readTree(response.body().string()).get("message").asText()).isEqualTo("Not Found");
    }
  }

  @Test
  void issuePagesFollowTheLinkHeaderAndCoverEveryIssueAndPullRequest() throws IOException {
    List<JsonNode> all = new ArrayList<>();
    String next = "/repos/voxnote/voxnote/issues?state=all&per_page=20";
    int pages = 0;
    while (next != null) {
      try (Response response = get(next)) {
        JSON.readTree(response.body().string()).forEach(all::add);
        String link = response.header("Link");
        Matcher matcher = link == null ? null : NEXT.matcher(link);
        next = matcher != null && matcher.find() ? matcher.group(1) : null;
      }
      pages++;
    }
    long expected = Files.readAllLines(sample.resolve("issues/voxnote__voxnote.jsonl")).size();
    assertThat(all).hasSize((int) expected);
    assertThat(pages).isEqualTo((int) ((expected + 19) / 20));
    assertThat(all.get(0).get("created_at").asText()).isGreaterThan(all.get(all.size() - 1).get("created_at").asText());
  }

  @Test
  void onlyOpenIssuesWithoutStateParameter() throws IOException {
    JsonNode page = body(get("/repos/voxnote/voxnote/issues?per_page=100"));
    page.forEach(issue -> assertThat(issue.get("state").asText()).isEqualTo("open"));
    assertThat(page.size()).isPositive();
  }

  @Test
  void commentsOfOneIssueMatchItsCommentCount() throws IOException {
    JsonNode issues = body(get("/repos/chatdock/chatdock/issues?state=all&per_page=100"));
    for (JsonNode issue : issues) {
      if (issue.get("comments").asInt() > 0) {
        JsonNode comments = body(get("/repos/chatdock/chatdock/issues/" + issue.get("number").asInt() + "/comments"));
        assertThat(comments.size()).isEqualTo(issue.get("comments").asInt());
        return;
      }
    }
    throw new AssertionError("no issue with comments");
  }

  @Test
  void codeSearchFindsMentionsByTermAndLanguage() throws IOException {
    JsonNode python = body(get("/search/code?q=%22all-MiniLM-L6-v2%22+language:Python&per_page=100"));
    List<String> paths = new ArrayList<>();
    python.get("items").forEach(i -> paths.add(i.get("repository").get("full_name").asText() + "/" + i.get("path").asText()));
    assertThat(paths).contains("rkumar/sentence-sim/similarity.py", "lumen-ai/lumen-search/lumen/index/encoder.py",
        "mbaptiste/lumen-search/lumen/index/encoder.py");
    assertThat(python.get("total_count").asInt()).isEqualTo(paths.size());
    JsonNode java = body(get("/search/code?q=%22sentence-transformers/all-MiniLM-L6-v2%22+language:Java"));
    java.get("items").forEach(i -> assertThat(i.get("path").asText()).endsWith(".java"));
    assertThat(java.get("total_count").asInt()).isEqualTo(3);
  }

  @Test
  void codeSearchFindsNotebooksUnderTheirQuotedLanguage() throws IOException {
    JsonNode notebooks = body(get("/search/code?q=%22openai/whisper-small%22+language:%22Jupyter+Notebook%22"));

    assertThat(notebooks.get("total_count").asInt()).isEqualTo(1);
    assertThat(notebooks.get("items").get(0).get("path").asText()).isEqualTo("notebooks/compare_models.ipynb");
  }

  @Test
  void blobsCarryTheFileBytesInBase64() throws IOException {
    JsonNode hit = body(get("/search/code?q=%22openai/whisper-small%22+language:Python+repo:anna-k/whisper-cli")).get("items").get(0);
    JsonNode blob = body(get(hit.get("git_url").asText()));
    byte[] bytes = Base64.getMimeDecoder().decode(blob.get("content").asText());
    assertThat(bytes).isEqualTo(Files.readAllBytes(sample.resolve("code/anna-k/whisper-cli/transcribe.py")));
    assertThat(Hashes.gitBlobSha(bytes)).isEqualTo(blob.get("sha").asText()).isEqualTo(hit.get("sha").asText());
  }

  @Test
  void sizeQualifierSlicesResults() throws IOException {
    int all = body(get("/search/code?q=gpt2")).get("total_count").asInt();
    int small = body(get("/search/code?q=gpt2+size:0..600")).get("total_count").asInt();
    int large = body(get("/search/code?q=gpt2+size:601..*")).get("total_count").asInt();
    assertThat(small + large).isEqualTo(all);
    assertThat(small).isPositive();
    assertThat(large).isPositive();
  }
}
