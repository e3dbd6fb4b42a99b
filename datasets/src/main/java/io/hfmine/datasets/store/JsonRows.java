package io.hfmine.datasets.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;

/**
 * Rows travel to the store as one JSON parameter read set-wise with {@code from_json}: DuckDB runs
 * batched statements row by row, which is far slower for the millions of attribute rows a large
 * catalog has. PostgreSQL would read the same parameter with {@code json_to_recordset}.
 */
public final class JsonRows {
  public static final ObjectMapper JSON = new ObjectMapper();

  private JsonRows() {
  }

  /** Rows (a Jackson tree or plain objects) as one JSON parameter. */
  public static String of(Object rows) {
    try {
      return JSON.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A list of ids as a JSON array parameter, for {@code IN (SELECT unnest(from_json(?, '["VARCHAR"]')))}. */
  public static String ids(Collection<String> ids) {
    return of(ids);
  }
}
