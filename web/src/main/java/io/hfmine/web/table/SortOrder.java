package io.hfmine.web.table;

import java.util.List;

/**
 * An order of a table's rows, usable for keyset pagination: its expressions never yield null and
 * together identify a row, so "the rows after this one" is a plain comparison.
 *
 * @param onlyWith the filter parameter this order needs (relevance needs a search), or null
 */
public record SortOrder(String name, String label, String onlyWith, List<Key> keys) {
  public record Key(String sql, boolean descending) {
  }

  public static Key asc(String sql) {
    return new Key(sql, false);
  }

  public static Key desc(String sql) {
    return new Key(sql, true);
  }

  public static SortOrder of(String name, String label, Key... keys) {
    return new SortOrder(name, label, null, List.of(keys));
  }

  /** An order offered only while filter {@code param} is set (and then the default, when listed first). */
  public static SortOrder with(String param, String name, String label, Key... keys) {
    return new SortOrder(name, label, param, List.of(keys));
  }

  /** Whether the request's filters let this order be chosen. */
  boolean offeredFor(TableRequest request) {
    return onlyWith == null || request.filters().containsKey(onlyWith);
  }

  /** The ORDER BY clause. */
  public String orderBy() {
    return String.join(", ", keys.stream().map(k -> k.sql() + (k.descending() ? " DESC" : " ASC")).toList());
  }

  /** The condition "after the row whose keys are these values", with one placeholder per use. */
  String after() {
    StringBuilder condition = new StringBuilder();
    for (int i = 0; i < keys.size(); i++) {
      if (i > 0) {
        condition.append(" OR ");
      }
      condition.append('(');
      for (int j = 0; j < i; j++) {
        condition.append(keys.get(j).sql()).append(" = ? AND ");
      }
      Key key = keys.get(i);
      condition.append(key.sql()).append(key.descending() ? " < ?" : " > ?").append(')');
    }
    return condition.toString();
  }

  /** The values bound to {@link #after()}'s placeholders, from the last row's key values. */
  Object[] afterValues(List<Object> last) {
    int count = keys.size() * (keys.size() + 1) / 2;
    Object[] values = new Object[count];
    int position = 0;
    for (int i = 0; i < keys.size(); i++) {
      for (int j = 0; j <= i; j++) {
        values[position++] = last.get(j);
      }
    }
    return values;
  }
}
