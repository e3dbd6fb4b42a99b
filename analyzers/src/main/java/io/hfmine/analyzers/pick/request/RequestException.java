package io.hfmine.analyzers.pick.request;

/** A request that cannot be read; the message names the file and the field. */
public final class RequestException extends RuntimeException {
  public RequestException(String message) {
    super(message);
  }

  public RequestException(String message, Throwable cause) {
    super(message, cause);
  }
}
