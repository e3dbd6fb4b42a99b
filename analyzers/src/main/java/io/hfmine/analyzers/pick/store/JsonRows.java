package io.hfmine.analyzers.pick.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;

/**
 * Rows travel to the store as one JSON parameter read set-wise with {@code from_json}: DuckDB runs
 * batched statements row by row, which is far slower for the millions of attribute rows a large
 * catalog has. PostgreSQL would read the same parameter with {@code json_to_recordset}.
 */
final class JsonRows {
  static final ObjectMapper JSON = new ObjectMapper();

  private JsonRows() {
  }

  static String of(Object rows) {
    try {
      return JSON.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A list of ids as a JSON array parameter, for {@code IN (SELECT unnest(from_json(?, '["VARCHAR"]')))}. */
  static String ids(Collection<String> ids) {
    return of(ids);
  }
}
