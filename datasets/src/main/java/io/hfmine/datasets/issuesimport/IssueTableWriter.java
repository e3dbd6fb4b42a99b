package io.hfmine.datasets.issuesimport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes imported issues and comments into {@code issues} and {@code issue_comments} on the
 * caller's transaction, in bulk: records are appended to two temporary staging tables (DuckDB's
 * appender, so a dump of 100,000 issues takes seconds, not the minutes row-by-row upserts take),
 * then merged with set-based SQL — the last record of an issue wins, issues are upserted by
 * (repository, number), and an issue whose record carried comments gets exactly those comments;
 * comments of a separate comments file are upserted onto issues the store holds.
 *
 * <p>Only the staging is DuckDB-specific; the merge statements are plain PostgreSQL-style SQL.
 */
final class IssueTableWriter implements AutoCloseable {
  private static final String ISSUE_STAGING = "issue_import_staging";
  private static final String COMMENT_STAGING = "issue_comment_import_staging";
  private static final String FILE_COMMENT_STAGING = "issue_file_comment_import_staging";
  private static final String LATEST = "issue_import_latest";
  private static final String ISSUE_COLUMNS = "repository, number, github_id, title, body, state, state_reason, author,"
      + " author_association, labels, comments_count, html_url, created_at, updated_at, closed_at, source";
  private static final String COMMENT_COLUMNS = "repository, issue_number, comment_id, author, author_association, body,"
      + " created_at, updated_at";
  private static final String COMMENT_UPDATE = " ON CONFLICT (repository, comment_id) DO UPDATE SET"
      + " issue_number = excluded.issue_number, author = excluded.author,"
      + " author_association = excluded.author_association, body = excluded.body,"
      + " created_at = excluded.created_at, updated_at = excluded.updated_at";

  private final Connection connection;
  private DuckDBAppender issues;
  private DuckDBAppender comments;
  private DuckDBAppender fileComments;
  private long sequence;

  IssueTableWriter(Connection connection) throws SQLException {
    this.connection = connection;
    execute("CREATE OR REPLACE TEMP TABLE " + ISSUE_STAGING + " (seq BIGINT, repository VARCHAR, number INTEGER,"
        + " github_id BIGINT, title VARCHAR, body VARCHAR, state VARCHAR, state_reason VARCHAR, author VARCHAR,"
        + " author_association VARCHAR, labels VARCHAR[], comments_count INTEGER, html_url VARCHAR,"
        + " created_at TIMESTAMP, updated_at TIMESTAMP, closed_at TIMESTAMP, source VARCHAR, has_comments BOOLEAN)");
    execute("CREATE OR REPLACE TEMP TABLE " + COMMENT_STAGING + " (issue_seq BIGINT, repository VARCHAR,"
        + " issue_number INTEGER, comment_id BIGINT, author VARCHAR, author_association VARCHAR, body VARCHAR,"
        + " created_at TIMESTAMP, updated_at TIMESTAMP)");
    execute("CREATE OR REPLACE TEMP TABLE " + FILE_COMMENT_STAGING + " AS SELECT * FROM " + COMMENT_STAGING + " LIMIT 0");
    DuckDBConnection duckdb = connection.unwrap(DuckDBConnection.class);
    this.issues = duckdb.createAppender("temp", "main", ISSUE_STAGING);
    this.comments = duckdb.createAppender("temp", "main", COMMENT_STAGING);
    this.fileComments = duckdb.createAppender("temp", "main", FILE_COMMENT_STAGING);
  }

  /** Stages one issue; nothing reaches the tables before {@link #merge()}. */
  void add(ImportedIssue issue, String source) throws SQLException {
    long seq = sequence++;
    issues.beginRow()
        .append(seq)
        .append(issue.repository())
        .append(issue.number())
        .append(issue.githubId())
        .append(issue.title())
        .append(issue.body())
        .append(issue.state())
        .append(issue.stateReason())
        .append(issue.author())
        .append(issue.authorAssociation())
        .append(issue.labels())
        .append(issue.commentsCount())
        .append(issue.htmlUrl());
    timestamp(issues, issue.createdAt());
    timestamp(issues, issue.updatedAt());
    timestamp(issues, issue.closedAt());
    issues.append(source).append(issue.comments() != null).endRow();
    if (issue.comments() == null) {
      return;
    }
    for (ImportedComment comment : issue.comments()) {
      comments.beginRow()
          .append(seq)
          .append(issue.repository())
          .append(issue.number())
          .append(comment.commentId())
          .append(comment.author())
          .append(comment.authorAssociation())
          .append(comment.body());
      timestamp(comments, comment.createdAt());
      timestamp(comments, comment.updatedAt());
      comments.endRow();
    }
  }

  /**
   * Stages a comment of a separate comments file; it is upserted, never replacing the issue's
   * other comments, because such a file may hold only the comments changed since a date.
   */
  void addFileComment(FileComment fileComment) throws SQLException {
    ImportedComment comment = fileComment.comment();
    fileComments.beginRow()
        .append(sequence++)
        .append(fileComment.repository())
        .append(fileComment.issueNumber())
        .append(comment.commentId())
        .append(comment.author())
        .append(comment.authorAssociation())
        .append(comment.body());
    timestamp(fileComments, comment.createdAt());
    timestamp(fileComments, comment.updatedAt());
    fileComments.endRow();
  }

  /** What {@link #merge()} stored: distinct comments written, and file comments whose issue is unknown. */
  record MergedComments(long stored, long skipped) {
  }

  /** Moves the staged records into the tables. */
  MergedComments merge() throws SQLException {
    closeAppenders();
    execute("CREATE OR REPLACE TEMP TABLE " + LATEST + " AS SELECT * FROM " + ISSUE_STAGING
        + " QUALIFY row_number() OVER (PARTITION BY repository, number ORDER BY seq DESC) = 1");
    execute("INSERT INTO issues (" + ISSUE_COLUMNS + ") SELECT " + ISSUE_COLUMNS + " FROM " + LATEST
        + " ON CONFLICT (repository, number) DO UPDATE SET"
        + " github_id = excluded.github_id, title = excluded.title, body = excluded.body, state = excluded.state,"
        + " state_reason = excluded.state_reason, author = excluded.author,"
        + " author_association = excluded.author_association, labels = excluded.labels,"
        + " comments_count = excluded.comments_count, html_url = excluded.html_url, created_at = excluded.created_at,"
        + " updated_at = excluded.updated_at, closed_at = excluded.closed_at, source = excluded.source");
    // A record that carries comments is the issue's whole discussion: comments deleted on GitHub go too.
    execute("DELETE FROM issue_comments USING " + LATEST + " latest WHERE latest.has_comments"
        + " AND issue_comments.repository = latest.repository AND issue_comments.issue_number = latest.number");
    execute("INSERT INTO issue_comments (" + COMMENT_COLUMNS + ") SELECT " + prefixed("staged", COMMENT_COLUMNS)
        + " FROM " + COMMENT_STAGING + " staged JOIN " + LATEST + " latest ON staged.issue_seq = latest.seq"
        + " QUALIFY row_number() OVER (PARTITION BY staged.repository, staged.comment_id ORDER BY staged.issue_seq DESC) = 1"
        + COMMENT_UPDATE);
    // Comments of a comments file join issues already stored (this dump's or earlier ones); the
    // rest are comments on pull requests, which the repository-wide listing includes, or strays.
    execute("CREATE OR REPLACE TEMP TABLE " + FILE_COMMENT_STAGING + "_known AS SELECT staged.* FROM "
        + FILE_COMMENT_STAGING + " staged JOIN issues ON issues.repository = staged.repository"
        + " AND issues.number = staged.issue_number"
        + " QUALIFY row_number() OVER (PARTITION BY staged.repository, staged.comment_id ORDER BY staged.issue_seq DESC) = 1");
    execute("INSERT INTO issue_comments (" + COMMENT_COLUMNS + ") SELECT " + COMMENT_COLUMNS + " FROM "
        + FILE_COMMENT_STAGING + "_known" + COMMENT_UPDATE);
    long stored = count("SELECT count(*) FROM (SELECT staged.repository, staged.comment_id FROM " + COMMENT_STAGING
        + " staged JOIN " + LATEST + " latest ON staged.issue_seq = latest.seq UNION SELECT repository, comment_id FROM "
        + FILE_COMMENT_STAGING + "_known)");
    long skipped = count("SELECT count(*) FROM (SELECT DISTINCT repository, comment_id FROM " + FILE_COMMENT_STAGING
        + " staged WHERE NOT EXISTS (SELECT 1 FROM " + FILE_COMMENT_STAGING + "_known known"
        + " WHERE known.repository = staged.repository AND known.comment_id = staged.comment_id))");
    return new MergedComments(stored, skipped);
  }

  private long count(String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); java.sql.ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Override
  public void close() throws SQLException {
    closeAppenders();
    execute("DROP TABLE IF EXISTS " + LATEST);
    execute("DROP TABLE IF EXISTS " + ISSUE_STAGING);
    execute("DROP TABLE IF EXISTS " + COMMENT_STAGING);
    execute("DROP TABLE IF EXISTS " + FILE_COMMENT_STAGING);
    execute("DROP TABLE IF EXISTS " + FILE_COMMENT_STAGING + "_known");
  }

  private void closeAppenders() throws SQLException {
    if (issues != null) {
      issues.close();
      issues = null;
    }
    if (comments != null) {
      comments.close();
      comments = null;
    }
    if (fileComments != null) {
      fileComments.close();
      fileComments = null;
    }
  }

  private static void timestamp(DuckDBAppender appender, LocalDateTime value) throws SQLException {
    if (value == null) {
      appender.appendNull();
    } else {
      appender.append(value);
    }
  }

  private static String prefixed(String alias, String columns) {
    return alias + "." + columns.replace(", ", ", " + alias + ".");
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
