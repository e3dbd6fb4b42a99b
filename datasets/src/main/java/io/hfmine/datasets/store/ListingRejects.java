package io.hfmine.datasets.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The {@code listing_rejects} table: records of a listing page that could not be read. They are
 * written in the same transaction as the page's good records and its cursor, so a resumed
 * listing neither loses nor doubles them.
 */
public final class ListingRejects {

  /** A record left out: its 1-based position on the page, its id as sent (or null) and why. */
  public record Reject(int position, String recordId, String reason) {
  }

  private ListingRejects() {
  }

  /** Keeps the rejects of one page, inside the caller's transaction (a page read again replaces its rows). */
  public static void record(Connection connection, String kind, String key, String pageUrl, List<Reject> rejects,
      Instant seenAt) throws SQLException {
    if (rejects.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement("""
        INSERT OR REPLACE INTO listing_rejects (unit_kind, unit_key, page_url, position, record_id, reason, seen_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
      for (Reject reject : rejects) {
        insert.setString(1, kind);
        insert.setString(2, key);
        insert.setString(3, pageUrl);
        insert.setInt(4, reject.position());
        insert.setString(5, reject.recordId());
        insert.setString(6, reject.reason());
        insert.setTimestamp(7, Timestamp.from(seenAt));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Forgets a listing's rejects when the listing starts again from scratch. */
  public static void reset(Connection connection, String kind, String key) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(
        "DELETE FROM listing_rejects WHERE unit_kind = ? AND unit_key = ?")) {
      delete.setString(1, kind);
      delete.setString(2, key);
      delete.executeUpdate();
    }
  }

  /** How many records of the listing were left out so far. */
  public static long count(Connection connection, String kind, String key) throws SQLException {
    try (PreparedStatement count = connection.prepareStatement(
        "SELECT count(*) FROM listing_rejects WHERE unit_kind = ? AND unit_key = ?")) {
      count.setString(1, kind);
      count.setString(2, key);
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
