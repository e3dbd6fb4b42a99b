package io.hfmine.analyzers.stats.resolution;

import io.hfmine.analyzers.stats.GroupSummary;
import io.hfmine.analyzers.stats.survival.KaplanMeierCurve;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything one resolution-time study run found.
 *
 * @param descriptives per scope ({@code group}, {@code theme}, {@code subtheme}), one summary per group
 * @param issueTypes issue type → group → count, for the sampled issues with a type
 * @param tests the tests on days counted as configured, then the same tests on the other
 *     counting (ids ending in {@code .calendar} or {@code .elapsed})
 * @param leftOut themes and sub-themes too small for the Kruskal-Wallis tests
 * @param survival Kaplan-Meier curves of all labelled PTM and non-PTM issues, open ones censored
 */
public record ResolutionStudyResult(Instant ranAt, StudySettings settings, IssueFilterCounts counts,
    BalancedSample sample, Map<String, List<GroupSummary>> descriptives, List<StudyTest> tests,
    Map<String, Map<String, Long>> issueTypes, long sampledWithoutType, List<ScopedValue> values,
    List<GroupLeftOut> leftOut, DayCountingSensitivity sensitivity, Map<String, KaplanMeierCurve> survival) {

  public static final String PTM = "ptm";
  public static final String NON_PTM = "non-ptm";
  public static final String SCOPE_GROUP = "group";
  public static final String SCOPE_THEME = "theme";
  public static final String SCOPE_SUBTHEME = "subtheme";

  public StudyTest test(String id) {
    return tests.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }
}
