package io.hfmine.analyzers.usage;

import io.hfmine.analyzers.usage.python.LocalModules;
import java.util.function.UnaryOperator;

/** Extracts the usages of one file at a time; one per worker thread. */
public interface FileExtractor extends AutoCloseable {

  /** Never throws for bad content: the outcome says what went wrong. */
  default FileOutcome extract(SourceFile file) {
    return extract(file, UnaryOperator.identity());
  }

  /**
   * As {@link #extract(SourceFile)}, completing the file with {@code beforeParse} only once the
   * cheap checks (size, binary, prefilter) have let it through: work that only a parsed file
   * needs, such as hashing it, is then never done for the many files that are not parsed.
   */
  FileOutcome extract(SourceFile file, UnaryOperator<SourceFile> beforeParse);

  /**
   * Follows star imports of the project's own modules into these modules' files
   * ({@code usage scan} of a directory); an extractor that cannot (one parsing in a child
   * process) keeps reading each file alone.
   */
  default void followLocalStarImports(LocalModules modules) {
  }

  @Override
  void close();
}
