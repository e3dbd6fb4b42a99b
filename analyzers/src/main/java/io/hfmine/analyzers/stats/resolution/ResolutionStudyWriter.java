package io.hfmine.analyzers.stats.resolution;

import io.hfmine.analyzers.stats.Conventions;
import io.hfmine.analyzers.stats.Descriptives;
import io.hfmine.analyzers.stats.GroupSummary;
import io.hfmine.datasets.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Stores a study run in the resolution_* tables (V006), replacing the previous run in one transaction. */
public final class ResolutionStudyWriter {
  private static final List<String> TABLES = List.of("resolution_runs", "resolution_projects", "resolution_values",
      "resolution_descriptives", "resolution_tests", "resolution_effect_sizes", "resolution_posthoc",
      "resolution_issue_types");

  private ResolutionStudyWriter() {
  }

  public static void write(Store store, ResolutionStudyResult result) {
    store.transaction(connection -> {
      try (Statement statement = connection.createStatement()) {
        for (String table : TABLES) {
          statement.execute("DELETE FROM " + table);
        }
      }
      writeRun(connection, result);
      writeProjects(connection, result);
      writeValues(connection, result);
      writeDescriptives(connection, result);
      writeTests(connection, result);
      writeIssueTypes(connection, result);
      return null;
    });
  }

  private static void writeRun(Connection connection, ResolutionStudyResult result) throws Exception {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO resolution_runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      StudySettings s = result.settings();
      IssueFilterCounts c = result.counts();
      insert.setTimestamp(1, Timestamp.valueOf(result.ranAt().atOffset(ZoneOffset.UTC).toLocalDateTime()));
      insert.setLong(2, s.seed());
      insert.setString(3, s.dayCounting().label());
      insert.setString(4, String.join(",", s.labelSources()));
      insert.setString(5, s.alternative().scipyName());
      insert.setInt(6, s.bootstrapResamples());
      insert.setDouble(7, s.confidence());
      insert.setLong(8, c.issues());
      insert.setLong(9, c.openExcluded());
      insert.setLong(10, c.closedWithoutDate());
      insert.setLong(11, c.closedBeforeCreated());
      insert.setLong(12, c.closedWithoutPtmLabel());
      insert.setLong(13, c.closedPtm());
      insert.setLong(14, c.closedNonPtm());
      insert.setString(15, String.join("\n", Conventions.SCIPY));
      insert.executeUpdate();
    }
  }

  private static void writeProjects(Connection connection, ResolutionStudyResult result) throws Exception {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO resolution_projects VALUES (?, ?, ?, ?, ?)")) {
      for (ProjectSample project : result.sample().projects()) {
        insert.setString(1, project.repository());
        insert.setLong(2, project.closedPtm());
        insert.setLong(3, project.closedNonPtm());
        insert.setLong(4, project.sampledPerGroup());
        insert.setBoolean(5, project.dropped());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void writeValues(Connection connection, ResolutionStudyResult result) throws Exception {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO resolution_values VALUES (?, ?, ?, ?, ?)")) {
      for (ScopedValue value : result.values()) {
        insert.setString(1, value.scope());
        insert.setString(2, value.group());
        insert.setString(3, value.repository());
        insert.setInt(4, value.issueNumber());
        insert.setLong(5, value.days());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void writeDescriptives(Connection connection, ResolutionStudyResult result) throws Exception {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO resolution_descriptives VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Map.Entry<String, List<GroupSummary>> scope : result.descriptives().entrySet()) {
        for (GroupSummary group : scope.getValue()) {
          Descriptives d = group.descriptives();
          insert.setString(1, scope.getKey());
          insert.setString(2, group.name());
          insert.setLong(3, d.n());
          insert.setDouble(4, d.mean());
          insert.setDouble(5, d.median());
          insert.setDouble(6, d.q1());
          insert.setDouble(7, d.q3());
          insert.setDouble(8, d.iqr());
          insert.setDouble(9, d.min());
          insert.setDouble(10, d.max());
          insert.setDouble(11, group.medianInterval().low());
          insert.setDouble(12, group.medianInterval().high());
          insert.addBatch();
        }
      }
      insert.executeBatch();
    }
  }

  private static void writeTests(Connection connection, ResolutionStudyResult result) throws Exception {
    try (PreparedStatement test = connection.prepareStatement(
             "INSERT INTO resolution_tests VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
         PreparedStatement effect = connection.prepareStatement("INSERT INTO resolution_effect_sizes VALUES (?, ?, ?, ?)");
         PreparedStatement pair = connection.prepareStatement("INSERT INTO resolution_posthoc VALUES (?, ?, ?, ?, ?, ?)")) {
      for (StudyTest t : result.tests()) {
        test.setString(1, t.id());
        test.setString(2, t.test());
        test.setString(3, t.subject());
        test.setLong(4, t.n());
        test.setInt(5, t.groups());
        setDouble(test, 6, t.statistic());
        if (t.degreesOfFreedom() == null) {
          test.setNull(7, Types.INTEGER);
        } else {
          test.setInt(7, t.degreesOfFreedom());
        }
        setDouble(test, 8, t.pValue());
        test.setString(9, t.method());
        test.setString(10, t.alternative());
        test.setString(11, t.note());
        test.executeUpdate();
        for (EffectSize size : t.effectSizes()) {
          effect.setString(1, t.id());
          effect.setString(2, size.name());
          effect.setDouble(3, size.value());
          effect.setString(4, size.magnitude());
          effect.executeUpdate();
        }
        for (PairwiseComparison comparison : t.posthoc()) {
          pair.setString(1, t.id());
          pair.setString(2, comparison.groupA());
          pair.setString(3, comparison.groupB());
          pair.setDouble(4, comparison.z());
          pair.setDouble(5, comparison.pValue());
          pair.setDouble(6, comparison.pHolm());
          pair.addBatch();
        }
      }
      pair.executeBatch();
    }
  }

  private static void writeIssueTypes(Connection connection, ResolutionStudyResult result) throws Exception {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO resolution_issue_types VALUES (?, ?, ?)")) {
      for (Map.Entry<String, Map<String, Long>> type : result.issueTypes().entrySet()) {
        for (Map.Entry<String, Long> group : type.getValue().entrySet()) {
          insert.setString(1, type.getKey());
          insert.setString(2, group.getKey());
          insert.setLong(3, group.getValue());
          insert.addBatch();
        }
      }
      insert.executeBatch();
    }
  }

  private static void setDouble(PreparedStatement statement, int index, Double value) throws Exception {
    if (value == null) {
      statement.setNull(index, Types.DOUBLE);
    } else {
      statement.setDouble(index, value);
    }
  }
}
