package io.hfmine.analyzers.setasks.taxonomy;

/** The SE-task taxonomy file is missing or invalid; the message names the file and the entry. */
public final class TaxonomyFileException extends RuntimeException {
  public TaxonomyFileException(String message) {
    super(message);
  }

  public TaxonomyFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
