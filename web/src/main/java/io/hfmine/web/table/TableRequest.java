package io.hfmine.web.table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a request asks of a table view: filter values (only the table's own parameters are kept),
 * the order, and the cursor of the page (the last row of the previous page).
 */
public record TableRequest(Map<String, String> filters, String sort, String after) {
  public static final String SORT = "sort";
  public static final String AFTER = "after";
  public static final String FORMAT = "format";

  /** Reads the table's parameters from a query string's values. */
  public static TableRequest from(TableDefinition table, Map<String, List<String>> query) {
    Map<String, String> filters = new LinkedHashMap<>();
    for (Filter filter : table.filters()) {
      String value = first(query, filter.param());
      if (value != null && !value.isBlank()) {
        filters.put(filter.param(), value.strip());
      }
    }
    return new TableRequest(filters, first(query, SORT), first(query, AFTER));
  }

  /** The conditions of the filters. */
  public Where where(TableDefinition table) {
    Where where = new Where();
    for (Filter filter : table.filters()) {
      String value = filters.get(filter.param());
      if (value != null) {
        filter.apply(value, where);
      }
    }
    return where;
  }

  /** The parameters that reproduce this request's filters and order (for links and exports). */
  public Map<String, String> parameters() {
    Map<String, String> parameters = new LinkedHashMap<>(filters);
    if (sort != null && !sort.isBlank()) {
      parameters.put(SORT, sort);
    }
    return parameters;
  }

  private static String first(Map<String, List<String>> query, String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
