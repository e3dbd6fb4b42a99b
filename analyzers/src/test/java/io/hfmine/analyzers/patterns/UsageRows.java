package io.hfmine.analyzers.patterns;

import io.hfmine.datasets.store.Store;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Inserts usages into the {@code usages} table (V003) as the usage extractor writes them. */
public final class UsageRows {
  private UsageRows() {
  }

  public static void insert(Store store, List<Usage> usages) {
    store.transaction(connection -> {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO usages (usage_id, repository, path, blob_sha, language, line, col, library, api, kind,"
              + " model_literal, model_id, resolution, keyword_args, api_sequence, snippet, extracted_at)"
              + " VALUES (?, ?, ?, ?, 'python', ?, 0, ?, ?, ?, ?, ?, 'literal', ?, ?, ?, ?)")) {
        for (Usage usage : usages) {
          insert.setString(1, usage.usageId());
          insert.setString(2, usage.repository());
          insert.setString(3, usage.path());
          insert.setString(4, Integer.toHexString(usage.usageId().hashCode()));
          insert.setInt(5, usage.line());
          insert.setString(6, usage.library());
          insert.setString(7, usage.api());
          insert.setString(8, usage.kind());
          insert.setString(9, usage.modelId());
          insert.setString(10, usage.modelId());
          insert.setArray(11, connection.createArrayOf("VARCHAR", usage.keywordArgs().toArray()));
          insert.setArray(12, connection.createArrayOf("VARCHAR", usage.apiSequence().toArray()));
          insert.setString(13, usage.snippet());
          insert.setTimestamp(14, Timestamp.from(Instant.parse("2026-11-01T00:00:00Z")));
          insert.addBatch();
        }
        insert.executeBatch();
      }
      return null;
    });
  }
}
