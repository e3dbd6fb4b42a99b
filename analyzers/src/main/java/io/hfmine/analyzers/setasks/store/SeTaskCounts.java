package io.hfmine.analyzers.setasks.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The funnel counts of one kind, as {@code se_task_items} holds them, and the card-status table:
 * no README, an empty README, a README without an SE task, a README with one (matched in any text).
 */
public record SeTaskCounts(long items, long noCard, long emptyCard, long cardWithoutTask, long cardWithTask,
    long matched, long onlyAbstract, long kept, long unique, long labelled, long confirmed) {

  /** Whether the LLM confirmation step has labelled any item yet. */
  public boolean confirmationRan() {
    return labelled > 0;
  }

  static SeTaskCounts read(Connection connection, ItemKind kind) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("""
        SELECT count(*),
               count(*) FILTER (WHERE card_status = 'none'),
               count(*) FILTER (WHERE card_status = 'empty'),
               count(*) FILTER (WHERE card_status = 'ok' AND NOT matched),
               count(*) FILTER (WHERE card_status = 'ok' AND matched),
               count(*) FILTER (WHERE matched),
               count(*) FILTER (WHERE only_abstract),
               count(*) FILTER (WHERE kept),
               count(*) FILTER (WHERE unique_card),
               count(*) FILTER (WHERE se_item IS NOT NULL),
               count(*) FILTER (WHERE se_item)
        FROM se_task_items WHERE item_kind = ?""")) {
      query.setString(1, kind.key());
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return new SeTaskCounts(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5),
            rows.getLong(6), rows.getLong(7), rows.getLong(8), rows.getLong(9), rows.getLong(10), rows.getLong(11));
      }
    }
  }

  /** The counts of one kind in the store. */
  public static SeTaskCounts of(io.hfmine.datasets.store.Store store, ItemKind kind) {
    return store.read(connection -> read(connection, kind));
  }
}
