package io.hfmine.analyzers.usage.prefilter;

import io.hfmine.analyzers.usage.signatures.JavaSignatureCatalog;
import io.hfmine.analyzers.usage.signatures.SignatureCatalog;

/**
 * Decides from the raw bytes whether a file can hold a loading call at all: it must contain
 * one of the signatures' keywords ({@code from_pretrained}, {@code pipeline}, {@code modelId}
 * ...). Most files of a repository do not, and are never parsed.
 */
public final class Prefilter {
  private final KeywordAutomaton python;
  private final KeywordAutomaton java;

  public Prefilter(SignatureCatalog pythonSignatures, JavaSignatureCatalog javaSignatures) {
    this.python = new KeywordAutomaton(pythonSignatures.keywords());
    this.java = new KeywordAutomaton(javaSignatures.keywords());
  }

  public boolean mayLoadModel(String language, byte[] content) {
    return switch (language) {
      // A notebook's code sits in JSON strings, where the callee names are written as they are.
      case "python", "notebook" -> python.containsAny(content);
      case "java" -> java.containsAny(content);
      default -> false;
    };
  }
}
