package io.hfmine.cli.commands.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.cli.CliRun;
import io.hfmine.datasets.store.Store;
import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolutionCommandTest {
  @TempDir
  Path workDir;

  private CliRun last;

  @BeforeEach
  void seedStore() {
    try (Store store = Store.openIn(workDir)) {
      store.transaction(connection -> {
        try (Statement statement = connection.createStatement()) {
          // o/a: PTM closes after 10, 20, 30 days, non-PTM after 1, 2; o/b has no non-PTM issue.
          int[][] issues = {{1, 10, 1}, {2, 20, 1}, {3, 30, 1}, {4, 1, 0}, {5, 2, 0}};
          for (int[] issue : issues) {
            statement.execute("INSERT INTO issues (repository, number, title, state, created_at, closed_at, source) "
                + "VALUES ('o/a', " + issue[0] + ", 't', 'closed', TIMESTAMP '2024-01-01 12:00:00', "
                + "TIMESTAMP '2024-01-01 12:00:00' + INTERVAL " + issue[1] + " DAY, 'github')");
            statement.execute("INSERT INTO issue_labels (repository, issue_number, label_kind, value, source, labelled_at) "
                + "VALUES ('o/a', " + issue[0] + ", 'ptm', '" + (issue[2] == 1) + "', 'rules', now())");
          }
          statement.execute("INSERT INTO issues (repository, number, title, state, created_at, closed_at, source) "
              + "VALUES ('o/b', 1, 't', 'closed', TIMESTAMP '2024-01-01 12:00:00', TIMESTAMP '2024-01-02 12:00:00', 'github')");
          statement.execute("INSERT INTO issue_labels (repository, issue_number, label_kind, value, source, labelled_at) "
              + "VALUES ('o/b', 1, 'ptm', 'true', 'rules', now())");
        }
        return null;
      });
    }
  }

  private int run(String... args) {
    last = CliRun.of(CliRun.concat(args, "--work-dir", workDir.toString()));
    return last.exitCode();
  }

  @Test
  void printsProjectSizesTestsAndConventions() {
    int code = run("stats", "resolution", "--seed", "5");
    String text = last.out();
    assertThat(code).as(last.err()).isZero();
    assertThat(text).contains("seed 5").containsPattern("o/a\\s+3\\s+2\\s+2 \\+ 2").containsPattern("o/b\\s+1\\s+0\\s+dropped")
        .contains("balanced groups: 2 PTM vs 2 non-PTM issues from 1 projects (1 dropped)")
        .contains("ptm-vs-non-ptm  mann-whitney-u  n = 4  statistic = 4  p = 0.1667  (greater, exact)")
        .contains("Conventions (SciPy's)");
    assertThat(last.err()).contains("resolution_*");
  }

  @Test
  void jsonCarriesTheSameNumbers() throws Exception {
    int code = run("stats", "resolution", "--json");
    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(last.out());
    assertThat(json.at("/projects/0/sampled_per_group").asInt()).isEqualTo(2);
    assertThat(json.at("/counts/closed_ptm").asInt()).isEqualTo(4);
    assertThat(json.at("/tests/0/statistic").asDouble()).isEqualTo(4.0);
    assertThat(json.at("/tests/0/p_value").asDouble()).isCloseTo(1.0 / 6, org.assertj.core.api.Assertions.within(1e-15));
  }
}
