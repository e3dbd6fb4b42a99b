package io.hfmine.analyzers.usage.extract;

import io.hfmine.analyzers.usage.Resolution;
import io.hfmine.analyzers.usage.canonical.ModelIdCanonicalizer;
import io.hfmine.analyzers.usage.verify.HitVerifier;
import io.hfmine.analyzers.usage.verify.Verdict;
import io.hfmine.datasets.store.Store;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Brings {@code hit_verifications} up to date, incrementally: only hits without a verdict, or
 * whose file was fetched or extracted again since their verdict, are decided (again), and only
 * their rows are written; verdicts of hits no longer in {@code code_hits} are dropped. A run
 * that changed nothing reads no usage and writes no row.
 */
final class HitVerification {
  private final Store store;
  private final HitVerifier verifier;

  HitVerification(Store store, ModelIdCanonicalizer canonicalizer) {
    this.store = store;
    this.verifier = new HitVerifier(canonicalizer);
  }

  void run(ExtractionSummary summary) {
    List<Row> verdicts = new ArrayList<>();
    store.read(connection -> {
      try (Statement statement = connection.createStatement();
           ResultSet rows = statement.executeQuery("""
               SELECT h.model_id, h.blob_sha, f.status, uf.status, uf.detail,
                      u.model_literal, u.model_id, u.resolution, u.api, u.line
               FROM (SELECT DISTINCT model_id, blob_sha FROM code_hits) h
               LEFT JOIN hit_verifications v ON v.model_id = h.model_id AND v.blob_sha = h.blob_sha
               LEFT JOIN files f ON f.blob_sha = h.blob_sha
               LEFT JOIN usage_files uf ON uf.blob_sha = h.blob_sha
               LEFT JOIN usages u ON u.blob_sha = h.blob_sha
               WHERE v.model_id IS NULL OR uf.extracted_at >= v.verified_at OR f.fetched_at >= v.verified_at
                 OR (uf.blob_sha IS NULL AND v.verdict <> 'unparsed')
               ORDER BY h.model_id, h.blob_sha, u.line, u.col""")) {
        String model = null;
        String blob = null;
        String state = null;
        List<HitVerifier.UsageFact> usages = new ArrayList<>();
        while (rows.next()) {
          String rowModel = rows.getString(1);
          String rowBlob = rows.getString(2);
          if (!Objects.equals(rowModel, model) || !Objects.equals(rowBlob, blob)) {
            if (model != null) {
              verdicts.add(decide(model, blob, state, usages));
            }
            model = rowModel;
            blob = rowBlob;
            state = fileState(rows.getString(3), rows.getString(4), rows.getString(5));
            usages = new ArrayList<>();
          }
          String resolution = rows.getString(8);
          if (resolution != null) {
            usages.add(new HitVerifier.UsageFact(rows.getString(6), rows.getString(7),
                Resolution.valueOf(resolution.toUpperCase(Locale.ROOT)), rows.getString(9), rows.getInt(10)));
          }
        }
        if (model != null) {
          verdicts.add(decide(model, blob, state, usages));
        }
      }
      return null;
    });
    Timestamp now = Timestamp.from(Instant.now());
    store.transaction(connection -> {
      try (Statement clear = connection.createStatement();
           PreparedStatement insert = connection.prepareStatement("""
               INSERT INTO hit_verifications (model_id, blob_sha, verdict, detail, verified_at) VALUES (?, ?, ?, ?, ?)
               ON CONFLICT (model_id, blob_sha) DO UPDATE SET verdict = excluded.verdict, detail = excluded.detail,
                 verified_at = excluded.verified_at""")) {
        clear.executeUpdate("""
            DELETE FROM hit_verifications v WHERE NOT EXISTS
              (SELECT 1 FROM code_hits h WHERE h.model_id = v.model_id AND h.blob_sha = v.blob_sha)""");
        for (Row row : verdicts) {
          insert.setString(1, row.model());
          insert.setString(2, row.blob());
          insert.setString(3, row.outcome().verdict().sql());
          insert.setString(4, row.outcome().detail());
          insert.setTimestamp(5, now);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      return null;
    });
    store.read(connection -> {
      try (Statement statement = connection.createStatement();
           ResultSet rows = statement.executeQuery("SELECT verdict FROM hit_verifications")) {
        while (rows.next()) {
          summary.countVerdict(Verdict.of(rows.getString(1)));
        }
      }
      return null;
    });
  }

  /** Forgets every verdict, so the next run decides them all again (after a signature or catalog change). */
  static void forgetAll(Store store) {
    store.transaction(connection -> {
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate("DELETE FROM hit_verifications");
      }
      return null;
    });
  }

  private Row decide(String model, String blob, String state, List<HitVerifier.UsageFact> usages) {
    return new Row(model, blob, verifier.verify(model, state, usages));
  }

  /** Null when the file was parsed (or prefiltered: no loader keyword at all), else why it was not. */
  private static String fileState(String fetchStatus, String extractStatus, String detail) {
    if (fetchStatus == null) {
      return "not fetched";
    }
    if (extractStatus == null) {
      return "not extracted yet";
    }
    if (extractStatus.equals("parsed") || extractStatus.equals("prefiltered")) {
      return null;
    }
    return extractStatus + (detail == null ? "" : ": " + detail);
  }

  private record Row(String model, String blob, HitVerifier.Outcome outcome) {
  }
}
