package io.hfmine.web.table;

import java.util.Map;
import java.util.function.Function;

/**
 * One column of a table view: its key (the CSV header and JSON field of exports), its label on
 * the page, the SQL expression that reads it, and optionally where a cell links to.
 *
 * @param link the address a cell links to, from the row's values by key; null for plain text
 */
public record Column(String key, String label, String sql, Function<Map<String, Object>, String> link) {

  public static Column of(String key, String label, String sql) {
    return new Column(key, label, sql, null);
  }

  public static Column linked(String key, String label, String sql, Function<Map<String, Object>, String> link) {
    return new Column(key, label, sql, link);
  }
}
