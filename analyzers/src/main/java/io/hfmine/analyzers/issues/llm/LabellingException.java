package io.hfmine.analyzers.issues.llm;

/** One issue could not be labelled (the model kept answering out of format, or the endpoint failed). */
public final class LabellingException extends RuntimeException {
  public LabellingException(String message, Throwable cause) {
    super(message, cause);
  }
}
