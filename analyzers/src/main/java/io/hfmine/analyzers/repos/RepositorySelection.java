package io.hfmine.analyzers.repos;

import io.hfmine.datasets.hf.ModelCatalog;
import io.hfmine.datasets.store.Store;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code hfmine repos select}: runs the {@link RepositoryFilter} over the {@code repositories}
 * table and records the projects kept in {@code repository_selection} and the funnel in
 * {@code selection_funnel} (selection {@value #SELECTION}), replacing the previous selection in
 * one transaction. A dry run only computes.
 */
public final class RepositorySelection {
  /** The name of this selection in {@code selection_funnel}. */
  public static final String SELECTION = "repositories";

  private final Store store;

  public RepositorySelection(Store store) {
    this.store = store;
  }

  /** Selects, reporting each funnel row to {@code onStep} as soon as it is known. */
  public SelectionOutcome run(RepositorySelectionSpec spec, Consumer<FunnelStep> onStep) {
    RepositoryFilter filter = new RepositoryFilter(spec.settings(), spec.elbow(), spec.excluded());
    List<RepositoryCandidate> repositories = store.read(RepositorySelection::load);
    SelectionOutcome outcome = filter.select(repositories, onStep);
    if (!spec.dryRun()) {
      store.transaction(connection -> {
        record(connection, outcome, Timestamp.from(Instant.now()));
        return null;
      });
    }
    return outcome;
  }

  private static List<RepositoryCandidate> load(Connection connection) throws Exception {
    StringBuilder sql = new StringBuilder("SELECT full_name, status, description, language, topics, is_fork, archived, disabled,"
        + " coalesce(u.verified, 0) AS verified_hits, coalesce(u.judged, 0) AS judged_hits, coalesce(u.hits, 0) AS hits");
    for (RepositoryMetric metric : RepositoryMetric.values()) {
      sql.append(", ").append(metric.column());
    }
    // The text block's indentation is stripped: the space before FROM is appended on its own.
    sql.append(' ').append("""
         FROM repositories LEFT JOIN (
          SELECT h.repository, count(*) AS hits, count(*) FILTER (WHERE v.verdict = 'verified') AS verified,
                 count(v.verdict) AS judged
          FROM code_hits h LEFT JOIN hit_verifications v ON v.model_id = h.model_id AND v.blob_sha = h.blob_sha
          GROUP BY h.repository) u ON u.repository = full_name
         ORDER BY full_name""");
    List<RepositoryCandidate> repositories = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql.toString())) {
      while (rs.next()) {
        Map<RepositoryMetric, Long> metrics = new EnumMap<>(RepositoryMetric.class);
        for (RepositoryMetric metric : RepositoryMetric.values()) {
          long value = rs.getLong(metric.column());
          if (!rs.wasNull()) {
            metrics.put(metric, value);
          }
        }
        repositories.add(new RepositoryCandidate(rs.getString("full_name"), rs.getString("status"),
            rs.getString("description"), rs.getString("language"), topics(rs.getArray("topics")),
            rs.getBoolean("is_fork"), rs.getBoolean("archived"), rs.getBoolean("disabled"), metrics,
            rs.getLong("verified_hits") > 0 ? RepositoryCandidate.UsageEvidence.VERIFIED
                : rs.getLong("judged_hits") > 0 ? RepositoryCandidate.UsageEvidence.MENTION_ONLY
                : rs.getLong("hits") > 0 ? RepositoryCandidate.UsageEvidence.UNVERIFIED
                : RepositoryCandidate.UsageEvidence.NO_HITS));
      }
    }
    return repositories;
  }

  private static List<String> topics(Array array) throws Exception {
    return ModelCatalog.textList(array);
  }

  private static void record(Connection connection, SelectionOutcome outcome, Timestamp now) throws Exception {
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate("DELETE FROM repository_selection");
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO repository_selection (full_name, selected_at) VALUES (?, ?)")) {
      for (RepositoryCandidate repo : outcome.selected()) {
        insert.setString(1, repo.fullName());
        insert.setTimestamp(2, now);
        insert.executeUpdate();
      }
    }
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM selection_funnel WHERE selection = ?")) {
      delete.setString(1, SELECTION);
      delete.executeUpdate();
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO selection_funnel (selection, step, description, remaining, recorded_at) VALUES (?, ?, ?, ?, ?)")) {
      for (FunnelStep step : outcome.funnel()) {
        insert.setString(1, SELECTION);
        insert.setInt(2, step.step());
        insert.setString(3, step.rule());
        insert.setLong(4, step.remaining());
        insert.setTimestamp(5, now);
        insert.executeUpdate();
      }
    }
  }
}
