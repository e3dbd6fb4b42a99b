package io.hfmine.analyzers.issues.llm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.hfmine.datasets.config.ConfigFiles;

/**
 * The annotation guidelines LLM labelling sends the model ({@code issues.llm.guidelines}): a file,
 * or a classpath resource when no such file exists; blank for none. The text is read once, when
 * the configuration is checked ({@link LlmLabelSettings#check}), and kept, so the prompt and its
 * hash are made of the very text that was checked: a file edited during a run changes neither
 * (the next run reads the new text and gets a new hash).
 */
public final class AnnotationGuidelines {
  /** No guidelines: the system prompt must not say {@code {guidelines}}. */
  public static final AnnotationGuidelines NONE = new AnnotationGuidelines("");

  private final String location;
  // Read at most once; two threads racing to read the same file first would keep the same text.
  private volatile String text;

  private AnnotationGuidelines(String location) {
    this.location = location;
  }

  /** The guidelines at a file path or resource name; blank (or null) for none. */
  @JsonCreator
  public static AnnotationGuidelines at(String location) {
    return location == null || location.isBlank() ? NONE : new AnnotationGuidelines(location);
  }

  /** As the configuration names them. */
  @JsonValue
  public String location() {
    return location;
  }

  public boolean given() {
    return !location.isEmpty();
  }

  /**
   * The text, stripped; empty for none. Read the first time it is asked for, which for settings
   * bound from the configuration is their check.
   *
   * @throws io.hfmine.datasets.config.ConfigException naming the file when it cannot be read
   */
  public String text() {
    String read = text;
    if (read == null) {
      read = given() ? ConfigFiles.read(location, "annotation guidelines").strip() : "";
      text = read;
    }
    return read;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AnnotationGuidelines that && location.equals(that.location);
  }

  @Override
  public int hashCode() {
    return location.hashCode();
  }

  @Override
  public String toString() {
    return location;
  }
}
