package io.hfmine.crawler.hf;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.crawler.http.retry.RetryInterceptor;
import io.hfmine.crawler.http.retry.RetryListener;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.hf.HfSettings;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HfRateGovernorTest {
  private final MockWebServer server = new MockWebServer();
  private final FakeSleeper sleeper = new FakeSleeper();
  private OkHttpClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    // As HfHub wires them: the shared retry with the Hub's rules, then the governor for each attempt.
    HfSettings settings = Config.defaults().section("hf", HfSettings.class);
    client = new OkHttpClient.Builder()
        .addInterceptor(new RetryInterceptor(HfHub.policy(settings), new HfAnswerRules(), sleeper, RetryListener.NONE))
        .addInterceptor(new HfRateGovernor(sleeper, 5))
        .build();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private void get(String path) throws Exception {
    try (Response response = client.newCall(new Request.Builder().url(server.url(path)).build()).execute()) {
      response.body().string();
    }
  }

  private static MockResponse answer(String bucket, int remaining, int reset) {
    return new MockResponse().setBody("[]")
        .setHeader("RateLimit", "\"" + bucket + "\";r=" + remaining + ";t=" + reset)
        .setHeader("RateLimit-Policy", "\"fixed window\";\"" + bucket + "\";q=500;w=300");
  }

  @Test
  void countsFileDownloadsAgainstTheResolversBucket() {
    assertThat(HfRateGovernor.bucketOf(new Request.Builder().url("https://huggingface.co/a/b/resolve/main/README.md").build()))
        .isEqualTo("resolvers");
    assertThat(HfRateGovernor.bucketOf(new Request.Builder().url("https://huggingface.co/api/models").build()))
        .isEqualTo("api");
  }

  @Test
  void anExhaustedApiBucketDoesNotDelayFileDownloads() throws Exception {
    server.enqueue(answer("api", 2, 120));
    server.enqueue(answer("resolvers", 2900, 200));
    server.enqueue(answer("api", 499, 300));

    get("/api/models");
    get("/org/model/resolve/main/README.md");
    assertThat(sleeper.sleeps).isEmpty();

    get("/api/models");
    assertThat(sleeper.sleeps).containsExactly(120_000L);
  }

  @Test
  void waitsAWholeWindowOnA429WithoutResetTime() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(429));
    server.enqueue(answer("api", 400, 100));

    get("/api/models");

    assertThat(sleeper.sleeps).isEqualTo(List.of(300_000L));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void a429WithItsWindowIsHeldUntilTheAnnouncedReset() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(429)
        .setHeader("RateLimit", "\"api\";r=0;t=42").setHeader("RateLimit-Policy", "\"fixed window\";\"api\";q=500;w=300"));
    server.enqueue(answer("api", 499, 300));

    get("/api/models");

    assertThat(sleeper.sleeps).containsExactly(42_000L);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void honoursRetryAfterWhenTheRateLimitHeaderIsMissing() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "12"));
    server.enqueue(answer("api", 400, 100));

    get("/api/models");

    assertThat(sleeper.sleeps).containsExactly(12_000L);
  }
}
