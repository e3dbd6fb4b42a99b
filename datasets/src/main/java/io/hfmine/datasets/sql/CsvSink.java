package io.hfmine.datasets.sql;

import io.hfmine.datasets.csv.CsvTable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Rows as RFC 4180 CSV with a header row; list cells as JSON arrays, null as an empty field. */
public final class CsvSink extends StreamSink {

  public CsvSink(PrintWriter out, PrintWriter notes) {
    super(out, notes);
  }

  @Override
  public void start(List<String> columns) {
    out.print(CsvTable.record(columns));
  }

  @Override
  public void row(List<Object> values) {
    List<String> cells = new ArrayList<>(values.size());
    for (Object value : values) {
      cells.add(JsonLinesSink.text(value));
    }
    out.print(CsvTable.record(cells));
  }

}
