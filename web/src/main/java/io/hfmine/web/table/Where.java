package io.hfmine.web.table;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** SQL conditions joined with AND and the values of their placeholders, in order. */
public final class Where {
  private final List<String> conditions = new ArrayList<>();
  private final List<Object> parameters = new ArrayList<>();

  /** Adds a condition; {@code values} fill its {@code ?} placeholders in order. */
  public Where and(String condition, Object... values) {
    conditions.add("(" + condition + ")");
    parameters.addAll(List.of(values));
    return this;
  }

  /** A copy, so one request's filters can be extended without changing the original. */
  public Where copy() {
    Where copy = new Where();
    copy.conditions.addAll(conditions);
    copy.parameters.addAll(parameters);
    return copy;
  }

  /** {@code " WHERE ..."} or an empty string. */
  public String sql() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /** Binds the parameters from position {@code first}; returns the next free position. */
  public int bind(PreparedStatement statement, int first) throws SQLException {
    int position = first;
    for (Object value : parameters) {
      statement.setObject(position++, value);
    }
    return position;
  }
}
