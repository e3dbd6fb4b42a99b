package io.hfmine.datasets.store;

/** The store cannot be opened, migrated or written; the message names the file. */
public final class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
