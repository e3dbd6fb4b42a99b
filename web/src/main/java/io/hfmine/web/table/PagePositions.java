package io.hfmine.web.table;

import io.hfmine.datasets.store.Store;
import java.sql.Statement;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Each table view's rows numbered once in its default order, so an unfiltered page is "the rows
 * at positions p + 1 .. p + n" instead of a sort of the whole table on every request (a top-n of a
 * million usages by repository, path and line costs 100–400 ms of CPU; reading 51 numbered rows
 * costs a few). Kept in temporary tables of {@code pos, rid} (the base table's row id), in position
 * order. The tables numbered here are never written while the server runs (only annotations are),
 * so positions and row ids stay valid. Orders whose keys need a joined table, and filtered pages,
 * are sorted as before.
 */
public final class PagePositions {
  private record Numbered(SortOrder order, String table) {
  }

  private final Map<TableDefinition, Numbered> numbered = new IdentityHashMap<>();

  /** Numbers {@code table}'s rows in its default order; a no-op when that order needs a join. */
  public void build(Store store, TableDefinition table) {
    SortOrder order = table.offered(new TableRequest(Map.of(), null, null)).get(0);
    if (table.needsJoins(order.keys().stream().map(SortOrder.Key::sql).toList())) {
      return;
    }
    String name;
    synchronized (this) {
      name = "web_positions_" + numbered.size();
    }
    store.read(connection -> {
      try (Statement sql = connection.createStatement()) {
        sql.execute("CREATE OR REPLACE TEMP TABLE " + name + " AS SELECT row_number() OVER (ORDER BY "
            + order.orderBy() + ") AS pos, " + table.alias() + ".rowid AS rid FROM " + table.table() + " "
            + table.alias() + " ORDER BY pos");
      }
      return null;
    });
    synchronized (this) {
      numbered.put(table, new Numbered(order, name));
    }
  }

  /** The positions table of {@code table} in {@code order}, or null when that order is not numbered. */
  synchronized String of(TableDefinition table, SortOrder order) {
    Numbered held = numbered.get(table);
    return held != null && held.order() == order ? held.table() : null;
  }
}
