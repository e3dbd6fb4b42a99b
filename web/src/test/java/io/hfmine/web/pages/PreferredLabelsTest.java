package io.hfmine.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.stats.resolution.LabelSourcePreference;
import io.hfmine.analyzers.stats.resolution.StudyIssue;
import io.hfmine.analyzers.stats.resolution.StudyIssueReader;
import io.hfmine.datasets.store.Store;
import io.hfmine.web.pages.issues.PreferredLabels;
import io.hfmine.web.table.Rows;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The browser's "PTM-related" must be the resolution study's: checked against its own reader. */
class PreferredLabelsTest {
  @Test
  void theSqlChoosesTheSameSourceAsTheResolutionStudy() {
    List<String> patterns = List.of("human:*", "rules");
    try (Store store = Store.inMemory()) {
      store.transaction(connection -> {
        try (Statement statement = connection.createStatement()) {
          for (int n = 1; n <= 7; n++) {
            statement.execute("INSERT INTO issues (repository, number, title, state, created_at, source) VALUES "
                + "('o/r', " + n + ", 't', 'closed', now(), 'github')");
          }
          statement.execute("""
              INSERT INTO issue_labels (repository, issue_number, label_kind, value, source, confidence, evidence, labelled_at) VALUES
                ('o/r', 1, 'ptm', 'true', 'rules', 1, '', now()),
                ('o/r', 2, 'ptm', 'true', 'rules', 1, '', now()), ('o/r', 2, 'ptm', 'false', 'human:bob', 1, '', now()),
                ('o/r', 3, 'ptm', 'false', 'human:bob', 1, '', now()), ('o/r', 3, 'ptm', 'true', 'human:ann', 1, '', now()),
                ('o/r', 4, 'ptm', 'true', 'classifier', 1, '', now()),
                ('o/r', 5, 'ptm', 'true', 'rules', 1, '', now()), ('o/r', 5, 'ptm', 'false', 'rules', 1, '', now()),
                ('o/r', 6, 'ptm', 'false', 'rules', 1, '', now()), ('o/r', 6, 'ptm', 'true', 'llm', 1, '', now())""");
        }
        return null;
      });
      Map<Integer, Boolean> reference = new HashMap<>();
      for (StudyIssue issue : StudyIssueReader.read(store, new LabelSourcePreference(patterns))) {
        reference.put(issue.number(), issue.ptm());
      }
      PreferredLabels labels = new PreferredLabels(patterns);
      Map<Integer, Boolean> fromSql = new HashMap<>();
      store.read(connection -> {
        for (Map<String, Object> row : Rows.all(connection, "SELECT i.number, " + PreferredLabels.ptmAnswer("p.vals")
            + " AS ptm FROM issues i LEFT JOIN " + labels.subquery("ptm")
            + " p ON p.repository = i.repository AND p.issue_number = i.number")) {
          Object ptm = row.get("ptm");
          fromSql.put(((Number) row.get("number")).intValue(), ptm == null ? null : ptm.equals("yes"));
        }
        return null;
      });
      assertThat(fromSql).isEqualTo(reference);
      assertThat(fromSql).containsEntry(2, false).containsEntry(3, true).containsEntry(4, null).containsEntry(5, null);
    }
  }
}
