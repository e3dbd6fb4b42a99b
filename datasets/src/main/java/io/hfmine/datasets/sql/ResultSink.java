package io.hfmine.datasets.sql;

import java.util.List;

/** Where the rows of a statement go: a text table, CSV or JSON lines. */
public interface ResultSink {
  void start(List<String> columns);

  void row(List<Object> values);

  void end();

  /** A statement without rows changed this many (or -1: an unknown number of) rows. */
  void updated(int count);

  /** What to tell the person at the terminal after a statement without rows. */
  static String updatedText(int count) {
    return count < 0 ? "OK" : String.format("OK, %,d row%s changed", count, count == 1 ? "" : "s");
  }
}
