package io.hfmine.crawler.http.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.crawler.archive.Archive;
import io.hfmine.crawler.http.HttpSettings;
import io.hfmine.crawler.http.HttpStack;
import io.hfmine.crawler.http.Sleeper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetryInterceptorTest {
  private static final String WHOLE = "{\"items\":[1,2,3]}";
  private static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1),
      Duration.ofSeconds(60), Duration.ofSeconds(60), 2);

  @TempDir
  Path cache;
  private final MockWebServer server = new MockWebServer();
  private final List<Long> sleeps = new CopyOnWriteArrayList<>();
  private HttpStack http;
  private OkHttpClient client;

  @BeforeEach
  void start() throws IOException {
    server.start();
    http = new HttpStack(new HttpSettings("hfmine-test", 5, 5, 1), Archive.off(), cache);
    Sleeper sleeper = new Sleeper() {
      @Override public long nowMillis() {
        return System.currentTimeMillis();
      }

      @Override public void sleep(long millis) {
        sleeps.add(millis);
      }
    };
    client = http.forApi(List.of(new RetryInterceptor(POLICY, AnswerRules.SERVER_ERRORS, sleeper, RetryListener.NONE)));
  }

  @AfterEach
  void stop() throws IOException {
    http.close();
    server.shutdown();
  }

  private String get(String path) throws IOException {
    try (Response response = client.newCall(new Request.Builder().url(server.url(path)).build()).execute()) {
      return response.body().string();
    }
  }

  private static MockResponse json(String body) {
    return new MockResponse().setBody(body).setHeader("Content-Type", "application/json")
        .setHeader("ETag", "\"v1\"").setHeader("Cache-Control", "max-age=60");
  }

  @Test
  void jsonThatEndsEarlyIsAskedForAgainFromTheServerNotFromTheCache() throws Exception {
    server.enqueue(json(WHOLE.substring(0, 9)));
    server.enqueue(json(WHOLE));

    assertThat(get("/page")).isEqualTo(WHOLE);
    assertThat(sleeps).containsExactly(100L);
    server.takeRequest();
    assertThat(server.takeRequest().getHeader("If-None-Match")).isNull();
    // The whole answer replaced the broken copy in the cache.
    assertThat(get("/page")).isEqualTo(WHOLE);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void jsonCutJustAfterAnArrayElementIsAnEarlyEndTooButTextThatIsNoJsonIsNot() throws Exception {
    String page = "[{\"id\":1,\"user\":{\"login\":\"a\"}},{\"id\":2}]";
    server.enqueue(json(page.substring(0, page.indexOf("},{") + 2)));
    server.enqueue(json(page));
    server.enqueue(json("<html>gateway</html>"));

    assertThat(get("/comments")).isEqualTo(page);
    assertThat(get("/other")).isEqualTo("<html>gateway</html>");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aBodyCutOffMidTransferIsAFailedAttemptWithBackoff() throws Exception {
    server.enqueue(json(WHOLE + " ".repeat(64 * 1024)).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(json(WHOLE));

    assertThat(get("/page").strip()).isEqualTo(WHOLE);
    assertThat(sleeps).containsExactly(100L);
  }

  @Test
  void whenAttemptsRunOutTheErrorNamesMethodUrlAttemptsAndProblem() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    }

    assertThatThrownBy(() -> get("/models?cursor=abc&access_token=secret123"))
        .isInstanceOf(RequestFailedException.class)
        .hasMessageStartingWith("GET " + server.url("/models") + "?cursor=abc&access_token=***")
        .hasMessageContaining("failed after 3 attempts");
    assertThat(sleeps).containsExactly(100L, 200L);
  }

  @Test
  void aBodyLimitReadsNothingOfABodyDeclaredLargerAndOneBytePastItOfOneThatTurnsOutLarger() throws Exception {
    server.enqueue(new MockResponse().setBody("x".repeat(10_000)));
    server.enqueue(new MockResponse().setChunkedBody("y".repeat(10_000), 1_000));
    Request declared = new Request.Builder().url(server.url("/a")).tag(BodyLimit.class, new BodyLimit(100)).build();
    Request chunked = new Request.Builder().url(server.url("/b")).tag(BodyLimit.class, new BodyLimit(100)).build();
    try (Response response = client.newCall(declared).execute()) {
      assertThat(response.header("Content-Length")).isEqualTo("10000");
      assertThat(response.body().bytes()).isEmpty();
    }
    try (Response response = client.newCall(chunked).execute()) {
      assertThat(response.body().bytes()).hasSize(101);
    }
  }
}
