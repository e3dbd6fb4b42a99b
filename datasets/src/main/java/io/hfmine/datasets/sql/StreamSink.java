package io.hfmine.datasets.sql;

import java.io.PrintWriter;

/** A sink that writes each row as it comes (CSV, JSON lines), with notes to the terminal apart. */
abstract class StreamSink implements ResultSink {
  protected final PrintWriter out;
  private final PrintWriter notes;

  StreamSink(PrintWriter out, PrintWriter notes) {
    this.out = out;
    this.notes = notes;
  }

  @Override
  public void end() {
    out.flush();
  }

  @Override
  public void updated(int count) {
    notes.println(ResultSink.updatedText(count));
  }
}
