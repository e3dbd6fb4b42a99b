package io.hfmine.analyzers.issues;

import io.hfmine.datasets.hf.ModelCatalog;
import io.hfmine.datasets.store.Store;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads issues and their comments from the store's shared {@code issues} and {@code issue_comments} tables. */
public final class IssueRecords {
  private IssueRecords() {
  }

  /** Issues of one repository, or of all when {@code repository} is null, in (repository, number) order. */
  public static List<IssueText> read(Store store, String repository) {
    return read(store, repository, true);
  }

  /**
   * Issues of one repository with their titles and bodies but no comments, in number order: for
   * work that reads only the reporter's text (the prescreen), which need not wait for the comments.
   */
  public static List<IssueText> readWithoutComments(Store store, String repository) {
    return read(store, repository, false);
  }

  private static List<IssueText> read(Store store, String repository, boolean withComments) {
    return store.read(connection -> {
      Map<IssueId, List<IssueComment>> comments = withComments ? comments(connection, repository) : Map.of();
      String sql = "SELECT repository, number, title, body, labels, html_url FROM issues"
          + (repository == null ? "" : " WHERE repository = ?") + " ORDER BY repository, number";
      List<IssueText> issues = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        if (repository != null) {
          statement.setString(1, repository);
        }
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            IssueId id = new IssueId(rows.getString(1), rows.getInt(2));
            issues.add(new IssueText(id, rows.getString(3), rows.getString(4), comments.getOrDefault(id, List.of()),
                strings(rows.getArray(5)), rows.getString(6)));
          }
        }
      }
      return issues;
    });
  }

  /** The given issues that are in the store, by id. */
  public static Map<IssueId, IssueText> byId(Store store) {
    Map<IssueId, IssueText> byId = new LinkedHashMap<>();
    read(store, null).forEach(issue -> byId.put(issue.id(), issue));
    return byId;
  }

  private static Map<IssueId, List<IssueComment>> comments(Connection connection, String repository) throws SQLException {
    String sql = "SELECT repository, issue_number, body, author_association FROM issue_comments"
        + (repository == null ? "" : " WHERE repository = ?") + " ORDER BY repository, issue_number, created_at, comment_id";
    Map<IssueId, List<IssueComment>> comments = new LinkedHashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      if (repository != null) {
        statement.setString(1, repository);
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          String body = rows.getString(3);
          if (body != null) {
            comments.computeIfAbsent(new IssueId(rows.getString(1), rows.getInt(2)), k -> new ArrayList<>())
                .add(new IssueComment(body, rows.getString(4)));
          }
        }
      }
    }
    return comments;
  }

  static List<String> strings(Array array) throws SQLException {
    return ModelCatalog.textList(array);
  }
}
