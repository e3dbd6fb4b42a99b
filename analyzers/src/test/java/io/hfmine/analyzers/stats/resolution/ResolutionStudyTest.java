package io.hfmine.analyzers.stats.resolution;

import static io.hfmine.analyzers.stats.resolution.StudyIssues.closed;
import static io.hfmine.analyzers.stats.resolution.StudyIssues.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hfmine.analyzers.stats.Alternative;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolutionStudyTest {
  private static final StudySettings SETTINGS = new StudySettings(11, DayCounting.CALENDAR, Alternative.GREATER,
      List.of("human:*", "rules"), 200, 0.95, 1, 0.05);

  // o/a: PTM 10, 20, 30 days vs non-PTM 1, 2 → 2 + 2; o/b: PTM 5 vs non-PTM 0, 3 → 1 + 1; o/c: no non-PTM → dropped.
  private static final List<StudyIssue> ISSUES = List.of(
      closed("o/a", 1, 10, true, "bug", "MU"),
      closed("o/a", 2, 20, true, "bug", "MU"),
      closed("o/a", 3, 30, true, "question", "PQ"),
      closed("o/a", 4, 1, false, "bug"),
      closed("o/a", 5, 2, false, "question"),
      open("o/a", 6, true),
      closed("o/b", 1, 5, true, "bug", "PQ", "MU"),
      closed("o/b", 2, 0, false, "bug"),
      closed("o/b", 3, 3, false, "question"),
      closed("o/c", 1, 7, true, "bug", "HR"));

  private final ResolutionStudyResult result = ResolutionStudy.run(ISSUES, SETTINGS, Instant.EPOCH);

  @Test
  void printsSizesPerProjectAndDropsProjectsWithAnEmptyGroup() {
    assertThat(result.sample().projects()).containsExactly(
        new ProjectSample("o/a", 3, 2, 2), new ProjectSample("o/b", 1, 2, 1), new ProjectSample("o/c", 1, 0, 0));
    assertThat(result.sample().ptm()).hasSize(3);
    assertThat(result.sample().nonPtm()).hasSize(3);
    assertThat(result.counts().openExcluded()).isEqualTo(1);
  }

  @Test
  void everySampledPtmIssueTakesLongerSoUIsMaximalAndTheExactPIsOneTwentieth() {
    StudyTest test = result.test("ptm-vs-non-ptm");
    assertThat(test.statistic()).isEqualTo(9.0);
    assertThat(test.method()).isEqualTo("exact");
    assertThat(test.pValue()).isCloseTo(0.05, within(1e-15));
    assertThat(test.effectSizes()).extracting(EffectSize::name, EffectSize::value, EffectSize::magnitude)
        .contains(org.assertj.core.groups.Tuple.tuple("cliffs-delta", 1.0, "large"));
  }

  @Test
  void themesUseEveryClosedPtmIssueAndCountMultiLabelledIssuesInEachTheme() {
    assertThat(result.descriptives().get("theme")).extracting(g -> g.name(), g -> g.descriptives().n())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("HR", 1), org.assertj.core.groups.Tuple.tuple("MU", 3),
            org.assertj.core.groups.Tuple.tuple("PQ", 2));
    StudyTest themes = result.test("themes");
    assertThat(themes.ran()).isTrue();
    assertThat(themes.n()).isEqualTo(6);
    assertThat(themes.posthoc()).hasSize(3);
  }

  @Test
  void subthemeTestIsNotRunWithoutSubthemesAndSaysWhy() {
    StudyTest subthemes = result.test("subthemes");
    assertThat(subthemes.ran()).isFalse();
    assertThat(subthemes.note()).contains("fewer than two groups");
  }

  @Test
  void themesSmallerThanTheMinimumGroupSizeStayOutOfTheTestAndAreNamed() {
    StudySettings minimumTwo = new StudySettings(11, DayCounting.CALENDAR, Alternative.GREATER,
        List.of("human:*", "rules"), 200, 0.95, 2, 0.05);
    ResolutionStudyResult small = ResolutionStudy.run(ISSUES, minimumTwo, Instant.EPOCH);
    assertThat(small.leftOut()).containsExactly(new GroupLeftOut("theme", "HR", 1));
    StudyTest themes = small.test("themes");
    assertThat(themes.groups()).isEqualTo(2);
    assertThat(themes.n()).isEqualTo(5);
    assertThat(themes.note()).contains("left out with fewer than 2 issues: HR (1)");
    // Still described: the minimum is about testing, not about what the study saw.
    assertThat(small.descriptives().get("theme")).extracting(g -> g.name()).contains("HR");
  }

  @Test
  void everyTimeBasedTestIsRepeatedOnTheOtherDayCountingAndNamesItsCounting() {
    assertThat(result.tests()).extracting(StudyTest::id, StudyTest::dayCounting).containsExactly(
        org.assertj.core.groups.Tuple.tuple("ptm-vs-non-ptm", "calendar"),
        org.assertj.core.groups.Tuple.tuple("ptm-vs-non-ptm-survival", "calendar"),
        org.assertj.core.groups.Tuple.tuple("issue-types", null),
        org.assertj.core.groups.Tuple.tuple("themes", "calendar"),
        org.assertj.core.groups.Tuple.tuple("subthemes", "calendar"),
        org.assertj.core.groups.Tuple.tuple("ptm-vs-non-ptm.elapsed", "elapsed"),
        org.assertj.core.groups.Tuple.tuple("ptm-vs-non-ptm-survival.elapsed", "elapsed"),
        org.assertj.core.groups.Tuple.tuple("themes.elapsed", "elapsed"),
        org.assertj.core.groups.Tuple.tuple("subthemes.elapsed", "elapsed"));
  }

  @Test
  void openIssuesEnterTheSurvivalCurvesCensoredAtTheirRepositorysLastObservation() {
    // o/a's last observation is the closure of #3 at day 30; its open PTM issue #6 (day 0) is
    // censored there. o/c's single PTM issue counts too: the survival analysis does not sample.
    assertThat(result.survival().get("ptm").n()).isEqualTo(6);
    assertThat(result.survival().get("ptm").events()).isEqualTo(5);
    assertThat(result.survival().get("non-ptm").n()).isEqualTo(4);
    assertThat(result.survival().get("ptm").steps()).filteredOn(step -> step.time() == 30)
        .extracting(step -> step.censored()).containsExactly(1);
    StudyTest logRank = result.test("ptm-vs-non-ptm-survival");
    assertThat(logRank.test()).isEqualTo("log-rank");
    assertThat(logRank.degreesOfFreedom()).isEqualTo(1);
    assertThat(logRank.note()).contains("1 open issue(s) censored");
  }

  @Test
  void theSensitivityCountsSampledIssuesWhoseTwoDayCountsDisagree() {
    Instant created = Instant.parse("2024-03-01T22:00:00Z");
    List<StudyIssue> issues = List.of(
        // Closed 4 hours later on the next UTC date: calendar 1, elapsed 0.
        new StudyIssue("o/a", 1, "closed", created, created.plusSeconds(4 * 3600), true, "bug", java.util.Set.of(),
            java.util.Set.of()),
        // Closed 30 hours later: calendar 2 (Mar 3), elapsed 1.
        new StudyIssue("o/a", 2, "closed", created, created.plusSeconds(30 * 3600), false, "bug", java.util.Set.of(),
            java.util.Set.of()),
        // Closed exactly two days later: 2 either way.
        new StudyIssue("o/b", 1, "closed", created, created.plusSeconds(48 * 3600), true, "bug", java.util.Set.of(),
            java.util.Set.of()),
        new StudyIssue("o/b", 2, "closed", created, created.plusSeconds(48 * 3600), false, "bug", java.util.Set.of(),
            java.util.Set.of()));
    ResolutionStudyResult run = ResolutionStudy.run(issues, SETTINGS, Instant.EPOCH);
    assertThat(run.sensitivity().issues()).isEqualTo(4);
    assertThat(run.sensitivity().differing()).isEqualTo(2);
    assertThat(run.values()).filteredOn(v -> v.scope().equals("group") && v.issueNumber() == 1
        && v.repository().equals("o/a")).extracting(ScopedValue::calendarDays, ScopedValue::elapsedDays)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 0L));
  }

  @Test
  void aFailedIssueTypeBalanceSaysTheComparisonMayReflectTheTypeMix() {
    StudyTest unbalanced = new StudyTest("issue-types", "chi-square", "types", 400, 2, 17.5, 2, 1.5e-4, "pearson",
        null, null, List.of(), List.of(), null);
    assertThat(TypeBalanceReading.of(unbalanced, 0.05)).contains("not balanced").contains("p = 0.0001500 < 0.05")
        .contains("not evidence about PTMs alone");
    StudyTest balanced = new StudyTest("issue-types", "chi-square", "types", 400, 2, 1.0, 2, 0.6, "pearson",
        null, null, List.of(), List.of(), null);
    assertThat(TypeBalanceReading.of(balanced, 0.05)).contains("no evidence").contains("does not prove balance");
  }

  @Test
  void issueTypesOfTheSampleFormTheChiSquareTable() {
    long sampledTypes = result.issueTypes().values().stream().flatMap(m -> m.values().stream())
        .mapToLong(Long::longValue).sum();
    assertThat(sampledTypes).isEqualTo(6);
    assertThat(result.issueTypes().get("bug").get("non-ptm") + result.issueTypes().get("question").get("non-ptm"))
        .isEqualTo(3);
    assertThat(result.test("issue-types").method()).isEqualTo("yates");
  }

  @Test
  void groupDescriptivesDescribeTheBalancedSample() {
    assertThat(result.descriptives().get("group")).extracting(g -> g.name()).containsExactly("ptm", "non-ptm");
    assertThat(result.descriptives().get("group").get(1).descriptives().n()).isEqualTo(3);
  }
}
