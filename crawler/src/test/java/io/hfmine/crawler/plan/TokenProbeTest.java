package io.hfmine.crawler.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class TokenProbeTest {
  private static final String RATE_LIMIT = """
      {"resources": {"core": {"limit": 5000, "remaining": 4321, "reset": 1},
                     "search": {"limit": 30, "remaining": 30, "reset": 1},
                     "code_search": {"limit": 10, "remaining": 7, "reset": 1}}}""";

  @Test
  void eachGithubTokenIsCheckedForItsAccountScopesAndBudgetLeftAndARefusedOneIsNamedByPosition() throws Exception {
    try (MockWebServer github = new MockWebServer()) {
      github.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          boolean good = "Bearer ghp_good".equals(request.getHeader("Authorization"));
          if (!good) {
            return new MockResponse().setResponseCode(401).setBody("{\"message\":\"Bad credentials\"}");
          }
          return "/user".equals(request.getPath())
              ? new MockResponse().addHeader("X-OAuth-Scopes", "repo, read:org").setBody("{\"login\":\"alice\"}")
              : new MockResponse().setBody(RATE_LIMIT);
        }
      });
      github.start();
      TokenProbe probe = new TokenProbe(new OkHttpClient(), github.url("/").toString(), "2022-11-28", "http://unused");

      List<TokenProbe.GithubToken> tokens = probe.github(List.of("ghp_good", "ghp_revoked"));

      assertThat(tokens.get(0).login()).isEqualTo("alice");
      assertThat(tokens.get(0).scopes()).containsExactly("repo", "read:org");
      assertThat(tokens.get(0).buckets().get("code_search")).isEqualTo(new TokenProbe.Bucket(10, 7, 60));
      assertThat(tokens.get(0).buckets().get("core")).isEqualTo(new TokenProbe.Bucket(5000, 4321, 3600));
      assertThat(tokens.get(1).index()).isEqualTo(2);
      assertThat(tokens.get(1).problem()).contains("401").doesNotContain("ghp_revoked");
    }
  }

  @Test
  void theHubTellsTheUserOfTheTokenAndItsAnnouncedWindows() throws Exception {
    try (MockWebServer hub = new MockWebServer()) {
      hub.enqueue(new MockResponse().addHeader("RateLimit-Policy", "\"api\";q=1000;w=300")
          .setBody("{\"name\":\"bob\",\"auth\":{\"accessToken\":{\"role\":\"read\"}}}"));
      hub.start();
      TokenProbe probe = new TokenProbe(new OkHttpClient(), "http://unused", "2022-11-28", hub.url("/").toString());

      TokenProbe.HubAccount account = probe.hub("hf_secret");

      assertThat(account.user()).isEqualTo("bob");
      assertThat(account.role()).isEqualTo("read");
      assertThat(account.windows().get("api")).isEqualTo(new TokenProbe.Bucket(1000, 1000, 300));
      assertThat(hub.takeRequest().getHeader("Authorization")).isEqualTo("Bearer hf_secret");
    }
  }
}
