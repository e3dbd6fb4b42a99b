package io.hfmine.cli.commands.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitPlanCommandTest {
  @TempDir
  Path dir;

  @Test
  void initWritesADocumentedStudyFileWithRealStudyDefaultsAndMakesTheFolderUseIt() throws Exception {
    Path study = dir.resolve("my-study");

    CliRun init = CliRun.of("init", study.toString());

    assertThat(init.exitCode()).isZero();
    String text = Files.readString(study.resolve("study.yaml"));
    assertThat(text).contains("page-size: 1000").contains("max: 5000").contains("skip-duplicate-variants: true")
        .contains("require-verified-usage: true").contains("# ");
    assertThat(init.err()).contains("hfmine --work-dir " + study + " plan");
    assertThat(CliRun.of("init", study.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void planEstimatesEachStageFromTheStudyFileAndTheAnnouncedBudgets() throws Exception {
    Path study = dir.resolve("my-study");
    CliRun.of("init", study.toString());
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          if ("/api/whoami-v2".equals(request.getPath())) {
            return new MockResponse().setResponseCode(401).addHeader("RateLimit-Policy", "\"api\";q=1000;w=300")
                .setBody("{\"error\":\"Invalid credentials\"}");
          }
          return new MockResponse().setResponseCode(404);
        }
      });
      server.start();
      String endpoint = server.url("/").toString();

      CliRun plan = CliRun.of("--work-dir", study.toString(), "--hf-endpoint", endpoint, "--github-endpoint", endpoint, "plan");

      // Without tokens in the test's environment: anonymous, so code search has no budget.
      assertThat(plan.out()).contains("no GITHUB_TOKEN").contains("api 1,000 and resolvers 3,000 requests per 300 s");
      assertThat(plan.out()).containsPattern("models\\s+hub api\\s+5\\s+0\\.0")
          .containsPattern("cards\\s+hub resolvers\\s+5,000\\s+0\\.1")
          .containsPattern("code-search\\s+github code_search\\s+<= 5,000\\s+no token")
          .contains("run order: models -> cards -> select");
    }
  }
}
