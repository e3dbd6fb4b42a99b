package io.hfmine.datasets.store.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The migrator of hfmine's builds before Flyway, kept to make stores exactly as those builds did:
 * a {@code schema_version} table of version numbers, each pending file applied in order, statements
 * split on semicolons that end a line, comment lines skipped, no checksum recorded.
 */
final class HandWrittenMigrator {
  private HandWrittenMigrator() {
  }

  /** Creates (or upgrades) a store file the old way from {@code migrations}. */
  static void makeStore(Path file, List<MigrationScript> migrations) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath())) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("""
            CREATE TABLE IF NOT EXISTS schema_version (
              version INTEGER PRIMARY KEY,
              name VARCHAR NOT NULL,
              applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)""");
      }
      int current;
      try (Statement statement = connection.createStatement();
           var rows = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
        rows.next();
        current = rows.getInt(1);
      }
      for (MigrationScript migration : migrations) {
        if (migration.version() <= current) {
          continue;
        }
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
          for (String sql : statements(migration.sql())) {
            statement.execute(sql);
          }
          try (PreparedStatement insert = connection.prepareStatement(
              "INSERT INTO schema_version (version, name) VALUES (?, ?)")) {
            insert.setInt(1, migration.version());
            insert.setString(2, migration.name());
            insert.executeUpdate();
          }
          connection.commit();
        } finally {
          connection.setAutoCommit(true);
        }
        current = migration.version();
      }
    }
  }

  /** The foundation build's V001–V003: V001 as shipped, V002 and V003 before they were edited. */
  static List<MigrationScript> foundation() {
    List<MigrationScript> scripts = new ArrayList<>(shippedUpTo(1));
    for (int version = 2; version <= 3; version++) {
      String resource = "legacy-store/foundation/" + MigrationScript.fileName(version);
      try (InputStream in = HandWrittenMigrator.class.getClassLoader().getResourceAsStream(resource)) {
        String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        scripts.add(new MigrationScript(version, sql.lines().findFirst().orElse("").substring(2).strip(), sql));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return scripts;
  }

  /** The shipped migrations up to {@code version}: what a build of that time applied. */
  static List<MigrationScript> shippedUpTo(int version) {
    return MigrationScript.shipped().stream().filter(m -> m.version() <= version).toList();
  }

  private static List<String> statements(String sql) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : sql.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        statements.add(current.toString().strip());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }
}
