package io.hfmine.datasets.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the bytes of a source file as text the way Python does: a byte-order mark first, then
 * UTF-8, then the PEP 263 {@code coding:} declaration of the first two lines, and for a file
 * that declares nothing and is not UTF-8 (Python 2 files with Latin-1 comments) Latin-1, which
 * maps every byte to a character so nothing is lost. Only real binary content is refused: a NUL
 * byte in the first 8,000 bytes (Git's own test), or text that is mostly control characters.
 */
public final class SourceText {
  private static final int BINARY_PROBE = 8000;
  private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

  private SourceText() {
  }

  /** The text of a file, or null when its bytes are binary. */
  public static String decode(byte[] bytes) {
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE); i++) {
      if (bytes[i] == 0) {
        return null;
      }
    }
    String utf8 = strictUtf8(bytes);
    if (utf8 != null) {
      return utf8;
    }
    String text = new String(bytes, declaredCharset(bytes));
    return mostlyControl(text) ? null : text;
  }

  /** Whether the bytes are valid UTF-8. */
  public static boolean isUtf8(byte[] bytes) {
    return strictUtf8(bytes) != null;
  }

  /** The charset a PEP 263 declaration of the first two lines names, else Latin-1. */
  public static Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 400), StandardCharsets.ISO_8859_1);
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
    return StandardCharsets.ISO_8859_1;
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean mostlyControl(String text) {
    int probe = Math.min(text.length(), BINARY_PROBE);
    int control = 0;
    for (int i = 0; i < probe; i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return probe > 0 && control * 10 > probe;
  }

  private static boolean startsWith(byte[] bytes, int first, int second) {
    return bytes.length >= 2 && (bytes[0] & 0xFF) == first && (bytes[1] & 0xFF) == second;
  }
}
