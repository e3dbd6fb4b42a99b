package io.hfmine.analyzers.issues.sampling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 4180 CSV as spreadsheets write it: comma-separated, fields quoted when they hold a comma,
 * quote or line break; quoted fields may span lines. Each record remembers the line it starts on,
 * so errors can name it.
 */
public final class CsvTable {
  /** One record: its values by column name and the file line where it starts. */
  public record Row(int line, Map<String, String> values) {
    /** The value of a column, stripped; empty when the column or the value is missing. */
    public String get(String column) {
      String value = values.get(column);
      return value == null ? "" : value.strip();
    }
  }

  private CsvTable() {
  }

  /** Parses CSV text whose first record is the header; throws naming the line of a broken record. */
  public static List<Row> parse(String text, String origin) {
    List<List<String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < content.length() && content.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && !fieldStarted) {
        quoted = true;
        fieldStarted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        fieldStarted = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        fieldStarted = false;
        if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
          records.add(List.copyOf(fields));
          lines.add(recordLine);
        }
        fields.clear();
        line++;
        recordLine = line;
      } else {
        field.append(c);
        fieldStarted = true;
      }
    }
    if (quoted) {
      throw new IllegalArgumentException(origin + " line " + recordLine + ": a quoted field is not closed");
    }
    if (fieldStarted || !fields.isEmpty()) {
      fields.add(field.toString());
      records.add(List.copyOf(fields));
      lines.add(recordLine);
    }
    if (records.isEmpty()) {
      throw new IllegalArgumentException(origin + ": empty file, a header line is needed");
    }
    List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).toList();
    List<Row> rows = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> record = records.get(r);
      if (record.size() > header.size()) {
        throw new IllegalArgumentException(origin + " line " + lines.get(r) + ": " + record.size()
            + " fields but the header has " + header.size());
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        values.put(header.get(c), c < record.size() ? record.get(c) : "");
      }
      rows.add(new Row(lines.get(r), values));
    }
    return rows;
  }

  /** One CSV record, fields quoted where needed, ending in CRLF as RFC 4180 asks. */
  public static String record(List<String> fields) {
    List<String> written = new ArrayList<>();
    for (String value : fields) {
      String text = value == null ? "" : value;
      boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
          || text.startsWith(" ") || text.endsWith(" ");
      written.add(quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text);
    }
    return String.join(",", written) + "\r\n";
  }
}
