package io.hfmine.web.table;

import java.util.List;

/**
 * What a table view shows: the rows of {@code from} (SQL: a table with its joins), the columns,
 * the filters and the orders a person can choose. The first order is the default.
 *
 * @param path the page's address; exports are {@code path?...&format=csv|json}
 * @param name file name of exports
 */
public record TableDefinition(String path, String name, String title, String from, List<Column> columns,
    List<Filter> filters, List<SortOrder> orders) {

  public TableDefinition {
    columns = List.copyOf(columns);
    filters = List.copyOf(filters);
    orders = List.copyOf(orders);
    if (orders.isEmpty()) {
      throw new IllegalArgumentException(name + ": a table needs at least one order");
    }
  }

  public SortOrder order(String orderName) {
    if (orderName == null || orderName.isBlank()) {
      return orders.get(0);
    }
    return orders.stream().filter(o -> o.name().equals(orderName)).findFirst()
        .orElseThrow(() -> new BadRequestException("sort must be one of "
            + String.join(", ", orders.stream().map(SortOrder::name).toList()) + "; got '" + orderName + "'"));
  }

  public Column column(String key) {
    return columns.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
  }
}
