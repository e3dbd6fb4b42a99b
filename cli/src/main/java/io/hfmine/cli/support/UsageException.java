package io.hfmine.cli.support;

/** Bad input found while validating a command (exit code 2); the message names the offender. */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
