package io.hfmine.datasets.export;

import io.hfmine.datasets.store.Store;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The columns every exported table has in a freshly migrated store, by table, in column order. */
final class ExportedSchema {
  private ExportedSchema() {
  }

  static Map<String, List<String>> columnsByTable() {
    try (Store store = Store.inMemory()) {
      return store.read(c -> {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (ExportTable table : ExportTable.ALL) {
          try (Statement s = c.createStatement();
               ResultSet r = s.executeQuery("SELECT column_name FROM information_schema.columns WHERE table_name = '"
                   + table.table() + "' ORDER BY ordinal_position")) {
            List<String> columns = new ArrayList<>();
            while (r.next()) {
              columns.add(r.getString(1).toLowerCase(Locale.ROOT));
            }
            if (!columns.isEmpty()) {
              tables.put(table.table(), columns);
            }
          }
        }
        return tables;
      });
    }
  }
}
