package io.hfmine.datasets.modelsimport;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hfmine.datasets.csv.CsvTable;
import io.hfmine.datasets.files.TextInput;
import io.hfmine.datasets.hashing.Hashes;
import io.hfmine.datasets.hf.CardFrontMatter;
import io.hfmine.datasets.hf.CardMetadata;
import io.hfmine.datasets.hf.ModelCard;
import io.hfmine.datasets.hf.ModelCards;
import io.hfmine.datasets.hf.ModelCatalog;
import io.hfmine.datasets.hf.ModelJson;
import io.hfmine.datasets.hf.ModelRecord;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code models import FILE}: loads a dump of model records, and their card texts when the dump
 * has them, into the store.
 *
 * <p>Formats, by extension: {@code .json} (an array, or JSON lines), {@code .jsonl} /
 * {@code .ndjson}, {@code .csv} (with a header row) and {@code .parquet}; fields may use the
 * Hub API's camelCase or huggingface_hub's snake_case names, and ids must follow the Hub's
 * grammar. A {@code card} field (text, as in the Hub's model-card dumps with one row per model)
 * is stored as the model's README with its front matter read, as {@code models cards} would
 * store it, so {@code models classify-se} runs over the dump without fetching anything.
 *
 * <p>The file is read twice, one record at a time, so memory stays bounded on dumps of millions
 * of cards: the first pass checks every record, and a bad one (a malformed row, a bad field, a
 * card that is not text, a file that is not UTF-8) stops the import with an error naming the
 * file, the line (or record number) and the field, before anything is written; the second pass
 * stores the records in transactions of {@link #BATCH} records. Importing the same file again
 * replaces the same rows, so an interrupted import is finished by running it again. Parquet is
 * first copied to JSON lines by DuckDB (streaming, beside the store) and read like them.
 */
public final class ModelDumpImport {
  /** Records stored per transaction. */
  public static final int BATCH = 2_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Store store;
  private final CardFrontMatter frontMatter;
  private final Progress.Factory progress;

  /** An import that reads card front matter with {@code frontMatter} and reports on {@code progress}. */
  public ModelDumpImport(Store store, CardFrontMatter frontMatter, Progress.Factory progress) {
    this.store = store;
    this.frontMatter = frontMatter;
    this.progress = progress;
  }

  /** An import with the default front-matter limits and no progress display. */
  public ModelDumpImport(Store store) {
    this(store, new CardFrontMatter(64 * 1024, 32), Progress.Factory.NONE);
  }

  /** A record of the file could not be read; the message names the file and where. */
  public static final class BadDumpException extends RuntimeException {
    public BadDumpException(String message) {
      super(message);
    }
  }

  /** How many records the file held and were stored, and how many of them carried a card text. */
  public record Result(Path file, String format, int imported, int cards) {
  }

  /** One record of the dump: its fields and where it is, for messages. */
  private interface RecordSink {
    void accept(JsonNode node, String where) throws Exception;
  }

  public Result run(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BadDumpException(file + ": no such file");
    }
    String format = formatOf(file);
    Path source = file;
    Path copy = null;
    try {
      if (format.equals("parquet")) {
        copy = parquetAsJsonLines(file);
        source = copy;
      }
      int[] counts = check(file, format, source);
      store(file, format, source, counts[0]);
      return new Result(file, format, counts[0], counts[1]);
    } finally {
      if (copy != null) {
        try {
          Files.deleteIfExists(copy);
        } catch (IOException e) {
          // a left-over temporary copy is harmless; the next import writes a new one
        }
      }
    }
  }

  // Pass 1: every record parses and every card is text; nothing is kept.
  private int[] check(Path file, String format, Path source) {
    int[] counts = new int[2];
    try (Progress bar = progress.start("models import (checking)")) {
      bar.total(-1);
      forEach(file, format, source, (node, where) -> {
        parse(node, where);
        if (card(node, where) != null) {
          counts[1]++;
        }
        counts[0]++;
        bar.step();
      });
    }
    return counts;
  }

  // Pass 2: the records in batches, each batch one transaction.
  private void store(Path file, String format, Path source, int total) {
    Instant now = Instant.now();
    String origin = "import:" + file.getFileName();
    List<ModelRecord> records = new ArrayList<>(BATCH);
    List<ModelCard> cards = new ArrayList<>();
    try (Progress bar = progress.start("models import (storing)")) {
      bar.total(total);
      forEach(file, format, source, (node, where) -> {
        ModelRecord record = parse(node, where);
        records.add(record);
        String text = card(node, where);
        if (text != null) {
          byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
          cards.add(new ModelCard(record.id(), "ok", text, (long) bytes.length, Hashes.sha256(bytes), null));
        }
        if (records.size() >= BATCH) {
          flush(records, cards, origin, now, bar);
        }
      });
      flush(records, cards, origin, now, bar);
    }
  }

  private void flush(List<ModelRecord> records, List<ModelCard> cards, String origin, Instant now, Progress bar) {
    if (records.isEmpty()) {
      return;
    }
    store.transaction(connection -> {
      ModelCatalog.upsert(connection, records, origin, now);
      try (ModelCards.Writer writer = new ModelCards.Writer(connection)) {
        for (ModelCard card : cards) {
          writer.save(card, frontMatter.read(card.text()), now);
        }
      }
      return null;
    });
    bar.step(records.size());
    records.clear();
    cards.clear();
  }

  private void forEach(Path file, String format, Path source, RecordSink sink) {
    try {
      switch (format) {
        case "json" -> readJson(file, sink);
        case "jsonl" -> readJsonLines(file, source, "line", sink);
        case "parquet" -> readJsonLines(file, source, "record", sink);
        case "csv" -> readCsv(source, sink);
        default -> throw new IllegalStateException(format);
      }
    } catch (TextInput.TextInputException | CsvTable.MalformedCsvException e) {
      throw new BadDumpException(e.getMessage());
    } catch (IOException e) {
      throw new BadDumpException(file + ": cannot read it: " + e.getMessage());
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
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

  private void readJson(Path file, RecordSink sink) throws Exception {
    try (BufferedReader reader = new BufferedReader(TextInput.open(file))) {
      reader.mark(4096);
      int first;
      do {
        first = reader.read();
      } while (first != -1 && Character.isWhitespace(first));
      reader.reset();
      if (first != '[') {
        readJsonLines(file, file, "line", sink);
        return;
      }
      readArray(file, reader, sink);
    }
  }

  private void readArray(Path file, BufferedReader reader, RecordSink sink) throws Exception {
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
        sink.accept(node, file + " line " + start.getLineNr() + " (record " + index + ")");
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new BadDumpException(file + (at == null ? "" : " line " + at.getLineNr()) + ": not valid JSON: "
          + e.getOriginalMessage());
    }
  }

  // JSON lines; {@code unit} names a line of the user's file, or a record of a Parquet file read
  // through its JSON-lines copy (whose line n is record n).
  private void readJsonLines(Path file, Path source, String unit, RecordSink sink) throws Exception {
    try (BufferedReader reader = new BufferedReader(TextInput.open(source))) {
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
          throw new BadDumpException(file + " " + unit + " " + number + ": not valid JSON: " + e.getOriginalMessage());
        }
        sink.accept(node, file + " " + unit + " " + number);
      }
    }
  }

  // Every CSV row becomes a JSON object (empty cells left out, except an empty card) so that every
  // format goes through the same field rules.
  private void readCsv(Path file, RecordSink sink) throws Exception {
    CsvTable.read(file, CsvTable.Width.EXACT, row -> {
      ObjectNode node = JSON.createObjectNode();
      row.values().forEach((column, value) -> {
        if (!value.isBlank() || column.equals("card")) {
          node.put(column, value);
        }
      });
      sink.accept(node, row.where());
    });
  }

  // DuckDB reads Parquet natively and writes it out as JSON lines without holding it in memory.
  private Path parquetAsJsonLines(Path file) {
    Path copy;
    try {
      Path folder = store.file().toAbsolutePath().getParent();
      copy = store.file().toString().equals(":memory:") || folder == null
          ? Files.createTempFile("hfmine-import-", ".jsonl")
          : Files.createTempFile(folder, "import-", ".jsonl");
    } catch (IOException e) {
      throw new BadDumpException(file + ": cannot make a temporary copy: " + e.getMessage());
    }
    String from = file.toAbsolutePath().toString().replace("'", "''");
    String to = copy.toAbsolutePath().toString().replace("'", "''");
    store.read(connection -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("COPY (SELECT * FROM read_parquet('" + from + "')) TO '" + to + "' (FORMAT JSON)");
      } catch (SQLException e) {
        String message = e.getMessage() == null ? "unreadable" : e.getMessage().lines().findFirst().orElse("");
        throw new BadDumpException(file + ": cannot read it as parquet: " + message);
      }
      return null;
    });
    return copy;
  }

  private static ModelRecord parse(JsonNode node, String where) {
    try {
      return ModelJson.read(node);
    } catch (ModelJson.BadFieldException e) {
      throw new BadDumpException(where + ": " + e.getMessage());
    }
  }

  // The card text, null when the record has none; anything but text is an error.
  private static String card(JsonNode node, String where) {
    JsonNode card = node.get("card");
    if (card == null || card.isNull()) {
      return null;
    }
    if (!card.isTextual()) {
      throw new BadDumpException(where + ": field `card` must be text, got " + card.getNodeType().toString()
          .toLowerCase(Locale.ROOT));
    }
    return card.asText();
  }
}
