package io.hfmine.analyzers.issues.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.ScoredCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StratifiedEvaluationTest {
  private static final IssueId P1 = new IssueId("lab/a", 1);
  private static final IssueId P2 = new IssueId("lab/a", 2);
  private static final IssueId P3 = new IssueId("lab/b", 3);
  private static final IssueId R1 = new IssueId("lab/a", 4);
  private static final IssueId R2 = new IssueId("lab/b", 5);
  private static final IssueId BLANK = new IssueId("lab/b", 6);

  private static Annotation gold(IssueId id, Boolean ptm) {
    return new Annotation(id, "gold", ptm, null, null, null);
  }

  private static IssueLabelling said(IssueId id, boolean ptm) {
    return new IssueLabelling(id, new ScoredCode(Boolean.toString(ptm), 1, ""), List.of(), List.of(),
        new ScoredCode("question", 1, ""));
  }

  private final Map<IssueId, IssueLabelling> predicted = new HashMap<>(Map.of(P1, said(P1, true), P2, said(P2, true),
      P3, said(P3, false), R1, said(R1, false), R2, said(R2, true), BLANK, said(BLANK, true)));
  private final Map<IssueId, String> strata = new HashMap<>(Map.of(P1, "P", P2, "P", P3, "P", R1, "R", R2, "R"));
  private final List<Annotation> labels = List.of(gold(P1, true), gold(P2, false), gold(P3, true), gold(R1, true),
      gold(R2, false), gold(BLANK, null));

  @Test
  void eachStratumIsScoredOnItsOwnAndWeighedByItsIssuesPerLabelledIssue() {
    // P: 3 labelled of 30 (weight 10): TP 1, FP 1, FN 1. R: 2 labelled of 70 (weight 35): FN 1, FP 1.
    // Weighted: TP 10, FP 10 + 35, FN 10 + 35, TN 0.
    StratifiedEvaluation evaluation = StratifiedEvaluation.of(labels, predicted, strata, Map.of("P", 30L, "R", 70L));

    assertThat(evaluation.labelled()).isEqualTo(5);
    assertThat(evaluation.populationSize()).isEqualTo(100);
    assertThat(evaluation.strata().get("P").counts()).isEqualTo(new BinaryCounts(1, 1, 1, 0));
    assertThat(evaluation.strata().get("P").weight()).isEqualTo(10.0);
    assertThat(evaluation.strata().get("R").counts()).isEqualTo(new BinaryCounts(0, 1, 1, 0));
    assertThat(evaluation.strata().get("R").weight()).isEqualTo(35.0);
    assertThat(evaluation.weighted().precision()).isCloseTo(10.0 / 55, within(1e-12));
    assertThat(evaluation.weighted().recall()).isCloseTo(10.0 / 55, within(1e-12));
    assertThat(evaluation.weighted().goldShare()).isCloseTo(0.55, within(1e-12));
  }

  @Test
  void aGoldIssueWithoutAStratumIsNamed() {
    strata.remove(R2);

    assertThatThrownBy(() -> StratifiedEvaluation.of(labels, predicted, strata, Map.of("P", 30L, "R", 70L)))
        .hasMessageContaining("1 gold issue(s) have no stratum in the strata file, e.g. lab/b#5");
  }

  @Test
  void anIssueWhoseRelevanceIsNotAnnotatedNeedsNoStratumAndCountsNowhere() {
    assertThat(strata).doesNotContainKey(BLANK);

    StratifiedEvaluation evaluation = StratifiedEvaluation.of(labels, predicted, strata, Map.of("P", 30L, "R", 70L));

    assertThat(evaluation.strata().values().stream().mapToInt(StratifiedEvaluation.StratumFigures::labelled).sum())
        .isEqualTo(5);
  }
}
