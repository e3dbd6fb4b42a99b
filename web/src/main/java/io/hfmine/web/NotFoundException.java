package io.hfmine.web;

/** The page asks for something the store does not hold (a model, usage or issue); shown as a 404 page. */
public final class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}
