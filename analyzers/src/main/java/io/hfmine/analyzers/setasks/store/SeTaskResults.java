package io.hfmine.analyzers.setasks.store;

import io.hfmine.analyzers.cards.CardDeduplicator;
import io.hfmine.analyzers.setasks.funnel.ItemOutcome;
import io.hfmine.analyzers.setasks.match.TaskMatch;
import io.hfmine.datasets.hf.ModelCatalog;
import io.hfmine.datasets.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The {@code se_task_*} tables: the run being built, matches and item states page by page (each
 * page and the run's cursor in one transaction, so a killed run resumes after its last page),
 * near-duplicate groups, and the funnel.
 */
public final class SeTaskResults {
  /** Name of the SE-task funnels in {@code selection_funnel}: "se-tasks models", "se-tasks datasets". */
  public static final String FUNNEL_PREFIX = "se-tasks ";

  private final Store store;

  public SeTaskResults(Store store) {
    this.store = store;
  }

  /** Where a killed run with the same key stopped: the kind being matched and the rowid to go on from. */
  public record Cursor(ItemKind kind, long rowid) {
  }

  /**
   * Resumes the run with {@code runKey} if it is still matching, else clears earlier results and
   * starts a new one. Returns where to resume, or empty to start from the first item.
   */
  public Optional<Cursor> begin(String runKey, String taxonomy, String taxonomySha, String origins, double threshold) {
    return store.transaction(connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT state, cursor_kind, cursor_id FROM se_task_runs WHERE run_key = ?")) {
        select.setString(1, runKey);
        try (ResultSet rows = select.executeQuery()) {
          if (rows.next() && "running".equals(rows.getString(1)) && rows.getString(2) != null) {
            return Optional.of(new Cursor(ItemKind.of(rows.getString(2)), Long.parseLong(rows.getString(3))));
          }
        }
      }
      try (Statement clear = connection.createStatement()) {
        clear.execute("DELETE FROM se_task_runs");
        clear.execute("DELETE FROM se_task_matches");
        clear.execute("DELETE FROM se_task_items");
        clear.execute("DELETE FROM se_task_benchmarks");
        clear.execute("DELETE FROM selection_funnel WHERE selection LIKE '" + FUNNEL_PREFIX + "%'");
      }
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO se_task_runs (run_key, state, taxonomy, "
          + "taxonomy_sha256, rule_origins, dedup_threshold, started_at) VALUES (?, 'running', ?, ?, ?, ?, ?)")) {
        insert.setString(1, runKey);
        insert.setString(2, taxonomy);
        insert.setString(3, taxonomySha);
        insert.setString(4, origins);
        insert.setDouble(5, threshold);
        insert.setObject(6, ModelCatalog.utc(Instant.now()));
        insert.executeUpdate();
      }
      return Optional.<Cursor>empty();
    });
  }

  /** Stores one page's outcomes and moves the cursor past it, in one transaction. */
  public void savePage(String runKey, ItemKind kind, List<ItemOutcome> outcomes, long next) {
    store.transaction(connection -> {
      DuckDBConnection duckdb = connection.unwrap(DuckDBConnection.class);
      try (DuckDBAppender matches = duckdb.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "se_task_matches");
           DuckDBAppender items = duckdb.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "se_task_items")) {
        for (ItemOutcome outcome : outcomes) {
          for (TaskMatch match : outcome.matches()) {
            matches.beginRow()
                .append(kind.key()).append(outcome.id()).append(match.taskId()).append(match.activity())
                .append(match.source().key()).append(match.sourceRef()).append(match.start()).append(match.end())
                .append(match.surface()).append(match.excludedBy())
                .endRow();
          }
          items.beginRow()
              .append(kind.key()).append(outcome.id()).append(outcome.cardStatus()).append(outcome.matched())
              .append(outcome.onlyAbstract()).append(outcome.kept()).append(outcome.tasks())
              .append(outcome.activities())
              .appendNull().appendNull().appendNull().appendNull().appendNull()
              .endRow();
        }
      }
      try (PreparedStatement cursor = connection.prepareStatement(
          "UPDATE se_task_runs SET cursor_kind = ?, cursor_id = ? WHERE run_key = ?")) {
        cursor.setString(1, kind.key());
        cursor.setString(2, Long.toString(next));
        cursor.setString(3, runKey);
        cursor.executeUpdate();
      }
      return null;
    });
  }

  /** The cards of the items that kept a task, for near-duplicate detection (front matter removed). */
  public List<CardDeduplicator.Card> keptCards(ItemKind kind) {
    return store.read(connection -> {
      List<CardDeduplicator.Card> cards = new ArrayList<>();
      try (PreparedStatement query = connection.prepareStatement("SELECT i.item_id, m.created_at, c.text "
          + "FROM se_task_items i JOIN " + kind.items + " m ON m.id = i.item_id JOIN " + kind.cards + " c ON c."
          + kind.idColumn + " = i.item_id WHERE i.item_kind = ? AND i.kept AND i.card_status = 'ok' AND c.status = 'ok' "
          + "ORDER BY i.item_id")) {
        query.setString(1, kind.key());
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            String text = rows.getString(3);
            cards.add(new CardDeduplicator.Card(rows.getString(1), ModelCatalog.instant(rows, "created_at"),
                text.substring(io.hfmine.analyzers.setasks.text.CardParts.of(text).bodyStart())));
          }
        }
      }
      return cards;
    });
  }

  /** Marks near-duplicate variants and which kept items are unique, then records the funnel. */
  public void finishKind(ItemKind kind, CardDeduplicator.Result groups, long inStore) {
    store.transaction(connection -> {
      try (PreparedStatement unique = connection.prepareStatement(
          "UPDATE se_task_items SET unique_card = kept, duplicate_of = NULL, card_similarity = NULL WHERE item_kind = ?")) {
        unique.setString(1, kind.key());
        unique.executeUpdate();
      }
      try (PreparedStatement variant = connection.prepareStatement("UPDATE se_task_items SET duplicate_of = ?, "
          + "card_similarity = ?, unique_card = (item_id = ?) WHERE item_kind = ? AND item_id = ?")) {
        for (CardDeduplicator.Member member : groups.members()) {
          variant.setString(1, member.modelId().equals(member.originalId()) ? null : member.originalId());
          variant.setDouble(2, member.similarity());
          variant.setString(3, member.originalId());
          variant.setString(4, kind.key());
          variant.setString(5, member.modelId());
          variant.addBatch();
        }
        variant.executeBatch();
      }
      writeFunnel(connection, kind, inStore);
      return null;
    });
  }

  /** Replaces the kind's funnel in {@code selection_funnel} with the counts the items table holds now. */
  public void writeFunnel(ItemKind kind) {
    store.transaction(connection -> {
      writeFunnel(connection, kind, count(connection, "SELECT count(*) FROM " + kind.items));
      return null;
    });
  }

  private static void writeFunnel(Connection connection, ItemKind kind, long inStore) throws SQLException {
    SeTaskCounts counts = SeTaskCounts.read(connection, kind);
    String selection = FUNNEL_PREFIX + kind.plural();
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM selection_funnel WHERE selection = ?")) {
      delete.setString(1, selection);
      delete.executeUpdate();
    }
    List<Object[]> steps = new ArrayList<>();
    steps.add(new Object[] {kind.plural() + " in the store", inStore});
    steps.add(new Object[] {"mention an SE task (card, metadata or arXiv abstract)", counts.matched()});
    steps.add(new Object[] {"after the exclusion rules", counts.kept()});
    steps.add(new Object[] {"unique cards (near-duplicates collapsed)", counts.unique()});
    if (counts.confirmationRan()) {
      steps.add(new Object[] {"confirmed by the LLM for some activity", counts.confirmed()});
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO selection_funnel (selection, step, description, remaining, recorded_at) VALUES (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < steps.size(); i++) {
        insert.setString(1, selection);
        insert.setInt(2, i);
        insert.setString(3, (String) steps.get(i)[0]);
        insert.setLong(4, (Long) steps.get(i)[1]);
        insert.setObject(5, ModelCatalog.utc(Instant.now()));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Reads benchmark results from the tables of the unique items' cards into {@code se_task_benchmarks}. */
  public int saveBenchmarks(ItemKind kind, io.hfmine.analyzers.setasks.funnel.BenchmarkTables tables) {
    List<String[]> rows = new ArrayList<>();
    store.read(connection -> {
      try (PreparedStatement query = connection.prepareStatement("SELECT i.item_id, c.text FROM se_task_items i JOIN "
          + kind.cards + " c ON c." + kind.idColumn + " = i.item_id WHERE i.item_kind = ? AND i.unique_card "
          + "AND c.status = 'ok' ORDER BY i.item_id")) {
        query.setString(1, kind.key());
        try (ResultSet result = query.executeQuery()) {
          while (result.next()) {
            for (var found : tables.extract(result.getString(2))) {
              rows.add(new String[] {result.getString(1), found.benchmark(), found.metric(),
                  Double.toString(found.value()), found.row()});
            }
          }
        }
      }
      return null;
    });
    store.transaction(connection -> {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM se_task_benchmarks WHERE item_kind = ?")) {
        delete.setString(1, kind.key());
        delete.executeUpdate();
      }
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO se_task_benchmarks (item_kind, item_id, "
          + "benchmark, metric, value, row_text) VALUES (?, ?, ?, ?, ?, ?)")) {
        for (String[] row : rows) {
          insert.setString(1, kind.key());
          insert.setString(2, row[0]);
          insert.setString(3, row[1]);
          insert.setString(4, row[2]);
          insert.setDouble(5, Double.parseDouble(row[3]));
          insert.setString(6, row[4]);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      return null;
    });
    return rows.size();
  }

  /** Marks the run finished. */
  public void finish(String runKey) {
    store.transaction(connection -> {
      try (PreparedStatement done = connection.prepareStatement(
          "UPDATE se_task_runs SET state = 'done', cursor_kind = NULL, cursor_id = NULL, finished_at = ? WHERE run_key = ?")) {
        done.setObject(1, ModelCatalog.utc(Instant.now()));
        done.setString(2, runKey);
        done.executeUpdate();
      }
      return null;
    });
  }

  static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
