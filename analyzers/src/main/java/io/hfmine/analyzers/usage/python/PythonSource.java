package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UTF-8 bytes of one Python file and text access by tree-sitter node.
 *
 * <p>tree-sitter reports byte offsets into exactly the bytes it parsed, so everything is sliced
 * from those bytes. Files that are not UTF-8 (Python 2 files in Latin-1 with a PEP 263
 * {@code coding:} line) are transcoded first.
 */
public final class PythonSource {
  private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

  private final byte[] bytes;

  private PythonSource(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Wraps raw file bytes, transcoding to UTF-8 when needed (never fails). */
  public static PythonSource of(byte[] raw) {
    byte[] utf8 = raw;
    if (!isUtf8(raw)) {
      Charset charset = declaredCharset(raw);
      utf8 = new String(raw, charset).getBytes(StandardCharsets.UTF_8);
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

  private static boolean isUtf8(byte[] raw) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(raw));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static Charset declaredCharset(byte[] raw) {
    String head = new String(raw, 0, Math.min(raw.length, 400), StandardCharsets.ISO_8859_1);
    String[] lines = head.split("\n", 3);
    for (int i = 0; i < Math.min(2, lines.length); i++) {
      Matcher matcher = CODING.matcher(lines[i]);
      if (matcher.find()) {
        try {
          return Charset.forName(matcher.group(1));
        } catch (RuntimeException unknownCharset) {
          break;
        }
      }
    }
    // Latin-1 maps every byte to a character, so a file of unknown encoding is never lost.
    return StandardCharsets.ISO_8859_1;
  }
}
