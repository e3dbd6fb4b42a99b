package io.hfmine.analyzers.stats.compare;

/** A CSV that cannot be read as groups of numbers; the message names the file, line and column. */
public final class CsvInputException extends RuntimeException {
  public CsvInputException(String message) {
    super(message);
  }
}
