package io.hfmine.analyzers.issues.taxonomy;

/** The taxonomy file is missing or invalid; the message names the file and the offending entry. */
public final class TaxonomyException extends RuntimeException {
  public TaxonomyException(String message) {
    super(message);
  }

  public TaxonomyException(String message, Throwable cause) {
    super(message, cause);
  }
}
