package io.hfmine.analyzers.patterns;

import io.hfmine.datasets.store.Store;

/** Reads stored patterns: the facade behind {@code hfmine patterns show}. */
public final class PatternCatalog {
  private final Store store;

  public PatternCatalog(Store store) {
    this.store = store;
  }

  /**
   * The stored patterns of a group.
   *
   * @throws IllegalArgumentException naming the group when it was never built
   */
  public StoredGroup group(PatternSettings.GroupBy groupBy, String key) {
    StoredGroup group = store.read(connection -> PatternStore.load(connection, groupBy, key));
    if (group == null) {
      throw new IllegalArgumentException("no patterns stored for " + groupBy.key() + " " + key
          + " (run 'hfmine patterns build --by " + groupBy.key() + "' first)");
    }
    return group;
  }
}
