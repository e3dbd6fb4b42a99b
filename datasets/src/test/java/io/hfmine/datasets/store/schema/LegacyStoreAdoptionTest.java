package io.hfmine.datasets.store.schema;

import static io.hfmine.datasets.store.schema.SchemaMigrationsTest.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.datasets.store.Store;
import io.hfmine.datasets.store.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stores made by the hand-written migrator of earlier builds are adopted into Flyway on first open. */
class LegacyStoreAdoptionTest {
  /** The newest version the hand-written migrator ever applied. */
  private static final int LAST_HAND_WRITTEN = 9;

  @TempDir
  Path dir;

  @Test
  void aStoreOfTheLastHandWrittenBuildIsAdoptedWithEveryRowAndTheSameSchemaAsANewStore() throws Exception {
    Path file = dir.resolve("legacy.duckdb");
    HandWrittenMigrator.makeStore(file, HandWrittenMigrator.shippedUpTo(LAST_HAND_WRITTEN));
    execute(file, "INSERT INTO models (id, source, fetched_at) VALUES ('org/a', 'hub', now())",
        "INSERT INTO code_search_slices (model_id, query, slice, split) VALUES ('org/a', 'q', 'all', true)");

    try (Store store = Store.open(file)) {
      assertThat(store.schemaVersion()).isEqualTo(MigrationScript.shipped().getLast().version());
      assertThat(rows(store, "SELECT id FROM models")).containsExactly("org/a");
      assertThat(rows(store, "SELECT model_id, split FROM code_search_slices")).containsExactly("org/a|true");
      assertThat(rows(store, "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_version'"))
          .containsExactly("0");
    }
    assertThat(shapeOf(file)).isEqualTo(shapeOf(newStore()));
    assertThat(history(file)).isEqualTo(history(newStore()));
  }

  @Test
  void aStoreMigratedBeforeV002AndV003WereEditedGetsTheirTablesColumnsAndKeyAndKeepsItsRows() throws Exception {
    Path file = dir.resolve("early.duckdb");
    // Versions 1-3 applied by the foundation build, later versions by the builds that followed.
    List<MigrationScript> early = new ArrayList<>(HandWrittenMigrator.foundation());
    HandWrittenMigrator.makeStore(file, early);
    execute(file,
        "INSERT INTO code_search_slices (model_id, query, slice) VALUES ('org/a', 'q', 'size:0..100')",
        "INSERT INTO files (blob_sha, status, fetched_at) VALUES ('abc', 'ok', now())",
        "INSERT INTO hit_verifications (model_id, blob_sha, verdict) VALUES ('org/a', 'abc', 'verified')");
    HandWrittenMigrator.makeStore(file, HandWrittenMigrator.shippedUpTo(LAST_HAND_WRITTEN));

    try (Store store = Store.open(file)) {
      assertThat(rows(store, "SELECT model_id, query, slice, split FROM code_search_slices"))
          .containsExactly("org/a|q|size:0..100|false");
      assertThat(rows(store, "SELECT blob_sha, source_repository FROM files")).containsExactly("abc|null");
      assertThat(rows(store, "SELECT verdict, verified_at IS NOT NULL FROM hit_verifications"))
          .containsExactly("verified|true");
      assertThat(rows(store, "SELECT count(*) FROM usage_files")).containsExactly("0");
      // The wider key of the edited V002: the same slice under another query is a second row now.
      store.transaction(c -> c.createStatement().executeUpdate(
          "INSERT INTO code_search_slices (model_id, query, slice) VALUES ('org/a', 'q2', 'size:0..100')"));
    }
    assertThat(shapeOf(file)).isEqualTo(shapeOf(newStore()));
  }

  @Test
  void anAdoptedStoreOpensAgainWithoutAnyChange() throws Exception {
    Path file = dir.resolve("legacy.duckdb");
    HandWrittenMigrator.makeStore(file, HandWrittenMigrator.shippedUpTo(LAST_HAND_WRITTEN));
    try (Store store = Store.open(file)) {
      assertThat(store.schemaVersion()).isPositive();
    }
    List<String> before = history(file);
    try (Store store = Store.open(file)) {
      assertThat(store.schemaVersion()).isEqualTo(MigrationScript.shipped().getLast().version());
    }
    assertThat(history(file)).isEqualTo(before);
  }

  @Test
  void aHandWrittenStoreFromANewerBuildIsRefusedAndLeftAsItWas() throws Exception {
    Path file = dir.resolve("legacy.duckdb");
    HandWrittenMigrator.makeStore(file, HandWrittenMigrator.shippedUpTo(LAST_HAND_WRITTEN));
    execute(file, "INSERT INTO schema_version (version, name) VALUES (998, 'from the future')");
    assertThatThrownBy(() -> Store.open(file))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 998")
        .hasMessageContaining("newer hfmine");
    assertThat(SchemaMigrationsTest.tables(DriverManager.getConnection("jdbc:duckdb:" + file)))
        .contains("schema_version").doesNotContain(SchemaMigrations.HISTORY_TABLE);
  }

  private Path newStore() {
    Path file = dir.resolve("new-" + System.nanoTime() + ".duckdb");
    try (Store store = Store.open(file)) {
      return file;
    }
  }

  private static SchemaShape shapeOf(Path file) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file)) {
      SchemaShape shape = SchemaShape.of(connection);
      // Compared by meaning: DuckDB prints a table's DDL in the column order it was built with.
      List<String> tables = new ArrayList<>();
      shape.tables().values().forEach(t -> tables.add(t.name() + " " + t.columns() + " key " + t.primaryKey()));
      return new SchemaShape(java.util.Map.of("all", new SchemaShape.Table(String.join("\n", tables), List.of(),
          List.of(), "")), shape.indexes());
    }
  }

  private static List<String> history(Path file) throws Exception {
    try (Store store = Store.open(file)) {
      return rows(store, "SELECT version, script, checksum, success FROM flyway_schema_history ORDER BY version");
    }
  }

  private static void execute(Path file, String... statements) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
         Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }
}
