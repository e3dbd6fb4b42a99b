package io.hfmine.analyzers.usage.python;

import java.time.Duration;
import org.treesitter.TSInputEncoding;
import org.treesitter.TSParser;
import org.treesitter.TSReader;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterPython;

/**
 * A tree-sitter parser for Python, owned by one thread.
 *
 * <p>tree-sitter parsers are not thread-safe, so each worker holds its own. Trees are handed to
 * the caller, who must close them when the file is done; the parser itself is reused.
 */
public final class PythonParser implements AutoCloseable {
  private static final int CHUNK = 64 * 1024;

  private final TSParser parser;
  private final byte[] buffer = new byte[CHUNK];

  public PythonParser() {
    parser = new TSParser();
    if (!parser.setLanguage(new TreeSitterPython())) {
      parser.close();
      throw new IllegalStateException("tree-sitter-python is not compatible with this tree-sitter runtime");
    }
  }

  /** Parses UTF-8 source; null when the parse ran past {@code timeout}. */
  public TSTree parse(byte[] utf8, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    // The binding needs a reader (a null one crashes the JVM), so feed the bytes in chunks.
    TSReader reader = (buf, offset, position) -> {
      int n = Math.min(buf.length, utf8.length - offset);
      if (n <= 0) {
        return 0;
      }
      System.arraycopy(utf8, offset, buf, 0, n);
      return n;
    };
    TSTree tree = parser.parseWithOptions(buffer, null, reader, TSInputEncoding.TSInputEncodingUTF8,
        state -> System.nanoTime() > deadline);
    if (tree == null) {
      // A cancelled parse leaves state behind that the next parse would try to resume.
      parser.reset();
    }
    return tree;
  }

  @Override
  public void close() {
    parser.close();
  }
}
