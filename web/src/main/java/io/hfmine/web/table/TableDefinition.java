package io.hfmine.web.table;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a table view shows: the rows of a base table, joined to others where a column, filter or
 * order needs them; the columns, the filters and the orders a person can choose (the first is the
 * default). Joins are named by alias so each query takes only those it uses: a count with no
 * filter on a joined table never joins it, and a page whose filters and order concern the base
 * table alone is cut to its rows before anything is joined.
 *
 * @param path the page's address; exports are {@code path?...&format=csv|json}
 * @param name file name of exports
 * @param table the base table, e.g. {@code usages}
 * @param alias its alias in every expression, e.g. {@code u}
 */
public record TableDefinition(String path, String name, String title, String table, String alias, List<Join> joins,
    List<Column> columns, List<Filter> filters, List<SortOrder> orders) {

  /** A LEFT JOIN and the alias its expressions use. */
  public record Join(String alias, String sql) {
    public static Join left(String alias, String tableAndCondition) {
      return new Join(alias, "LEFT JOIN " + tableAndCondition);
    }

    boolean usedBy(String sql) {
      return sql != null && Pattern.compile("\\b" + Pattern.quote(alias) + "\\.").matcher(sql).find();
    }
  }

  public TableDefinition {
    joins = List.copyOf(joins);
    columns = List.copyOf(columns);
    filters = List.copyOf(filters);
    orders = List.copyOf(orders);
    if (orders.stream().noneMatch(o -> o.onlyWith() == null)) {
      throw new IllegalArgumentException(name + ": a table needs at least one order offered without a filter");
    }
  }

  /** The orders a person can choose under the request's filters; the first is the default. */
  public List<SortOrder> offered(TableRequest request) {
    return orders.stream().filter(o -> o.offeredFor(request)).toList();
  }

  /** The request's order, or the default one. */
  public SortOrder order(TableRequest request) {
    List<SortOrder> offered = offered(request);
    String orderName = request.sort();
    if (orderName == null || orderName.isBlank()) {
      return offered.get(0);
    }
    return offered.stream().filter(o -> o.name().equals(orderName)).findFirst()
        .orElseThrow(() -> new BadRequestException("sort must be one of "
            + String.join(", ", offered.stream().map(SortOrder::name).toList()) + "; got '" + orderName + "'"));
  }

  /** The base table and the joins any of {@code expressions} uses. */
  String from(List<String> expressions) {
    StringBuilder from = new StringBuilder(table).append(' ').append(alias);
    for (Join join : joins) {
      if (expressions.stream().anyMatch(join::usedBy)) {
        from.append(' ').append(join.sql());
      }
    }
    return from.toString();
  }

  /** Whether any of {@code expressions} needs a joined table. */
  boolean needsJoins(List<String> expressions) {
    return joins.stream().anyMatch(join -> expressions.stream().anyMatch(join::usedBy));
  }
}
