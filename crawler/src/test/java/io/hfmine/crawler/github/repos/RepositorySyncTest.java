package io.hfmine.crawler.github.repos;

import static io.hfmine.datasets.store.StoreRows.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.crawler.github.CrawlReport;
import io.hfmine.crawler.github.fake.FakeGithub.Issue;
import io.hfmine.crawler.github.fake.GithubRig;
import io.hfmine.datasets.progress.Progress;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RepositorySyncTest {
  private static final String TOKEN = "ghp_repotokenAAAAAAAAAAAAAAAAAAAAAAAAA";
  private GithubRig rig;

  @AfterEach
  void close() throws IOException {
    rig.close();
  }

  private CrawlReport sync(String... names) {
    return new RepositorySync(rig.connection().api(), rig.store)
        .run(new RepositorySyncSpec(List.of(names), false), Progress.NONE);
  }

  private static Issue issue(int number, boolean pullRequest) {
    Instant t = Instant.parse("2024-01-01T00:00:00Z");
    return new Issue(number, "t", "b", "open", null, "u", "NONE", List.of(), t, t, null, pullRequest, List.of());
  }

  @Test
  void storesEveryColumnWithCommitAndIssueCountsInThreeRequests() throws IOException {
    rig = new GithubRig(List.of(TOKEN));
    rig.github.repo("acme/app").commits(1234).issue(issue(1, false)).issue(issue(2, true)).issue(issue(3, false));
    CrawlReport report = sync("acme/app");
    assertThat(report.failures()).isEmpty();
    assertThat(rows(rig.store, """
        SELECT full_name, status, renamed_from, github_id, description, language, topics, license, stars, forks,
          watchers, open_issues, size_kb, commits, issues_total, is_fork, archived, disabled, default_branch,
          created_at::VARCHAR, pushed_at::VARCHAR FROM repositories"""))
        .containsExactly("acme/app|ok|null|1000|uses acme/app|Python|[nlp]|MIT|10|2|3|1|120|1234|2|false|false|false"
            + "|main|2021-03-04 05:06:07|2024-01-02 03:04:05");
    assertThat(rig.github.served()).isEqualTo(3);
  }

  @Test
  void followsARenameAndKeepsTheOldName() throws IOException {
    rig = new GithubRig(List.of(TOKEN));
    rig.github.rename("old/name", "new/name");
    sync("old/name");
    assertThat(rows(rig.store, "SELECT full_name, renamed_from, status FROM repositories"))
        .containsExactly("new/name|old/name|ok");
  }

  @Test
  void recordsMissingAndBlockedRepositories() throws IOException {
    rig = new GithubRig(List.of(TOKEN));
    rig.github.status("gone/repo", 404);
    rig.github.status("dmca/repo", 451);
    CrawlReport report = sync("gone/repo", "dmca/repo", "never/existed");
    assertThat(report.failures()).isEmpty();
    assertThat(rows(rig.store, "SELECT full_name, status FROM repositories ORDER BY full_name"))
        .containsExactly("dmca/repo|blocked", "gone/repo|gone", "never/existed|gone");
  }

  @Test
  void anEmptyRepositoryHasZeroCommits() throws IOException {
    rig = new GithubRig(List.of(TOKEN));
    rig.github.repo("acme/empty").commits(0);
    sync("acme/empty");
    assertThat(rows(rig.store, "SELECT commits FROM repositories")).containsExactly("0");
  }

  @Test
  void skipsRepositoriesAlreadySynced() throws IOException {
    rig = new GithubRig(List.of(TOKEN));
    rig.github.repo("acme/app");
    sync("acme/app");
    int served = rig.github.served();
    CrawlReport again = sync("acme/app");
    assertThat(rig.github.served()).isEqualTo(served);
    assertThat(again.skippedCount()).isEqualTo(1);
  }
}
