package io.hfmine.cli.commands.code;

import static io.hfmine.datasets.store.StoreRows.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.cli.CliRun;
import io.hfmine.crawler.github.fake.FakeGithub;
import io.hfmine.crawler.github.rate.WallClock;
import io.hfmine.datasets.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubCommandsTest {
  @TempDir
  Path work;

  private final FakeGithub github = new FakeGithub(WallClock.system());
  private final MockWebServer server = new MockWebServer();
  private String out;
  private String err;

  @BeforeEach
  void start() throws IOException {
    server.setDispatcher(github);
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private int run(String... args) {
    CliRun run = CliRun.of(CliRun.concat(
        new String[] {"--work-dir", work.toString(), "--github-endpoint", server.url("/").toString(), "--quiet"}, args));
    out = run.out();
    err = run.err();
    return run.exitCode();
  }

  @Test
  void searchFetchSyncAndIssuesRunEndToEnd() {
    github.file("acme/app", "infer.py", "pipeline(model='gpt2')", List.of("gpt2"));
    Instant t = Instant.parse("2024-05-01T00:00:00Z");
    github.repo("acme/app").commits(42).issue(new FakeGithub.Issue(1, "OOM with gpt2", "CUDA out of memory", "closed",
        "completed", "alice", "NONE", List.of("bug"), t, t, t, false, List.of()));

    assertThat(run("code", "search", "--models", "gpt2")).isZero();
    assertThat(out).contains("code search: 1 done, 0 already done, 0 failed, 1 rows stored");
    assertThat(run("code", "fetch")).isZero();
    assertThat(run("repos", "sync")).isZero();
    assertThat(run("issues", "sync", "--repo", "acme/app")).isZero();
    assertThat(out).contains("issues sync: 1 done");

    try (Store store = Store.openIn(work)) {
      assertThat(rows(store, "SELECT content FROM files")).containsExactly("pipeline(model='gpt2')");
      assertThat(rows(store, "SELECT full_name, commits, issues_total FROM repositories")).containsExactly("acme/app|42|1");
      assertThat(rows(store, "SELECT title FROM issues")).containsExactly("OOM with gpt2");
    }
  }

  @Test
  void aSecondSearchRunSkipsWhatIsDone() {
    github.file("acme/app", "infer.py", "pipeline(model='gpt2')", List.of("gpt2"));
    run("code", "search", "--models", "gpt2");
    assertThat(run("code", "search", "--models", "gpt2")).isZero();
    assertThat(out).contains("0 done, 1 already done");
  }

  @Test
  void aRefreshRevalidatesWithTheEtagAndA304CostsNoQuota() {
    github.repo("acme/app").set("stargazers_count", 7);
    assertThat(run("repos", "sync", "acme/app")).isZero();
    assertThat(run("repos", "sync", "--refresh", "acme/app")).isZero();
    List<FakeGithub.RecordedLine> repoAnswers = github.log().stream()
        .filter(line -> line.target().equals("/repos/acme/app")).toList();
    assertThat(repoAnswers).extracting(FakeGithub.RecordedLine::status).containsExactly(200, 304);
    try (Store store = Store.openIn(work)) {
      assertThat(rows(store, "SELECT stars FROM repositories")).containsExactly("7");
    }
  }

  @Test
  void issuesSyncNeedsEitherReposOrSelected() {
    assertThat(run("issues", "sync")).isEqualTo(2);
    assertThat(err).contains("give either --repo OWNER/NAME... or --selected");
  }

  @Test
  void aRepositoryNameWithoutOwnerIsAUsageError() {
    assertThat(run("repos", "sync", "just-a-name")).isEqualTo(2);
    assertThat(err).contains("'just-a-name' is not a repository name of the form OWNER/NAME");
  }

  @Test
  void failedUnitsEndWithThePartialExitCodeAndTheirReason() {
    assertThat(run("issues", "sync", "--repo", "nobody/nothing")).isEqualTo(3);
    assertThat(err).contains("nobody/nothing: GitHub answered 404 for /repos/nobody/nothing/issues");
  }

  @Test
  void recordsAnArchiveThatReplaysWithoutNetwork() throws IOException {
    github.file("acme/app", "infer.py", "pipeline(model='gpt2')", List.of("gpt2"));
    Path archive = work.resolve("archive");
    assertThat(run("--record", archive.toString(), "code", "search", "--models", "gpt2")).isZero();
    server.shutdown();
    Files.delete(work.resolve("hfmine.duckdb"));
    assertThat(run("--replay", archive.toString(), "code", "search", "--models", "gpt2")).isZero();
    try (Store store = Store.openIn(work)) {
      assertThat(rows(store, "SELECT model_id, repository, path FROM code_hits")).containsExactly("gpt2|acme/app|infer.py");
    }
  }
}
