package io.hfmine.datasets.store.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.datasets.store.Store;
import io.hfmine.datasets.store.StoreException;
import io.hfmine.datasets.store.StoreSummary;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigrationsTest {
  @TempDir
  Path dir;

  @Test
  void aNewStoreRecordsEveryShippedMigrationWithItsChecksum() {
    List<MigrationScript> shipped = MigrationScript.shipped();
    try (Store store = Store.open(dir.resolve("s.duckdb"))) {
      assertThat(store.schemaVersion()).isEqualTo(shipped.getLast().version());
      assertThat(rows(store, "SELECT script, checksum IS NOT NULL, success FROM flyway_schema_history "
          + "WHERE version IS NOT NULL ORDER BY installed_rank"))
          .containsExactlyElementsOf(shipped.stream().map(m -> MigrationScript.fileName(m.version()) + "|true|true")
              .toList());
      assertThat(StoreSummary.of(store).rowCounts()).containsKeys("models", "crawl_units", "model_cards")
          .doesNotContainKey(SchemaMigrations.HISTORY_TABLE);
    }
  }

  @Test
  void reopeningAStoreAppliesNothingTwice() {
    Path file = dir.resolve("s.duckdb");
    try (Store store = Store.open(file)) {
      store.transaction(c -> c.createStatement().executeUpdate(
          "INSERT INTO models (id, source, fetched_at) VALUES ('org/a', 'hub', now())"));
    }
    try (Store store = Store.open(file)) {
      assertThat(rows(store, "SELECT count(*) FROM models")).containsExactly("1");
      assertThat(rows(store, "SELECT count(*) FROM flyway_schema_history"))
          .containsExactly(Integer.toString(MigrationScript.shipped().size()));
    }
  }

  @Test
  void aMigrationEditedAfterItWasAppliedStopsTheOpenNamingIt() {
    Path file = dir.resolve("s.duckdb");
    try (Store store = Store.open(file)) {
      // What the store recorded when V002 was applied no longer matches the file this build ships.
      store.transaction(c -> c.createStatement().executeUpdate(
          "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '002'"));
    }
    assertThatThrownBy(() -> Store.open(file))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("V002")
        .hasMessageContaining("checksum");
  }

  @Test
  void aStoreWrittenByANewerHfmineIsRefusedNamingBothVersions() {
    Path file = dir.resolve("s.duckdb");
    try (Store store = Store.open(file)) {
      store.transaction(c -> c.createStatement().executeUpdate("""
          INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,
            installed_by, execution_time, success)
          VALUES (999, '999', '', 'SQL', 'V999.sql', 1, 'x', 0, true)"""));
    }
    int newest = MigrationScript.shipped().getLast().version();
    assertThatThrownBy(() -> Store.open(file))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 999")
        .hasMessageContaining("newer hfmine")
        .hasMessageContaining("up to " + newest)
        .hasMessageContaining(file.toString());
  }

  @Test
  void aMigrationMergedAfterAHigherNumberedOneIsStillApplied() {
    Path file = dir.resolve("s.duckdb");
    try (Store store = Store.open(file)) {
      // As if V005 had been merged after this store reached the newest version.
      store.transaction(c -> {
        c.createStatement().execute("DROP TABLE issue_labels");
        c.createStatement().executeUpdate("DELETE FROM flyway_schema_history WHERE version = '005'");
        return null;
      });
    }
    try (Store store = Store.open(file)) {
      assertThat(StoreSummary.of(store).rowCounts()).containsKey("issue_labels");
      assertThat(rows(store, "SELECT count(*) FROM flyway_schema_history WHERE version = '005' AND success"))
          .containsExactly("1");
    }
  }

  @Test
  void aFailingMigrationLeavesNothingOfTheUpgradeAndNamesItsFile() throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
      assertThatThrownBy(() -> SchemaMigrations.migrate(connection, "test-store", "classpath:db/failing"))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("test-store")
          .hasMessageContaining("V002.sql")
          .hasMessageContaining("missing_table");
      // Pending migrations are applied together: the store stays at the version it had.
      assertThat(tables(connection)).doesNotContain("a", "b");
    }
  }

  @Test
  void aDatabaseWithTablesButNoHistoryIsNotTakenForAStore() throws Exception {
    Path file = dir.resolve("other.duckdb");
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file)) {
      connection.createStatement().execute("CREATE TABLE mine (x INTEGER)");
    }
    assertThatThrownBy(() -> Store.open(file))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file + " is not an hfmine store");
  }

  @Test
  void everyShippedMigrationIsNamedByItsThreeDigitVersionAndNamesItsChangeOnItsFirstLine() {
    for (MigrationScript script : MigrationScript.shipped()) {
      assertThat(script.sql().lines().findFirst().orElse(""))
          .as(MigrationScript.fileName(script.version())).startsWith("-- ");
    }
  }

  /** A connection to a store file migrated up to {@code version} only, as a store of that release was left, in autocommit. */
  static Connection storeAt(Path file, String version) throws Exception {
    Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
    SchemaMigrations.flyway(connection, SchemaMigrations.SHIPPED, MigrationVersion.fromVersion(version)).migrate();
    connection.setAutoCommit(true);
    return connection;
  }

  static List<String> tables(Connection connection) throws Exception {
    List<String> tables = new ArrayList<>();
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT table_name FROM duckdb_tables() ORDER BY 1")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    return tables;
  }

  static List<String> rows(Store store, String sql) {
    return store.read(c -> {
      List<String> out = new ArrayList<>();
      try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
        int columns = rows.getMetaData().getColumnCount();
        while (rows.next()) {
          List<String> cells = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            cells.add(rows.getString(i));
          }
          out.add(String.join("|", cells));
        }
      }
      return out;
    });
  }
}
