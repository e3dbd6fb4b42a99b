package io.hfmine.datasets.store.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tables (columns, primary key, DDL) and indexes of a DuckDB database's {@code main} schema. */
record SchemaShape(Map<String, Table> tables, Map<String, Index> indexes) {

  /** A column as DuckDB's catalog describes it. */
  record Column(String name, String type, String defaultExpression, boolean nullable) {
  }

  /** A table: its columns in order, its primary key columns and the DDL that creates it. */
  record Table(String name, List<Column> columns, List<String> primaryKey, String createSql) {
    Column column(String columnName) {
      return columns.stream().filter(c -> c.name().equals(columnName)).findFirst().orElse(null);
    }
  }

  /** An index and the DDL that creates it. */
  record Index(String name, String table, String createSql) {
  }

  static SchemaShape of(Connection connection) throws SQLException {
    Map<String, Table> tables = new LinkedHashMap<>();
    Map<String, List<Column>> columns = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("""
             SELECT table_name, column_name, data_type, column_default, is_nullable FROM duckdb_columns()
             WHERE schema_name = 'main' AND NOT internal ORDER BY table_name, column_index""")) {
      while (rows.next()) {
        columns.computeIfAbsent(rows.getString(1), t -> new ArrayList<>())
            .add(new Column(rows.getString(2), rows.getString(3), rows.getString(4), rows.getBoolean(5)));
      }
    }
    Map<String, List<String>> keys = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("""
             SELECT table_name, constraint_column_names FROM duckdb_constraints()
             WHERE schema_name = 'main' AND constraint_type = 'PRIMARY KEY'""")) {
      while (rows.next()) {
        List<String> key = new ArrayList<>();
        for (Object column : (Object[]) rows.getArray(2).getArray()) {
          key.add(column.toString());
        }
        keys.put(rows.getString(1), key);
      }
    }
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("""
             SELECT table_name, sql FROM duckdb_tables()
             WHERE schema_name = 'main' AND NOT internal AND NOT temporary ORDER BY table_name""")) {
      while (rows.next()) {
        String name = rows.getString(1);
        tables.put(name, new Table(name, columns.getOrDefault(name, List.of()), keys.getOrDefault(name, List.of()),
            rows.getString(2)));
      }
    }
    Map<String, Index> indexes = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("""
             SELECT index_name, table_name, sql FROM duckdb_indexes()
             WHERE schema_name = 'main' AND sql IS NOT NULL ORDER BY index_name""")) {
      while (rows.next()) {
        indexes.put(rows.getString(1), new Index(rows.getString(1), rows.getString(2), rows.getString(3)));
      }
    }
    return new SchemaShape(tables, indexes);
  }
}
