package io.hfmine.datasets.tableimport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A column of a store table and how text written in the export's conventions becomes its type:
 * timestamps from ISO 8601 with a zone (kept in UTC), lists and structures from JSON, the rest
 * by the store's own cast.
 */
record StoreColumn(String name, String type, boolean notNull, boolean hasDefault) {
  // ISO 8601 with its zone: Z, +hh:mm, +hhmm or +hh at the end.
  private static final String ZONED = "'(Z|z|[+-][0-9]{2}(:?[0-9]{2})?)$'";

  /** The table's columns by lower-cased name, in table order; empty when there is no such table. */
  static Map<String, StoreColumn> of(Connection connection, String table) throws SQLException {
    Map<String, StoreColumn> columns = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement("""
        SELECT column_name, data_type, is_nullable = 'NO', column_default IS NOT NULL FROM information_schema.columns
        WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position""")) {
      query.setString(1, table);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          columns.put(rows.getString(1).toLowerCase(Locale.ROOT),
              new StoreColumn(rows.getString(1), rows.getString(2), rows.getBoolean(3), rows.getBoolean(4)));
        }
      }
    }
    return columns;
  }

  /** A file must name this column: it may not be null and the store has no default for it. */
  boolean required() {
    return notNull && !hasDefault;
  }

  boolean isPlainTimestamp() {
    String upper = type.toUpperCase(Locale.ROOT);
    return upper.startsWith("TIMESTAMP") && !upper.contains("TIME ZONE");
  }

  private boolean isTimestamp() {
    return type.toUpperCase(Locale.ROOT).startsWith("TIMESTAMP");
  }

  private boolean isNested() {
    String upper = type.toUpperCase(Locale.ROOT);
    return upper.endsWith("]") || upper.startsWith("STRUCT") || upper.startsWith("MAP");
  }

  /** The expression that reads {@code text} (a VARCHAR column) as this column's value. */
  String fromText(String text) {
    if (isTimestamp()) {
      String zoned = "CAST(" + text + " AS TIMESTAMPTZ)";
      return isPlainTimestamp() ? "timezone('UTC', " + zoned + ")" : zoned;
    }
    if (isNested()) {
      return "CAST(CAST(" + text + " AS JSON) AS " + type + ")";
    }
    return "CAST(" + text + " AS " + type + ")";
  }

  /** As {@link #fromText}, but null where the text is not a value of the type (a timestamp without zone included). */
  String tryFromText(String text) {
    if (isTimestamp()) {
      return "CASE WHEN regexp_matches(trim(" + text + "), " + ZONED + ") THEN TRY_CAST(" + text
          + " AS TIMESTAMPTZ) END";
    }
    if (isNested()) {
      return "TRY_CAST(TRY_CAST(" + text + " AS JSON) AS " + type + ")";
    }
    return "TRY_CAST(" + text + " AS " + type + ")";
  }

  /** What a value of this column must look like, for messages. */
  String expected() {
    if (isTimestamp()) {
      return "an ISO 8601 timestamp with its zone (2024-05-01T12:30:00Z)";
    }
    if (isNested()) {
      return "JSON of type " + type + (type.endsWith("]") ? " (a JSON array, [\"a\",\"b\"])" : "");
    }
    return "a value of type " + type;
  }
}
