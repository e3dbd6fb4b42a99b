package io.hfmine.datasets.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads a text file the user gave us (a dump, a CSV, a configuration) as strict UTF-8, gunzipping
 * {@code .gz} files, so that every failure names the file and the line: a binary file, a file in
 * another encoding or a cut-off gzip stream says {@code models.jsonl line 3: not UTF-8 text (byte
 * 0x9c at offset 211)} instead of the JDK's {@code Input length = 1}. A leading byte-order mark is
 * dropped.
 */
public final class TextInput extends Reader {
  private final String name;
  private final InputStream in;
  private final boolean gzip;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
  private final CharBuffer chars = CharBuffer.allocate(16 * 1024).flip();
  private long bytesBefore;
  private long newlines;
  private boolean atStart = true;
  private boolean endOfInput;
  private boolean flushed;

  private TextInput(String name, InputStream in, boolean gzip) {
    this.name = name;
    this.in = in;
    this.gzip = gzip;
  }

  /** A problem with the text of a file; the message starts with the file name and, when known, the line. */
  public static final class TextInputException extends IOException {
    public TextInputException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Opens {@code file}; a name ending in {@code .gz} is gunzipped. */
  public static TextInput open(Path file) throws IOException {
    InputStream raw;
    try {
      raw = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
    } catch (NoSuchFileException e) {
      throw new TextInputException(file + ": no such file", e);
    } catch (IOException e) {
      throw new TextInputException(file + ": cannot read it: " + e.getMessage(), e);
    }
    boolean gzip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    if (gzip) {
      try {
        raw = new GZIPInputStream(raw, 64 * 1024);
      } catch (IOException e) {
        raw.close();
        throw new TextInputException(file + ": not gzip data although the name ends in .gz (" + e.getMessage() + ")", e);
      }
    }
    return new TextInput(file.toString(), raw, gzip);
  }

  /** The whole file as a string. */
  public static String readString(Path file) throws IOException {
    try (TextInput input = open(file)) {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[8192];
      int n;
      while ((n = input.read(buffer, 0, buffer.length)) >= 0) {
        text.append(buffer, 0, n);
      }
      return text.toString();
    }
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (flushed) {
        return -1;
      }
      decodeMore();
    }
    int n = Math.min(length, chars.remaining());
    chars.get(target, offset, n);
    return n;
  }

  private void decodeMore() throws IOException {
    if (!endOfInput) {
      bytes.compact();
      int read;
      try {
        read = in.read(bytes.array(), bytes.position(), bytes.remaining());
      } catch (IOException e) {
        throw new TextInputException(name + " line " + (newlines + 1) + ": "
            + (gzip ? "the gzip data is corrupt or cut off (" + e.getMessage() + ")" : "cannot read: " + e.getMessage()), e);
      }
      if (read < 0) {
        endOfInput = true;
      } else {
        bytes.position(bytes.position() + read);
      }
      bytes.flip();
    }
    chars.clear();
    int start = bytes.position();
    CoderResult result = decoder.decode(bytes, chars, endOfInput);
    if (result.isError()) {
      long offset = bytesBefore + bytes.position();
      int bad = bytes.get(bytes.position()) & 0xff;
      countNewlines();
      throw new TextInputException("%s line %d: not UTF-8 text (byte 0x%02x at offset %d); is it a binary file or in another encoding?"
          .formatted(name, newlines + 1, bad, offset), null);
    }
    bytesBefore += bytes.position() - start;
    if (endOfInput && !bytes.hasRemaining()) {
      decoder.flush(chars);
      flushed = true;
    }
    countNewlines();
    if (atStart && chars.hasRemaining()) {
      atStart = false;
      if (chars.get(chars.position()) == '\uFEFF') {
        chars.get();
      }
    }
  }

  // Counts the newlines of what was just decoded (chars is written, not yet flipped), then flips.
  private void countNewlines() {
    chars.flip();
    for (int i = chars.position(); i < chars.limit(); i++) {
      if (chars.get(i) == '\n') {
        newlines++;
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
