package io.hfmine.datasets.store;

import java.time.Instant;

/** A unit of crawl work and how far it got. */
public record CrawlUnit(
    String kind,
    String key,
    State state,
    int attempts,
    String cursor,
    String lastError,
    long items,
    Instant updatedAt) {

  /** Where a unit stands; {@code failed} units are retried on the next run. */
  public enum State {
    PENDING, RUNNING, DONE, FAILED;

    String sql() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static State of(String sql) {
      return valueOf(sql.toUpperCase(java.util.Locale.ROOT));
    }
  }
}
