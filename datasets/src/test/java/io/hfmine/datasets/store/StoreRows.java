package io.hfmine.datasets.store;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Query results as "a|b|c" lines, so assertions read like the table they check. */
public final class StoreRows {
  private StoreRows() {
  }

  public static List<String> rows(Store store, String sql) {
    return store.read(connection -> {
      List<String> rows = new ArrayList<>();
      try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          StringBuilder row = new StringBuilder();
          for (int i = 1; i <= columns; i++) {
            row.append(i > 1 ? "|" : "").append(result.getString(i));
          }
          rows.add(row.toString());
        }
      }
      return rows;
    });
  }
}
