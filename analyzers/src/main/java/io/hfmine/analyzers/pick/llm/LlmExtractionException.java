package io.hfmine.analyzers.pick.llm;

/** The chat model could not answer for a card (after its retries); the message says why. */
public final class LlmExtractionException extends RuntimeException {
  public LlmExtractionException(String message, Throwable cause) {
    super(message, cause);
  }
}
