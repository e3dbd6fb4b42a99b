package io.hfmine.analyzers.pick.template;

/** The template file cannot be read or is inconsistent; the message names the file and the attribute. */
public final class TemplateException extends RuntimeException {
  public TemplateException(String message) {
    super(message);
  }

  public TemplateException(String message, Throwable cause) {
    super(message, cause);
  }
}
