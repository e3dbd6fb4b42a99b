package io.hfmine.analyzers.issues;

import io.hfmine.datasets.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Reads and writes {@code issue_labels}: every source (rules, classifier, llm, human:NAME) keeps its own rows. */
public final class LabelRecords {
  private LabelRecords() {
  }

  /** Replaces the labels of {@code source} on the given issues with {@code labels}, inside the caller's transaction. */
  public static void replace(Connection connection, String source, Collection<IssueId> issues, List<IssueLabel> labels,
      Instant at) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(
        "DELETE FROM issue_labels WHERE repository = ? AND issue_number = ? AND source = ?")) {
      for (IssueId issue : issues) {
        delete.setString(1, issue.repository());
        delete.setInt(2, issue.number());
        delete.setString(3, source);
        delete.addBatch();
      }
      delete.executeBatch();
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO issue_labels (repository, issue_number, "
        + "label_kind, value, source, confidence, evidence, labelled_at, rank) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (IssueLabel label : labels) {
        insert.setString(1, label.issue().repository());
        insert.setInt(2, label.issue().number());
        insert.setString(3, label.kind().column());
        insert.setString(4, label.value());
        insert.setString(5, label.source());
        if (label.confidence() == null) {
          insert.setNull(6, java.sql.Types.DOUBLE);
        } else {
          insert.setDouble(6, label.confidence());
        }
        insert.setString(7, label.evidence());
        insert.setTimestamp(8, Timestamp.from(at));
        if (label.rank() == null) {
          insert.setNull(9, java.sql.Types.INTEGER);
        } else {
          insert.setInt(9, label.rank());
        }
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /**
   * Every label of the issues of one repository (all when null), in issue then source order; the
   * themes and sub-themes of a source in the order its labeller listed them ({@link ThemeRanking}).
   */
  public static List<IssueLabel> read(Store store, String repository) {
    return store.read(connection -> {
      String sql = "SELECT repository, issue_number, label_kind, value, source, confidence, evidence, rank FROM issue_labels"
          + (repository == null ? "" : " WHERE repository = ?")
          + " ORDER BY repository, issue_number, source, label_kind, " + ThemeRanking.storedOrder();
      List<IssueLabel> labels = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        if (repository != null) {
          statement.setString(1, repository);
        }
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            double confidence = rows.getDouble(6);
            Double confidenceOrNull = rows.wasNull() ? null : confidence;
            int rank = rows.getInt(8);
            labels.add(new IssueLabel(new IssueId(rows.getString(1), rows.getInt(2)), LabelKind.fromColumn(rows.getString(3)),
                rows.getString(4), rows.getString(5), confidenceOrNull, rows.getString(7), rows.wasNull() ? null : rank));
          }
        }
      }
      return labels;
    });
  }
}
