package io.hfmine.analyzers.usage;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** One extractor over the shipped signatures for a whole test class (natives load once), closed after it. */
final class ExtractorPerClass implements BeforeAllCallback, AfterAllCallback {
  private UsageExtractor extractor;

  @Override
  public void beforeAll(ExtensionContext context) {
    extractor = TestExtractors.create();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    extractor.close();
  }

  FileOutcome extract(SourceFile file) {
    return extractor.extract(file);
  }

  /** Whether the cheap checks (size, binary, prefilter) let the file through to the parser. */
  boolean reachesParser(SourceFile file) {
    return extractor.decideWithoutParsing(file) == null;
  }

  /** Parses the file whatever the cheap checks say. */
  FileOutcome parseRegardless(SourceFile file) {
    return extractor.parse(file);
  }
}
