package io.hfmine.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the end-to-end funnel and the usage patterns' summaries from the store. */
final class AppendixReader {
  /** Pattern groups shown, largest first, and patterns shown per group. */
  static final int PATTERN_GROUPS = 10;
  static final int PATTERNS_PER_GROUP = 3;

  private AppendixReader() {
  }

  /** One stage of the way from Hub models to the issues that entered the tests. */
  record Stage(String what, long count) {
  }

  /**
   * A pattern as a reader of a paper wants it: its group, how much of the group it covers, its
   * most frequent call sequence and its medoid snippet with where it was found.
   */
  record PatternSummary(String groupBy, String groupKey, long groupUsages, int groupPatterns, Double silhouette,
      int pattern, int size, double coverage, List<String> apiSequence, String location, String snippet) {
  }

  /** Group counts of the pattern stage: clustered, too small, too large, and usages. */
  record PatternOverview(long groups, long clustered, long tooSmall, long tooLarge, long usages, long patterns) {
  }

  static List<Stage> stages(Connection connection) throws SQLException {
    List<Stage> stages = new ArrayList<>();
    add(stages, connection, "models in the store (listed from the Hub)", "SELECT count(*) FROM models");
    add(stages, connection, "models selected for code search", "SELECT count(*) FROM model_selection");
    add(stages, connection, "models with a code-search hit", "SELECT count(DISTINCT model_id) FROM code_hits");
    add(stages, connection, "models with a verified usage (parsed)",
        "SELECT count(DISTINCT model_id) FROM usages WHERE model_id IS NOT NULL");
    add(stages, connection, "repositories with a code-search hit", "SELECT count(DISTINCT repository) FROM code_hits");
    add(stages, connection, "repositories selected for the issue study", "SELECT count(*) FROM repository_selection");
    add(stages, connection, "issues collected from them", "SELECT count(*) FROM issues");
    add(stages, connection, "closed issues with a PTM label", "SELECT max(closed_ptm + closed_non_ptm) FROM resolution_runs");
    add(stages, connection, "issues in the balanced sample (both groups)",
        "SELECT 2 * sum(sampled_per_group) FROM resolution_projects");
    return stages;
  }

  private static void add(List<Stage> stages, Connection connection, String what, String query) throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(query)) {
      if (r.next() && r.getObject(1) != null) {
        stages.add(new Stage(what, r.getLong(1)));
      }
    }
  }

  static PatternOverview overview(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
        "SELECT count(*), count(*) FILTER (WHERE status = 'clustered'), count(*) FILTER (WHERE status = 'too-small'), "
            + "count(*) FILTER (WHERE status = 'too-large'), coalesce(sum(usages), 0), coalesce(sum(patterns), 0) "
            + "FROM pattern_groups")) {
      r.next();
      return new PatternOverview(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6));
    }
  }

  static List<PatternSummary> patterns(Connection connection) throws SQLException {
    List<PatternSummary> patterns = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement(
        "WITH top AS (SELECT group_by, group_key, usages, patterns, silhouette FROM pattern_groups "
            + "WHERE status = 'clustered' AND patterns > 0 ORDER BY usages DESC, group_by, group_key LIMIT ?) "
            + "SELECT t.group_by, t.group_key, t.usages, t.patterns, t.silhouette, p.pattern, p.size, p.coverage, "
            + "p.api_sequence, u.repository, u.path, u.line, u.snippet "
            + "FROM top t JOIN patterns p ON p.group_by = t.group_by AND p.group_key = t.group_key "
            + "LEFT JOIN usages u ON u.usage_id = p.representative_usage_id "
            + "WHERE p.pattern <= ? ORDER BY t.usages DESC, t.group_by, t.group_key, p.pattern")) {
      s.setInt(1, PATTERN_GROUPS);
      s.setInt(2, PATTERNS_PER_GROUP);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          java.sql.Array calls = r.getArray(9);
          List<String> sequence = calls == null ? List.of()
              : Arrays.stream((Object[]) calls.getArray()).map(String::valueOf).toList();
          String location = r.getString(11) == null ? null
              : (r.getString(10) == null ? "" : r.getString(10) + ":") + r.getString(11) + ":" + r.getInt(12);
          patterns.add(new PatternSummary(r.getString(1), r.getString(2), r.getLong(3), r.getInt(4),
              (Double) r.getObject(5), r.getInt(6), r.getInt(7), r.getDouble(8), sequence, location, r.getString(13)));
        }
      }
    }
    return patterns;
  }
}
