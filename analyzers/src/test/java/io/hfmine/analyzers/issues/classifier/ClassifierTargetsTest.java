package io.hfmine.analyzers.issues.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.issues.LabelledIssues;
import io.hfmine.analyzers.issues.evaluation.EvaluationReport;
import io.hfmine.analyzers.issues.rules.RuleTargetsTest;
import io.hfmine.datasets.progress.Progress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The classifier's quality target: by cross-validation, a better theme accuracy than the rules reach. */
class ClassifierTargetsTest {
  static List<TrainingExample> allExamples() {
    List<TrainingExample> examples = new ArrayList<>();
    for (String part : List.of(LabelledIssues.TUNING, LabelledIssues.MEASURING)) {
      LabelledIssues set = LabelledIssues.load(part);
      for (int i = 0; i < set.issues().size(); i++) {
        examples.add(new TrainingExample(set.issues().get(i), set.gold().get(i)));
      }
    }
    return examples;
  }

  @Test
  void crossValidatedThemeAccuracyBeatsTheRulesOnTheMeasuringPart() {
    EvaluationReport classifier = CrossValidation.run(LabelledIssues.shippedTaxonomy(), ClassifierSettings.defaults(),
        allExamples(), 5, 1,
        io.hfmine.analyzers.issues.rules.KnownModels.of(LabelledIssues.knownModelIds()), Progress.NONE);
    EvaluationReport rules = RuleTargetsTest.measure(LabelledIssues.MEASURING);

    assertThat(classifier.themeAccuracy()).isGreaterThan(rules.themeAccuracy());
  }
}
