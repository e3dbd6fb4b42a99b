package io.hfmine.datasets.tableimport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.datasets.csv.CsvTable;
import io.hfmine.datasets.files.JsonLines;
import io.hfmine.datasets.files.TextInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a CSV or JSON Lines table file as text cells, each with the line it starts on.
 *
 * <p>Both formats arrive in the one shape the store casts from: a CSV cell as written (an
 * unquoted empty cell is null, {@code ""} the empty text; lists are JSON arrays), a JSON value
 * as its text when it is a string, number or boolean, and as JSON text when it is an array or
 * an object. Column names are checked against the table's as they appear, so a misspelt
 * column fails on its header or line, never after the whole file was read.
 */
final class TextRows {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TextRows() {
  }

  /** Receives each row; {@code cells} maps the file's column names to text or null. */
  @FunctionalInterface
  interface Sink {
    void accept(long line, Map<String, String> cells) throws Exception;
  }

  /** Decides whether a column the file names exists; throws naming the file and line when not. */
  @FunctionalInterface
  interface ColumnCheck {
    void check(String column, String where);
  }

  static void read(TableFile file, ColumnCheck columns, Sink sink) throws Exception {
    switch (file.format()) {
      case CSV -> readCsv(file.path(), columns, sink);
      case JSONL -> readJsonLines(file.path(), columns, sink);
      default -> throw new IllegalArgumentException(file.format() + " is not a text format");
    }
  }

  private static void readCsv(Path path, ColumnCheck columns, Sink sink) throws Exception {
    if (java.nio.file.Files.size(path) == 0) {
      return; // an empty table's CSV: DuckDB writes no header when there are no rows
    }
    boolean[] checked = {false};
    try {
      CsvTable.readWithNulls(path, row -> {
        if (!checked[0]) {
          row.header().forEach(column -> columns.check(column, path + " line 1"));
          checked[0] = true;
        }
        Map<String, String> cells = new LinkedHashMap<>();
        List<String> header = row.header();
        for (int i = 0; i < header.size(); i++) {
          cells.put(header.get(i), row.cells().get(i));
        }
        sink.accept(row.line(), cells);
      });
    } catch (CsvTable.MalformedCsvException | TextInput.TextInputException e) {
      throw new BadTableFileException(e.getMessage());
    }
  }

  private static void readJsonLines(Path path, ColumnCheck columns, Sink sink) throws Exception {
    try {
      JsonLines.read(path, (line, node) -> {
        if (!node.isObject()) {
          throw new BadTableFileException(path + " line " + line + ": a JSON object is expected, not "
              + node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
          Map.Entry<String, JsonNode> field = fields.next();
          columns.check(field.getKey(), path + " line " + line);
          cells.put(field.getKey(), text(field.getValue()));
        }
        sink.accept(line, cells);
      });
    } catch (JsonLines.BadLineException | TextInput.TextInputException e) {
      throw new BadTableFileException(e.getMessage());
    } catch (IOException e) {
      throw new BadTableFileException(path + ": cannot read it: " + e.getMessage());
    }
  }

  private static String text(JsonNode value) throws JsonProcessingException {
    if (value.isNull() || value.isMissingNode()) {
      return null;
    }
    if (value.isContainerNode()) {
      return JSON.writeValueAsString(value);
    }
    return value.asText();
  }
}
