package io.hfmine.analyzers.usage;

/** Extracts the usages of one file at a time; one per worker thread. */
public interface FileExtractor extends AutoCloseable {

  /** Never throws for bad content: the outcome says what went wrong. */
  FileOutcome extract(SourceFile file);

  @Override
  void close();
}
