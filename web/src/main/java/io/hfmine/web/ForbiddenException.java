package io.hfmine.web;

/** A request the server refuses (another site's write, a missing session token, a foreign Host); a 403 page. */
public final class ForbiddenException extends RuntimeException {
  public ForbiddenException(String message) {
    super(message);
  }
}
