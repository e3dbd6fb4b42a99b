package io.hfmine.web.table;

import io.hfmine.web.LeastRecentlyUsed;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Row counts and facet counts of table views, kept per (view, filters) until the next write.
 * Counting a view means scanning its whole filtered table once per facet, which on a store of a
 * million usages costs far more than reading a page; and the served store changes only through
 * annotation writes, so a count stays true until {@link #clear()} is called for one. The order and
 * the page do not change a count, so they are not part of the key. The least recently used entries
 * go once {@code capacity} are held.
 */
public final class TableCounts {
  /** A view's total under some filters and its facets' choices under the other filters. */
  public record Counted(long total, Map<String, List<TableResult.FacetValue>> facets) {
    public Counted {
      facets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    }
  }

  /** Counts on a miss. */
  @FunctionalInterface
  public interface Counter {
    Counted count() throws SQLException;
  }

  private record Key(TableDefinition table, Map<String, String> filters) {
  }

  private final Map<Key, Counted> entries;
  private long generation;

  public TableCounts(int capacity) {
    this.entries = LeastRecentlyUsed.map(capacity);
  }

  /** The counts of {@code request}'s filters on {@code table}, counted by {@code counter} when not held. */
  public Counted get(TableDefinition table, TableRequest request, Counter counter) throws SQLException {
    // Filters by value, so the parameters' order in the address does not matter; not the order or page.
    Key key = new Key(table, Map.copyOf(request.filters()));
    long counting;
    synchronized (this) {
      Counted held = entries.get(key);
      if (held != null) {
        return held;
      }
      counting = generation;
    }
    Counted counted = counter.count();
    synchronized (this) {
      // A write while counting may have changed what was counted: answer with it, keep nothing.
      if (generation == counting) {
        entries.put(key, counted);
      }
    }
    return counted;
  }

  /** Forgets every count: the store was written. */
  public synchronized void clear() {
    entries.clear();
    generation++;
  }

  /** How many (view, filters) counts are held. */
  public synchronized int size() {
    return entries.size();
  }
}
