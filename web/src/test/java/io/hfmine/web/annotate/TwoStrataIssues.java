package io.hfmine.web.annotate;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.datasets.store.Store;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.Map;

/**
 * Issues written for the evaluation tests: in each repository some speak of reusing released
 * weights in their title or body (stratum P by the prescreen) and the others do not (R), so each
 * issue's stratum is known from the fixture itself. lab/vision has 6 and 5, solo/plots 0 and 4.
 */
final class TwoStrataIssues {
  private TwoStrataIssues() {
  }

  /** Writes the issues and returns each one's stratum. */
  static Map<IssueId, String> insert(Store store) {
    Map<IssueId, String> written = new HashMap<>();
    store.transaction(connection -> {
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO issues (repository, number, title, body, "
          + "state, labels, comments_count, created_at, closed_at, source) VALUES (?, ?, ?, ?, 'open', [], 0, "
          + "TIMESTAMP '2024-02-01 10:00:00', NULL, 'github')")) {
        add(insert, written, "lab/vision", 6, 5);
        add(insert, written, "solo/plots", 0, 4);
        insert.executeBatch();
      }
      return null;
    });
    return written;
  }

  private static void add(PreparedStatement insert, Map<IssueId, String> written, String repository, int reuse,
      int other) throws java.sql.SQLException {
    for (int number = 1; number <= reuse + other; number++) {
      boolean p = number <= reuse;
      insert.setString(1, repository);
      insert.setInt(2, number);
      insert.setString(3, p ? "Loading the released checkpoint fails, case " + number
          : "Axis labels overlap in the report, case " + number);
      insert.setString(4, p ? "I downloaded the pretrained weights from the readme and the load stops."
          : "The legend hides the second axis when the window is narrow.");
      insert.addBatch();
      written.put(new IssueId(repository, number), p ? "P" : "R");
    }
  }
}
