package io.hfmine.analyzers.issues.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueFixtures;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.ScoredCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationIntervalsTest {
  private final List<Annotation> gold = new ArrayList<>();
  private final Map<IssueId, IssueLabelling> predicted = new HashMap<>();

  /** {@code issues} PTM-related issues of one repository, each of which the method gets right or calls unrelated. */
  private void repository(String name, int issues, boolean methodRight) {
    repository(name, issues, methodRight, List.of("HR"), List.of("HR.MEM"));
  }

  /** As above, the gold naming the given themes and sub-themes (empty: the annotator named none). */
  private void repository(String name, int issues, boolean methodRight, List<String> themes, List<String> subThemes) {
    for (int i = 1; i <= issues; i++) {
      IssueId id = new IssueId(name, i);
      gold.add(new Annotation(id, "gold", true, themes, subThemes, "bug"));
      List<ScoredCode> subs = List.of(new ScoredCode("HR.MEM", 1, ""));
      predicted.put(id, new IssueLabelling(id, new ScoredCode(Boolean.toString(methodRight), 1, ""),
          List.of(new ScoredCode("HR", 1, "")), subs, new ScoredCode("bug", 1, "")));
    }
  }

  /** The smallest k with P(X <= k) >= q for X ~ Binomial(n, 1/2), by the exact distribution. */
  private static int binomialQuantile(int n, double q) {
    double cumulative = 0;
    for (int k = 0; k <= n; k++) {
      cumulative += choose(n, k) / Math.pow(2, n);
      if (cumulative >= q) {
        return k;
      }
    }
    return n;
  }

  private static double choose(int n, int k) {
    double c = 1;
    for (int i = 1; i <= k; i++) {
      c = c * (n - k + i) / i;
    }
    return c;
  }

  @Test
  void wholeRepositoriesAreResampledSoRecallMovesInStepsOfOneRepository() {
    // Ten repositories of five issues: the method finds every issue of five of them and none of the others'.
    for (int r = 0; r < 10; r++) {
      repository("org/r" + r, 5, r % 2 == 0);
    }

    EvaluationIntervals intervals = EvaluationIntervals.of(IssueFixtures.taxonomy(), gold, predicted, 2000, 7, 0.95);

    // A resample's recall is the share of found repositories among ten drawn: Binomial(10, 1/2) / 10.
    EvaluationIntervals.Interval recall = intervals.interval(HeadlineFigure.PTM_RECALL);
    assertThat(intervals.byRepository()).isTrue();
    assertThat(intervals.units()).isEqualTo(10);
    assertThat(recall.value()).isEqualTo(0.5);
    assertThat(recall.low()).isCloseTo(binomialQuantile(10, 0.025) / 10.0, within(1e-12));
    assertThat(recall.high()).isCloseTo(binomialQuantile(10, 0.975) / 10.0, within(1e-12));
    // The method is right on every theme, so theme accuracy cannot move.
    assertThat(intervals.interval(HeadlineFigure.THEME_ACCURACY)).isEqualTo(new EvaluationIntervals.Interval(1, 1, 1));
  }

  @Test
  void withFewRepositoriesSingleIssuesAreResampledAndTheSameSeedGivesTheSameIntervals() {
    repository("org/a", 20, true);
    repository("org/b", 20, false);
    repository("org/c", 10, true);
    repository("org/c2", 10, false);

    EvaluationIntervals intervals = EvaluationIntervals.of(IssueFixtures.taxonomy(), gold, predicted, 4000, 3, 0.95);

    // Sixty issues, thirty found: a resample's recall is Binomial(60, 1/2) / 60, to within the percentile's sampling.
    EvaluationIntervals.Interval recall = intervals.interval(HeadlineFigure.PTM_RECALL);
    assertThat(intervals.byRepository()).isFalse();
    assertThat(intervals.units()).isEqualTo(60);
    assertThat(recall.low()).isCloseTo(binomialQuantile(60, 0.025) / 60.0, within(1.5 / 60));
    assertThat(recall.high()).isCloseTo(binomialQuantile(60, 0.975) / 60.0, within(1.5 / 60));
    assertThat(EvaluationIntervals.of(IssueFixtures.taxonomy(), gold, predicted, 4000, 3, 0.95)).isEqualTo(intervals);
  }

  @Test
  void aFigureIsScoredOnlyOnGoldOfItsOwnKindSoSubThemesLeftBlankLeaveOnlyTheSubThemeFigureEmpty() {
    // PTM-related issues with a theme but no sub-theme: the relevance and theme figures stand on them, the sub-theme one on none.
    for (int r = 0; r < 3; r++) {
      repository("org/r" + r, 4, r != 0, List.of("HR"), List.of());
    }

    EvaluationIntervals intervals = EvaluationIntervals.of(IssueFixtures.taxonomy(), gold, predicted, 500, 1, 0.95);

    assertThat(intervals.interval(HeadlineFigure.PTM_RECALL).value()).isCloseTo(8 / 12.0, within(1e-12));
    assertThat(intervals.interval(HeadlineFigure.THEME_ACCURACY)).isEqualTo(new EvaluationIntervals.Interval(1, 1, 1));
    assertThat(intervals.interval(HeadlineFigure.SUB_THEME_ACCURACY))
        .isEqualTo(new EvaluationIntervals.Interval(Double.NaN, Double.NaN, Double.NaN));
    assertThat(intervals.figures().keySet()).containsExactly(HeadlineFigure.values());
  }

  @Test
  void ptmRelatedGoldWithoutThemesLeavesTheThemeFiguresEmptyButNotTheRelevanceOnes() {
    for (int r = 0; r < 3; r++) {
      repository("org/r" + r, 4, r != 0, List.of(), List.of());
    }

    EvaluationIntervals intervals = EvaluationIntervals.of(IssueFixtures.taxonomy(), gold, predicted, 500, 1, 0.95);

    assertThat(intervals.interval(HeadlineFigure.PTM_PRECISION).value()).isEqualTo(1);
    assertThat(intervals.interval(HeadlineFigure.PTM_F1).low()).isLessThan(intervals.interval(HeadlineFigure.PTM_F1).high());
    for (HeadlineFigure themed : List.of(HeadlineFigure.THEME_ACCURACY, HeadlineFigure.THEME_MACRO_F1,
        HeadlineFigure.SUB_THEME_ACCURACY)) {
      assertThat(intervals.interval(themed).value()).as(themed.label()).isNaN();
      assertThat(intervals.interval(themed).low()).as(themed.label()).isNaN();
    }
  }

  @Test
  void theIntervalsArePrintedOneLinePerHeadlineFigureUnderTheNamesTheCommandHasAlwaysUsed() {
    for (int r = 0; r < 3; r++) {
      repository("org/r" + r, 4, true, List.of("HR"), List.of());
    }

    String text = EvaluationTable.renderIntervals(
        EvaluationIntervals.of(IssueFixtures.taxonomy(), gold, predicted, 100, 1, 0.95));

    assertThat(text.lines().skip(1).toList()).containsExactly(
        "ptm precision                  1.000  [1.000, 1.000]",
        "ptm recall                     1.000  [1.000, 1.000]",
        "ptm f1                         1.000  [1.000, 1.000]",
        "theme accuracy (primary)       1.000  [1.000, 1.000]",
        "theme macro-F1                 1.000  [1.000, 1.000]",
        "sub-theme accuracy (primary)     -    (no gold issue of its kind)");
  }
}
