package io.hfmine.analyzers.setasks.funnel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark results written in a card's Markdown tables: a row that names a benchmark gives its
 * numbers under the column headers (| HumanEval | 38.4 | ...), and a header that names benchmarks
 * gives each row's number under it, the row's first cell as the metric. Names are compared with
 * the configured spellings, case-insensitively, as a whole cell or a whole word of it.
 */
public final class BenchmarkTables {
  private static final Pattern NUMBER = Pattern.compile("^-?\\d{1,4}(?:\\.\\d+)?%?$");

  private final Map<String, Pattern> spellings = new LinkedHashMap<>();

  /** {@code benchmarks}: canonical name → spellings (the {@code se-tasks.benchmarks} section). */
  public BenchmarkTables(Map<String, List<String>> benchmarks) {
    benchmarks.forEach((name, aliases) -> {
      List<String> all = new ArrayList<>(aliases);
      all.add(name);
      String alternatives = String.join("|", all.stream().map(a -> Pattern.quote(a.toLowerCase(Locale.ROOT))).toList());
      spellings.put(name, Pattern.compile("(?<![\\w+-])(?:" + alternatives + ")(?![\\w+-])"));
    });
  }

  /** One number read from a table. */
  public record Result(String benchmark, String metric, double value, String row) {
  }

  public List<Result> extract(String card) {
    List<Result> results = new ArrayList<>();
    String[] lines = card.split("\r?\n");
    int i = 0;
    while (i < lines.length) {
      if (!lines[i].strip().startsWith("|")) {
        i++;
        continue;
      }
      List<List<String>> table = new ArrayList<>();
      while (i < lines.length && lines[i].strip().startsWith("|")) {
        List<String> cells = cells(lines[i]);
        if (!cells.stream().allMatch(c -> c.matches(":?-{2,}:?"))) {
          table.add(cells);
        }
        i++;
      }
      read(table, results);
    }
    return results;
  }

  private void read(List<List<String>> table, List<Result> results) {
    if (table.size() < 2) {
      return;
    }
    List<String> header = table.get(0);
    for (List<String> row : table.subList(1, table.size())) {
      String rowText = "| " + String.join(" | ", row) + " |";
      String rowBenchmark = null;
      int nameCell = -1;
      for (int c = 0; c < row.size() && rowBenchmark == null; c++) {
        rowBenchmark = benchmarkOf(row.get(c));
        nameCell = c;
      }
      if (rowBenchmark != null) {
        for (int c = 0; c < row.size(); c++) {
          Double value = number(row.get(c));
          if (c != nameCell && value != null) {
            results.add(new Result(rowBenchmark, c < header.size() ? header.get(c) : null, value, rowText));
          }
        }
        continue;
      }
      for (int c = 0; c < Math.min(header.size(), row.size()); c++) {
        String columnBenchmark = benchmarkOf(header.get(c));
        Double value = number(row.get(c));
        if (columnBenchmark != null && value != null) {
          results.add(new Result(columnBenchmark, row.isEmpty() ? null : row.get(0), value, rowText));
        }
      }
    }
  }

  private String benchmarkOf(String cell) {
    String text = cell.toLowerCase(Locale.ROOT).replace("*", "").strip();
    for (Map.Entry<String, Pattern> benchmark : spellings.entrySet()) {
      Matcher matcher = benchmark.getValue().matcher(text);
      if (matcher.find()) {
        return benchmark.getKey();
      }
    }
    return null;
  }

  private static Double number(String cell) {
    String text = cell.replace("*", "").strip();
    if (!NUMBER.matcher(text).matches()) {
      return null;
    }
    return Double.parseDouble(text.endsWith("%") ? text.substring(0, text.length() - 1) : text);
  }

  private static List<String> cells(String line) {
    String text = line.strip();
    if (text.startsWith("|")) {
      text = text.substring(1);
    }
    if (text.endsWith("|")) {
      text = text.substring(0, text.length() - 1);
    }
    List<String> cells = new ArrayList<>();
    for (String cell : text.split("\\|", -1)) {
      cells.add(cell.strip());
    }
    return cells;
  }
}
