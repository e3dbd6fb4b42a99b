package io.hfmine.crawler.github.issues;

import static io.hfmine.datasets.store.StoreRows.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.crawler.github.CrawlReport;
import io.hfmine.crawler.github.fake.FakeGithub.Comment;
import io.hfmine.crawler.github.fake.FakeGithub.Issue;
import io.hfmine.crawler.github.fake.FakeGithub.Repo;
import io.hfmine.crawler.github.fake.GithubRig;
import io.hfmine.datasets.progress.Progress;
import java.io.IOException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IssueSyncTest {
  private static final String TOKEN = "ghp_issuetokenAAAAAAAAAAAAAAAAAAAAAAAA";
  private static final Instant T = Instant.parse("2024-03-01T12:00:00Z");
  private GithubRig rig;

  @AfterEach
  void close() throws IOException {
    rig.close();
  }

  private CrawlReport sync(int perPage, String... repos) {
    return new IssueSync(rig.connection().api(), rig.store, perPage)
        .run(new IssueSyncSpec(List.of(repos), false), Progress.NONE);
  }

  private static Issue issue(int number, int updatedHours, boolean pr, Comment... comments) {
    return new Issue(number, "Issue " + number, "body " + number, number % 2 == 0 ? "closed" : "open",
        number % 2 == 0 ? "completed" : null, "user" + number, "CONTRIBUTOR", List.of("bug", "ptm"),
        T, T.plusSeconds(3600L * updatedHours), number % 2 == 0 ? T.plusSeconds(7200) : null, pr, List.of(comments));
  }

  private Repo repoWithIssues(int count) {
    Repo repo = rig.github.repo("acme/app");
    for (int n = 1; n <= count; n++) {
      repo.issue(issue(n, n, n % 5 == 0, n % 3 == 0 ? new Comment[] {
          new Comment(n * 10L, "c", "MEMBER", "thanks", T), new Comment(n * 10L + 1, "d", "NONE", "+1", T)} : new Comment[0]));
    }
    return repo;
  }

  @Test
  void storesIssuesWithoutPullRequestsAndWithTheirComments() throws IOException {
    rig = new GithubRig(List.of(TOKEN));
    repoWithIssues(10);
    CrawlReport report = sync(4, "acme/app");
    assertThat(report.failures()).isEmpty();
    assertThat(rows(rig.store, "SELECT count(*) FROM issues")).containsExactly("8");
    assertThat(rows(rig.store, "SELECT number FROM issues WHERE number IN (5, 10)")).isEmpty();
    assertThat(rows(rig.store, "SELECT count(*) FROM issue_comments")).containsExactly("6");
    assertThat(rows(rig.store, """
        SELECT number, title, state, state_reason, author, author_association, labels, comments_count,
          created_at::VARCHAR, updated_at::VARCHAR, closed_at::VARCHAR FROM issues WHERE number = 6"""))
        .containsExactly("6|Issue 6|closed|completed|user6|CONTRIBUTOR|[bug, ptm]|2|2024-03-01 12:00:00"
            + "|2024-03-01 18:00:00|2024-03-01 14:00:00");
    assertThat(rig.github.log().getFirst().target())
        .contains("state=all").contains("sort=updated").contains("direction=asc");
  }

  @Test
  void aRerunAsksOnlyForWhatChangedSinceTheCheckpoint() throws IOException {
    rig = new GithubRig(List.of(TOKEN));
    Repo repo = repoWithIssues(10);
    sync(4, "acme/app");
    repo.issue(new Issue(3, "Issue 3 edited", "b", "closed", "not_planned", "user3", "CONTRIBUTOR", List.of(),
        T, T.plusSeconds(3600L * 50), T.plusSeconds(3600L * 50), false, List.of()));
    int before = rig.github.log().size();
    sync(4, "acme/app");
    List<String> asked = rig.github.log().subList(before, rig.github.log().size()).stream()
        .map(line -> line.target()).toList();
    assertThat(asked).first().asString().contains("since=2024-03-01T22:00:00Z");
    assertThat(rows(rig.store, "SELECT title, state_reason FROM issues WHERE number = 3"))
        .containsExactly("Issue 3 edited|not_planned");
    assertThat(rows(rig.store, "SELECT count(*) FROM issue_comments WHERE issue_number = 3")).containsExactly("0");
    assertThat(rows(rig.store, "SELECT count(*) FROM issues")).containsExactly("8");
  }

  @Test
  void aRunKilledMidwayResumesWithoutGapsOrDuplicates() throws IOException {
    rig = new GithubRig(List.of(TOKEN));
    repoWithIssues(30);
    rig.github.dieAfter(6);
    CrawlReport first = sync(4, "acme/app");
    assertThat(first.failures()).hasSize(1);
    long partial = Long.parseLong(rows(rig.store, "SELECT count(*) FROM issues").getFirst());
    assertThat(partial).isBetween(1L, 23L);
    rig.github.dieAfter(1_000_000);
    sync(4, "acme/app");
    assertThat(rows(rig.store, "SELECT count(*), count(DISTINCT number) FROM issues")).containsExactly("24|24");
    assertThat(rows(rig.store, "SELECT count(*) FROM issue_comments")).containsExactly("16");
  }

  @Test
  void selectedReadsTheRepositorySelection() throws IOException {
    rig = new GithubRig(List.of(TOKEN));
    repoWithIssues(2);
    rig.store.transaction(connection -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("INSERT INTO repository_selection VALUES ('acme/app', now())");
      }
      return null;
    });
    new IssueSync(rig.connection().api(), rig.store, 100).run(new IssueSyncSpec(List.of(), true), Progress.NONE);
    assertThat(rows(rig.store, "SELECT count(*) FROM issues")).containsExactly("2");
  }
}
