package io.hfmine.analyzers.issues.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.LabelledIssues;
import io.hfmine.analyzers.issues.evaluation.EvaluationReport;
import io.hfmine.analyzers.issues.evaluation.MethodEvaluation;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Quality targets of the rule labeller, measured on the part of the labelled set never used to tune it. */
public class RuleTargetsTest {
  private static final Map<String, List<String>> TYPE_LABELS = Map.of(
      "bug", List.of("bug"), "question", List.of("question"), "enhancement", List.of("enhancement"));

  public static EvaluationReport measure(String resource) {
    Taxonomy taxonomy = LabelledIssues.shippedTaxonomy();
    LabelledIssues set = LabelledIssues.load(resource);
    RuleLabeller rules = labeller();
    Map<IssueId, IssueLabelling> predicted = new LinkedHashMap<>();
    for (IssueText issue : set.issues()) {
      predicted.put(issue.id(), rules.label(issue));
    }
    return MethodEvaluation.evaluate(taxonomy, set.gold(), predicted);
  }

  public static RuleLabeller labeller() {
    return new RuleLabeller(LabelledIssues.shippedTaxonomy(), KnownModels.of(LabelledIssues.knownModelIds()),
        RuleSettings.defaults(), TYPE_LABELS);
  }

  @Test
  void ptmRelevanceF1OnTheMeasuringPartIsAtLeast085() {
    assertThat(measure(LabelledIssues.MEASURING).ptm().f1()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void themeAccuracyOnTheMeasuringPartIsAtLeast07() {
    assertThat(measure(LabelledIssues.MEASURING).themeAccuracy()).isGreaterThanOrEqualTo(0.7);
  }
}
