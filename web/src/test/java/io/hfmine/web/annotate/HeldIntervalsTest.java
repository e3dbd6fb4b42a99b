package io.hfmine.web.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.issues.IssueClassification;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabellers;
import io.hfmine.analyzers.issues.StoredLabellings;
import io.hfmine.analyzers.issues.evaluation.EvaluationIntervals;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import io.hfmine.web.ServeSpec;
import io.hfmine.web.StudyFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The evaluation panel's intervals are computed once per gold and labels state: a panel rendered
 * again on the same annotations reuses them, and a save that changes the gold gets fresh ones.
 * The store is real, labelled by the rules and annotated through the workspace's own form.
 */
class HeldIntervalsTest {
  private static final ServeSpec SPEC = StudyFixture.spec();
  private static final Taxonomy TAXONOMY = SPEC.taxonomy();

  private final Store store = StudyFixture.store();
  private final List<IssueId> issues = TwoStrataIssues.insert(store).keySet().stream().sorted(
      java.util.Comparator.comparing(IssueId::toString)).toList();
  private final HeldIntervals held = new HeldIntervals(TAXONOMY, 4);

  HeldIntervalsTest() {
    IssueClassification.run(store, IssueLabellers.rules(store, SPEC.issues()), null, Progress.NONE);
  }

  private void annotate(String annotator, IssueId issue, boolean ptm, String note) {
    new AnnotationForm(issue, annotator, ptm ? "yes" : "no", List.of(), List.of(), "bug", note).save(store, TAXONOMY,
        "pilot");
  }

  private SampleEvaluation render() {
    return SampleEvaluation.of(store, TAXONOMY, held, issues, "gold", "rules", null, null);
  }

  @Test
  void aSecondRenderOfTheSameGoldAndLabelsReusesTheIntervalsAndAChangedAnswerGetsFreshOnes() {
    issues.forEach(issue -> annotate("gold", issue, issue.repository().equals("lab/vision") && issue.number() <= 6, ""));

    EvaluationIntervals first = render().intervals();
    EvaluationIntervals again = render().intervals();

    assertThat(held.computed()).isEqualTo(1);
    assertThat(again).isSameAs(first);

    // The gold calls an issue the rules find PTM-related unrelated after all: the figures stand on other gold.
    annotate("gold", issues.getFirst(), false, "");
    SampleEvaluation changed = render();

    assertThat(held.computed()).isEqualTo(2);
    assertThat(changed.intervals()).isNotEqualTo(first).isEqualTo(EvaluationIntervals.of(TAXONOMY, changed.gold(),
        StoredLabellings.read(store, "rules", issues), EvaluationIntervals.DEFAULT_RESAMPLES,
        EvaluationIntervals.DEFAULT_SEED, EvaluationIntervals.DEFAULT_CONFIDENCE));
  }

  @Test
  void savesThatCannotMoveAFigureKeepTheHeldIntervals() {
    issues.forEach(issue -> annotate("gold", issue, issue.number() % 2 == 0, ""));
    EvaluationIntervals first = render().intervals();

    // Another annotator's labels and the reference's own note are not part of what is scored.
    annotate("ann", issues.get(3), true, "");
    annotate("gold", issues.get(3), issues.get(3).number() % 2 == 0, "seen twice");

    assertThat(render().intervals()).isSameAs(first);
    assertThat(held.computed()).isEqualTo(1);
  }
}
