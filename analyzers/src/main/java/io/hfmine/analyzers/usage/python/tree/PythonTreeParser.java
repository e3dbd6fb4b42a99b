package io.hfmine.analyzers.usage.python.tree;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Parses Python with tree-sitter into a {@link SyntaxTree}. One instance per thread.
 *
 * <p>Two bindings reach the same native tree-sitter: {@code foreign} calls it through
 * {@code java.lang.foreign} (JDK 22 and later; a few nanoseconds per call), {@code jni} through
 * the tree-sitter Java binding's JNI methods (any JDK; about a microsecond per call, which makes
 * copying a tree out several times slower). {@code auto} takes the foreign one when it can.
 */
public interface PythonTreeParser extends AutoCloseable {

  /** Parses UTF-8 source; null when the parse ran past {@code timeout}. */
  SyntaxTree parse(byte[] utf8, Duration timeout);

  /**
   * Parses and frees the native tree without copying it: the bare parse, so a benchmark can show
   * what the copy and the extraction add. False when the parse ran past {@code timeout}.
   */
  boolean parseOnly(byte[] utf8, Duration timeout);

  /** {@code foreign} or {@code jni}. */
  String binding();

  /** Which native tree-sitter build this parser runs (shipped, or built with optimisation). */
  String nativeLibrary();

  @Override
  void close();

  /**
   * Opens a parser with tree-sitter's natives unpacked into {@code nativeDirectory}.
   *
   * @param binding {@code auto}, {@code foreign} or {@code jni}
   */
  static PythonTreeParser open(Path nativeDirectory, String binding) {
    TreeSitterNatives.install(nativeDirectory);
    String wanted = binding == null || binding.isBlank() ? "auto" : binding.toLowerCase(Locale.ROOT);
    return switch (wanted) {
      case "jni" -> new JniTreeParser();
      case "foreign" -> ForeignBinding.open().orElseThrow(() -> new IllegalStateException(
          "tree-sitter binding 'foreign' needs JDK 22 or later built with it (this is JDK "
              + Runtime.version().feature() + "): " + ForeignBinding.unavailableReason()));
      case "auto" -> ForeignBinding.open().orElseGet(JniTreeParser::new);
      default -> throw new IllegalArgumentException(
          "unknown tree-sitter binding '" + binding + "' (usage.tree-sitter-binding: auto, foreign or jni)");
    };
  }
}
