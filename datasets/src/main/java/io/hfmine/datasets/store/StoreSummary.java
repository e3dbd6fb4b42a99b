package io.hfmine.datasets.store;

import io.hfmine.datasets.store.schema.SchemaMigrations;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The store's schema version and the row count of each of its tables. */
public record StoreSummary(String file, int schemaVersion, Map<String, Long> rowCounts) {

  public static StoreSummary of(Store store) {
    return store.read(connection -> {
      List<String> tables = new ArrayList<>();
      try (Statement statement = connection.createStatement();
           ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables "
               + "WHERE table_schema = 'main' AND table_name <> '" + SchemaMigrations.HISTORY_TABLE + "' ORDER BY table_name")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      Map<String, Long> counts = new LinkedHashMap<>();
      for (String table : tables) {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
          rows.next();
          counts.put(table, rows.getLong(1));
        }
      }
      return new StoreSummary(store.file().toString(), store.schemaVersion(), counts);
    });
  }
}
