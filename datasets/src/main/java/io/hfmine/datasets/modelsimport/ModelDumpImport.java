package io.hfmine.datasets.modelsimport;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hfmine.datasets.csv.CsvTable;
import io.hfmine.datasets.files.JsonLines;
import io.hfmine.datasets.files.TextInput;
import io.hfmine.datasets.hf.ModelCatalog;
import io.hfmine.datasets.hf.ModelJson;
import io.hfmine.datasets.hf.ModelRecord;
import io.hfmine.datasets.store.Store;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code models import FILE}: loads a dump of model records into the store.
 *
 * <p>Formats, by extension: {@code .json} (an array, or JSON lines), {@code .jsonl} /
 * {@code .ndjson}, {@code .csv} (with a header row) and {@code .parquet}; fields may use the
 * Hub API's camelCase or huggingface_hub's snake_case names, and ids must follow the Hub's
 * grammar. The whole file is read and checked before anything is written, then stored in one
 * transaction: a bad record (a malformed row, a bad field, a file that is not UTF-8 text) aborts
 * the import with an error naming the file and the line (or record number), and nothing of it is kept.
 */
public final class ModelDumpImport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Store store;

  public ModelDumpImport(Store store) {
    this.store = store;
  }

  /** A record of the file could not be read; the message names the file and where. */
  public static final class BadDumpException extends RuntimeException {
    public BadDumpException(String message) {
      super(message);
    }
  }

  /** How many records the file held and were stored. */
  public record Result(Path file, String format, int imported) {
  }

  public Result run(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BadDumpException(file + ": no such file");
    }
    String format = formatOf(file);
    List<ModelRecord> records;
    try {
      records = switch (format) {
        case "json" -> readJson(file);
        case "jsonl" -> readJsonLines(file);
        case "csv" -> readCsv(file);
        case "parquet" -> readParquet(file);
        default -> throw new IllegalStateException(format);
      };
    } catch (TextInput.TextInputException | CsvTable.MalformedCsvException e) {
      throw new BadDumpException(e.getMessage());
    } catch (IOException e) {
      throw new BadDumpException(file + ": cannot read it: " + e.getMessage());
    }
    Instant now = Instant.now();
    String source = "import:" + file.getFileName();
    store.transaction(connection -> ModelCatalog.upsert(connection, records, source, now));
    return new Result(file, format, records.size());
  }

  static String formatOf(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return "json";
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return "jsonl";
    }
    if (name.endsWith(".csv")) {
      return "csv";
    }
    if (name.endsWith(".parquet")) {
      return "parquet";
    }
    throw new BadDumpException(file + ": unknown dump format; use .json, .jsonl, .ndjson, .csv or .parquet");
  }

  private List<ModelRecord> readJson(Path file) throws IOException {
    try (BufferedReader reader = new BufferedReader(TextInput.open(file))) {
      reader.mark(4096);
      int first;
      do {
        first = reader.read();
      } while (first != -1 && Character.isWhitespace(first));
      reader.reset();
      if (first != '[') {
        return readJsonLines(file);
      }
      return readArray(file, reader);
    }
  }

  private List<ModelRecord> readArray(Path file, BufferedReader reader) throws IOException {
    List<ModelRecord> records = new ArrayList<>();
    try (JsonParser parser = JSON.getFactory().createParser(reader)) {
      parser.nextToken();
      int index = 0;
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (token == null) {
          throw new BadDumpException(file + ": the JSON array is never closed");
        }
        index++;
        JsonLocation start = parser.currentTokenLocation();
        JsonNode node = parser.readValueAsTree();
        records.add(parse(node, file + " line " + start.getLineNr() + " (record " + index + ")"));
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new BadDumpException(file + (at == null ? "" : " line " + at.getLineNr()) + ": not valid JSON: "
          + e.getOriginalMessage());
    }
    return records;
  }

  private List<ModelRecord> readJsonLines(Path file) throws IOException {
    List<ModelRecord> records = new ArrayList<>();
    try {
      JsonLines.read(file, (line, node) -> records.add(parse(node, file + " line " + line)));
    } catch (JsonLines.BadLineException e) {
      throw new BadDumpException(e.getMessage());
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return records;
  }

  // Every CSV row becomes a JSON object (empty cells left out) so that every format goes
  // through the same field rules.
  private List<ModelRecord> readCsv(Path file) throws IOException {
    List<ModelRecord> records = new ArrayList<>();
    try {
      CsvTable.read(file, CsvTable.Width.EXACT, row -> {
        ObjectNode node = JSON.createObjectNode();
        row.values().forEach((column, value) -> {
          if (!value.isBlank()) {
            node.put(column, value);
          }
        });
        records.add(parse(node, row.where()));
      });
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return records;
  }

  // DuckDB reads Parquet natively; each row comes back as a JSON object.
  private List<ModelRecord> readParquet(Path file) {
    String path = file.toAbsolutePath().toString().replace("'", "''");
    return store.read(connection -> {
      List<ModelRecord> records = new ArrayList<>();
      try (Statement statement = connection.createStatement();
           ResultSet rows = statement.executeQuery("SELECT to_json(t)::VARCHAR FROM read_parquet('" + path + "') t")) {
        int index = 0;
        while (rows.next()) {
          index++;
          records.add(parse(JSON.readTree(rows.getString(1)), file + " record " + index));
        }
      } catch (SQLException e) {
        String message = e.getMessage() == null ? "unreadable" : e.getMessage().lines().findFirst().orElse("");
        throw new BadDumpException(file + ": cannot read it as parquet: " + message);
      }
      return records;
    });
  }

  private static ModelRecord parse(JsonNode node, String where) {
    try {
      return ModelJson.read(node);
    } catch (ModelJson.BadFieldException e) {
      throw new BadDumpException(where + ": " + e.getMessage());
    }
  }
}
