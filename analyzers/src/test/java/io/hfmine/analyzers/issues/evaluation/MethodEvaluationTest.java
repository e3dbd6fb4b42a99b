package io.hfmine.analyzers.issues.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.IssueFixtures;
import io.hfmine.analyzers.issues.ScoredCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MethodEvaluationTest {
  private static IssueLabelling predicted(IssueId id, boolean ptm, String... subThemes) {
    List<ScoredCode> subs = java.util.Arrays.stream(subThemes).map(s -> new ScoredCode(s, 1, "")).toList();
    List<ScoredCode> themes = subs.stream().map(s -> s.code().substring(0, 2)).distinct()
        .map(t -> new ScoredCode(t, 1, "")).toList();
    return new IssueLabelling(id, new ScoredCode(Boolean.toString(ptm), 1, ""), themes, subs, new ScoredCode("bug", 1, ""));
  }

  @Test
  void scoresPtmThemesAndAccuracyAsComputedByHand() {
    IssueId a = new IssueId("o/r", 1);
    IssueId b = new IssueId("o/r", 2);
    IssueId c = new IssueId("o/r", 3);
    IssueId d = new IssueId("o/r", 4);
    List<Annotation> gold = List.of(
        new Annotation(a, "g", true, List.of("HR"), List.of("HR.MEM"), "bug"),
        new Annotation(b, "g", true, List.of("SE", "HR"), List.of("SE.MISSING", "HR.EXEC"), "bug"),
        new Annotation(c, "g", true, List.of("RC"), List.of("RC.DOWNLOAD"), "question"),
        new Annotation(d, "g", false, List.of(), List.of(), "bug"));
    Map<IssueId, IssueLabelling> predictions = Map.of(
        a, predicted(a, true, "HR.MEM"),
        b, predicted(b, true, "HR.EXEC"),
        c, predicted(c, false),
        d, predicted(d, true, "RC.DOWNLOAD"));

    EvaluationReport report = MethodEvaluation.evaluate(IssueFixtures.taxonomy(), gold, predictions);

    // ptm: tp 2 (a, b), fn 1 (c), fp 1 (d) -> P = R = F1 = 2/3
    assertThat(report.ptm().f1()).isCloseTo(2.0 / 3, within(1e-12));
    // HR: tp 2, fp 0, fn 0 -> F1 1; SE: fn 1 -> F1 0; RC: fp 1 (d), fn 1 (c) -> F1 0; macro over 3 occurring themes
    assertThat(report.themes().get("HR").f1()).isEqualTo(1.0);
    assertThat(report.themeMacroF1()).isCloseTo(1.0 / 3, within(1e-12));
    // primary theme among gold themes: a yes, b yes (HR is gold), c no -> 2/3; exact sets: only a
    assertThat(report.themeAccuracy()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(report.exactThemeAccuracy()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(report.typeAccuracy()).isCloseTo(3.0 / 4, within(1e-12));
    assertThat(report.themeConfusion().count("RC", "none")).isEqualTo(1);
    assertThat(report.themeConfusion().count("none", "RC")).isEqualTo(1);
  }

  @Test
  void themesOfAnIssueTheMethodCallsNotPtmRelatedCountGivenRelevanceButNotEndToEnd() {
    IssueId a = new IssueId("o/r", 1);
    IssueId b = new IssueId("o/r", 2);
    List<Annotation> gold = List.of(new Annotation(a, "g", true, List.of("RC"), List.of("RC.DOWNLOAD"), "bug"),
        new Annotation(b, "g", true, null, null, "bug"));

    EvaluationReport report = MethodEvaluation.evaluate(IssueFixtures.taxonomy(), gold,
        Map.of(a, predicted(a, false, "RC.DOWNLOAD"), b, predicted(b, true, "HR.MEM")));

    // b's themes were not annotated: it counts for relevance only.
    assertThat(report.themeItems()).isEqualTo(1);
    assertThat(report.themeAccuracy()).isEqualTo(1.0);
    assertThat(report.endToEndThemeAccuracy()).isEqualTo(0.0);
    assertThat(report.subThemeAccuracy()).isEqualTo(1.0);
    assertThat(report.ptm().support()).isEqualTo(2);
    assertThat(report.themes().get("HR").occurs()).isFalse();
  }
}
