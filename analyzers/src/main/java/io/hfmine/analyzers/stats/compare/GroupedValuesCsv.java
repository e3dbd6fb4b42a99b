package io.hfmine.analyzers.stats.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads a group column and a numeric value column from a CSV with a header row. */
public final class GroupedValuesCsv {
  /** Cells that mean "no value" in pandas, R and spreadsheets exports. */
  private static final Set<String> MISSING = Set.of("", "na", "nan", "null", "none", "n/a");

  private GroupedValuesCsv() {
  }

  /**
   * Groups the values of {@code valueColumn} by {@code groupColumn}, in order of first appearance.
   * A missing value is an error unless {@code skipMissing}; then the row is counted and left out.
   */
  public static GroupedValues read(Path file, String groupColumn, String valueColumn, boolean skipMissing) {
    String name = file.toString();
    if (!Files.isRegularFile(file)) {
      throw new CsvInputException(name + ": no such file");
    }
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      CsvRecords records = new CsvRecords(reader, name);
      List<String> header = records.next();
      if (header == null) {
        throw new CsvInputException(name + ": the file is empty (a header row is expected)");
      }
      if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
        header.set(0, header.get(0).substring(1));
      }
      int groupAt = column(header, groupColumn, name);
      int valueAt = column(header, valueColumn, name);
      Map<String, List<Double>> groups = new LinkedHashMap<>();
      long skipped = 0;
      List<String> fields;
      while ((fields = records.next()) != null) {
        int line = records.recordLine();
        if (fields.size() == 1 && fields.get(0).isBlank()) {
          continue;
        }
        if (fields.size() != header.size()) {
          throw new CsvInputException(name + " line " + line + ": " + fields.size() + " fields, but the header has "
              + header.size());
        }
        String group = fields.get(groupAt).strip();
        String cell = fields.get(valueAt).strip();
        if (MISSING.contains(cell.toLowerCase(Locale.ROOT)) || group.isEmpty()) {
          if (skipMissing) {
            skipped++;
            continue;
          }
          String what = group.isEmpty() ? "column '" + groupColumn + "' is empty"
              : "column '" + valueColumn + "' has no value ('" + cell + "')";
          throw new CsvInputException(name + " line " + line + ": " + what + " (--skip-missing leaves such rows out)");
        }
        double value;
        try {
          value = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
          throw new CsvInputException(name + " line " + line + ": column '" + valueColumn + "' is not a number: '"
              + cell + "'");
        }
        if (!Double.isFinite(value)) {
          throw new CsvInputException(name + " line " + line + ": column '" + valueColumn + "' is not finite: '"
              + cell + "'");
        }
        groups.computeIfAbsent(group, g -> new ArrayList<>()).add(value);
      }
      Map<String, double[]> arrays = new LinkedHashMap<>();
      groups.forEach((group, values) -> arrays.put(group, values.stream().mapToDouble(Double::doubleValue).toArray()));
      return new GroupedValues(name, arrays, skipped);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new CsvInputException(name + ": not UTF-8 text (save it as UTF-8 CSV)");
    } catch (IOException e) {
      throw new CsvInputException(name + ": cannot read: " + e.getMessage());
    } catch (java.io.UncheckedIOException e) {
      throw new CsvInputException(name + ": cannot read: " + e.getCause().getMessage());
    }
  }

  private static int column(List<String> header, String wanted, String file) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().equals(wanted)) {
        return i;
      }
    }
    throw new CsvInputException(file + " line 1: no column '" + wanted + "' (columns: " + String.join(", ", header) + ")");
  }
}
