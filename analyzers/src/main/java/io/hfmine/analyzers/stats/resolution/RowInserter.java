package io.hfmine.analyzers.stats.resolution;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Inserts rows with multi-row {@code INSERT ... VALUES (...), (...)} statements: DuckDB's JDBC
 * driver runs batched single-row inserts one by one, which made storing a study take seconds.
 */
final class RowInserter {
  private static final int ROWS_PER_STATEMENT = 500;

  private final String table;
  private final int columns;
  private final List<Object[]> rows = new ArrayList<>();

  RowInserter(String table, int columns) {
    this.table = table;
    this.columns = columns;
  }

  RowInserter add(Object... row) {
    if (row.length != columns) {
      throw new IllegalArgumentException(table + ": " + row.length + " values for " + columns + " columns");
    }
    rows.add(row);
    return this;
  }

  void insert(Connection connection) throws SQLException {
    for (int start = 0; start < rows.size(); start += ROWS_PER_STATEMENT) {
      List<Object[]> chunk = rows.subList(start, Math.min(rows.size(), start + ROWS_PER_STATEMENT));
      String placeholders = "(" + "?, ".repeat(columns - 1) + "?)";
      StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" VALUES ");
      for (int i = 0; i < chunk.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append(placeholders);
      }
      try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
        int index = 1;
        for (Object[] row : chunk) {
          for (Object value : row) {
            statement.setObject(index++, value);
          }
        }
        statement.executeUpdate();
      }
    }
  }
}
