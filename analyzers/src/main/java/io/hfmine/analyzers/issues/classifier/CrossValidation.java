package io.hfmine.analyzers.issues.classifier;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.evaluation.EvaluationReport;
import io.hfmine.analyzers.issues.evaluation.MethodEvaluation;
import io.hfmine.analyzers.issues.rules.KnownModels;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.datasets.progress.Progress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * K-fold cross-validation of the classifier: each issue is labelled by a model that never saw it,
 * and the pooled predictions are scored against the gold labels (per label P/R/F1, accuracy).
 */
public final class CrossValidation {
  private CrossValidation() {
  }

  public static EvaluationReport run(Taxonomy taxonomy, ClassifierSettings settings, List<TrainingExample> examples, int folds,
      long seed, KnownModels knownModels, Progress progress) {
    if (folds < 2 || folds > examples.size()) {
      throw new IllegalArgumentException("cross-validation needs 2 to " + examples.size() + " folds, got " + folds);
    }
    List<TrainingExample> shuffled = new ArrayList<>(examples);
    Collections.shuffle(shuffled, new Random(seed));
    ClassifierTrainer trainer = new ClassifierTrainer(taxonomy, settings, knownModels);
    CueFeatures cues = new CueFeatures(taxonomy, settings.titleWeight()).memoizing();
    Map<IssueId, IssueLabelling> predicted = new LinkedHashMap<>();
    progress.total(folds);
    for (int fold = 0; fold < folds; fold++) {
      List<TrainingExample> training = new ArrayList<>();
      List<TrainingExample> held = new ArrayList<>();
      for (int i = 0; i < shuffled.size(); i++) {
        (i % folds == fold ? held : training).add(shuffled.get(i));
      }
      IssueClassifierModel model = trainer.train(training, cues);
      held.forEach(e -> predicted.put(e.issue().id(), model.label(e.issue(), knownModels)));
      progress.step();
    }
    List<Annotation> gold = examples.stream().map(TrainingExample::gold).toList();
    return MethodEvaluation.evaluate(taxonomy, gold, predicted);
  }
}
