package io.hfmine.datasets.sql;

/** A statement the store refused (syntax, unknown table, a write on a read-only store); the message is DuckDB's first line. */
public final class SqlConsoleException extends Exception {
  public SqlConsoleException(String message, Throwable cause) {
    super(message, cause);
  }
}
