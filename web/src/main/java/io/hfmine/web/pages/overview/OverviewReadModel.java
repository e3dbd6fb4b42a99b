package io.hfmine.web.pages.overview;

import io.hfmine.datasets.store.Store;
import io.hfmine.web.pages.issues.PreferredLabels;
import io.hfmine.web.table.SqlValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The numbers of the overview page: both funnels, the recorded selection steps, the stage ledger and failures. */
public final class OverviewReadModel {
  private OverviewReadModel() {
  }

  /** One step of a funnel: what it counts and how many. */
  public record Count(String key, long value) {
  }

  /** A recorded selection step (table selection_funnel). */
  public record SelectionStep(String selection, int step, String description, long remaining) {
  }

  /** A stage of {@code hfmine run} as the ledger records it. */
  public record StageRow(String stage, String state, Object startedAt, Object finishedAt, String summary,
      String failures) {
  }

  /** Everything the overview shows. */
  public record Overview(Map<String, Long> counts, List<SelectionStep> selection, List<StageRow> stages,
      Map<String, Long> failedUnits) {
  }

  private static final String[][] COUNTS = {
      {"models", "SELECT count(*) FROM models"},
      {"selected", "SELECT count(*) FROM model_selection"},
      {"deduplicated", "SELECT count(*) FROM model_selection s WHERE NOT EXISTS (SELECT 1 FROM card_duplicates d "
          + "WHERE d.model_id = s.model_id AND d.original_id <> d.model_id)"},
      {"searched", "SELECT count(DISTINCT model_id) FROM code_search_slices"},
      {"with-hits", "SELECT count(DISTINCT model_id) FROM code_hits"},
      {"hits", "SELECT count(*) FROM code_hits"},
      {"files", "SELECT count(*) FROM files WHERE status = 'ok'"},
      {"verified-hits", "SELECT count(*) FROM hit_verifications WHERE verdict = 'verified'"},
      {"usages", "SELECT count(*) FROM usages"},
      {"verified-usages", "SELECT count(*) FROM usages u WHERE EXISTS (SELECT 1 FROM hit_verifications v "
          + "WHERE v.blob_sha = u.blob_sha AND v.model_id = u.model_id AND v.verdict = 'verified')"},
      {"pattern-groups", "SELECT count(*) FROM pattern_groups WHERE status = 'clustered'"},
      {"patterns", "SELECT count(*) FROM patterns"},
      {"repositories", "SELECT count(*) FROM repositories"},
      {"selected-projects", "SELECT count(*) FROM repository_selection"},
      {"issues", "SELECT count(*) FROM issues"},
      {"issues-of-selected", "SELECT count(*) FROM issues i WHERE EXISTS (SELECT 1 FROM repository_selection s "
          + "WHERE s.full_name = i.repository)"},
      {"resolution-sample", "SELECT count(*) FROM (SELECT DISTINCT repository, issue_number FROM resolution_values "
          + "WHERE scope = 'group')"},
      {"annotation-sampled", "SELECT count(*) FROM (SELECT DISTINCT repository, issue_number FROM "
          + "annotation_sample_issues)"},
      {"annotated", "SELECT count(*) FROM (SELECT DISTINCT repository, issue_number FROM annotations)"}};

  public static Overview read(Store store, PreferredLabels labels) {
    labels.ensure(store);
    return store.read(connection -> {
      Map<String, Long> counts = new LinkedHashMap<>();
      for (String[] count : COUNTS) {
        counts.put(count[0], single(connection, count[1]));
      }
      counts.put("ptm", single(connection, "SELECT count(*) FROM " + PreferredLabels.TABLE + " WHERE ptm = 'yes'"));
      List<SelectionStep> steps = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement(
          "SELECT selection, step, description, remaining FROM selection_funnel ORDER BY selection DESC, step");
          ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          steps.add(new SelectionStep(rows.getString(1), rows.getInt(2), rows.getString(3), rows.getLong(4)));
        }
      }
      List<StageRow> stages = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement(
          "SELECT stage, state, started_at, finished_at, summary, failures FROM pipeline_stages ORDER BY position");
          ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          stages.add(new StageRow(rows.getString(1), rows.getString(2), SqlValues.read(rows, 3), SqlValues.read(rows, 4),
              rows.getString(5), rows.getString(6)));
        }
      }
      Map<String, Long> failed = new LinkedHashMap<>();
      try (PreparedStatement statement = connection.prepareStatement(
          "SELECT kind, count(*) FROM crawl_units WHERE state = 'failed' GROUP BY kind ORDER BY kind");
          ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          failed.put(rows.getString(1), rows.getLong(2));
        }
      }
      return new Overview(counts, steps, stages, failed);
    });
  }

  private static long single(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
