package io.hfmine.analyzers.issues.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts of (row value, column value) pairs, e.g. gold theme by predicted theme, or annotator A by B. */
public final class ConfusionMatrix {
  private final Map<String, Map<String, Integer>> counts = new TreeMap<>();
  private final java.util.SortedSet<String> values = new java.util.TreeSet<>();

  public void add(String row, String column) {
    counts.computeIfAbsent(row, r -> new TreeMap<>()).merge(column, 1, Integer::sum);
    values.add(row);
    values.add(column);
  }

  public int count(String row, String column) {
    return counts.getOrDefault(row, Map.of()).getOrDefault(column, 0);
  }

  /** Every value seen in rows or columns, sorted. */
  public List<String> values() {
    return new ArrayList<>(values);
  }

  /** The matrix as a text table, rows labelled {@code rowName}, columns {@code columnName}. */
  public String render(String rowName, String columnName) {
    List<String> all = values();
    int width = Math.max(rowName.length() + columnName.length() + 3,
        all.stream().mapToInt(String::length).max().orElse(4));
    StringBuilder text = new StringBuilder();
    text.append(pad(rowName + " \\ " + columnName, width));
    for (String value : all) {
      text.append(' ').append(pad(value, Math.max(5, value.length())));
    }
    text.append('\n');
    for (String row : all) {
      text.append(pad(row, width));
      for (String column : all) {
        text.append(' ').append(pad(Integer.toString(count(row, column)), Math.max(5, column.length())));
      }
      text.append('\n');
    }
    return text.toString();
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
