package io.hfmine.analyzers.usage;

import io.hfmine.analyzers.usage.canonical.ModelIdCanonicalizer;
import io.hfmine.analyzers.usage.java.JavaUsageExtractor;
import io.hfmine.analyzers.usage.notebook.NotebookUsages;
import io.hfmine.analyzers.usage.prefilter.Prefilter;
import io.hfmine.analyzers.usage.python.LocalModules;
import io.hfmine.analyzers.usage.python.PythonUsageExtractor;
import io.hfmine.analyzers.usage.signatures.JavaSignatureCatalog;
import io.hfmine.analyzers.usage.signatures.SignatureCatalog;
import java.util.function.UnaryOperator;

/**
 * Extracts the usages of one file, whatever its language; the entry point for one worker thread.
 *
 * <p>Applies the size cap, the binary check and the byte-level prefilter before any parsing,
 * and turns any failure on a file into a {@link FileStatus#FAILED} outcome so that one bad file
 * never stops a run. Not thread-safe: give each thread its own (it owns a native parser).
 */
public final class UsageExtractor implements FileExtractor {
  private final UsageSettings settings;
  private final Prefilter prefilter;
  private final SignatureCatalog pythonSignatures;
  private final JavaSignatureCatalog javaSignatures;
  private final ModelIdCanonicalizer canonicalizer;
  private PythonUsageExtractor python;
  private JavaUsageExtractor java;
  private LocalModules localModules;

  public UsageExtractor(UsageSettings settings, SignatureCatalog pythonSignatures,
      JavaSignatureCatalog javaSignatures, ModelIdCanonicalizer canonicalizer) {
    this.settings = settings;
    this.pythonSignatures = pythonSignatures;
    this.javaSignatures = javaSignatures;
    this.canonicalizer = canonicalizer;
    this.prefilter = new Prefilter(pythonSignatures, javaSignatures);
  }

  @Override
  public FileOutcome extract(SourceFile file, UnaryOperator<SourceFile> beforeParse) {
    FileOutcome decided = decideWithoutParsing(file);
    return decided != null ? decided : parse(beforeParse.apply(file));
  }

  /**
   * The outcome of a file that needs no parse (unsupported, too large, binary, no keyword), or
   * null when it must be parsed: cheap checks on the bytes, safe to run anywhere.
   */
  public FileOutcome decideWithoutParsing(SourceFile file) {
    String language = file.language();
    if (language == null) {
      return FileOutcome.skipped(FileStatus.UNSUPPORTED, "not a Python, Java or notebook file");
    }
    byte[] content = file.content();
    long cap = settings.maxBytesFor(file.path());
    if (content.length > cap) {
      return FileOutcome.skipped(FileStatus.TOO_LARGE,
          content.length + " bytes, over " + UsageSettings.capKeyFor(file.path()) + " " + cap);
    }
    if (looksBinary(content)) {
      return FileOutcome.skipped(FileStatus.BINARY, "NUL bytes in the first 8 KB");
    }
    if (!prefilter.mayLoadModel(language, content, localModules != null)) {
      return FileOutcome.skipped(FileStatus.PREFILTERED, null);
    }
    return null;
  }

  /** Parses a file that passed {@link #decideWithoutParsing}. */
  public FileOutcome parse(SourceFile file) {
    // Set-up failures (a binding this JDK lacks) are the run's, not this file's: they propagate.
    PythonUsageExtractor pythonExtractor = file.language().equals("java") ? null : python();
    try {
      return switch (file.language()) {
        case "python" -> pythonExtractor.extract(file);
        case "notebook" -> NotebookUsages.extract(file, cells -> cells.content().length > settings.maxFileBytes()
            ? FileOutcome.skipped(FileStatus.TOO_LARGE, cells.content().length
                + " bytes of code cells, over usage.max-file-bytes " + settings.maxFileBytes())
            : pythonExtractor.extract(cells));
        default -> java().extract(file);
      };
    } catch (RuntimeException | StackOverflowError e) {
      return FileOutcome.skipped(FileStatus.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private PythonUsageExtractor python() {
    if (python == null) {
      python = new PythonUsageExtractor(pythonSignatures, canonicalizer, settings);
      python.followLocalStarImports(localModules);
    }
    return python;
  }

  @Override
  public void followLocalStarImports(LocalModules modules) {
    this.localModules = modules;
    if (python != null) {
      python.followLocalStarImports(modules);
    }
  }

  private JavaUsageExtractor java() {
    if (java == null) {
      java = new JavaUsageExtractor(javaSignatures, canonicalizer, settings);
    }
    return java;
  }

  private static boolean looksBinary(byte[] content) {
    int limit = Math.min(content.length, 8192);
    for (int i = 0; i < limit; i++) {
      if (content[i] == 0) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() {
    if (python != null) {
      python.close();
    }
  }
}
