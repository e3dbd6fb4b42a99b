package io.hfmine.analyzers.usage.scan;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.analyzers.usage.UsageRecord;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * RFC 4180 CSV with a header row; list columns ({@code keyword_args}, {@code keyword_values}, {@code api_sequence}) hold
 * a JSON array so that they survive the round trip ({@code json.loads} in pandas).
 */
public final class CsvUsageWriter implements UsageSink {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Writer out;
  private boolean headerWritten;

  public CsvUsageWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(UsageRecord usage) throws IOException {
    if (!headerWritten) {
      out.write(String.join(",", UsageColumns.NAMES));
      out.write("\r\n");
      headerWritten = true;
    }
    StringBuilder line = new StringBuilder();
    boolean first = true;
    for (Map.Entry<String, Object> cell : UsageColumns.of(usage).entrySet()) {
      if (!first) {
        line.append(',');
      }
      first = false;
      Object value = cell.getValue();
      if (value instanceof List<?> list) {
        line.append(quote(JSON.writeValueAsString(list)));
      } else if (value != null) {
        line.append(quote(value.toString()));
      }
    }
    out.write(line.toString());
    out.write("\r\n");
  }

  /** Writes the header even when no usage was found, so the file is still a valid table. */
  @Override
  public void close() throws IOException {
    if (!headerWritten) {
      out.write(String.join(",", UsageColumns.NAMES));
      out.write("\r\n");
      headerWritten = true;
    }
    out.flush();
  }

  private static String quote(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
