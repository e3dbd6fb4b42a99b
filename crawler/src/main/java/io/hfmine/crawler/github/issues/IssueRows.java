package io.hfmine.crawler.github.issues;

import com.fasterxml.jackson.databind.JsonNode;
import io.hfmine.crawler.github.Rows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Writes issues and their comments, inside the caller's transaction. */
final class IssueRows {
  private IssueRows() {
  }

  static void upsertIssue(Connection connection, String repository, JsonNode issue) throws SQLException {
    int number = issue.path("number").asInt();
    try (PreparedStatement delete = connection.prepareStatement(
        "DELETE FROM issues WHERE repository = ? AND number = ?")) {
      delete.setString(1, repository);
      delete.setInt(2, number);
      delete.executeUpdate();
    }
    try (PreparedStatement insert = connection.prepareStatement("""
        INSERT INTO issues (repository, number, github_id, title, body, state, state_reason, author,
          author_association, labels, comments_count, html_url, created_at, updated_at, closed_at, source)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'github')""")) {
      List<String> labels = new ArrayList<>();
      issue.path("labels").forEach(label -> labels.add(label.isTextual() ? label.asText() : label.path("name").asText()));
      int i = 1;
      insert.setString(i++, repository);
      insert.setInt(i++, number);
      Rows.number(insert, i++, issue.get("id"));
      insert.setString(i++, issue.path("title").asText(""));
      Rows.text(insert, i++, issue.get("body"));
      insert.setString(i++, issue.path("state").asText("open"));
      Rows.text(insert, i++, issue.get("state_reason"));
      Rows.text(insert, i++, issue.path("user").get("login"));
      Rows.text(insert, i++, issue.get("author_association"));
      Rows.textList(connection, insert, i++, labels);
      insert.setInt(i++, issue.path("comments").asInt());
      Rows.text(insert, i++, issue.get("html_url"));
      Rows.timestamp(insert, i++, issue.get("created_at"));
      Rows.timestamp(insert, i++, issue.get("updated_at"));
      Rows.timestamp(insert, i, issue.get("closed_at"));
      insert.executeUpdate();
    }
  }

  static void replaceComments(Connection connection, String repository, int number, List<JsonNode> comments)
      throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(
        "DELETE FROM issue_comments WHERE repository = ? AND issue_number = ?")) {
      delete.setString(1, repository);
      delete.setInt(2, number);
      delete.executeUpdate();
    }
    if (comments.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement("""
        INSERT INTO issue_comments (repository, issue_number, comment_id, author, author_association, body,
          created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (repository, comment_id) DO UPDATE SET issue_number = excluded.issue_number,
          author = excluded.author, author_association = excluded.author_association, body = excluded.body,
          created_at = excluded.created_at, updated_at = excluded.updated_at""")) {
      for (JsonNode comment : comments) {
        insert.setString(1, repository);
        insert.setInt(2, number);
        insert.setLong(3, comment.path("id").asLong());
        Rows.text(insert, 4, comment.path("user").get("login"));
        Rows.text(insert, 5, comment.get("author_association"));
        Rows.text(insert, 6, comment.get("body"));
        Rows.timestamp(insert, 7, comment.get("created_at"));
        Rows.timestamp(insert, 8, comment.get("updated_at"));
        insert.executeUpdate();
      }
    }
  }
}
