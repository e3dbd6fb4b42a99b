package io.hfmine.analyzers.stats.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values split by group, in the order the groups should be compared (the first group is x).
 *
 * @param source where the values came from, for messages and output
 * @param skipped rows left out because their value was missing
 */
public record GroupedValues(String source, Map<String, double[]> groups, long skipped) {
  public GroupedValues {
    groups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groups));
  }

  public List<String> names() {
    return List.copyOf(groups.keySet());
  }

  public int total() {
    return groups.values().stream().mapToInt(values -> values.length).sum();
  }

  /** Keeps only {@code wanted}, in that order; an unknown name is an error listing the known ones. */
  public GroupedValues select(List<String> wanted) {
    Map<String, double[]> selected = new LinkedHashMap<>();
    for (String name : wanted) {
      double[] values = groups.get(name);
      if (values == null) {
        throw new CsvInputException(source + ": no group '" + name + "' (groups: " + String.join(", ", groups.keySet()) + ")");
      }
      selected.put(name, values);
    }
    return new GroupedValues(source, selected, skipped);
  }
}
