package io.hfmine.cli.commands.repos;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.cli.CliRun;
import io.hfmine.datasets.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReposSelectCommandTest {
  // full_name, status, description, language, topics, fork, archived, stars, forks, commits, issues_total, size_kb
  private static final String[] REPOSITORIES = {
      "('acme-ml/caption-studio', 'ok', 'A Streamlit app that writes captions for your photos with BLIP', 'Python',"
          + " ['image-captioning'], false, false, 420, 51, 380, 95, 5400)",
      "('deepfield/qa-bot', 'ok', 'Answer questions about your documents with RoBERTa', 'Python', [], false, false,"
          + " 150, 20, 210, 40, 2300)",
      "('copycat/qa-bot', 'ok', 'Answer questions about your documents with RoBERTa', 'Python', [], true, false,"
          + " 2, 0, 210, 0, 2300)",
      "('gone/vanished', 'gone', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)",
      "('tiny/demo', 'ok', 'Summarise meeting notes with BART', 'Python', [], false, false, 3, 0, 8, 1, 60)",
      "('student/nlp-homework', 'ok', 'Solutions for the NLP class', 'Python', ['homework'], false, false,"
          + " 35, 12, 90, 14, 800)",
      "('zh/bert-chinese', 'ok', '基于BERT的中文文本分类，支持多标签分类', 'Python', [], false, false, 300, 80, 120, 60, 900)",
      "('notes/bert-reading-list', 'ok', 'Notes on BERT models we read about', 'Python', [], false, false,"
          + " 200, 30, 150, 20, 700)",
  };
  /** Its code-search hit only mentions the model; every other repository's hit loads it. */
  private static final String MENTION_ONLY = "notes/bert-reading-list";

  @TempDir
  Path temp;

  private CliRun last;

  @BeforeEach
  void syncedRepositories() {
    try (Store store = Store.openIn(work())) {
      store.transaction(connection -> {
        try (Statement statement = connection.createStatement()) {
          for (String row : REPOSITORIES) {
            statement.executeUpdate("INSERT INTO repositories (full_name, status, description, language, topics,"
                + " is_fork, archived, stars, forks, commits, issues_total, size_kb, fetched_at) VALUES "
                + row.substring(0, row.length() - 1) + ", TIMESTAMP '2024-03-01 00:00:00')");
            String name = row.substring(2, row.indexOf('\'', 2));
            statement.executeUpdate("INSERT INTO code_hits VALUES ('google-bert/bert-base-uncased', '" + name
                + "', 'app.py', 'sha-" + name + "', 'q', 'all', NULL, TIMESTAMP '2024-03-01 00:00:00')");
            statement.executeUpdate("INSERT INTO hit_verifications VALUES ('google-bert/bert-base-uncased', 'sha-" + name
                + "', '" + (name.equals(MENTION_ONLY) ? "mention-only" : "verified") + "', NULL, TIMESTAMP '2024-03-01 00:00:00')");
          }
        }
        return null;
      });
    }
  }

  @Test
  void printsTheFunnelAsThePaperReportsItAndRecordsTheSelection() {
    int exit = run("repos", "select");

    assertThat(exit).as(err()).isZero();
    List<String> lines = out().lines().toList();
    assertThat(lines.get(0)).matches("step\\s+rule\\s+projects left");
    assertThat(lines.get(1)).matches("\\s+0\\s+repositories in the store\\s+8");
    assertThat(lines.get(3)).matches("\\s+2\\s+loads a model \\(a verified usage, not only a mention\\)\\s+6");
    assertThat(lines).anyMatch(line -> line.matches("\\s+7\\s+stars >= 10\\s+4"));
    assertThat(lines.get(lines.size() - 1)).matches("\\s+18\\s+English description \\(undetermined kept\\)\\s+2");
    assertThat(err()).contains("2 repositories selected; recorded in repository_selection and selection_funnel");
    assertThat(query("SELECT full_name FROM repository_selection ORDER BY 1"))
        .containsExactly("acme-ml/caption-studio", "deepfield/qa-bot");
    assertThat(query("SELECT count(*) FROM selection_funnel WHERE selection = 'repositories'")).containsExactly("19");
  }

  @Test
  void aDryRunPrintsTheFunnelAndRecordsNothing() {
    int exit = run("repos", "select", "--dry-run");

    assertThat(exit).isZero();
    assertThat(out()).contains("repositories in the store");
    assertThat(err()).contains("(dry run: nothing recorded)");
    assertThat(query("SELECT count(*) FROM repository_selection")).containsExactly("0");
  }

  @Test
  void theElbowFlagPicksEveryThresholdFromTheData() {
    int exit = run("repos", "select", "--elbow", "--dry-run");

    assertThat(exit).as(err()).isZero();
    assertThat(out()).doesNotContain("stars >= 10\n", "forks >= 5\n");
    assertThat(out().lines().filter(line -> line.contains("(elbow)") || line.contains("no elbow"))).hasSize(5);
  }

  @Test
  void optionsOverrideTheConfiguredRules() {
    int exit = run("repos", "select", "--dry-run", "--min", "stars=200", "--min", "forks=off", "--language", "python");

    assertThat(exit).as(err()).isZero();
    assertThat(out()).contains("primary language python", "stars >= 200").doesNotContain("forks >=");
  }

  @Test
  void aStudyConfigurationReplacesTheShippedThresholds() throws IOException {
    Path study = temp.resolve("study.yaml");
    Files.writeString(study, """
        repos-select:
          thresholds:
            stars: 100
            forks: off
            commits: off
            issues-total: off
            size-kb: off
          english:
            enabled: false
        """);
    int exit = run("--config", study.toString(), "repos", "select", "--dry-run");

    assertThat(exit).as(err()).isZero();
    assertThat(out()).contains("stars >= 100").doesNotContain("English", "commits >=");
    assertThat(err()).contains("3 repositories selected");
  }

  @Test
  void explainTellsWhyEachRepositoryWasDropped() {
    run("repos", "select", "--dry-run", "--explain");

    assertThat(out()).contains("student/nlp-homework\tstep 13 (no homework keyword in name, description or topics):"
        + " keyword 'homework'", "copycat/qa-bot\tstep 3 (not a fork): fork",
        MENTION_ONLY + "\tstep 2 (loads a model (a verified usage, not only a mention)): mention-only hits");
  }

  @Test
  void anExclusionListDropsItsRepositories() throws IOException {
    Path list = temp.resolve("exclude.txt");
    Files.writeString(list, "# reviewed by hand\nhttps://github.com/deepfield/qa-bot\n");

    int exit = run("repos", "select", "--exclude", list.toString());

    assertThat(exit).as(err()).isZero();
    assertThat(out()).containsPattern("5\\s+not on the exclusion list \\(1 name\\)\\s+4");
    assertThat(query("SELECT full_name FROM repository_selection")).containsExactly("acme-ml/caption-studio");
  }

  @Test
  void aBadExclusionListIsAUsageErrorNamingFileAndLine() throws IOException {
    Path list = temp.resolve("exclude.txt");
    Files.writeString(list, "deepfield/qa-bot\nthe one with the bad README\n");

    int exit = run("repos", "select", "--exclude", list.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err()).contains("exclude.txt line 2: not a repository");
    assertThat(query("SELECT count(*) FROM repository_selection")).containsExactly("0");
  }

  @Test
  void helpDescribesTheOptions() {
    assertThat(run("repos", "select", "--help")).isZero();
    assertThat(out()).contains("--elbow", "--exclude=FILE", "--dry-run", "Exit codes:");
  }

  @Test
  void aBadThresholdIsAUsageError() {
    assertThat(run("repos", "select", "--min", "stars=lots")).isEqualTo(2);
    assertThat(err()).contains("--min stars=lots: expected a whole number, 'elbow' or 'off', got 'lots'");
    assertThat(run("repos", "select", "--min", "likes=3")).isEqualTo(2);
    assertThat(err()).contains("unknown repository metric 'likes'");
  }

  private Path work() {
    return temp.resolve("work");
  }

  private int run(String... args) {
    last = CliRun.quietIn(work(), args);
    return last.exitCode();
  }

  private List<String> query(String sql) {
    try (Store store = Store.openIn(work())) {
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

  private String out() {
    return last.out();
  }

  private String err() {
    return last.err();
  }
}
