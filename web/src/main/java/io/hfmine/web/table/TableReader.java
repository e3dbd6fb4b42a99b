package io.hfmine.web.table;

import io.hfmine.datasets.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a table view's SQL: one page after a cursor (keyset pagination, so page 1,000 costs what
 * page 1 costs), the number of matching rows, the facets, and the whole filtered table for exports.
 */
public final class TableReader {
  /** Choices listed per facet, most frequent first. */
  static final int FACET_CHOICES = 40;

  private TableReader() {
  }

  /** Receives exported rows in order. */
  @FunctionalInterface
  public interface RowSink {
    void accept(Map<String, Object> row) throws Exception;
  }

  public static TableResult read(Store store, TableDefinition table, TableRequest request, int pageSize) {
    return read(store, table, request, pageSize, null, null);
  }

  /**
   * One page of rows; the count and facets come from {@code counts} when it holds them for these
   * filters (they do not depend on the page or the order), and are stored there otherwise.
   *
   * An unfiltered page in an order {@code positions} numbered is read by position: the rows after
   * the cursor's position, without sorting the table.
   *
   * @param counts null to count on every call
   * @param positions null to sort on every call
   */
  public static TableResult read(Store store, TableDefinition table, TableRequest request, int pageSize,
      TableCounts counts, PagePositions positions) {
    SortOrder order = table.order(request);
    Where where = request.where(table);
    Where page = where.copy();
    Cursor.Decoded cursor = request.after() == null || request.after().isBlank() ? null
        : Cursor.decode(request.after(), order.keys().size());
    String candidate = positions == null || !request.filters().isEmpty() ? null : positions.of(table, order);
    // A cursor without a position came from a page read by sorting: go on that way.
    String numbered = candidate != null && (cursor == null || cursor.position() != null) ? candidate : null;
    long start = numbered == null || cursor == null ? 0 : cursor.position();
    if (numbered != null) {
      page.and(table.alias() + ".rowid IN (SELECT rid FROM " + numbered + " WHERE pos > ? ORDER BY pos LIMIT "
          + (pageSize + 1) + ")", start);
    } else if (cursor != null) {
      page.and(order.after(), order.afterValues(cursor.keys()));
    }
    List<String> filtering = active(table, request, null);
    List<String> keys = order.keys().stream().map(SortOrder.Key::sql).toList();
    List<String> everything = new ArrayList<>(filtering);
    everything.addAll(keys);
    table.columns().forEach(c -> everything.add(c.sql()));
    String select = "SELECT " + selectList(table) + ", " + String.join(", ", keys);
    String sql;
    List<String> cutFirst = new ArrayList<>(filtering);
    cutFirst.addAll(keys);
    if (!table.needsJoins(cutFirst)) {
      // Filters and order concern the base table: take the page's rows first, join for their columns after.
      sql = select + " FROM (SELECT * FROM " + table.table() + " " + table.alias() + page.sql() + " ORDER BY "
          + order.orderBy() + " LIMIT " + (pageSize + 1) + ") " + table.alias() + " "
          + table.from(everything).substring((table.table() + " " + table.alias()).length()) + " ORDER BY "
          + order.orderBy();
    } else {
      sql = select + " FROM " + table.from(everything) + page.sql() + " ORDER BY " + order.orderBy() + " LIMIT "
          + (pageSize + 1);
    }
    return store.read(connection -> {
      SearchHits.write(connection, table, request);
      List<Map<String, Object>> rows = new ArrayList<>();
      List<Object> lastKeys = null;
      boolean more = false;
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        page.bind(statement, 1);
        try (ResultSet result = statement.executeQuery()) {
          while (result.next()) {
            if (rows.size() == pageSize) {
              more = true;
              break;
            }
            rows.add(row(table, result));
            lastKeys = new ArrayList<>();
            for (int k = 0; k < order.keys().size(); k++) {
              lastKeys.add(cursorValue(result.getObject(table.columns().size() + k + 1)));
            }
          }
        }
      }
      TableCounts.Counted counted = counts == null ? count(connection, table, request)
          : counts.get(table, request, () -> count(connection, table, request));
      String next = !more || lastKeys == null ? null
          : numbered == null ? Cursor.encode(lastKeys) : Cursor.encode(lastKeys, start + pageSize);
      return new TableResult(rows, counted.total(), next, counted.facets());
    });
  }

  /** The rows matching the request's filters and every facet's choices under them, counted now. */
  public static TableCounts.Counted count(Store store, TableDefinition table, TableRequest request) {
    return store.read(connection -> {
      SearchHits.write(connection, table, request);
      return count(connection, table, request);
    });
  }

  private static TableCounts.Counted count(Connection connection, TableDefinition table, TableRequest request)
      throws SQLException {
    Where where = request.where(table);
    long total = count(connection, table.from(active(table, request, null)), where);
    Map<String, List<TableResult.FacetValue>> facets = new LinkedHashMap<>();
    for (Filter filter : table.filters()) {
      if (filter.facet() != null) {
        facets.put(filter.param(), facet(connection, table, request, filter));
      }
    }
    return new TableCounts.Counted(total, facets);
  }

  /** The SQL of the request's active filters, leaving out {@code except}. */
  private static List<String> active(TableDefinition table, TableRequest request, Filter except) {
    List<String> sql = new ArrayList<>();
    for (Filter filter : table.filters()) {
      if (filter != except && request.filters().containsKey(filter.param())) {
        sql.add(filter.sqlText());
      }
    }
    return sql;
  }

  /** Every row that matches the request's filters, in its order, for an export. */
  public static void stream(Store store, TableDefinition table, TableRequest request, RowSink sink) {
    SortOrder order = table.order(request);
    Where where = request.where(table);
    store.read(connection -> {
      SearchHits.write(connection, table, request);
      List<String> everything = new ArrayList<>(active(table, request, null));
      order.keys().forEach(k -> everything.add(k.sql()));
      table.columns().forEach(c -> everything.add(c.sql()));
      String sql = "SELECT " + selectList(table) + " FROM " + table.from(everything) + where.sql() + " ORDER BY "
          + order.orderBy();
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        where.bind(statement, 1);
        try (ResultSet result = statement.executeQuery()) {
          while (result.next()) {
            sink.accept(row(table, result));
          }
        }
      }
      return null;
    });
  }

  private static String selectList(TableDefinition table) {
    return String.join(", ", table.columns().stream().map(c -> c.sql() + " AS \"" + c.key() + "\"").toList());
  }

  private static Map<String, Object> row(TableDefinition table, ResultSet result) throws SQLException {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int c = 0; c < table.columns().size(); c++) {
      row.put(table.columns().get(c).key(), SqlValues.read(result, c + 1));
    }
    return row;
  }

  private static Object cursorValue(Object value) {
    return switch (value) {
      case java.sql.Timestamp time -> time.toString();
      case java.math.BigInteger big -> big.longValue();
      case java.math.BigDecimal decimal -> decimal.doubleValue();
      default -> value;
    };
  }

  private static long count(Connection connection, String from, Where where) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM " + from + where.sql())) {
      where.bind(statement, 1);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  /** The facet's choices under every other filter of the request, so counts say what picking one leaves. */
  private static List<TableResult.FacetValue> facet(Connection connection, TableDefinition table, TableRequest request,
      Filter facet) throws SQLException {
    Where others = new Where();
    for (Filter filter : table.filters()) {
      String value = request.filters().get(filter.param());
      if (value != null && filter != facet) {
        filter.apply(value, others);
      }
    }
    List<String> used = new ArrayList<>(active(table, request, facet));
    used.add(facet.facet());
    String from = table.from(used);
    String values = facet.listFacet()
        ? "SELECT unnest(" + facet.facet() + ") AS v FROM " + from + others.sql()
        : "SELECT " + facet.facet() + " AS v FROM " + from + others.sql();
    String sql = "SELECT v, count(*) FROM (" + values + ") WHERE v IS NOT NULL GROUP BY v ORDER BY 2 DESC, 1 LIMIT "
        + FACET_CHOICES;
    List<TableResult.FacetValue> choices = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      others.bind(statement, 1);
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          choices.add(new TableResult.FacetValue(String.valueOf(result.getObject(1)), result.getLong(2)));
        }
      }
    }
    return choices;
  }
}
