package io.hfmine.analyzers.usage.notebook;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a Jupyter notebook ({@code .ipynb}, nbformat 3 or 4) into the Python of its code cells.
 *
 * <p>Streams the JSON so that each source line keeps the line of the file it sits on: Jupyter
 * writes a cell's source as a list with one line per element, one element per line of the file,
 * so a usage can point into the notebook as stored (and as GitHub's raw view shows it). A source
 * stored as one string keeps that string's line for all its lines. Markdown and raw cells are
 * left out (ids there are mentions, not loads); IPython syntax is neutralised by {@link Magics}.
 */
public final class NotebookReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private NotebookReader() {
  }

  /** Thrown for a file that is not a notebook: broken JSON or an unexpected shape. */
  public static final class NotANotebookException extends Exception {
    private static final long serialVersionUID = 1L;

    NotANotebookException(String message) {
      super(message);
    }
  }

  public static NotebookCode read(byte[] json) throws NotANotebookException {
    List<Cell> cells = new ArrayList<>();
    String language = null;
    try (JsonParser parser = FACTORY.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new NotANotebookException("not a notebook: the file is not a JSON object");
      }
      boolean sawCells = false;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        switch (field) {
          case "cells" -> {
            sawCells = true;
            readCells(parser, cells, null);
          }
          case "worksheets" -> {
            sawCells = true;
            readWorksheets(parser, cells);
          }
          case "metadata" -> language = kernelLanguage(MAPPER.readTree(parser));
          default -> parser.skipChildren();
        }
      }
      if (!sawCells) {
        throw new NotANotebookException("not a notebook: no `cells` (nbformat 4) or `worksheets` (nbformat 3)");
      }
    } catch (JsonProcessingException e) {
      throw new NotANotebookException("not a notebook: broken JSON at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new NotANotebookException("not a notebook: " + e.getMessage());
    }
    return assemble(cells, language == null ? "python" : language);
  }

  private static void readWorksheets(JsonParser parser, List<Cell> cells) throws IOException, NotANotebookException {
    expect(parser, JsonToken.START_ARRAY, "worksheets");
    while (parser.nextToken() == JsonToken.START_OBJECT) {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if (field.equals("cells")) {
          readCells(parser, cells, "input");
        } else {
          parser.skipChildren();
        }
      }
    }
  }

  /** @param sourceField "source" (nbformat 4) or "input" (nbformat 3 code cells); null for "source". */
  private static void readCells(JsonParser parser, List<Cell> cells, String sourceField)
      throws IOException, NotANotebookException {
    expect(parser, JsonToken.START_ARRAY, "cells");
    while (parser.nextToken() == JsonToken.START_OBJECT) {
      Cell cell = new Cell();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        switch (field) {
          case "cell_type" -> cell.type = parser.getValueAsString();
          case "language" -> cell.language = parser.getValueAsString();
          case "source", "input" -> {
            if (sourceField == null ? field.equals("source") : field.equals(sourceField)) {
              readSource(parser, cell);
            } else {
              parser.skipChildren();
            }
          }
          default -> parser.skipChildren();
        }
      }
      cells.add(cell);
    }
  }

  private static void readSource(JsonParser parser, Cell cell) throws IOException, NotANotebookException {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      addText(cell, parser.getText(), parser.currentTokenLocation().getLineNr());
      return;
    }
    expect(parser, JsonToken.START_ARRAY, "source");
    while (parser.nextToken() == JsonToken.VALUE_STRING) {
      addText(cell, parser.getText(), parser.currentTokenLocation().getLineNr());
    }
    if (parser.currentToken() != JsonToken.END_ARRAY) {
      throw new NotANotebookException("not a notebook: a cell's source holds a " + parser.currentToken()
          + " at line " + parser.currentTokenLocation().getLineNr());
    }
  }

  /** A source element normally is one line ending in a newline; split it anyway, keeping its file line. */
  private static void addText(Cell cell, String text, int fileLine) {
    int from = 0;
    while (from < text.length()) {
      int newline = text.indexOf('\n', from);
      int to = newline < 0 ? text.length() : newline;
      if (cell.pendingPartial) {
        // The previous element did not end its line: this one continues it.
        int last = cell.lines.size() - 1;
        cell.lines.set(last, cell.lines.get(last) + text.substring(from, to));
      } else {
        cell.lines.add(text.substring(from, to));
        cell.fileLines.add(fileLine);
      }
      cell.pendingPartial = newline < 0;
      from = newline < 0 ? text.length() : newline + 1;
    }
  }

  private static void expect(JsonParser parser, JsonToken token, String what) throws NotANotebookException {
    if (parser.currentToken() != token) {
      throw new NotANotebookException("not a notebook: `" + what + "` is not " + (token == JsonToken.START_ARRAY
          ? "a list" : "an object") + " (line " + parser.currentTokenLocation().getLineNr() + ")");
    }
  }

  private static String kernelLanguage(JsonNode metadata) {
    String language = metadata.path("kernelspec").path("language").asText("");
    if (language.isEmpty()) {
      language = metadata.path("language_info").path("name").asText("");
    }
    if (language.isEmpty()) {
      language = metadata.path("language").asText(""); // nbformat 3
    }
    return language.isEmpty() ? null : language.toLowerCase(Locale.ROOT);
  }

  private static NotebookCode assemble(List<Cell> cells, String language) {
    StringBuilder python = new StringBuilder();
    List<Integer> lines = new ArrayList<>();
    for (Cell cell : cells) {
      if (!"code".equals(cell.type) || (cell.language != null && !cell.language.equalsIgnoreCase("python"))) {
        continue;
      }
      List<String> code = Magics.neutralise(cell.lines);
      for (int i = 0; i < code.size(); i++) {
        python.append(code.get(i)).append('\n');
        lines.add(cell.fileLines.get(i));
      }
    }
    return new NotebookCode(python.toString(), lines.stream().mapToInt(Integer::intValue).toArray(), language);
  }

  private static final class Cell {
    String type;
    String language;
    final List<String> lines = new ArrayList<>();
    final List<Integer> fileLines = new ArrayList<>();
    boolean pendingPartial;
  }
}
