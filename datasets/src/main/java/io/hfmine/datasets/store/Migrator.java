package io.hfmine.datasets.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Brings a store's schema to the newest shipped version, each migration in its own transaction. */
final class Migrator {
  private final Connection connection;
  private final Path file;

  Migrator(Connection connection, Path file) {
    this.connection = connection;
    this.file = file;
  }

  /** Applies what is pending and returns the resulting schema version. */
  int migrate(List<Migration> migrations) {
    try {
      try (Statement statement = connection.createStatement()) {
        statement.execute("""
            CREATE TABLE IF NOT EXISTS schema_version (
              version INTEGER PRIMARY KEY,
              name VARCHAR NOT NULL,
              applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)""");
      }
      int current = currentVersion();
      int newest = migrations.isEmpty() ? 0 : migrations.getLast().version();
      if (current > newest) {
        throw new StoreException("store " + file + " has schema version " + current
            + ", written by a newer hfmine; this build knows versions up to " + newest
            + ". Upgrade hfmine or use another --work-dir.");
      }
      for (Migration migration : migrations) {
        if (migration.version() > current) {
          apply(migration);
          current = migration.version();
        }
      }
      return current;
    } catch (SQLException e) {
      throw new StoreException("cannot migrate store " + file + ": " + Store.firstLine(e.getMessage()), e);
    }
  }

  private int currentVersion() throws SQLException {
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private void apply(Migration migration) throws SQLException {
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      for (String sql : migration.statements()) {
        try {
          statement.execute(sql);
        } catch (SQLException e) {
          throw new SQLException("migration V%03d (%s) failed: %s".formatted(
              migration.version(), migration.name(), Store.firstLine(e.getMessage())), e);
        }
      }
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO schema_version (version, name) VALUES (?, ?)")) {
        insert.setInt(1, migration.version());
        insert.setString(2, migration.name());
        insert.executeUpdate();
      }
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }
}
