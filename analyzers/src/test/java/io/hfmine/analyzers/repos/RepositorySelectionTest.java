package io.hfmine.analyzers.repos;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.datasets.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RepositorySelectionTest {
  private final Store store = Store.inMemory();
  private final RepositorySelection selection = new RepositorySelection(store);

  @BeforeEach
  void syncedRepositories() {
    store.transaction(connection -> {
      for (RepositoryCandidate repo : RepositoryFixtures.population()) {
        insert(connection, repo);
      }
      return null;
    });
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void recordsTheSelectedRepositoriesAndTheFunnel() {
    SelectionOutcome outcome = selection.run(spec(false), step -> { });

    assertThat(rows("SELECT full_name FROM repository_selection ORDER BY full_name"))
        .containsExactly("acme-ml/caption-studio", "deepfield/qa-bot", "terse/ner-tool");
    assertThat(rows("SELECT step || '|' || description || '|' || remaining FROM selection_funnel"
        + " WHERE selection = 'repositories' ORDER BY step"))
        .hasSize(outcome.funnel().size())
        .startsWith("0|repositories in the store|19", "1|still on GitHub (not 404/451)|18",
            "2|loads a model (a verified usage, not only a mention)|18")
        .endsWith("18|English description (undetermined kept)|3");
  }

  @Test
  void readsTopicsAndUnknownMetricsFromTheStore() {
    SelectionOutcome outcome = selection.run(spec(true), step -> { });

    assertThat(outcome.dropped()).containsEntry("unknown/commits", "step 9 (commits >= 50): commits unknown");
    assertThat(outcome.selected().get(0).topics()).containsExactly("machine-learning", "transformers");
  }

  @Test
  void aNewSelectionReplacesThePreviousOne() {
    selection.run(spec(false), step -> { });
    RepositorySelectionSpec onlyCaptions = new RepositorySelectionSpec(RepositoryFixtures.shippedSettings(), false,
        List.of("blocked/thing", "deepfield/qa-bot", "terse/ner-tool"), false);

    selection.run(onlyCaptions, step -> { });

    assertThat(rows("SELECT full_name FROM repository_selection")).containsExactly("acme-ml/caption-studio");
    assertThat(rows("SELECT count(*) FROM selection_funnel WHERE selection = 'repositories'")).containsExactly("19");
    assertThat(rows("SELECT remaining FROM selection_funnel WHERE selection = 'repositories' AND step = 5"))
        .containsExactly("13");
  }

  @Test
  void leavesTheModelFunnelAlone() {
    store.transaction(connection -> {
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate("INSERT INTO selection_funnel VALUES ('models', 0, 'models in the store', 42, now())");
      }
      return null;
    });

    selection.run(spec(false), step -> { });

    assertThat(rows("SELECT remaining FROM selection_funnel WHERE selection = 'models'")).containsExactly("42");
  }

  @Test
  void aDryRunRecordsNothing() {
    List<FunnelStep> printed = new ArrayList<>();
    selection.run(spec(true), printed::add);

    assertThat(printed).hasSize(19);
    assertThat(rows("SELECT count(*) FROM repository_selection")).containsExactly("0");
    assertThat(rows("SELECT count(*) FROM selection_funnel")).containsExactly("0");
  }

  private static RepositorySelectionSpec spec(boolean dryRun) {
    return new RepositorySelectionSpec(RepositoryFixtures.shippedSettings(), false, List.of("blocked/thing"), dryRun);
  }

  /** Writes a repository row as `repos sync` does. */
  static void insert(Connection connection, RepositoryCandidate repo) throws Exception {
    try (PreparedStatement insert = connection.prepareStatement("""
        INSERT INTO repositories (full_name, status, description, language, topics, is_fork, archived, disabled,
                                  stars, forks, watchers, open_issues, issues_total, commits, size_kb, fetched_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
      insert.setString(1, repo.fullName());
      insert.setString(2, repo.status());
      insert.setString(3, repo.description());
      insert.setString(4, repo.language());
      insert.setArray(5, connection.createArrayOf("VARCHAR", repo.topics().toArray()));
      insert.setBoolean(6, repo.fork());
      insert.setBoolean(7, repo.archived());
      insert.setBoolean(8, repo.disabled());
      RepositoryMetric[] metrics = {RepositoryMetric.STARS, RepositoryMetric.FORKS, RepositoryMetric.WATCHERS,
          RepositoryMetric.OPEN_ISSUES, RepositoryMetric.ISSUES_TOTAL, RepositoryMetric.COMMITS, RepositoryMetric.SIZE_KB};
      for (int i = 0; i < metrics.length; i++) {
        Long value = repo.metric(metrics[i]);
        if (value == null) {
          insert.setNull(9 + i, Types.BIGINT);
        } else {
          insert.setLong(9 + i, value);
        }
      }
      insert.setTimestamp(16, Timestamp.from(Instant.parse("2024-03-01T00:00:00Z")));
      insert.executeUpdate();
    }
    hit(connection, repo);
  }

  /** The repository's code-search hit and its verdict, as code search and usage extract leave them. */
  private static void hit(Connection connection, RepositoryCandidate repo) throws Exception {
    if (repo.usage() == RepositoryCandidate.UsageEvidence.NO_HITS) {
      return;
    }
    String blob = "sha-" + repo.fullName();
    try (PreparedStatement hit = connection.prepareStatement(
        "INSERT INTO code_hits VALUES ('google-bert/bert-base-uncased', ?, 'app.py', ?, 'q', 'all', NULL, now())")) {
      hit.setString(1, repo.fullName());
      hit.setString(2, blob);
      hit.executeUpdate();
    }
    if (repo.usage() != RepositoryCandidate.UsageEvidence.UNVERIFIED) {
      try (PreparedStatement verdict = connection.prepareStatement(
          "INSERT INTO hit_verifications VALUES ('google-bert/bert-base-uncased', ?, ?, NULL, now())")) {
        verdict.setString(1, blob);
        verdict.setString(2, repo.usage() == RepositoryCandidate.UsageEvidence.VERIFIED ? "verified" : "mention-only");
        verdict.executeUpdate();
      }
    }
  }

  private List<String> rows(String sql) {
    return store.read(connection -> {
      List<String> values = new ArrayList<>();
      try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
      return values;
    });
  }
}
