package io.hfmine.datasets.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.file.Path;

/**
 * Reads a JSON Lines file (strict UTF-8, {@link TextInput}): one JSON value per line, each handed
 * over with its line number; blank lines are skipped; a line that is not JSON stops the reading
 * with the file and line.
 */
public final class JsonLines {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLines() {
  }

  /** A line that is not valid JSON; the message starts with the file and line. */
  public static final class BadLineException extends IllegalArgumentException {
    public BadLineException(String message) {
      super(message);
    }
  }

  /** Receives each value in file order; an exception stops the reading. */
  @FunctionalInterface
  public interface LineSink {
    void accept(long line, JsonNode value) throws Exception;
  }

  /** Streams the values of {@code file}; I/O and encoding problems are IOExceptions naming the file. */
  public static void read(Path file, LineSink sink) throws Exception {
    read(file, file, "line", sink);
  }

  /**
   * Streams the values of {@code source}, naming a bad one as {@code name UNIT N}: a Parquet file
   * read through its JSON Lines copy is named by the user's file, and its line n is record n.
   */
  public static void read(Path source, Path name, String unit, LineSink sink) throws Exception {
    try (BufferedReader reader = new BufferedReader(TextInput.open(source))) {
      String text;
      long line = 0;
      while ((text = reader.readLine()) != null) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        JsonNode value;
        try {
          value = JSON.readTree(text);
        } catch (JsonProcessingException e) {
          throw new BadLineException(name + " " + unit + " " + line + ": not valid JSON: " + e.getOriginalMessage());
        }
        sink.accept(line, value);
      }
    }
  }
}
