package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.TestExtractors;
import io.hfmine.analyzers.usage.python.tree.PythonTreeParser;
import io.hfmine.analyzers.usage.python.tree.SyntaxTree;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** One tree-sitter parser for a whole test class (natives load once), closed after it. */
final class ParserPerClass implements BeforeAllCallback, AfterAllCallback {
  private PythonTreeParser parser;

  @Override
  public void beforeAll(ExtensionContext context) {
    parser = PythonTreeParser.open(TestExtractors.SETTINGS.nativeDirectory(), "auto");
  }

  @Override
  public void afterAll(ExtensionContext context) {
    parser.close();
  }

  /** The tree of {@code source}; the caller closes it. */
  SyntaxTree parse(PythonSource source) {
    return parser.parse(source.bytes(), Duration.ofSeconds(5));
  }
}
