package io.hfmine.datasets.tableimport;

/** A file cannot be imported as it is; the message names the file and, where known, the line and column. */
public final class BadTableFileException extends RuntimeException {
  public BadTableFileException(String message) {
    super(message);
  }
}
