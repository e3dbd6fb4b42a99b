package io.hfmine.datasets.store.schema;

import io.hfmine.datasets.store.StoreException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts a store made by the hand-written migrator of earlier hfmine builds (versions in table
 * {@code schema_version}, no checksums) into a Flyway store, in one transaction.
 *
 * <p>That migrator recorded only version numbers, and released migrations V002 and V003 were
 * edited after some stores had applied them, so such a store may lack tables, columns or a wider
 * primary key that its version number promises. Adoption therefore builds the reference schema (the
 * shipped migrations up to the store's version, in memory), then for every reference table:
 * creates it when missing; rebuilds it when a column or the primary key differs (columns it lacks
 * get their default, or a neutral value for a NOT NULL column without one, and the repair is
 * logged); and finally writes the reference's Flyway history (with the shipped files' checksums)
 * and drops {@code schema_version}. A store that matches already keeps every row untouched.
 */
final class LegacyStoreAdoption {
  static final String LEGACY_TABLE = "schema_version";
  private static final Logger LOG = LoggerFactory.getLogger(LegacyStoreAdoption.class);

  private LegacyStoreAdoption() {
  }

  static boolean isLegacy(Connection connection) throws SQLException {
    return hasTable(connection, LEGACY_TABLE) && !hasTable(connection, SchemaMigrations.HISTORY_TABLE);
  }

  static void adopt(Connection connection, String store) throws SQLException {
    int version = legacyVersion(connection);
    int newest = MigrationScript.shipped().stream().mapToInt(MigrationScript::version).max().orElse(0);
    if (version > newest) {
      throw new StoreException("store " + store + " has schema version " + version + ", written by a newer hfmine; "
          + "this build knows versions up to " + newest + ". Upgrade hfmine or use another --work-dir.");
    }
    SchemaShape reference;
    List<List<Object>> history = new ArrayList<>();
    List<String> historyColumns = new ArrayList<>();
    try (Connection memory = DriverManager.getConnection("jdbc:duckdb:")) {
      if (version > 0) {
        SchemaMigrations.flyway(memory, SchemaMigrations.SHIPPED, MigrationVersion.fromVersion(Integer.toString(version))).migrate();
      }
      reference = SchemaShape.of(memory);
      if (version > 0) {
        readHistory(memory, historyColumns, history);
      }
    }
    SchemaShape legacy = SchemaShape.of(connection);
    List<String> repairs = new ArrayList<>();
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      for (SchemaShape.Table table : reference.tables().values()) {
        if (table.name().equals(SchemaMigrations.HISTORY_TABLE)) {
          statement.execute(table.createSql());
        } else {
          reconcile(statement, table, legacy.tables().get(table.name()), legacy, repairs);
        }
      }
      SchemaShape now = SchemaShape.of(connection);
      for (SchemaShape.Index index : reference.indexes().values()) {
        if (!now.indexes().containsKey(index.name())) {
          statement.execute(index.createSql());
        }
      }
      writeHistory(connection, historyColumns, history);
      statement.execute("DROP TABLE " + LEGACY_TABLE);
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw new StoreException("cannot adopt store " + store + " (made by an earlier hfmine, schema version "
          + version + "): " + SchemaMigrations.firstLine(e.getMessage()), e);
    } finally {
      connection.setAutoCommit(autoCommit);
    }
    if (repairs.isEmpty()) {
      LOG.info("store {}: adopted at schema version {} (migrations now carry checksums)", store, version);
    } else {
      LOG.warn("store {}: adopted at schema version {}; repaired what earlier builds left out: {}", store, version,
          String.join("; ", repairs));
    }
  }

  private static void reconcile(Statement statement, SchemaShape.Table wanted, SchemaShape.Table found,
      SchemaShape legacy, List<String> repairs) throws SQLException {
    if (found == null) {
      statement.execute(wanted.createSql());
      repairs.add("created table " + wanted.name());
      return;
    }
    List<String> differences = differences(wanted, found);
    if (differences.isEmpty()) {
      return;
    }
    String old = wanted.name() + "__before_adoption";
    for (SchemaShape.Index index : legacy.indexes().values()) {
      if (index.table().equals(found.name())) {
        statement.execute("DROP INDEX " + quote(index.name()));
      }
    }
    statement.execute("ALTER TABLE " + quote(found.name()) + " RENAME TO " + quote(old));
    statement.execute(wanted.createSql());
    List<String> targets = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (SchemaShape.Column column : wanted.columns()) {
      SchemaShape.Column before = found.column(column.name());
      if (before != null) {
        targets.add(quote(column.name()));
        values.add(before.type().equalsIgnoreCase(column.type()) ? quote(column.name())
            : "CAST(" + quote(column.name()) + " AS " + column.type() + ")");
      } else if (!column.nullable() && column.defaultExpression() == null) {
        targets.add(quote(column.name()));
        values.add(neutralValue(wanted.name(), column));
        differences.add(column.name() + " filled with " + neutralValue(wanted.name(), column) + " on existing rows");
      }
    }
    statement.execute("INSERT INTO " + quote(wanted.name()) + " (" + String.join(", ", targets) + ") SELECT "
        + String.join(", ", values) + " FROM " + quote(old));
    statement.execute("DROP TABLE " + quote(old));
    repairs.add("rebuilt table " + wanted.name() + " (" + String.join(", ", differences) + ")");
  }

  private static List<String> differences(SchemaShape.Table wanted, SchemaShape.Table found) {
    List<String> differences = new ArrayList<>();
    for (SchemaShape.Column column : wanted.columns()) {
      SchemaShape.Column before = found.column(column.name());
      if (before == null) {
        differences.add("added column " + column.name());
      } else if (!before.type().equalsIgnoreCase(column.type()) || before.nullable() != column.nullable()
          || !java.util.Objects.equals(before.defaultExpression(), column.defaultExpression())) {
        differences.add("column " + column.name() + " now " + column.type() + (column.nullable() ? "" : " NOT NULL")
            + (column.defaultExpression() == null ? "" : " DEFAULT " + column.defaultExpression()));
      }
    }
    if (!lower(wanted.primaryKey()).equals(lower(found.primaryKey()))) {
      differences.add("primary key (" + String.join(", ", wanted.primaryKey()) + ")");
    }
    return differences;
  }

  // A NOT NULL column added by an edited migration has no value for rows stored before: the
  // neutral value of its type keeps those rows (the adoption log names the column).
  private static String neutralValue(String table, SchemaShape.Column column) {
    String type = column.type().toUpperCase(Locale.ROOT);
    if (type.startsWith("TIMESTAMP") || type.equals("DATE")) {
      return "current_timestamp";
    }
    if (type.equals("BOOLEAN")) {
      return "false";
    }
    if (type.matches("(TINY|SMALL|BIG|HUGE|U?)INT.*|INTEGER|DOUBLE|FLOAT|REAL|DECIMAL.*")) {
      return "0";
    }
    if (type.equals("VARCHAR")) {
      return "''";
    }
    throw new StoreException("column " + table + "." + column.name() + " (" + column.type()
        + ", NOT NULL, no default) is missing and has no neutral value");
  }

  private static List<String> lower(List<String> names) {
    return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
  }

  private static int legacyVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT coalesce(max(version), 0) FROM " + LEGACY_TABLE)) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static void readHistory(Connection memory, List<String> columns, List<List<Object>> rows)
      throws SQLException {
    try (Statement statement = memory.createStatement();
         ResultSet result = statement.executeQuery("SELECT * FROM " + SchemaMigrations.HISTORY_TABLE
             + " ORDER BY installed_rank")) {
      ResultSetMetaData meta = result.getMetaData();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        columns.add(meta.getColumnName(i));
      }
      while (result.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= columns.size(); i++) {
          Object value = result.getObject(i);
          row.add(columns.get(i - 1).equalsIgnoreCase("installed_by") ? "hfmine (adopted)" : value);
        }
        rows.add(row);
      }
    }
  }

  private static void writeHistory(Connection connection, List<String> columns, List<List<Object>> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    String sql = "INSERT INTO " + SchemaMigrations.HISTORY_TABLE + " ("
        + String.join(", ", columns.stream().map(LegacyStoreAdoption::quote).toList()) + ") VALUES ("
        + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (List<Object> row : rows) {
        for (int i = 0; i < row.size(); i++) {
          insert.setObject(i + 1, row.get(i));
        }
        insert.executeUpdate();
      }
    }
  }

  private static boolean hasTable(Connection connection, String table) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = ?")) {
      query.setString(1, table);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1) > 0;
      }
    }
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
