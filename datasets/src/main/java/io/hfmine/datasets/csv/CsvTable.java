package io.hfmine.datasets.csv;

import io.hfmine.datasets.files.TextInput;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * The project's one CSV reader and writer (Apache Commons CSV, RFC 4180 as spreadsheets write
 * it): a header row, then records whose quoted fields may hold commas, quotes and line breaks.
 *
 * <p>Each row knows the line it starts on and its record number, so every error names them: a
 * row with more fields than the header (an unquoted comma in a value) is an error, never a row
 * read askew or silently dropped; so is a row with fewer, unless the caller accepts short rows
 * ({@link Width#UP_TO_HEADER}: spreadsheets leave trailing empty cells out). Files are read as
 * strict UTF-8 ({@link TextInput}); blank lines are skipped; a byte-order mark is ignored.
 */
public final class CsvTable {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setIgnoreEmptyLines(false)
      .get();
  // As written by DuckDB's COPY and hfmine export: an unquoted empty cell is null, a quoted one ("") the empty text.
  private static final CSVFormat WITH_NULLS = FORMAT.builder()
      .setNullString("")
      .setQuoteMode(QuoteMode.ALL_NON_NULL)
      .get();

  private CsvTable() {
  }

  /** How many fields a row may have. */
  public enum Width {
    /** Exactly as many as the header. */
    EXACT,
    /** At most as many; missing trailing cells read as empty. */
    UP_TO_HEADER
  }

  /** A malformed CSV file; the message starts with the file and line. */
  public static final class MalformedCsvException extends IllegalArgumentException {
    public MalformedCsvException(String message) {
      super(message);
    }
  }

  /** Receives rows in file order; an exception stops the reading. */
  @FunctionalInterface
  public interface RowSink {
    void accept(Row row) throws Exception;
  }

  /**
   * One data row: the line it starts on, its record number (the header is record 0) and its cells
   * by column. Column names compare case-insensitively.
   */
  public record Row(String origin, long line, long record, List<String> header, List<String> cells) {
    /** The cell of a column, stripped; empty when the column or the cell is missing (or null). */
    public String get(String column) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).equalsIgnoreCase(column)) {
          return i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "";
        }
      }
      return "";
    }

    /** The cells by column name as the header spells it, missing trailing cells as "". */
    public Map<String, String> values() {
      Map<String, String> values = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        values.put(header.get(i), i < cells.size() ? cells.get(i) : "");
      }
      return values;
    }

    /** "models.csv line 4 (record 3)", for messages. */
    public String where() {
      return origin + " line " + line + " (record " + record + ")";
    }
  }

  /** Streams the rows of {@code file}; I/O and encoding problems are {@link IOException}s naming the file and line. */
  public static void read(Path file, Width width, RowSink sink) throws Exception {
    try (Reader reader = TextInput.open(file)) {
      read(reader, file.toString(), width, FORMAT, sink);
    }
  }

  /**
   * Like {@link #read(Path, Width, RowSink)}, but an unquoted empty cell is {@code null} and a
   * quoted empty cell ({@code ""}) the empty text: how hfmine's exports (DuckDB's CSV writer) tell
   * a missing value from an empty one. Rows must be as wide as the header.
   */
  public static void readWithNulls(Path file, RowSink sink) throws Exception {
    try (Reader reader = TextInput.open(file)) {
      read(reader, file.toString(), Width.EXACT, WITH_NULLS, sink);
    }
  }

  /** All rows of a small CSV text. */
  public static List<Row> parse(String text, String origin, Width width) {
    List<Row> rows = new ArrayList<>();
    try {
      read(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text), origin, width, FORMAT, rows::add);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return rows;
  }

  private static void read(Reader reader, String origin, Width width, CSVFormat format, RowSink sink)
      throws Exception {
    try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      Iterator<CSVRecord> records = parser.iterator();
      long line = 1;
      List<String> header = null;
      long record = 0;
      while (true) {
        CSVRecord next;
        try {
          if (!records.hasNext()) {
            break;
          }
          next = records.next();
        } catch (UncheckedIOException e) {
          throw malformed(origin, line, e.getCause());
        }
        long start = line;
        line = parser.getCurrentLineNumber() + 1;
        List<String> cells = next.toList();
        if (cells.size() == 1 && (cells.get(0) == null || cells.get(0).isEmpty())) {
          continue;
        }
        if (header == null) {
          header = header(cells, origin, start);
          continue;
        }
        record++;
        if (cells.size() > header.size() || (width == Width.EXACT && cells.size() < header.size())) {
          throw new MalformedCsvException(origin + " line " + start + " (record " + record + "): " + cells.size()
              + " fields, but the header has " + header.size()
              + (cells.size() > header.size() ? " (a value with a comma that is not in double quotes?)" : ""));
        }
        sink.accept(new Row(origin, start, record, header, cells));
      }
      if (header == null) {
        throw new MalformedCsvException(origin + ": the file is empty (a header row is expected)");
      }
    }
  }

  private static List<String> header(List<String> cells, String origin, long line) {
    List<String> header = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      String name = cells.get(i) == null ? "" : cells.get(i).strip();
      if (name.isEmpty()) {
        throw new MalformedCsvException(origin + " line " + line + ": column " + (i + 1) + " of the header has no name");
      }
      Integer first = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), i + 1);
      if (first != null) {
        throw new MalformedCsvException(origin + " line " + line + ": the header names column '" + name + "' twice "
            + "(columns " + first + " and " + (i + 1) + ")");
      }
      header.add(name);
    }
    return Collections.unmodifiableList(header);
  }

  private static Exception malformed(String origin, long line, Throwable cause) {
    if (cause instanceof TextInput.TextInputException text) {
      return text;
    }
    String message = cause == null || cause.getMessage() == null ? "unreadable" : cause.getMessage();
    // Commons CSV says "(line N) invalid char between encapsulated token and delimiter" and the like.
    message = message.replaceFirst("^IOException reading next record: ", "")
        .replaceAll("\\((?:start)?line \\d+\\)\\s*", "").strip();
    if (message.contains("EOF reached before encapsulated token finished")) {
      message = "a quoted field is not closed";
    }
    return new MalformedCsvException(origin + " line " + line + ": malformed CSV: " + message);
  }

  /** One record, fields quoted where needed, ending in CRLF as RFC 4180 asks. */
  public static String record(List<String> fields) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      List<String> values = new ArrayList<>(fields.size());
      for (String field : fields) {
        values.add(field == null ? "" : field);
      }
      printer.printRecord(values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
