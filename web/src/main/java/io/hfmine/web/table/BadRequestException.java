package io.hfmine.web.table;

/** A request the application cannot answer as asked (a filter value, a cursor); shown as a 400 page. */
public final class BadRequestException extends RuntimeException {
  public BadRequestException(String message) {
    super(message);
  }
}
