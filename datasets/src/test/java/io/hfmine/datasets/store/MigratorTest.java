package io.hfmine.datasets.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigratorTest {
  @TempDir
  Path dir;

  @Test
  void newStoreIsCreatedAtTheNewestShippedVersion() {
    try (Store store = Store.open(dir.resolve("s.duckdb"))) {
      assertThat(store.schemaVersion()).isEqualTo(Migration.shipped().getLast().version());
      assertThat(StoreSummary.of(store).rowCounts()).containsKeys("models", "crawl_units", "model_cards");
    }
  }

  @Test
  void reopeningAStoreKeepsItsRowsAndAppliesNothingTwice() {
    Path file = dir.resolve("s.duckdb");
    try (Store store = Store.open(file)) {
      store.transaction(c -> c.createStatement().executeUpdate(
          "INSERT INTO models (id, source, fetched_at) VALUES ('org/a', 'hub', now())"));
    }
    try (Store store = Store.open(file)) {
      assertThat(count(store, "SELECT count(*) FROM models")).isEqualTo(1);
      assertThat(count(store, "SELECT count(*) FROM schema_version"))
          .isEqualTo(Migration.shipped().size());
    }
  }

  @Test
  void storeWrittenByANewerSchemaIsRefusedNamingBothVersions() {
    Path file = dir.resolve("s.duckdb");
    try (Store store = Store.open(file)) {
      store.transaction(c -> c.createStatement().executeUpdate(
          "INSERT INTO schema_version (version, name) VALUES (999, 'from the future')"));
    }
    assertThatThrownBy(() -> Store.open(file))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 999")
        .hasMessageContaining("newer hfmine")
        .hasMessageContaining(file.toString());
  }

  @Test
  void olderStoreIsUpgradedByThePendingMigrationsOnly() throws Exception {
    Path file = dir.resolve("s.duckdb");
    List<Migration> shipped = Migration.shipped();
    try (var connection = java.sql.DriverManager.getConnection("jdbc:duckdb:" + file)) {
      int version = new Migrator(connection, file).migrate(shipped.subList(0, 1));
      assertThat(version).isEqualTo(shipped.getFirst().version());
    }
    try (Store store = Store.open(file)) {
      assertThat(store.schemaVersion()).isEqualTo(shipped.getLast().version());
    }
  }

  @Test
  void failingMigrationLeavesTheSchemaUnchangedAndNamesTheMigration() throws Exception {
    Path file = dir.resolve("s.duckdb");
    Migration good = new Migration(1, "good", "CREATE TABLE a (x INTEGER);");
    Migration bad = new Migration(2, "bad", "CREATE TABLE b (x INTEGER);\nSELECT * FROM missing_table;");
    try (var connection = java.sql.DriverManager.getConnection("jdbc:duckdb:" + file)) {
      Migrator migrator = new Migrator(connection, file);
      assertThatThrownBy(() -> migrator.migrate(List.of(good, bad)))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("V002 (bad)");
      try (Statement statement = connection.createStatement();
           ResultSet rows = statement.executeQuery(
               "SELECT count(*) FROM information_schema.tables WHERE table_name = 'b'")) {
        rows.next();
        assertThat(rows.getInt(1)).isZero();
      }
      assertThat(migrator.migrate(List.of(good))).isEqualTo(1);
    }
  }

  @Test
  void transactionRollsBackEverythingWhenWorkFails() {
    try (Store store = Store.inMemory()) {
      assertThatThrownBy(() -> store.transaction(c -> {
        c.createStatement().executeUpdate(
            "INSERT INTO models (id, source, fetched_at) VALUES ('org/a', 'hub', now())");
        throw new IllegalStateException("boom");
      })).hasMessage("boom");
      assertThat(count(store, "SELECT count(*) FROM models")).isZero();
    }
  }

  @Test
  void migrationStatementsSplitOnLineEndingSemicolonsAndSkipComments() {
    Migration migration = new Migration(1, "x", """
        -- a comment; with a semicolon
        CREATE TABLE a (
          x VARCHAR -- inline; comment
        );
        INSERT INTO a VALUES ('1;2');
        """);
    assertThat(migration.statements()).hasSize(2);
  }

  private static long count(Store store, String sql) {
    return store.read(c -> {
      try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
        rows.next();
        return rows.getLong(1);
      }
    });
  }
}
