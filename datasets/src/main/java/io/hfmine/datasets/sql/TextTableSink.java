package io.hfmine.datasets.sql;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows as an aligned text table for the terminal; cells longer than a limit are cut with an
 * ellipsis (use CSV or JSON for whole values), and at most {@code maxRows} rows are shown.
 */
public final class TextTableSink implements ResultSink {
  private static final int MAX_CELL = 60;

  private final PrintWriter out;
  private final PrintWriter notes;
  private final int maxRows;
  private List<String> columns = List.of();
  private final List<List<String>> rows = new ArrayList<>();
  private long total;

  public TextTableSink(PrintWriter out, PrintWriter notes, int maxRows) {
    this.out = out;
    this.notes = notes;
    this.maxRows = maxRows;
  }

  @Override
  public void start(List<String> columns) {
    this.columns = columns;
    rows.clear();
    total = 0;
  }

  @Override
  public void row(List<Object> values) {
    total++;
    if (rows.size() < maxRows) {
      List<String> cells = new ArrayList<>(values.size());
      for (Object value : values) {
        cells.add(cut(JsonLinesSink.text(value)));
      }
      rows.add(cells);
    }
  }

  @Override
  public void end() {
    int[] widths = new int[columns.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = columns.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    out.println(line(columns, widths));
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
    }
    out.println(rule);
    for (List<String> row : rows) {
      out.println(line(row, widths));
    }
    notes.printf("(%,d row%s%s)%n", total, total == 1 ? "" : "s",
        total > rows.size() ? ", first " + String.format("%,d", rows.size()) + " shown; --format csv or json prints all" : "");
    notes.flush();
  }

  @Override
  public void updated(int count) {
    notes.println(ResultSink.updatedText(count));
    notes.flush();
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        text.append("  ");
      }
      String cell = cells.get(i);
      text.append(cell);
      if (i < cells.size() - 1) {
        text.append(" ".repeat(widths[i] - cell.length()));
      }
    }
    return text.toString();
  }

  private static String cut(String text) {
    String oneLine = text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    return oneLine.length() <= MAX_CELL ? oneLine : oneLine.substring(0, MAX_CELL - 1) + "…";
  }
}
