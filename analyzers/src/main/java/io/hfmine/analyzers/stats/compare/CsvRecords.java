package io.hfmine.analyzers.stats.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads RFC 4180 CSV records (quoted fields, doubled quotes, line breaks inside quotes), keeping line numbers. */
final class CsvRecords {
  private final BufferedReader reader;
  private final String file;
  private int line;

  CsvRecords(BufferedReader reader, String file) {
    this.reader = reader;
    this.file = file;
  }

  /** The physical line on which the last record returned by {@link #next()} started. */
  int recordLine() {
    return recordLine;
  }

  private int recordLine;

  /** The next record's fields, or null at the end of the file. */
  List<String> next() throws IOException {
    String text = reader.readLine();
    if (text == null) {
      return null;
    }
    line++;
    recordLine = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (true) {
      if (i == text.length()) {
        if (!quoted) {
          break;
        }
        String more = reader.readLine();
        if (more == null) {
          throw new CsvInputException(file + " line " + recordLine + ": a quoted field is never closed");
        }
        line++;
        field.append('\n');
        text = more;
        i = 0;
        continue;
      }
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
      i++;
    }
    fields.add(field.toString());
    return fields;
  }
}
