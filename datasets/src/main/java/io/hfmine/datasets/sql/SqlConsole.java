package io.hfmine.datasets.sql;

import io.hfmine.datasets.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * SQL on the store, for researchers without a DuckDB shell: each statement's rows go to a
 * {@link ResultSink}. Opened read-only unless writing is asked for, so a stray {@code DELETE}
 * cannot damage a study.
 */
public final class SqlConsole implements AutoCloseable {
  private final Connection connection;
  private final boolean readOnly;

  private SqlConsole(Connection connection, boolean readOnly) {
    this.connection = connection;
    this.readOnly = readOnly;
  }

  /**
   * Opens the store file read-only: DuckDB refuses every statement that would change it, and
   * other read-only readers may open it at the same time.
   */
  public static SqlConsole readOnly(Path storeFile) {
    if (!Files.isRegularFile(storeFile)) {
      throw new StoreException("store " + storeFile + " does not exist");
    }
    Properties properties = new Properties();
    properties.setProperty("duckdb.read_only", "true");
    try {
      return new SqlConsole(DriverManager.getConnection("jdbc:duckdb:" + storeFile.toAbsolutePath(), properties), true);
    } catch (SQLException e) {
      throw new StoreException("cannot open store " + storeFile + " read-only: " + firstLine(e.getMessage()), e);
    }
  }

  /** A console over a connection the caller owns and keeps (a store opened for writing). */
  public static SqlConsole over(Connection connection) {
    return new SqlConsole(connection, false);
  }

  /** Runs one statement; a query's rows go to {@code sink}, other statements report their update count. */
  public void execute(String sql, ResultSink sink) throws SqlConsoleException {
    // Prepared first: DuckDB reports parser, binder and read-only errors at preparation with their
    // own message, where a plain execute says only that the pending result failed.
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      if (statement.execute()) {
        try (ResultSet rows = statement.getResultSet()) {
          ResultSetMetaData meta = rows.getMetaData();
          List<String> columns = new ArrayList<>();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnLabel(i));
          }
          sink.start(columns);
          while (rows.next()) {
            List<Object> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
              row.add(value(rows, i));
            }
            sink.row(row);
          }
          sink.end();
        }
      } else {
        sink.updated(statement.getUpdateCount());
      }
    } catch (SQLException e) {
      String message = firstLine(e.getMessage());
      if (readOnly && message.contains("read-only")) {
        message += " (the store is opened read-only; add --write to change it)";
      }
      throw new SqlConsoleException(message, e);
    }
  }

  /** The store's tables, for a prompt's {@code .tables}. */
  public List<String> tables() throws SqlConsoleException {
    List<String> tables = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_name")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    } catch (SQLException e) {
      throw new SqlConsoleException(firstLine(e.getMessage()), e);
    }
    return tables;
  }

  @Override
  public void close() {
    if (readOnly) {
      try {
        connection.close();
      } catch (SQLException e) {
        // Nothing was written; a failing close loses nothing.
      }
    }
  }

  // Cells as plain values: numbers and booleans stay typed, lists become lists, the rest is the
  // store's own text (timestamps as DuckDB writes them).
  private static Object value(ResultSet rows, int column) throws SQLException {
    Object value = rows.getObject(column);
    if (value == null || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    if (value instanceof java.sql.Array array) {
      return list(array.getArray());
    }
    return rows.getString(column);
  }

  private static Object list(Object array) throws SQLException {
    if (array instanceof Object[] items) {
      List<Object> values = new ArrayList<>(items.length);
      for (Object item : items) {
        values.add(item instanceof java.sql.Array nested ? list(nested.getArray())
            : item == null || item instanceof Number || item instanceof Boolean ? item : item.toString());
      }
      return values;
    }
    return String.valueOf(array);
  }

  static String firstLine(String message) {
    if (message == null) {
      return "SQL error";
    }
    String trimmed = message.strip();
    int newline = trimmed.indexOf('\n');
    return newline < 0 ? trimmed : trimmed.substring(0, newline);
  }
}
