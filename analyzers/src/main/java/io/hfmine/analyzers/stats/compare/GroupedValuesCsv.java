package io.hfmine.analyzers.stats.compare;

import io.hfmine.datasets.csv.CsvTable;
import io.hfmine.datasets.files.TextInput;
import java.io.IOException;
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
   * Values so large that their sum leaves double precision (means, differences and medians would
   * be infinite) are an error naming the line.
   */
  public static GroupedValues read(Path file, String groupColumn, String valueColumn, boolean skipMissing) {
    String name = file.toString();
    if (!Files.isRegularFile(file)) {
      throw new CsvInputException(name + ": no such file");
    }
    Map<String, List<Double>> groups = new LinkedHashMap<>();
    long[] skipped = new long[1];
    double[] magnitude = new double[1];
    try {
      CsvTable.read(file, CsvTable.Width.EXACT, row -> {
        if (row.record() == 1) {
          column(row.header(), groupColumn, name);
          column(row.header(), valueColumn, name);
        }
        String group = row.get(groupColumn);
        String cell = row.get(valueColumn);
        if (MISSING.contains(cell.toLowerCase(Locale.ROOT)) || group.isEmpty()) {
          if (skipMissing) {
            skipped[0]++;
            return;
          }
          String what = group.isEmpty() ? "column '" + groupColumn + "' is empty"
              : "column '" + valueColumn + "' has no value ('" + cell + "')";
          throw new CsvInputException(name + " line " + row.line() + ": " + what + " (--skip-missing leaves such rows out)");
        }
        double value;
        try {
          value = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
          throw new CsvInputException(name + " line " + row.line() + ": column '" + valueColumn + "' is not a number: '"
              + cell + "'");
        }
        if (!Double.isFinite(value)) {
          throw new CsvInputException(name + " line " + row.line() + ": column '" + valueColumn + "' is not finite: '"
              + cell + "'");
        }
        magnitude[0] += Math.abs(value);
        if (!Double.isFinite(magnitude[0])) {
          throw new CsvInputException(name + " line " + row.line() + ": column '" + valueColumn + "' holds " + cell
              + ": with the values before it, sums leave double precision (about 1.8e308) and means, medians and "
              + "differences would be infinite; rescale the column");
        }
        groups.computeIfAbsent(group, g -> new ArrayList<>()).add(value);
      });
    } catch (CsvInputException e) {
      throw e;
    } catch (CsvTable.MalformedCsvException | TextInput.TextInputException e) {
      String message = e.getMessage();
      throw new CsvInputException(message.contains("the file is empty") ? name
          + ": the file is empty (a header row is expected)" : message);
    } catch (IOException e) {
      throw new CsvInputException(name + ": cannot read: " + e.getMessage());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    Map<String, double[]> arrays = new LinkedHashMap<>();
    groups.forEach((group, values) -> arrays.put(group, values.stream().mapToDouble(Double::doubleValue).toArray()));
    return new GroupedValues(name, arrays, skipped[0]);
  }

  private static void column(List<String> header, String wanted, String file) {
    for (String column : header) {
      if (column.equals(wanted)) {
        return;
      }
    }
    throw new CsvInputException(file + " line 1: no column '" + wanted + "' (columns: " + String.join(", ", header) + ")");
  }
}
