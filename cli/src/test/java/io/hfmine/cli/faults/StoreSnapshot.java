package io.hfmine.cli.faults;

import io.hfmine.datasets.store.Store;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every table of a store as sorted rows of text, for comparing two stores. Bookkeeping of how the
 * work went (crawl units, the stage ledger, the schema history) is left out, and a timestamp that
 * falls inside the test's own run time is a time of fetching or computing, shown as
 * {@code <run time>}; every timestamp of the data itself (created, updated, closed ...) lies in
 * the fake servers' past and is compared as it is.
 */
final class StoreSnapshot {
  private static final Set<String> BOOKKEEPING = Set.of("crawl_units", "pipeline_stages", "schema_version");

  private StoreSnapshot() {
  }

  static Map<String, List<String>> of(Path workDir, Instant runsFrom) {
    try (Store store = Store.openIn(workDir)) {
      return store.read(connection -> {
        Map<String, List<String>> tables = new TreeMap<>();
        Map<String, Map<String, String>> columns = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                 SELECT table_name, column_name, data_type FROM information_schema.columns
                 WHERE table_schema = 'main' ORDER BY table_name, ordinal_position""")) {
          while (rows.next()) {
            columns.computeIfAbsent(rows.getString(1), name -> new LinkedHashMap<>())
                .put(rows.getString(2), rows.getString(3));
          }
        }
        for (Map.Entry<String, Map<String, String>> table : columns.entrySet()) {
          String name = table.getKey();
          if (BOOKKEEPING.contains(name) || name.contains("flyway") || name.contains("schema_history")) {
            continue;
          }
          List<String> select = new ArrayList<>();
          table.getValue().forEach((column, type) -> select.add(type.startsWith("TIMESTAMP")
              ? "\"" + column + "\"" : "\"" + column + "\"::VARCHAR"));
          List<String> lines = new ArrayList<>();
          try (Statement statement = connection.createStatement();
               ResultSet rows = statement.executeQuery(
                   "SELECT " + String.join(", ", select) + " FROM \"" + name + "\"")) {
            int count = rows.getMetaData().getColumnCount();
            while (rows.next()) {
              StringBuilder line = new StringBuilder();
              for (int i = 1; i <= count; i++) {
                Object value = rows.getObject(i);
                line.append(i > 1 ? " | " : "").append(text(value, runsFrom));
              }
              lines.add(line.toString());
            }
          }
          lines.sort(null);
          tables.put(name, lines);
        }
        return tables;
      });
    }
  }

  private static String text(Object value, Instant runsFrom) {
    Instant at = switch (value) {
      case Timestamp timestamp -> timestamp.toInstant();
      case java.time.LocalDateTime local -> local.toInstant(java.time.ZoneOffset.UTC);
      case java.time.OffsetDateTime offset -> offset.toInstant();
      case null, default -> null;
    };
    // Local-time and UTC readings differ by the zone offset; a day of slack covers both.
    if (at != null && at.isAfter(runsFrom.minusSeconds(86_400)) && at.isBefore(Instant.now().plusSeconds(86_400))) {
      return "<run time>";
    }
    return String.valueOf(value);
  }
}
