package io.hfmine.reports;

import io.hfmine.analyzers.stats.resolution.EffectSize;
import io.hfmine.analyzers.stats.resolution.GroupLeftOut;
import io.hfmine.analyzers.stats.resolution.LabelSourcePreference;
import io.hfmine.analyzers.stats.resolution.PairwiseComparison;
import io.hfmine.analyzers.stats.resolution.ProjectSample;
import io.hfmine.analyzers.stats.resolution.StudyIssue;
import io.hfmine.analyzers.stats.resolution.StudyIssueReader;
import io.hfmine.analyzers.stats.resolution.StudyTest;
import io.hfmine.datasets.store.Store;
import io.hfmine.reports.ReportData.DescriptiveRow;
import io.hfmine.reports.ReportData.FunnelStep;
import io.hfmine.reports.ReportData.LabelCount;
import io.hfmine.reports.ReportData.RunInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the report's numbers from the store. */
public final class ReportReader {
  private ReportReader() {
  }

  public static ReportData read(Store store, String title, double alpha, List<String> labelSources,
      Map<String, String> labelNames, LocalDateTime generatedAt) {
    List<StudyIssue> issues = StudyIssueReader.read(store, new LabelSourcePreference(labelSources));
    Map<String, Long> themes = new TreeMap<>();
    Map<String, Long> subthemes = new TreeMap<>();
    long ptm = 0;
    for (StudyIssue issue : issues) {
      if (Boolean.TRUE.equals(issue.ptm())) {
        ptm++;
        issue.themes().forEach(t -> themes.merge(t, 1L, Long::sum));
        issue.subthemes().forEach(t -> subthemes.merge(t, 1L, Long::sum));
      }
    }
    long ptmIssues = ptm;
    return store.read(connection -> new ReportData(title, alpha, store.file().toString(), generatedAt, funnel(connection),
        issues.size(), ptmIssues, counts(themes), counts(subthemes), run(connection), projects(connection),
        descriptives(connection), tests(connection), values(connection), issueTypes(connection),
        AppendixReader.overview(connection), AppendixReader.patterns(connection), AppendixReader.stages(connection),
        leftOut(connection), labelNames, survival(connection),
        survivalMedians(connection)));
  }

  private static List<LabelCount> counts(Map<String, Long> counts) {
    return counts.entrySet().stream().map(e -> new LabelCount(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingLong(LabelCount::issues).reversed().thenComparing(LabelCount::code)).toList();
  }

  private static List<FunnelStep> funnel(Connection connection) throws SQLException {
    List<FunnelStep> steps = new ArrayList<>();
    try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery(
        "SELECT selection, step, description, remaining FROM selection_funnel ORDER BY selection, step")) {
      while (rows.next()) {
        steps.add(new FunnelStep(rows.getString(1), rows.getInt(2), rows.getString(3), rows.getLong(4)));
      }
    }
    return steps;
  }

  private static RunInfo run(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
        "SELECT ran_at, seed, day_counting, label_sources, alternative, bootstrap_resamples, confidence, issues, "
            + "open_excluded, closed_without_date, closed_before_created, closed_without_ptm_label, closed_ptm, "
            + "closed_non_ptm, conventions, day_counting_definition, sampled_issues, sampled_days_differing, "
            + "min_group_size FROM resolution_runs ORDER BY ran_at DESC LIMIT 1")) {
      if (!r.next()) {
        return null;
      }
      return new RunInfo(r.getObject(1, LocalDateTime.class), r.getLong(2), r.getString(3), r.getString(4),
          r.getString(5), r.getInt(6), r.getDouble(7), r.getLong(8), r.getLong(9), r.getLong(10), r.getLong(11),
          r.getLong(12), r.getLong(13), r.getLong(14), Arrays.asList(r.getString(15).split("\n")), r.getString(16),
          r.getLong(17), r.getLong(18), r.getInt(19));
    }
  }

  private static List<ProjectSample> projects(Connection connection) throws SQLException {
    List<ProjectSample> projects = new ArrayList<>();
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
        "SELECT repository, closed_ptm, closed_non_ptm, sampled_per_group FROM resolution_projects ORDER BY repository")) {
      while (r.next()) {
        projects.add(new ProjectSample(r.getString(1), r.getInt(2), r.getInt(3), r.getInt(4)));
      }
    }
    return projects;
  }

  private static List<DescriptiveRow> descriptives(Connection connection) throws SQLException {
    List<DescriptiveRow> rows = new ArrayList<>();
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
        "SELECT scope, grp, n, mean, median, q1, q3, iqr, min, max, median_ci_low, median_ci_high "
            + "FROM resolution_descriptives ORDER BY scope, CASE grp WHEN 'ptm' THEN 0 WHEN 'non-ptm' THEN 1 ELSE 2 END, grp")) {
      while (r.next()) {
        rows.add(new DescriptiveRow(r.getString(1), r.getString(2), r.getLong(3), r.getDouble(4), r.getDouble(5),
            r.getDouble(6), r.getDouble(7), r.getDouble(8), r.getDouble(9), r.getDouble(10), r.getDouble(11),
            r.getDouble(12)));
      }
    }
    return rows;
  }

  private static List<StudyTest> tests(Connection connection) throws SQLException {
    List<StudyTest> tests = new ArrayList<>();
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
        "SELECT test_id, test, subject, n, group_count, statistic, df, p_value, method, alternative, note, day_counting "
            + "FROM resolution_tests ORDER BY CASE test_id WHEN 'ptm-vs-non-ptm' THEN 0 WHEN 'issue-types' THEN 1 "
            + "WHEN 'themes' THEN 2 ELSE 3 END, test_id")) {
      while (r.next()) {
        String id = r.getString(1);
        tests.add(new StudyTest(id, r.getString(2), r.getString(3), r.getLong(4), r.getInt(5),
            (Double) r.getObject(6), (Integer) r.getObject(7), (Double) r.getObject(8), r.getString(9),
            r.getString(10), r.getString(11), effectSizes(connection, id), posthoc(connection, id),
            r.getString(12)));
      }
    }
    return tests;
  }

  private static List<EffectSize> effectSizes(Connection connection, String testId) throws SQLException {
    List<EffectSize> sizes = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement(
        "SELECT name, value, magnitude FROM resolution_effect_sizes WHERE test_id = ? ORDER BY name")) {
      s.setString(1, testId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          sizes.add(new EffectSize(r.getString(1), r.getDouble(2), r.getString(3)));
        }
      }
    }
    return sizes;
  }

  private static List<PairwiseComparison> posthoc(Connection connection, String testId) throws SQLException {
    List<PairwiseComparison> pairs = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement(
        "SELECT group_a, group_b, z, p_value, p_holm FROM resolution_posthoc WHERE test_id = ? ORDER BY p_holm, group_a, group_b")) {
      s.setString(1, testId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          pairs.add(new PairwiseComparison(r.getString(1), r.getString(2), r.getDouble(3), r.getDouble(4), r.getDouble(5)));
        }
      }
    }
    return pairs;
  }

  private static Map<String, Map<String, double[]>> values(Connection connection) throws SQLException {
    Map<String, Map<String, List<Double>>> lists = new LinkedHashMap<>();
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
        // The days of the run's own counting; both are stored.
        "SELECT scope, grp, CASE WHEN (SELECT max(day_counting) FROM resolution_runs) = 'elapsed' "
            + "THEN elapsed_days ELSE calendar_days END FROM resolution_values "
            + "ORDER BY scope, CASE grp WHEN 'ptm' THEN 0 WHEN 'non-ptm' THEN 1 ELSE 2 END, grp")) {
      while (r.next()) {
        lists.computeIfAbsent(r.getString(1), k -> new LinkedHashMap<>())
            .computeIfAbsent(r.getString(2), k -> new ArrayList<>()).add((double) r.getLong(3));
      }
    }
    Map<String, Map<String, double[]>> values = new LinkedHashMap<>();
    lists.forEach((scope, groups) -> {
      Map<String, double[]> arrays = new LinkedHashMap<>();
      groups.forEach((group, days) -> arrays.put(group, days.stream().mapToDouble(Double::doubleValue).toArray()));
      values.put(scope, arrays);
    });
    return values;
  }

  private static List<ReportData.SurvivalRow> survival(Connection connection) throws SQLException {
    List<ReportData.SurvivalRow> rows = new ArrayList<>();
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
        "SELECT grp, days_open, at_risk, closed, censored, survival, coalesce(lower, 'NaN'::DOUBLE), "
            + "coalesce(upper, 'NaN'::DOUBLE) FROM resolution_survival "
            + "ORDER BY CASE grp WHEN 'ptm' THEN 0 ELSE 1 END, days_open")) {
      while (r.next()) {
        rows.add(new ReportData.SurvivalRow(r.getString(1), r.getInt(2), r.getLong(3), r.getLong(4), r.getLong(5),
            r.getDouble(6), r.getDouble(7), r.getDouble(8)));
      }
    }
    return rows;
  }

  private static List<ReportData.SurvivalMedian> survivalMedians(Connection connection) throws SQLException {
    List<ReportData.SurvivalMedian> rows = new ArrayList<>();
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
        "SELECT grp, issues, closed, coalesce(median, 'NaN'::DOUBLE), coalesce(median_lower, 'NaN'::DOUBLE), "
            + "coalesce(median_upper, 'NaN'::DOUBLE), confidence FROM resolution_survival_medians "
            + "ORDER BY CASE grp WHEN 'ptm' THEN 0 ELSE 1 END")) {
      while (r.next()) {
        rows.add(new ReportData.SurvivalMedian(r.getString(1), r.getLong(2), r.getLong(3), r.getDouble(4),
            r.getDouble(5), r.getDouble(6), r.getDouble(7)));
      }
    }
    return rows;
  }

  private static List<GroupLeftOut> leftOut(Connection connection) throws SQLException {
    List<GroupLeftOut> groups = new ArrayList<>();
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
        "SELECT scope, grp, issues FROM resolution_groups_left_out ORDER BY scope, issues DESC, grp")) {
      while (r.next()) {
        groups.add(new GroupLeftOut(r.getString(1), r.getString(2), r.getInt(3)));
      }
    }
    return groups;
  }

  private static Map<String, Map<String, Long>> issueTypes(Connection connection) throws SQLException {
    Map<String, Map<String, Long>> table = new TreeMap<>();
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
        "SELECT issue_type, grp, issues FROM resolution_issue_types")) {
      while (r.next()) {
        table.computeIfAbsent(r.getString(1), k -> new TreeMap<>()).put(r.getString(2), r.getLong(3));
      }
    }
    return table;
  }

}
