package io.hfmine.datasets.issuesimport;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.datasets.files.TextInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/**
 * Streams the JSON objects of a dump file, one at a time, so a dump larger than memory can be
 * imported: a JSON array ({@code [{...}, {...}]}) or JSON Lines (one object per line, blank
 * lines ignored), either optionally gzip-compressed ({@code .gz}). The format is told by the
 * first non-blank character, not by the file name, because dumps are often misnamed.
 *
 * <p>What {@code gh api --paginate} saves is read too: one array per page written back to back
 * ({@code [...][...]}), or with {@code --slurp} an array of page arrays ({@code [[...], [...]]}).
 * Objects are numbered across pages, so an index names the n-th object of the file.
 */
public final class JsonDumpReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Receives each record in file order; an exception stops the reading. */
  @FunctionalInterface
  public interface RecordSink {
    void accept(DumpRecord record) throws Exception;
  }

  private JsonDumpReader() {
  }

  /**
   * Reads every object of {@code file}; malformed JSON, and bytes that are not UTF-8 text or a
   * cut-off {@code .gz}, are a {@link DumpFormatException}.
   */
  public static void read(Path file, RecordSink sink) throws Exception {
    try {
      readText(file, sink);
    } catch (TextInput.TextInputException e) {
      throw DumpFormatException.unreadable(e);
    }
  }

  private static void readText(Path file, RecordSink sink) throws Exception {
    String name = file.getFileName().toString();
    try (BufferedReader reader = new BufferedReader(open(file))) {
      long skippedLines = 0;
      int first;
      do {
        reader.mark(1);
        first = reader.read();
        if (first == '\n') {
          skippedLines++;
        }
      } while (first >= 0 && (Character.isWhitespace(first) || first == '\uFEFF'));
      if (first < 0) {
        return;
      }
      reader.reset();
      if (first == '[') {
        readArray(name, reader, skippedLines, sink);
      } else {
        readLines(name, reader, skippedLines, sink);
      }
    }
  }

  private static void readArray(String name, Reader reader, long lineOffset, RecordSink sink) throws Exception {
    try (JsonParser parser = JSON.getFactory().createParser(reader)) {
      ArrayCursor cursor = new ArrayCursor(name, lineOffset, parser, sink);
      try {
        JsonToken token = parser.nextToken();
        while (token != null) {
          if (token != JsonToken.START_ARRAY) {
            throw new DumpFormatException(DumpPosition.ofLine(name, lineOffset + parser.currentTokenLocation().getLineNr()),
                "expected another array or the end of the file after ']', found " + describe(token));
          }
          cursor.readElements(true);
          token = parser.nextToken();
        }
      } catch (JsonProcessingException e) {
        throw new DumpFormatException(withLine(cursor.position, e.getLocation(), lineOffset),
            "malformed JSON: " + e.getOriginalMessage(), e);
      }
    }
  }

  /** Walks the elements of the arrays of a file, numbering objects across pages. */
  private static final class ArrayCursor {
    private final String name;
    private final long lineOffset;
    private final JsonParser parser;
    private final RecordSink sink;
    private long index;
    private DumpPosition position;

    ArrayCursor(String name, long lineOffset, JsonParser parser, RecordSink sink) {
      this.name = name;
      this.lineOffset = lineOffset;
      this.parser = parser;
      this.sink = sink;
      this.position = DumpPosition.ofIndex(name, 0, lineOffset + 1);
    }

    /** Reads up to the end of the current array; {@code outer} arrays may hold page arrays. */
    void readElements(boolean outer) throws Exception {
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (token == null) {
          throw new DumpFormatException(position, "the JSON array is not closed (file truncated?)");
        }
        position = DumpPosition.ofIndex(name, index, lineOffset + parser.currentTokenLocation().getLineNr());
        if (token == JsonToken.START_ARRAY && outer) {
          readElements(false);
          continue;
        }
        if (token != JsonToken.START_OBJECT) {
          throw new DumpFormatException(position, "expected a JSON object, found " + describe(token));
        }
        JsonNode node = parser.readValueAsTree();
        sink.accept(new DumpRecord(position, node));
        index++;
        position = DumpPosition.ofIndex(name, index, lineOffset + parser.currentLocation().getLineNr());
      }
    }
  }

  private static void readLines(String name, BufferedReader reader, long lineOffset, RecordSink sink) throws Exception {
    String line;
    long number = lineOffset;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      DumpPosition position = DumpPosition.ofLine(name, number);
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        throw new DumpFormatException(position, "malformed JSON: " + e.getOriginalMessage(), e);
      }
      if (!node.isObject()) {
        throw new DumpFormatException(position, "expected a JSON object, found " + node.getNodeType().name().toLowerCase());
      }
      sink.accept(new DumpRecord(position, node));
    }
  }

  // Strict UTF-8, gunzipped for .gz: a binary or cut-off dump is an error naming its line.
  private static Reader open(Path file) throws IOException {
    return TextInput.open(file);
  }

  private static DumpPosition withLine(DumpPosition position, JsonLocation location, long lineOffset) {
    if (location == null || location.getLineNr() <= 0) {
      return position;
    }
    return DumpPosition.ofIndex(position.file(), position.index(), lineOffset + location.getLineNr());
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.name();
    };
  }
}
