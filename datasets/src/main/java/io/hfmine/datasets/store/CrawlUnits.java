package io.hfmine.datasets.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The crawl-unit table: a resumable stage records each unit's state and cursor here.
 *
 * <p>Methods that take a {@link Connection} run inside the caller's transaction, so a unit's
 * cursor moves in the same commit as the records fetched with it: a kill never loses or repeats.
 */
public final class CrawlUnits {
  private final Store store;

  public CrawlUnits(Store store) {
    this.store = store;
  }

  /** The unit, if it was ever started. */
  public Optional<CrawlUnit> find(String kind, String key) {
    return store.read(connection -> find(connection, kind, key));
  }

  /** Marks the unit running (creating it if new) and counts the attempt. */
  public CrawlUnit begin(String kind, String key) {
    return store.transaction(connection -> {
      Optional<CrawlUnit> existing = find(connection, kind, key);
      if (existing.isEmpty()) {
        try (PreparedStatement insert = connection.prepareStatement("""
            INSERT INTO crawl_units (kind, unit_key, state, attempts, updated_at)
            VALUES (?, ?, 'running', 1, ?)""")) {
          insert.setString(1, kind);
          insert.setString(2, key);
          insert.setTimestamp(3, now());
          insert.executeUpdate();
        }
      } else {
        try (PreparedStatement update = connection.prepareStatement("""
            UPDATE crawl_units SET state = 'running', attempts = attempts + 1, updated_at = ?
            WHERE kind = ? AND unit_key = ?""")) {
          update.setTimestamp(1, now());
          update.setString(2, kind);
          update.setString(3, key);
          update.executeUpdate();
        }
      }
      return find(connection, kind, key).orElseThrow();
    });
  }

  /** Moves the cursor and adds to the item count, inside the caller's transaction. */
  public void checkpoint(Connection connection, String kind, String key, String cursor, long newItems)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement("""
        UPDATE crawl_units SET cursor = ?, items = items + ?, updated_at = ?
        WHERE kind = ? AND unit_key = ?""")) {
      update.setString(1, cursor);
      update.setLong(2, newItems);
      update.setTimestamp(3, now());
      update.setString(4, kind);
      update.setString(5, key);
      update.executeUpdate();
    }
  }

  /** Marks the unit done, inside the caller's transaction. */
  public void complete(Connection connection, String kind, String key) throws SQLException {
    setState(connection, kind, key, CrawlUnit.State.DONE, null);
  }

  /** Marks the unit done in its own transaction. */
  public void complete(String kind, String key) {
    store.transaction(connection -> {
      complete(connection, kind, key);
      return null;
    });
  }

  /** Marks the unit failed with a reason; the next run retries it. */
  public void fail(String kind, String key, String reason) {
    store.transaction(connection -> {
      setState(connection, kind, key, CrawlUnit.State.FAILED, reason);
      return null;
    });
  }

  /** Units of a kind in a state, oldest first. */
  public List<CrawlUnit> list(String kind, CrawlUnit.State state) {
    return store.read(connection -> {
      try (PreparedStatement query = connection.prepareStatement("""
          SELECT * FROM crawl_units WHERE kind = ? AND state = ? ORDER BY updated_at, unit_key""")) {
        query.setString(1, kind);
        query.setString(2, state.sql());
        List<CrawlUnit> units = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            units.add(read(rows));
          }
        }
        return units;
      }
    });
  }

  /** Forgets a unit so that it starts from scratch, inside the caller's transaction. */
  public void reset(Connection connection, String kind, String key) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(
        "DELETE FROM crawl_units WHERE kind = ? AND unit_key = ?")) {
      delete.setString(1, kind);
      delete.setString(2, key);
      delete.executeUpdate();
    }
  }

  private static void setState(Connection connection, String kind, String key, CrawlUnit.State state,
      String error) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement("""
        UPDATE crawl_units SET state = ?, last_error = ?, updated_at = ?
        WHERE kind = ? AND unit_key = ?""")) {
      update.setString(1, state.sql());
      update.setString(2, error);
      update.setTimestamp(3, now());
      update.setString(4, kind);
      update.setString(5, key);
      if (update.executeUpdate() == 0) {
        throw new StoreException("crawl unit " + kind + "/" + key + " was never begun");
      }
    }
  }

  private static Optional<CrawlUnit> find(Connection connection, String kind, String key)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT * FROM crawl_units WHERE kind = ? AND unit_key = ?")) {
      query.setString(1, kind);
      query.setString(2, key);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? Optional.of(read(rows)) : Optional.empty();
      }
    }
  }

  private static CrawlUnit read(ResultSet rows) throws SQLException {
    return new CrawlUnit(
        rows.getString("kind"),
        rows.getString("unit_key"),
        CrawlUnit.State.of(rows.getString("state")),
        rows.getInt("attempts"),
        rows.getString("cursor"),
        rows.getString("last_error"),
        rows.getLong("items"),
        rows.getTimestamp("updated_at").toInstant());
  }

  private static Timestamp now() {
    return Timestamp.from(Instant.now());
  }
}
