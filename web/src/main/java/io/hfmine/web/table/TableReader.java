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
    SortOrder order = table.order(request.sort());
    Where where = request.where(table);
    Where page = where.copy();
    if (request.after() != null && !request.after().isBlank()) {
      page.and(order.after(), order.afterValues(Cursor.decode(request.after(), order.keys().size())));
    }
    return store.read(connection -> {
      List<Map<String, Object>> rows = new ArrayList<>();
      List<Object> lastKeys = null;
      boolean more = false;
      String sql = "SELECT " + selectList(table) + ", " + String.join(", ", order.keys().stream()
          .map(SortOrder.Key::sql).toList()) + " FROM " + table.from() + page.sql() + " ORDER BY " + order.orderBy()
          + " LIMIT " + (pageSize + 1);
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
      long total = count(connection, table, where);
      Map<String, List<TableResult.FacetValue>> facets = new LinkedHashMap<>();
      for (Filter filter : table.filters()) {
        if (filter.facet() != null) {
          facets.put(filter.param(), facet(connection, table, request, filter));
        }
      }
      return new TableResult(rows, total, more && lastKeys != null ? Cursor.encode(lastKeys) : null, facets);
    });
  }

  /** Every row that matches the request's filters, in its order, for an export. */
  public static void stream(Store store, TableDefinition table, TableRequest request, RowSink sink) {
    SortOrder order = table.order(request.sort());
    Where where = request.where(table);
    store.read(connection -> {
      String sql = "SELECT " + selectList(table) + " FROM " + table.from() + where.sql() + " ORDER BY " + order.orderBy();
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

  private static long count(Connection connection, TableDefinition table, Where where) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT count(*) FROM " + table.from() + where.sql())) {
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
    String values = facet.listFacet()
        ? "SELECT unnest(" + facet.facet() + ") AS v FROM " + table.from() + others.sql()
        : "SELECT " + facet.facet() + " AS v FROM " + table.from() + others.sql();
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
