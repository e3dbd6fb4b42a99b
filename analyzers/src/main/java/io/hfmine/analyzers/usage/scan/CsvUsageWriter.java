package io.hfmine.analyzers.usage.scan;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.analyzers.usage.UsageColumns;
import io.hfmine.analyzers.usage.UsageRecord;
import io.hfmine.datasets.csv.CsvTable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV with a header row, written by the project's one CSV mechanism ({@link CsvTable}).
 * List columns ({@code keyword_args}, {@code keyword_values}, {@code api_sequence}) hold a JSON
 * array, the convention of every hfmine CSV (the dataset export's too), so they survive the
 * round trip ({@code json.loads} in pandas, {@code usage import} here).
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
    writeHeaderOnce();
    List<String> cells = new ArrayList<>(UsageColumns.ALL.size());
    for (Object value : UsageColumns.values(usage)) {
      if (value instanceof List<?> list) {
        cells.add(JSON.writeValueAsString(list));
      } else {
        cells.add(value == null ? null : value.toString());
      }
    }
    out.write(CsvTable.record(cells));
  }

  /** Writes the header even when no usage was found, so the file is still a valid table. */
  @Override
  public void close() throws IOException {
    writeHeaderOnce();
    out.flush();
  }

  private void writeHeaderOnce() throws IOException {
    if (!headerWritten) {
      out.write(CsvTable.record(UsageColumns.names()));
      headerWritten = true;
    }
  }
}
