package io.hfmine.analyzers.stats.resolution;

import io.hfmine.analyzers.stats.Conventions;
import io.hfmine.analyzers.stats.Descriptives;
import io.hfmine.analyzers.stats.GroupSummary;
import io.hfmine.analyzers.stats.survival.KaplanMeierCurve;
import io.hfmine.analyzers.stats.survival.KaplanMeierStep;
import io.hfmine.datasets.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Stores a study run in the resolution_* tables (V006), replacing the previous run in one transaction. */
public final class ResolutionStudyWriter {
  private static final List<String> TABLES = List.of("resolution_runs", "resolution_projects", "resolution_values",
      "resolution_descriptives", "resolution_tests", "resolution_effect_sizes", "resolution_posthoc",
      "resolution_issue_types", "resolution_groups_left_out", "resolution_survival", "resolution_survival_medians");

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
      writeLeftOut(connection, result);
      writeSurvival(connection, result);
      return null;
    });
  }

  private static void writeRun(Connection connection, ResolutionStudyResult result) throws Exception {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO resolution_runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      StudySettings s = result.settings();
      IssueFilterCounts c = result.counts();
      insert.setTimestamp(1, Timestamp.valueOf(result.ranAt().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC).toLocalDateTime()));
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
      insert.setString(16, s.dayCounting().definition());
      insert.setLong(17, result.sensitivity().issues());
      insert.setLong(18, result.sensitivity().differing());
      insert.setInt(19, s.minGroupSize());
      insert.setDouble(20, s.alpha());
      insert.executeUpdate();
    }
  }

  private static void writeProjects(Connection connection, ResolutionStudyResult result) throws Exception {
    RowInserter rows = new RowInserter("resolution_projects", 5);
    for (ProjectSample project : result.sample().projects()) {
      rows.add(project.repository(), (long) project.closedPtm(), (long) project.closedNonPtm(),
          (long) project.sampledPerGroup(), project.dropped());
    }
    rows.insert(connection);
  }

  private static void writeValues(Connection connection, ResolutionStudyResult result) throws Exception {
    RowInserter rows = new RowInserter("resolution_values", 6);
    for (ScopedValue value : result.values()) {
      rows.add(value.scope(), value.group(), value.repository(), value.issueNumber(), (int) value.calendarDays(),
          (int) value.elapsedDays());
    }
    rows.insert(connection);
  }

  private static void writeDescriptives(Connection connection, ResolutionStudyResult result) throws Exception {
    RowInserter rows = new RowInserter("resolution_descriptives", 13);
    String counting = result.settings().dayCounting().label();
    for (Map.Entry<String, List<GroupSummary>> scope : result.descriptives().entrySet()) {
      for (GroupSummary group : scope.getValue()) {
        Descriptives d = group.descriptives();
        rows.add(scope.getKey(), group.name(), (long) d.n(), d.mean(), d.median(), d.q1(), d.q3(), d.iqr(), d.min(),
            d.max(), group.medianInterval().low(), group.medianInterval().high(), counting);
      }
    }
    rows.insert(connection);
  }

  private static void writeTests(Connection connection, ResolutionStudyResult result) throws Exception {
    RowInserter tests = new RowInserter("resolution_tests", 12);
    RowInserter effects = new RowInserter("resolution_effect_sizes", 4);
    RowInserter pairs = new RowInserter("resolution_posthoc", 6);
    for (StudyTest t : result.tests()) {
      tests.add(t.id(), t.test(), t.subject(), t.n(), t.groups(), t.statistic(), t.degreesOfFreedom(), t.pValue(),
          t.method(), t.alternative(), t.note(), t.dayCounting());
      for (EffectSize size : t.effectSizes()) {
        effects.add(t.id(), size.name(), size.value(), size.magnitude());
      }
      for (PairwiseComparison pair : t.posthoc()) {
        pairs.add(t.id(), pair.groupA(), pair.groupB(), pair.z(), pair.pValue(), pair.pHolm());
      }
    }
    tests.insert(connection);
    effects.insert(connection);
    pairs.insert(connection);
  }

  private static void writeIssueTypes(Connection connection, ResolutionStudyResult result) throws Exception {
    RowInserter rows = new RowInserter("resolution_issue_types", 3);
    for (Map.Entry<String, Map<String, Long>> type : result.issueTypes().entrySet()) {
      for (Map.Entry<String, Long> group : type.getValue().entrySet()) {
        rows.add(type.getKey(), group.getKey(), group.getValue());
      }
    }
    rows.insert(connection);
  }

  private static void writeLeftOut(Connection connection, ResolutionStudyResult result) throws Exception {
    RowInserter rows = new RowInserter("resolution_groups_left_out", 3);
    for (GroupLeftOut group : result.leftOut()) {
      rows.add(group.scope(), group.group(), (long) group.issues());
    }
    rows.insert(connection);
  }

  private static void writeSurvival(Connection connection, ResolutionStudyResult result) throws Exception {
    RowInserter steps = new RowInserter("resolution_survival", 9);
    RowInserter medians = new RowInserter("resolution_survival_medians", 8);
    String counting = result.settings().dayCounting().label();
    for (Map.Entry<String, KaplanMeierCurve> curve : result.survival().entrySet()) {
      for (KaplanMeierStep step : curve.getValue().steps()) {
        steps.add(curve.getKey(), (int) step.time(), counting, (long) step.atRisk(), (long) step.events(),
            (long) step.censored(), step.survival(), finite(step.lower()), finite(step.upper()));
      }
      KaplanMeierCurve c = curve.getValue();
      medians.add(curve.getKey(), counting, (long) c.n(), c.events(), finite(c.median()), finite(c.medianLower()),
          finite(c.medianUpper()), c.confidence());
    }
    steps.insert(connection);
    medians.insert(connection);
  }

  private static Double finite(double value) {
    return Double.isFinite(value) ? value : null;
  }
}
