package io.hfmine.datasets.issuesimport;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;

/**
 * Upserts imported issues and their comments into {@code issues} and {@code issue_comments} on
 * the caller's transaction; keyed by (repository, number) and (repository, comment id), so a
 * re-import updates rows instead of duplicating them.
 */
final class IssueTableWriter implements AutoCloseable {
  private static final String UPSERT_ISSUE = """
      INSERT INTO issues (repository, number, github_id, title, body, state, state_reason, author,
                          author_association, labels, comments_count, html_url, created_at, updated_at,
                          closed_at, source)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (repository, number) DO UPDATE SET
        github_id = excluded.github_id, title = excluded.title, body = excluded.body,
        state = excluded.state, state_reason = excluded.state_reason, author = excluded.author,
        author_association = excluded.author_association, labels = excluded.labels,
        comments_count = excluded.comments_count, html_url = excluded.html_url,
        created_at = excluded.created_at, updated_at = excluded.updated_at,
        closed_at = excluded.closed_at, source = excluded.source
      """;
  private static final String DELETE_COMMENTS = "DELETE FROM issue_comments WHERE repository = ? AND issue_number = ?";
  private static final String UPSERT_COMMENT = """
      INSERT INTO issue_comments (repository, issue_number, comment_id, author, author_association, body,
                                  created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (repository, comment_id) DO UPDATE SET
        issue_number = excluded.issue_number, author = excluded.author,
        author_association = excluded.author_association, body = excluded.body,
        created_at = excluded.created_at, updated_at = excluded.updated_at
      """;

  private final Connection connection;
  private final PreparedStatement upsertIssue;
  private final PreparedStatement deleteComments;
  private final PreparedStatement upsertComment;

  IssueTableWriter(Connection connection) throws SQLException {
    this.connection = connection;
    this.upsertIssue = connection.prepareStatement(UPSERT_ISSUE);
    this.deleteComments = connection.prepareStatement(DELETE_COMMENTS);
    this.upsertComment = connection.prepareStatement(UPSERT_COMMENT);
  }

  /**
   * Writes the issue, and when the record carried comments, makes them the issue's comments: a
   * comment deleted on GitHub since an earlier import is removed too.
   */
  void write(ImportedIssue issue, String source) throws SQLException {
    int i = 1;
    upsertIssue.setString(i++, issue.repository());
    upsertIssue.setInt(i++, issue.number());
    setLong(upsertIssue, i++, issue.githubId());
    upsertIssue.setString(i++, issue.title());
    upsertIssue.setString(i++, issue.body());
    upsertIssue.setString(i++, issue.state());
    upsertIssue.setString(i++, issue.stateReason());
    upsertIssue.setString(i++, issue.author());
    upsertIssue.setString(i++, issue.authorAssociation());
    Array labels = connection.createArrayOf("VARCHAR", issue.labels().toArray());
    upsertIssue.setArray(i++, labels);
    if (issue.commentsCount() == null) {
      upsertIssue.setNull(i++, Types.INTEGER);
    } else {
      upsertIssue.setInt(i++, issue.commentsCount());
    }
    upsertIssue.setString(i++, issue.htmlUrl());
    setTimestamp(upsertIssue, i++, issue.createdAt());
    setTimestamp(upsertIssue, i++, issue.updatedAt());
    setTimestamp(upsertIssue, i++, issue.closedAt());
    upsertIssue.setString(i, source);
    upsertIssue.executeUpdate();
    if (issue.comments() != null) {
      writeComments(issue);
    }
  }

  private void writeComments(ImportedIssue issue) throws SQLException {
    deleteComments.setString(1, issue.repository());
    deleteComments.setInt(2, issue.number());
    deleteComments.executeUpdate();
    for (ImportedComment comment : issue.comments()) {
      int i = 1;
      upsertComment.setString(i++, issue.repository());
      upsertComment.setInt(i++, issue.number());
      upsertComment.setLong(i++, comment.commentId());
      upsertComment.setString(i++, comment.author());
      upsertComment.setString(i++, comment.authorAssociation());
      upsertComment.setString(i++, comment.body());
      setTimestamp(upsertComment, i++, comment.createdAt());
      setTimestamp(upsertComment, i, comment.updatedAt());
      upsertComment.executeUpdate();
    }
  }

  private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, value);
    }
  }

  private static void setTimestamp(PreparedStatement statement, int index, LocalDateTime value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.TIMESTAMP);
    } else {
      statement.setObject(index, value);
    }
  }

  @Override
  public void close() throws SQLException {
    upsertIssue.close();
    deleteComments.close();
    upsertComment.close();
  }
}
