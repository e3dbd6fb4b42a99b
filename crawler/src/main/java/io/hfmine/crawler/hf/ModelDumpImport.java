package io.hfmine.crawler.hf;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.datasets.hf.ModelCatalog;
import io.hfmine.datasets.hf.ModelJson;
import io.hfmine.datasets.hf.ModelRecord;
import io.hfmine.datasets.store.Store;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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
 * Hub API's camelCase or huggingface_hub's snake_case names. The whole file is read and checked
 * before anything is written, then stored in one transaction: a bad record aborts the import
 * with an error naming the file and the line (or record number), and nothing of it is kept.
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

  public Result run(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new BadDumpException(file + ": no such file");
    }
    String format = formatOf(file);
    List<ModelRecord> records = switch (format) {
      case "json" -> readJson(file);
      case "jsonl" -> readJsonLines(file);
      case "csv", "parquet" -> readWithDuckDb(file, format);
      default -> throw new IllegalStateException(format);
    };
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
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
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

  private List<ModelRecord> readArray(Path file, Reader reader) throws IOException {
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
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
          throw new BadDumpException(file + " line " + number + ": not valid JSON: " + e.getOriginalMessage());
        }
        records.add(parse(node, file + " line " + number));
      }
    }
    return records;
  }

  // DuckDB reads CSV and Parquet natively; each row comes back as a JSON object so that every
  // format goes through the same field rules.
  private List<ModelRecord> readWithDuckDb(Path file, String format) {
    String path = file.toAbsolutePath().toString().replace("'", "''");
    String source = format.equals("csv")
        ? "read_csv('" + path + "', header = true, all_varchar = true)"
        : "read_parquet('" + path + "')";
    return store.read(connection -> {
      List<ModelRecord> records = new ArrayList<>();
      try (Statement statement = connection.createStatement();
           ResultSet rows = statement.executeQuery("SELECT to_json(t)::VARCHAR FROM " + source + " t")) {
        int index = 0;
        while (rows.next()) {
          index++;
          String where = format.equals("csv")
              ? file + " line " + (index + 1) + " (record " + index + ")"
              : file + " record " + index;
          records.add(parse(JSON.readTree(rows.getString(1)), where));
        }
      } catch (SQLException e) {
        String message = e.getMessage() == null ? "unreadable" : e.getMessage().lines().findFirst().orElse("");
        throw new BadDumpException(file + ": cannot read it as " + format + ": " + message);
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
