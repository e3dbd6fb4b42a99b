package io.hfmine.reports.patterns;

import io.hfmine.datasets.hf.ModelCatalog;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads the {@link PatternSummary} from the store. */
public final class PatternSummaryReader {
  /** Groups listed in the table, largest first. */
  static final int GROUPS_LISTED = 10;
  /** Clustered groups whose patterns are shown with their medoid. */
  static final int GROUPS_DETAILED = 3;
  /** Patterns shown per detailed group. */
  static final int PATTERNS_PER_GROUP = 3;

  private PatternSummaryReader() {
  }

  /** The summary, or null when the pattern stage has stored no group. */
  public static PatternSummary read(Connection connection) throws SQLException {
    long groups;
    long clustered;
    long clusteredUsages;
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
        "SELECT count(*), count(*) FILTER (status = 'clustered'), "
            + "coalesce(sum(usages) FILTER (status = 'clustered'), 0) FROM pattern_groups")) {
      r.next();
      groups = r.getLong(1);
      clustered = r.getLong(2);
      clusteredUsages = r.getLong(3);
    }
    if (groups == 0) {
      return null;
    }
    long patterns;
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM patterns")) {
      r.next();
      patterns = r.getLong(1);
    }
    List<PatternSummary.Group> listed = new ArrayList<>();
    int detailed = 0;
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
        "SELECT group_by, group_key, algorithm, status, usages, patterns, noise, silhouette, coverage, succinctness "
            + "FROM pattern_groups ORDER BY usages DESC, group_by, group_key LIMIT " + GROUPS_LISTED)) {
      while (r.next()) {
        String status = r.getString(4);
        boolean detail = status.equals("clustered") && detailed < GROUPS_DETAILED;
        List<PatternSummary.Pattern> first = detail ? firstPatterns(connection, r.getString(1), r.getString(2)) : List.of();
        if (detail) {
          detailed++;
        }
        listed.add(new PatternSummary.Group(r.getString(1), r.getString(2), r.getString(3), status, r.getInt(5),
            r.getInt(6), r.getInt(7), nullableDouble(r, 8), nullableDouble(r, 9), nullableDouble(r, 10), first));
      }
    }
    return new PatternSummary(groups, clustered, patterns, clusteredUsages, listed);
  }

  private static List<PatternSummary.Pattern> firstPatterns(Connection connection, String groupBy, String groupKey)
      throws SQLException {
    List<PatternSummary.Pattern> patterns = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement(
        "SELECT p.pattern, p.size, p.coverage, p.api_sequence, p.keyword_args, u.snippet FROM patterns p "
            + "LEFT JOIN usages u ON u.usage_id = p.representative_usage_id "
            + "WHERE p.group_by = ? AND p.group_key = ? ORDER BY p.pattern LIMIT " + PATTERNS_PER_GROUP)) {
      s.setString(1, groupBy);
      s.setString(2, groupKey);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          patterns.add(new PatternSummary.Pattern(r.getInt(1), r.getInt(2), r.getDouble(3), strings(r.getArray(4)),
              strings(r.getArray(5)), r.getString(6)));
        }
      }
    }
    return patterns;
  }

  private static Double nullableDouble(ResultSet r, int column) throws SQLException {
    double value = r.getDouble(column);
    return r.wasNull() || Double.isNaN(value) ? null : value;
  }

  private static List<String> strings(Array array) throws SQLException {
    return ModelCatalog.textList(array);
  }
}
