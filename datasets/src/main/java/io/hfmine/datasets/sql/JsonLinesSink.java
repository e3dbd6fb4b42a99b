package io.hfmine.datasets.sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows as JSON lines, one object per row keyed by column name; lists stay arrays. */
public final class JsonLinesSink extends StreamSink {
  private static final ObjectMapper JSON = new ObjectMapper();

  private List<String> columns = List.of();

  public JsonLinesSink(PrintWriter out, PrintWriter notes) {
    super(out, notes);
  }

  @Override
  public void start(List<String> columns) {
    this.columns = columns;
  }

  @Override
  public void row(List<Object> values) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      object.put(columns.get(i), values.get(i));
    }
    out.println(json(object));
  }

  /** A cell as text: lists as JSON arrays (the convention of hfmine's CSV files), null as empty. */
  static String text(Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof List<?> ? json(value) : value.toString();
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
