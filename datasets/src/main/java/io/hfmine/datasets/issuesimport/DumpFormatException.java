package io.hfmine.datasets.issuesimport;

import io.hfmine.datasets.files.TextInput;

/**
 * A dump that cannot be imported; the message names the file, the line or array index, and the
 * field at fault (e.g. {@code issues.jsonl line 3: field `number` is missing}), or for a file
 * that is not text (binary, another encoding, a cut-off {@code .gz}) the file and line where
 * reading stopped.
 */
public final class DumpFormatException extends RuntimeException {
  private final DumpPosition position;
  private final String problem;

  public DumpFormatException(DumpPosition position, String problem) {
    this(position, problem, null);
  }

  public DumpFormatException(DumpPosition position, String problem, Throwable cause) {
    super(position + ": " + problem, cause);
    this.position = position;
    this.problem = problem;
  }

  // The text reader's message already names file and line.
  private DumpFormatException(TextInput.TextInputException unreadable) {
    super(unreadable.getMessage(), unreadable);
    this.position = null;
    this.problem = unreadable.getMessage();
  }

  /** The file's bytes are not the text a dump is: no record is at fault, the whole file is. */
  static DumpFormatException unreadable(TextInput.TextInputException e) {
    return new DumpFormatException(e);
  }

  /** Where the bad record is; null when the file's bytes, not a record, are at fault. */
  public DumpPosition position() {
    return position;
  }

  /** What is wrong, without the position. */
  public String problem() {
    return problem;
  }
}
