package io.hfmine.datasets.hf;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code datasets} table: upserts by id, set-wise from one JSON parameter like
 * {@link ModelCatalog}. The Hub's dataset listing has the model listing's shape (without pipeline
 * tag and library), so datasets travel as {@link ModelRecord}s.
 */
public final class DatasetCatalog {
  private static final String UPSERT = """
      INSERT INTO datasets (id, author, downloads, likes, tags, created_at, last_modified, gated, private, sha,
                            card_data, source, fetched_at)
      SELECT r.id, r.author, r.downloads, r.likes, coalesce(r.tags, []), CAST(r.created_at AS TIMESTAMP),
             CAST(r.last_modified AS TIMESTAMP), r.gated, r.private, r.sha, r.card_data, ?, CAST(? AS TIMESTAMP)
      FROM (SELECT unnest(from_json(CAST(? AS JSON), '[{"id": "VARCHAR", "author": "VARCHAR",
              "downloads": "BIGINT", "likes": "BIGINT", "tags": ["VARCHAR"], "created_at": "VARCHAR",
              "last_modified": "VARCHAR", "gated": "VARCHAR", "private": "BOOLEAN", "sha": "VARCHAR",
              "card_data": "VARCHAR"}]')) AS r)
      ON CONFLICT (id) DO UPDATE SET
        author = excluded.author, downloads = excluded.downloads, likes = excluded.likes, tags = excluded.tags,
        created_at = excluded.created_at, last_modified = excluded.last_modified, gated = excluded.gated,
        private = excluded.private, sha = excluded.sha, card_data = excluded.card_data,
        source = excluded.source, fetched_at = excluded.fetched_at""";
  private static final int CHUNK = 1_000;

  private DatasetCatalog() {
  }

  /** Inserts or replaces each dataset inside the caller's transaction; returns how many distinct ones were written. */
  public static int upsert(Connection connection, List<ModelRecord> records, String source, Instant fetchedAt)
      throws SQLException {
    Map<String, ModelRecord> byId = new LinkedHashMap<>();
    for (ModelRecord dataset : records) {
      byId.remove(dataset.id());
      byId.put(dataset.id(), dataset);
    }
    List<ModelRecord> distinct = new ArrayList<>(byId.values());
    for (int start = 0; start < distinct.size(); start += CHUNK) {
      try (PreparedStatement insert = connection.prepareStatement(UPSERT)) {
        insert.setString(1, source);
        insert.setString(2, ModelCatalog.timestampText(fetchedAt));
        insert.setString(3, ModelCatalog.rowsJson(distinct.subList(start, Math.min(distinct.size(), start + CHUNK))));
        insert.executeUpdate();
      }
    }
    return distinct.size();
  }
}
