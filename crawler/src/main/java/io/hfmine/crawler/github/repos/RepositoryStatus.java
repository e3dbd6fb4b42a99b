package io.hfmine.crawler.github.repos;

import io.hfmine.crawler.github.Rows;
import io.hfmine.datasets.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The {@code status} of a row of {@code repositories}: {@code ok}, or {@code gone} (404, or 410
 * where a server says the repository was removed for good) and
 * {@code blocked} (451) once GitHub has said so, which every GitHub stage honours so that a
 * repository that no longer exists is recorded once instead of failing every run.
 */
public final class RepositoryStatus {
  public static final String GONE = "gone";
  public static final String BLOCKED = "blocked";

  private RepositoryStatus() {
  }

  /** The status GitHub's answer to {@code GET /repos/OWNER/NAME} means, if it is one of those. */
  public static Optional<String> ofMissing(int status) {
    return switch (status) {
      case 404, 410 -> Optional.of(GONE);
      case 451 -> Optional.of(BLOCKED);
      default -> Optional.empty();
    };
  }

  /**
   * Marks a repository gone or blocked inside the caller's transaction. A row already there keeps
   * the metadata last seen (useful to a study of what disappeared); otherwise a bare row is added.
   */
  public static void markMissing(Connection connection, String fullName, String status) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE repositories SET status = ?, fetched_at = ? WHERE full_name = ?")) {
      update.setString(1, status);
      Rows.now(update, 2);
      update.setString(3, fullName);
      if (update.executeUpdate() > 0) {
        return;
      }
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO repositories (full_name, status, fetched_at) VALUES (?, ?, ?)")) {
      insert.setString(1, fullName);
      insert.setString(2, status);
      Rows.now(insert, 3);
      insert.executeUpdate();
    }
  }

  /** The recorded status of a repository, if it has a row. */
  public static Optional<String> of(Store store, String fullName) {
    return store.read(connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT status FROM repositories WHERE full_name = ?")) {
        select.setString(1, fullName);
        try (ResultSet rows = select.executeQuery()) {
          return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.<String>empty();
        }
      }
    });
  }
}
