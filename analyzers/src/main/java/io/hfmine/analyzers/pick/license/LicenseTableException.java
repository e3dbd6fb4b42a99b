package io.hfmine.analyzers.pick.license;

/** The licence table cannot be read or is inconsistent; the message names the file and the entry. */
public final class LicenseTableException extends RuntimeException {
  public LicenseTableException(String message) {
    super(message);
  }
}
