package io.hfmine.datasets.llm;

/** The chat model could not answer (timeout, HTTP error, malformed reply) after its retries. */
public final class ChatException extends RuntimeException {
  public ChatException(String message) {
    super(message);
  }

  public ChatException(String message, Throwable cause) {
    super(message, cause);
  }
}
