package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import io.hfmine.datasets.files.SourceText;
import java.nio.charset.StandardCharsets;

/**
 * The UTF-8 bytes of one Python file and text access by tree-sitter node.
 *
 * <p>tree-sitter reports byte offsets into exactly the bytes it parsed, so everything is sliced
 * from those bytes. Files that are not UTF-8 (Python 2 files in Latin-1 with a PEP 263
 * {@code coding:} line) are transcoded first.
 */
public final class PythonSource {
  private final byte[] bytes;

  private PythonSource(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Wraps raw file bytes, transcoding to UTF-8 when needed (never fails). */
  public static PythonSource of(byte[] raw) {
    byte[] utf8 = raw;
    if (!SourceText.isUtf8(raw)) {
      utf8 = new String(raw, SourceText.declaredCharset(raw)).getBytes(StandardCharsets.UTF_8);
    } else if (raw.length >= 3 && (raw[0] & 0xFF) == 0xEF && (raw[1] & 0xFF) == 0xBB && (raw[2] & 0xFF) == 0xBF) {
      // A BOM is not Python syntax to tree-sitter; blank it so offsets and lines stay put.
      utf8 = raw.clone();
      utf8[0] = ' ';
      utf8[1] = ' ';
      utf8[2] = ' ';
    }
    return new PythonSource(utf8);
  }

  public byte[] bytes() {
    return bytes;
  }

  public String text(SyntaxNode node) {
    return text(node.start(), node.end());
  }

  public String text(int start, int end) {
    int from = Math.max(0, Math.min(start, bytes.length));
    int to = Math.max(from, Math.min(end, bytes.length));
    return new String(bytes, from, to - from, StandardCharsets.UTF_8);
  }

  /**
   * The operator written between two operands ({@code ==}, {@code not in}, {@code and}), its
   * spaces and any parentheses folded to single spaces; null when the operands overlap.
   */
  public String operatorBetween(SyntaxNode left, SyntaxNode right) {
    if (left == null || right == null || left.end() > right.start()) {
      return null;
    }
    return text(left.end(), right.start()).replaceAll("[()\\s]+", " ").trim();
  }

  /** Whether the node's text equals {@code expected}, without building a string for long nodes. */
  public boolean textEquals(SyntaxNode node, String expected) {
    int length = node.end() - node.start();
    return length == expected.length() && text(node).equals(expected);
  }

  /** The byte offset where the line holding {@code offset} starts. */
  public int lineStart(int offset) {
    int i = Math.min(offset, bytes.length);
    while (i > 0 && bytes[i - 1] != '\n') {
      i--;
    }
    return i;
  }

  /** The byte offset just after the line holding {@code offset} (after its newline). */
  public int lineEnd(int offset) {
    int i = Math.max(0, offset);
    while (i < bytes.length && bytes[i] != '\n') {
      i++;
    }
    return Math.min(bytes.length, i + 1);
  }
}
