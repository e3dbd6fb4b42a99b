package io.hfmine.analyzers.stats.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.analyzers.stats.Alternative;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ResolutionStudyRunTest {
  private static final StudySettings SETTINGS = new StudySettings(3, DayCounting.CALENDAR, Alternative.GREATER,
      List.of("human:*", "rules"), 100, 0.95);
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);

  private final Store store = Store.inMemory();

  @AfterEach
  void close() {
    store.close();
  }

  private void sql(String... statements) {
    store.transaction(connection -> {
      try (Statement statement = connection.createStatement()) {
        for (String sql : statements) {
          statement.execute(sql);
        }
      }
      return null;
    });
  }

  private void issue(String repository, int number, String created, String closed) {
    sql("INSERT INTO issues (repository, number, title, state, created_at, closed_at, source) VALUES ('" + repository
        + "', " + number + ", 't', '" + (closed == null ? "open" : "closed") + "', TIMESTAMP '" + created + "', "
        + (closed == null ? "NULL" : "TIMESTAMP '" + closed + "'") + ", 'github')");
  }

  private void label(String repository, int number, String kind, String value, String source) {
    sql("INSERT INTO issue_labels (repository, issue_number, label_kind, value, source, labelled_at) VALUES ('"
        + repository + "', " + number + ", '" + kind + "', '" + value + "', '" + source + "', TIMESTAMP '2025-01-01 00:00:00')");
  }

  private long count(String query) {
    return store.read(connection -> {
      try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
        rows.next();
        return rows.getLong(1);
      }
    });
  }

  @Test
  void humanLabelsWinOverRulesAndRulesFillTheRest() {
    issue("o/a", 1, "2024-01-01 08:00:00", "2024-01-03 07:00:00");
    label("o/a", 1, "ptm", "false", "rules");
    label("o/a", 1, "ptm", "true", "human:alice");
    label("o/a", 1, "theme", "MU", "rules");
    issue("o/a", 2, "2024-01-01 08:00:00", "2024-01-01 09:00:00");
    label("o/a", 2, "ptm", "false", "rules");
    label("o/a", 2, "ptm", "true", "llm");
    List<StudyIssue> issues = StudyIssueReader.read(store, new LabelSourcePreference(List.of("human:*", "rules")));
    assertThat(issues).extracting(StudyIssue::ptm).containsExactly(true, false);
    assertThat(issues.get(0).themes()).containsExactly("MU");
    assertThat(issues.get(0).closedAt()).isEqualTo(Instant.parse("2024-01-03T07:00:00Z"));
  }

  @Test
  void aPtmLabelThatIsNotABooleanNamesTheIssue() {
    issue("o/a", 7, "2024-01-01 08:00:00", null);
    label("o/a", 7, "ptm", "maybe", "rules");
    assertThatThrownBy(() -> StudyIssueReader.read(store, new LabelSourcePreference(List.of("rules"))))
        .hasMessageContaining("o/a#7 has ptm label 'maybe'");
  }

  @Test
  void storesTheRunAndAReRunReplacesIt() {
    for (int i = 1; i <= 4; i++) {
      issue("o/a", i, "2024-01-01 08:00:00", "2024-01-0" + (1 + i) + " 08:00:00");
      label("o/a", i, "ptm", i <= 2 ? "true" : "false", "rules");
      label("o/a", i, "type", "bug", "rules");
      label("o/a", i, "theme", i == 1 ? "MU" : "PQ", "rules");
    }
    issue("o/a", 5, "2024-01-01 08:00:00", null);
    label("o/a", 5, "ptm", "true", "rules");

    ResolutionStudyResult result = ResolutionStudyRun.run(store, SETTINGS, Progress.NONE, CLOCK);
    assertThat(result.counts().openExcluded()).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM resolution_runs")).isEqualTo(1);
    assertThat(count("SELECT open_excluded FROM resolution_runs")).isEqualTo(1);
    assertThat(count("SELECT sampled_per_group FROM resolution_projects WHERE repository = 'o/a'")).isEqualTo(2);
    assertThat(count("SELECT count(*) FROM resolution_values WHERE scope = 'group'")).isEqualTo(4);
    assertThat(count("SELECT sum(calendar_days) FROM resolution_values WHERE scope = 'group' AND grp = 'ptm'")).isEqualTo(1 + 2);
    assertThat(count("SELECT count(*) FROM resolution_tests WHERE test_id = 'ptm-vs-non-ptm' AND p_value IS NOT NULL"))
        .isEqualTo(1);
    assertThat(count("SELECT count(*) FROM resolution_effect_sizes WHERE test_id = 'ptm-vs-non-ptm'")).isEqualTo(2);
    assertThat(count("SELECT count(*) FROM resolution_tests WHERE test_id = 'issue-types' AND p_value IS NULL"))
        .isEqualTo(1);

    ResolutionStudyRun.run(store, SETTINGS, Progress.NONE, CLOCK);
    assertThat(count("SELECT count(*) FROM resolution_runs")).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM resolution_values WHERE scope = 'group'")).isEqualTo(4);
  }
}
