package io.hfmine.web.table;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.datasets.store.Store;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Downloads of a table view with the filters and order on screen: CSV (RFC 4180 through Apache
 * Commons CSV, a header row, lists written {@code [a, b]} as the dataset export writes them) or a
 * JSON array of objects (lists as arrays, full-precision numbers, times in ISO-8601).
 */
public final class TableExport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TableExport() {
  }

  /** The export formats and their media types. */
  public enum Format {
    CSV("text/csv; charset=utf-8", "csv"),
    JSON("application/json; charset=utf-8", "json");

    private final String mediaType;
    private final String extension;

    Format(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }

    public String mediaType() {
      return mediaType;
    }

    public String extension() {
      return extension;
    }

    public static Format parse(String value) {
      try {
        return Format.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new BadRequestException("format must be csv or json; got '" + value + "'");
      }
    }
  }

  /** Writes every matching row; the stream is left open for the caller. */
  public static void write(Store store, TableDefinition table, TableRequest request, Format format, OutputStream out)
      throws IOException {
    switch (format) {
      case CSV -> csv(store, table, request, out);
      case JSON -> json(store, table, request, out);
    }
  }

  private static void csv(Store store, TableDefinition table, TableRequest request, OutputStream out)
      throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
        .setHeader(table.columns().stream().map(Column::key).toArray(String[]::new)).get());
    TableReader.stream(store, table, request, row -> {
      for (Object value : row.values()) {
        printer.print(csvValue(value));
      }
      printer.println();
    });
    printer.flush();
  }

  private static String csvValue(Object value) {
    return switch (value) {
      case null -> "";
      case List<?> list -> "[" + String.join(", ", list.stream().map(String::valueOf).toList()) + "]";
      case LocalDateTime time -> time.toString();
      default -> String.valueOf(value);
    };
  }

  private static void json(Store store, TableDefinition table, TableRequest request, OutputStream out)
      throws IOException {
    JsonGenerator generator = JSON.getFactory().createGenerator(out, JsonEncoding.UTF8);
    generator.writeStartArray();
    TableReader.stream(store, table, request, row -> {
      generator.writeStartObject();
      for (Map.Entry<String, Object> cell : row.entrySet()) {
        generator.writeFieldName(cell.getKey());
        Object value = cell.getValue();
        if (value instanceof LocalDateTime time) {
          generator.writeString(time.toString());
        } else {
          generator.writeObject(value);
        }
      }
      generator.writeEndObject();
    });
    generator.writeEndArray();
    generator.flush();
  }
}
