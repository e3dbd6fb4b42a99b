package io.hfmine.analyzers.issues.sampling;

import java.util.List;

/** An annotation CSV has invalid rows; the message lists each one by file and line. */
public final class AnnotationFileException extends RuntimeException {
  private final List<String> problems;

  public AnnotationFileException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
