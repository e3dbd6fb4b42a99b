package io.hfmine.web.pages.issues;

import io.hfmine.datasets.store.Store;
import io.hfmine.web.table.Rows;
import java.util.List;
import java.util.Map;

/** The SQL of an issue page: the issue, its comments, every label with its source and evidence, the annotations. */
public final class IssueReadModel {
  private IssueReadModel() {
  }

  public record IssueView(Map<String, Object> issue, List<Map<String, Object>> comments,
      List<Map<String, Object>> labels, List<Map<String, Object>> annotations) {
  }

  /** The issue, or null when the store does not hold it. */
  public static IssueView read(Store store, String repository, int number) {
    return store.read(connection -> {
      Map<String, Object> issue = Rows.one(connection, "SELECT repository, number, title, body, state, state_reason, "
          + "author, author_association, labels, comments_count, html_url, created_at, updated_at, closed_at, source "
          + "FROM issues WHERE repository = ? AND number = ?", repository, number);
      if (issue == null) {
        return null;
      }
      return new IssueView(issue,
          Rows.all(connection, "SELECT author, author_association, body, created_at FROM issue_comments "
              + "WHERE repository = ? AND issue_number = ? ORDER BY created_at, comment_id", repository, number),
          labels(connection, repository, number, null),
          Rows.all(connection, "SELECT annotator, ptm, themes, subthemes, issue_type, note, source_file, imported_at "
              + "FROM annotations WHERE repository = ? AND issue_number = ? ORDER BY annotator", repository, number));
    });
  }

  /** The labels of an issue, by source then kind; {@code onlySource} keeps one source (null: all). */
  static List<Map<String, Object>> labels(java.sql.Connection connection, String repository, int number,
      String onlySource) throws java.sql.SQLException {
    return Rows.all(connection, "SELECT source, label_kind, value, confidence, evidence FROM issue_labels "
        + "WHERE repository = ? AND issue_number = ?" + (onlySource == null ? "" : " AND source = ?")
        + " ORDER BY source, CASE label_kind WHEN 'ptm' THEN 0 WHEN 'theme' THEN 1 WHEN 'subtheme' THEN 2 ELSE 3 END, "
        + "value", onlySource == null ? new Object[] {repository, number} : new Object[] {repository, number, onlySource});
  }
}
