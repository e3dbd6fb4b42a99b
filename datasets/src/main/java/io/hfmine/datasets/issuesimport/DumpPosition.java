package io.hfmine.datasets.issuesimport;

/**
 * Where a record sits in a dump: a JSONL line, or an index of a JSON array with the line it
 * starts on, so an error message lets the reader jump straight to the offending record.
 */
public record DumpPosition(String file, long line, long index) {
  /** A record on line {@code line} (1-based) of a JSONL file. */
  public static DumpPosition ofLine(String file, long line) {
    return new DumpPosition(file, line, -1);
  }

  /** The element at {@code index} (0-based) of a JSON array, starting on {@code line}. */
  public static DumpPosition ofIndex(String file, long index, long line) {
    return new DumpPosition(file, line, index);
  }

  @Override
  public String toString() {
    if (index < 0) {
      return file + " line " + line;
    }
    return file + " index " + index + (line > 0 ? " (line " + line + ")" : "");
  }
}
