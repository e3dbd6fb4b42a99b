package io.hfmine.web.table;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs a detail page's query: rows as column → value maps in column order, values bound as parameters. */
public final class Rows {
  private Rows() {
  }

  public static List<Map<String, Object>> all(Connection connection, String sql, Object... parameters)
      throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        ResultSetMetaData meta = result.getMetaData();
        while (result.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int c = 1; c <= meta.getColumnCount(); c++) {
            row.put(meta.getColumnLabel(c), SqlValues.read(result, c));
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  /** The first row, or null. */
  public static Map<String, Object> one(Connection connection, String sql, Object... parameters) throws SQLException {
    List<Map<String, Object>> rows = all(connection, sql + " LIMIT 1", parameters);
    return rows.isEmpty() ? null : rows.get(0);
  }

  /** A single number (a count). */
  public static long number(Connection connection, String sql, Object... parameters) throws SQLException {
    Map<String, Object> row = one(connection, sql, parameters);
    Object value = row == null ? null : row.values().iterator().next();
    return value == null ? 0 : ((Number) value).longValue();
  }
}
