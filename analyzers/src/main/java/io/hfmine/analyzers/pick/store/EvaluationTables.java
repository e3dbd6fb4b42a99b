package io.hfmine.analyzers.pick.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hfmine.analyzers.pick.evaluate.EvaluationReport;
import io.hfmine.datasets.store.JsonRows;
import io.hfmine.datasets.store.Store;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The {@code pick_eval_*} tables: every run of the evaluation with its requests and every answer,
 * so any figure can be recomputed in pandas or R.
 */
public final class EvaluationTables {
  private EvaluationTables() {
  }

  public static void write(Store store, EvaluationReport report, String judgmentsFile, String settingsJson,
      Instant runAt) {
    ArrayNode requests = JsonRows.JSON.createArrayNode();
    ArrayNode results = JsonRows.JSON.createArrayNode();
    for (EvaluationReport.Outcome outcome : report.outcomes()) {
      ObjectNode request = requests.addObject();
      request.put("request_id", outcome.request().id());
      request.put("source_model", outcome.request().sourceModel());
      request.put("mutation", outcome.request().mutation());
      request.put("source_suitable", outcome.request().sourceModel() == null ? null : outcome.request().sourceSuitable());
      request.put("request", outcome.request().request().json().toString());
      outcome.answers().forEach((system, answers) -> {
        for (int i = 0; i < answers.size(); i++) {
          ObjectNode result = results.addObject();
          result.put("request_id", outcome.request().id());
          result.put("system", system);
          result.put("rank", i + 1);
          result.put("model_id", answers.get(i));
          result.put("hit", outcome.suitable().contains(answers.get(i)));
        }
      });
    }
    store.transaction(connection -> {
      try (PreparedStatement insert = connection.prepareStatement("""
          INSERT INTO pick_eval_runs (run_id, seed, requests, judged, top, judgments_file, settings, run_at,
            min_source_downloads, eligible_sources)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
        insert.setString(1, report.runId());
        insert.setLong(2, report.seed());
        insert.setInt(3, report.outcomes().size());
        insert.setInt(4, report.judged());
        insert.setInt(5, report.top());
        insert.setString(6, judgmentsFile);
        insert.setString(7, settingsJson);
        insert.setTimestamp(8, Timestamp.from(runAt));
        insert.setLong(9, report.minSourceDownloads());
        insert.setInt(10, report.eligibleSources());
        insert.executeUpdate();
      }
      for (String sql : List.of("""
          INSERT INTO pick_eval_requests (run_id, request_id, source_model, mutation, source_suitable, request)
          SELECT ?, r.request_id, r.source_model, r.mutation, r.source_suitable, r.request
          FROM (SELECT unnest(from_json(CAST(? AS JSON), '[{"request_id": "VARCHAR", "source_model": "VARCHAR",
                  "mutation": "VARCHAR", "source_suitable": "BOOLEAN", "request": "VARCHAR"}]')) AS r)""", """
          INSERT INTO pick_eval_results (run_id, request_id, system, rank, model_id, hit)
          SELECT ?, r.request_id, r.system, r.rank, r.model_id, r.hit
          FROM (SELECT unnest(from_json(CAST(? AS JSON), '[{"request_id": "VARCHAR", "system": "VARCHAR",
                  "rank": "INTEGER", "model_id": "VARCHAR", "hit": "BOOLEAN"}]')) AS r)""")) {
        ArrayNode rows = sql.contains("pick_eval_requests") ? requests : results;
        if (rows.isEmpty()) {
          continue;
        }
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
          insert.setString(1, report.runId());
          insert.setString(2, JsonRows.of(rows));
          insert.executeUpdate();
        }
      }
      return null;
    });
  }
}
