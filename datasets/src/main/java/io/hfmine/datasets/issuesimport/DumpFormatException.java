package io.hfmine.datasets.issuesimport;

/**
 * A dump record that cannot be imported; the message names the file, the line or array index,
 * and the field at fault (e.g. {@code issues.jsonl line 3: field `number` is missing}).
 */
public final class DumpFormatException extends RuntimeException {
  private final DumpPosition position;

  public DumpFormatException(DumpPosition position, String problem) {
    super(position + ": " + problem);
    this.position = position;
  }

  public DumpFormatException(DumpPosition position, String problem, Throwable cause) {
    super(position + ": " + problem, cause);
    this.position = position;
  }

  public DumpPosition position() {
    return position;
  }
}
