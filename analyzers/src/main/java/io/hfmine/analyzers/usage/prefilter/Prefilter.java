package io.hfmine.analyzers.usage.prefilter;

import io.hfmine.analyzers.usage.signatures.JavaSignatureCatalog;
import io.hfmine.analyzers.usage.signatures.SignatureCatalog;

/**
 * Decides from the raw bytes whether a file can hold a loading call at all, so that most files
 * of a repository are never parsed. Python (and notebooks) must name a signature's keyword
 * ({@code from_pretrained}, {@code pipeline} ...) and import its library
 * ({@link PythonPrefilter}); Java must name a keyword ({@code modelId}, {@code newInstance} ...).
 */
public final class Prefilter {
  private final PythonPrefilter python;
  private final KeywordAutomaton java;

  public Prefilter(SignatureCatalog pythonSignatures, JavaSignatureCatalog javaSignatures) {
    this.python = new PythonPrefilter(pythonSignatures);
    this.java = new KeywordAutomaton(javaSignatures.keywords());
  }

  /**
   * @param localStarImports star imports of the project's own modules are followed, so a Python
   *     file may reach a library through one without importing it itself
   */
  public boolean mayLoadModel(String language, byte[] content, boolean localStarImports) {
    return switch (language) {
      case "python" -> python.mayLoadModel(content, false, localStarImports);
      // A notebook's code sits in JSON strings, where the names are written as they are.
      case "notebook" -> python.mayLoadModel(content, true, localStarImports);
      case "java" -> java.containsAny(content);
      default -> false;
    };
  }
}
