package io.hfmine.analyzers.patterns;

import io.hfmine.datasets.hf.ModelCatalog;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SQL for pattern mining: reads the {@code usages} table, writes and reads the pattern tables
 * (V004). Callers run these inside the store's transactions.
 */
final class PatternStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String USAGE_COLUMNS =
      "usage_id, repository, path, line, library, api, kind, model_id, keyword_args, api_sequence, snippet";

  private PatternStore() {
  }

  /** The column of {@code usages} that defines a group. */
  static String groupColumn(PatternSettings.GroupBy groupBy) {
    return switch (groupBy) {
      case MODEL -> "model_id";
      case LIBRARY -> "library";
      case API -> "api";
    };
  }

  /** Every group key with its usage count, in key order; only {@code keys} when not empty. */
  static Map<String, Integer> groups(Connection connection, PatternSettings.GroupBy groupBy, List<String> keys)
      throws SQLException {
    String column = groupColumn(groupBy);
    String sql = "SELECT " + column + ", count(*) FROM usages WHERE " + column + " IS NOT NULL"
        + (keys.isEmpty() ? "" : " AND " + column + " IN (" + placeholders(keys.size()) + ")")
        + " GROUP BY " + column + " ORDER BY " + column;
    Map<String, Integer> groups = new LinkedHashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < keys.size(); i++) {
        statement.setString(i + 1, keys.get(i));
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          groups.put(rows.getString(1), rows.getInt(2));
        }
      }
    }
    return groups;
  }

  /** Keys of the groups already stored with this algorithm and seed. */
  static java.util.Set<String> builtKeys(Connection connection, PatternSettings.GroupBy groupBy,
      PatternSettings.Algorithm algorithm, long seed) throws SQLException {
    java.util.Set<String> keys = new java.util.HashSet<>();
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT group_key FROM pattern_groups WHERE group_by = ? AND algorithm = ? AND seed = ?")) {
      select.setString(1, groupBy.key());
      select.setString(2, algorithm.key());
      select.setLong(3, seed);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          keys.add(rows.getString(1));
        }
      }
    }
    return keys;
  }

  /** The usages of one group, ordered by usage id so that clustering is reproducible. */
  static List<Usage> usagesOf(Connection connection, PatternSettings.GroupBy groupBy, String key) throws SQLException {
    return query(connection, "SELECT " + USAGE_COLUMNS + " FROM usages WHERE " + groupColumn(groupBy)
        + " = ? ORDER BY usage_id", key);
  }

  /** Usages whose path is {@code path} or ends with {@code /path}, at {@code line}. */
  static List<Usage> usagesAt(Connection connection, String path, int line, String repository) throws SQLException {
    String sql = "SELECT " + USAGE_COLUMNS + " FROM usages WHERE line = ? AND (path = ? OR suffix(path, ?))"
        + (repository == null ? "" : " AND repository = ?") + " ORDER BY usage_id";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setInt(1, line);
      statement.setString(2, path);
      // A plain suffix test: no LIKE, so `_` and `%` in file names are ordinary characters.
      statement.setString(3, "/" + path);
      if (repository != null) {
        statement.setString(4, repository);
      }
      return read(statement);
    }
  }

  /** Usages by id, in the order of {@code ids}; unknown ids are skipped. */
  static Map<String, Usage> usagesById(Connection connection, List<String> ids) throws SQLException {
    Map<String, Usage> byId = new LinkedHashMap<>();
    for (int from = 0; from < ids.size(); from += 500) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      String sql = "SELECT " + USAGE_COLUMNS + " FROM usages WHERE usage_id IN (" + placeholders(chunk.size()) + ")";
      for (Usage usage : query(connection, sql, chunk.toArray())) {
        byId.put(usage.usageId(), usage);
      }
    }
    return byId;
  }

  private static List<Usage> query(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return read(statement);
    }
  }

  private static List<Usage> read(PreparedStatement statement) throws SQLException {
    List<Usage> usages = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        usages.add(new Usage(rows.getString(1), rows.getString(2), rows.getString(3), rows.getInt(4),
            rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8), strings(rows.getArray(9)),
            strings(rows.getArray(10)), rows.getString(11)));
      }
    }
    return usages;
  }

  private static List<String> strings(Array array) throws SQLException {
    return ModelCatalog.textList(array);
  }

  /** Replaces everything stored for the group with {@code group}. */
  static void replace(Connection connection, GroupPatterns group, long seed, Instant builtAt) throws SQLException {
    String by = group.groupBy().key();
    for (String table : List.of("pattern_members", "patterns", "pattern_groups")) {
      try (PreparedStatement delete = connection.prepareStatement(
          "DELETE FROM " + table + " WHERE group_by = ? AND group_key = ?")) {
        delete.setString(1, by);
        delete.setString(2, group.key());
        delete.executeUpdate();
      }
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO pattern_groups (group_by, group_key, algorithm, usages, status, message, patterns, noise,"
            + " silhouette, chosen_k, silhouette_by_k, coverage, succinctness, seed, built_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, by);
      insert.setString(2, group.key());
      insert.setString(3, group.algorithm().key());
      insert.setInt(4, group.usages());
      insert.setString(5, group.status().key());
      insert.setString(6, group.message());
      insert.setInt(7, group.patterns().size());
      insert.setInt(8, group.noise().size());
      setDouble(insert, 9, group.silhouette());
      if (group.chosenK() == null) {
        insert.setNull(10, Types.INTEGER);
      } else {
        insert.setInt(10, group.chosenK());
      }
      insert.setString(11, group.silhouetteByK().isEmpty() ? null : json(group.silhouetteByK()));
      setDouble(insert, 12, group.coverage());
      setDouble(insert, 13, group.succinctness());
      insert.setLong(14, seed);
      insert.setTimestamp(15, Timestamp.from(builtAt));
      insert.executeUpdate();
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO patterns (group_by, group_key, pattern, size, coverage, representative_usage_id, api_sequence,"
            + " keyword_args, nearest_usage_ids, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (UsagePattern pattern : group.patterns()) {
        insert.setString(1, by);
        insert.setString(2, group.key());
        insert.setInt(3, pattern.number());
        insert.setInt(4, pattern.size());
        insert.setDouble(5, pattern.coverage());
        insert.setString(6, pattern.representative().usageId());
        insert.setArray(7, connection.createArrayOf("VARCHAR", pattern.sequence().toArray()));
        insert.setArray(8, connection.createArrayOf("VARCHAR", pattern.keywordArgs().toArray()));
        insert.setArray(9, connection.createArrayOf("VARCHAR",
            pattern.nearest().stream().map(neighbour -> neighbour.usage().usageId()).toArray()));
        insert.setString(10, pattern.summary());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    List<Member> members = new ArrayList<>(group.usages());
    for (UsagePattern pattern : group.patterns()) {
      for (UsagePattern.Neighbour member : pattern.members()) {
        members.add(new Member(member.usage().usageId(), pattern.number(), member.distance()));
      }
    }
    for (Usage usage : group.noise()) {
      members.add(new Member(usage.usageId(), null, null));
    }
    insertMembers(connection, by, group.key(), members);
  }

  /**
   * Inserts membership rows a thousand per statement: a JDBC batch runs one statement per row
   * in DuckDB, minutes for a group of 100,000 usages; a multi-row VALUES list is plain SQL and
   * takes seconds.
   */
  private static void insertMembers(Connection connection, String by, String key, List<Member> members)
      throws SQLException {
    final int rowsPerStatement = 1000;
    for (int from = 0; from < members.size(); from += rowsPerStatement) {
      List<Member> chunk = members.subList(from, Math.min(members.size(), from + rowsPerStatement));
      StringBuilder sql = new StringBuilder(
          "INSERT INTO pattern_members (group_by, group_key, usage_id, pattern, distance) VALUES ");
      for (int i = 0; i < chunk.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?)");
      }
      try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
        int parameter = 1;
        for (Member member : chunk) {
          insert.setString(parameter++, by);
          insert.setString(parameter++, key);
          insert.setString(parameter++, member.usageId());
          if (member.pattern() == null) {
            insert.setNull(parameter++, Types.INTEGER);
            insert.setNull(parameter++, Types.DOUBLE);
          } else {
            insert.setInt(parameter++, member.pattern());
            insert.setDouble(parameter++, member.distance());
          }
        }
        insert.executeUpdate();
      }
    }
  }

  /** The stored patterns of a group, or null when it was never built. */
  static StoredGroup load(Connection connection, PatternSettings.GroupBy groupBy, String key) throws SQLException {
    StoredGroup.Header header;
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT algorithm, usages, status, message, patterns, noise, silhouette, chosen_k, coverage, succinctness,"
            + " seed, built_at FROM pattern_groups WHERE group_by = ? AND group_key = ?")) {
      select.setString(1, groupBy.key());
      select.setString(2, key);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return null;
        }
        header = new StoredGroup.Header(groupBy.key(), key, row.getString(1), row.getInt(2), row.getString(3),
            row.getString(4), row.getInt(5), row.getInt(6), nullableDouble(row, 7), nullableInt(row, 8),
            nullableDouble(row, 9), nullableDouble(row, 10), row.getLong(11),
            row.getTimestamp(12).toInstant().toString());
      }
    }
    List<PatternRow> rows = new ArrayList<>();
    List<String> wanted = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT pattern, size, coverage, representative_usage_id, api_sequence, keyword_args, nearest_usage_ids,"
            + " summary FROM patterns WHERE group_by = ? AND group_key = ? ORDER BY pattern")) {
      select.setString(1, groupBy.key());
      select.setString(2, key);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          PatternRow pattern = new PatternRow(row.getInt(1), row.getInt(2), row.getDouble(3), row.getString(4),
              strings(row.getArray(5)), strings(row.getArray(6)), strings(row.getArray(7)), row.getString(8));
          rows.add(pattern);
          wanted.add(pattern.representativeId());
          wanted.addAll(pattern.nearestIds());
        }
      }
    }
    Map<String, Usage> usages = usagesById(connection, wanted);
    List<StoredGroup.Pattern> patterns = new ArrayList<>(rows.size());
    for (PatternRow row : rows) {
      List<Usage> nearest = row.nearestIds().stream().map(usages::get).filter(java.util.Objects::nonNull).toList();
      patterns.add(new StoredGroup.Pattern(row.number(), row.size(), row.coverage(), usages.get(row.representativeId()),
          row.sequence(), row.keywordArgs(), nearest, row.summary()));
    }
    List<String> noiseIds = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement("SELECT usage_id FROM pattern_members"
        + " WHERE group_by = ? AND group_key = ? AND pattern IS NULL ORDER BY usage_id")) {
      select.setString(1, groupBy.key());
      select.setString(2, key);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          noiseIds.add(row.getString(1));
        }
      }
    }
    List<Usage> noise = List.copyOf(usagesById(connection, noiseIds).values());
    return new StoredGroup(header, patterns, noise);
  }

  /** A {@code pattern_members} row; pattern and distance are null for noise. */
  private record Member(String usageId, Integer pattern, Double distance) { }

  /** A {@code patterns} row before its usages are resolved. */
  private record PatternRow(int number, int size, double coverage, String representativeId, List<String> sequence,
      List<String> keywordArgs, List<String> nearestIds, String summary) { }

  private static String json(Map<Integer, Double> silhouetteByK) {
    Map<String, Double> finite = new LinkedHashMap<>();
    silhouetteByK.forEach((k, value) -> finite.put(Integer.toString(k), Double.isFinite(value) ? value : null));
    try {
      return JSON.writeValueAsString(finite);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void setDouble(PreparedStatement statement, int index, double value) throws SQLException {
    if (Double.isFinite(value)) {
      statement.setDouble(index, value);
    } else {
      statement.setNull(index, Types.DOUBLE);
    }
  }

  private static Double nullableDouble(ResultSet row, int index) throws SQLException {
    double value = row.getDouble(index);
    return row.wasNull() ? null : value;
  }

  private static Integer nullableInt(ResultSet row, int index) throws SQLException {
    int value = row.getInt(index);
    return row.wasNull() ? null : value;
  }

  private static String placeholders(int count) {
    String[] marks = new String[count];
    Arrays.fill(marks, "?");
    return String.join(", ", marks);
  }
}
