package io.hfmine.analyzers.issues.sampling;

import io.hfmine.datasets.hf.ModelCatalog;
import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabel;
import io.hfmine.analyzers.issues.LabelKind;
import io.hfmine.analyzers.issues.LabelRecords;
import io.hfmine.datasets.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The {@code annotations} table, and the matching {@code human:NAME} rows of {@code issue_labels}. */
public final class AnnotationRecords {
  private AnnotationRecords() {
  }

  /** Stores the entries of one file, replacing the same annotators' earlier labels of the same issues. */
  public static void store(Connection connection, List<AnnotationFile.Entry> entries, String file, Instant at)
      throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(
            "DELETE FROM annotations WHERE repository = ? AND issue_number = ? AND annotator = ?");
        PreparedStatement insert = connection.prepareStatement("INSERT INTO annotations (repository, issue_number, "
            + "annotator, ptm, themes, subthemes, issue_type, note, source_file, source_line, imported_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (AnnotationFile.Entry entry : entries) {
        Annotation a = entry.annotation();
        delete.setString(1, a.issue().repository());
        delete.setInt(2, a.issue().number());
        delete.setString(3, a.annotator());
        delete.executeUpdate();
        insert.setString(1, a.issue().repository());
        insert.setInt(2, a.issue().number());
        insert.setString(3, a.annotator());
        if (a.ptm() == null) {
          insert.setNull(4, java.sql.Types.BOOLEAN);
        } else {
          insert.setBoolean(4, a.ptm());
        }
        // Null when not annotated, an empty list for "no theme".
        insert.setArray(5, a.themes() == null ? null : connection.createArrayOf("VARCHAR", a.themes().toArray()));
        insert.setArray(6, a.subThemes() == null ? null : connection.createArrayOf("VARCHAR", a.subThemes().toArray()));
        insert.setString(7, a.type());
        insert.setString(8, entry.note().isEmpty() ? null : entry.note());
        insert.setString(9, file);
        insert.setInt(10, entry.line());
        insert.setTimestamp(11, Timestamp.from(at));
        insert.executeUpdate();
        String source = "human:" + a.annotator();
        LabelRecords.replace(connection, source, List.of(a.issue()), labels(a, source), at);
      }
    }
  }

  private static List<IssueLabel> labels(Annotation a, String source) {
    List<IssueLabel> labels = new ArrayList<>();
    String evidence = "annotated by " + a.annotator();
    if (a.ptmAnnotated()) {
      labels.add(new IssueLabel(a.issue(), LabelKind.PTM, Boolean.toString(a.isPtm()), source, 1.0, evidence));
    }
    // The annotator's order is the rank: the primary theme first.
    List<String> themes = a.themeList();
    for (int i = 0; i < themes.size(); i++) {
      labels.add(new IssueLabel(a.issue(), LabelKind.THEME, themes.get(i), source, 1.0, evidence, i));
    }
    List<String> subThemes = a.subThemeList();
    for (int i = 0; i < subThemes.size(); i++) {
      labels.add(new IssueLabel(a.issue(), LabelKind.SUBTHEME, subThemes.get(i), source, 1.0, evidence, i));
    }
    if (a.type() != null) {
      labels.add(new IssueLabel(a.issue(), LabelKind.TYPE, a.type(), source, 1.0, evidence));
    }
    return labels;
  }

  /** Every stored annotation, by annotator then issue. */
  public static List<Annotation> read(Store store) {
    return store.read(connection -> {
      List<Annotation> annotations = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement("SELECT repository, issue_number, annotator, ptm, "
          + "themes, subthemes, issue_type FROM annotations ORDER BY annotator, repository, issue_number");
          ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          boolean ptm = rows.getBoolean(4);
          Boolean ptmOrNull = rows.wasNull() ? null : ptm;
          annotations.add(new Annotation(new IssueId(rows.getString(1), rows.getInt(2)), rows.getString(3), ptmOrNull,
              strings(rows.getArray(5)), strings(rows.getArray(6)), rows.getString(7)));
        }
      }
      return annotations;
    });
  }

  // Null (not annotated) stays null.
  private static List<String> strings(java.sql.Array array) throws SQLException {
    return array == null ? null : ModelCatalog.textList(array);
  }
}
