package io.hfmine.reports;

import io.hfmine.analyzers.stats.resolution.GroupLeftOut;
import io.hfmine.analyzers.stats.resolution.ProjectSample;
import io.hfmine.analyzers.stats.resolution.StudyTest;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Everything the report shows, as read from the store: nothing in the report is computed
 * elsewhere than here or in the stored statistics.
 *
 * @param run the last resolution-study run, or null when none is stored
 * @param values scope → group → resolution days, for the box plots
 */
public record ReportData(String title, double alpha, String storeFile, LocalDateTime generatedAt, List<FunnelStep> funnel,
    long issues, long ptmIssues, List<LabelCount> themes, List<LabelCount> subthemes, RunInfo run,
    List<ProjectSample> projects, List<DescriptiveRow> descriptives, List<StudyTest> tests,
    Map<String, Map<String, double[]>> values, Map<String, Map<String, Long>> issueTypes,
    AppendixReader.PatternOverview patternOverview, List<AppendixReader.PatternSummary> patterns,
    List<AppendixReader.Stage> stages, List<GroupLeftOut> leftOut, Map<String, String> labelNames,
    List<SurvivalRow> survival, List<SurvivalMedian> survivalMedians) {

  /** One Kaplan-Meier step (table resolution_survival); lower and upper are NaN where R gives NA. */
  public record SurvivalRow(String group, int days, long atRisk, long closed, long censored, double survival,
      double lower, double upper) {
  }

  /** Median survival of a group (table resolution_survival_medians); NaN when not reached. */
  public record SurvivalMedian(String group, long issues, long closed, double median, double lower, double upper,
      double confidence) {
  }

  /** A theme or sub-theme as a reader sees it: its name, with the code after it; the code alone if unnamed. */
  public String label(String code) {
    String name = labelNames.get(code);
    return name == null ? code : name + " (" + code + ")";
  }

  /** One step of a selection funnel (table selection_funnel). */
  public record FunnelStep(String selection, int step, String description, long remaining) {
  }

  /** Issues carrying one taxonomy code (theme or sub-theme) among PTM-related issues. */
  public record LabelCount(String code, long issues) {
  }

  /** The parameters and filter counts of the stored resolution-study run. */
  public record RunInfo(LocalDateTime ranAt, long seed, String dayCounting, String labelSources, String alternative,
      int bootstrapResamples, double confidence, long issues, long openExcluded, long closedWithoutDate,
      long closedBeforeCreated, long closedWithoutPtmLabel, long closedPtm, long closedNonPtm, List<String> conventions,
      String dayCountingDefinition, long sampledIssues, long sampledDaysDiffering, int minGroupSize) {
  }

  /** One stored descriptives row (table resolution_descriptives). */
  public record DescriptiveRow(String scope, String group, long n, double mean, double median, double q1, double q3,
      double iqr, double min, double max, double medianCiLow, double medianCiHigh) {
  }

  public List<DescriptiveRow> descriptives(String scope) {
    return descriptives.stream().filter(d -> d.scope().equals(scope)).toList();
  }

  /** The tests on the configured day counting (the others repeat them on the other counting). */
  public List<StudyTest> mainTests() {
    return tests.stream().filter(t -> !t.id().contains(".")).toList();
  }

  public StudyTest test(String id) {
    return tests.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
  }
}
