package io.hfmine.analyzers.issues.classifier;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueRecords;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.StoreKnownModels;
import io.hfmine.analyzers.issues.evaluation.EvaluationReport;
import io.hfmine.analyzers.issues.evaluation.GoldEvaluation;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Trains the classifier from a labelled CSV (annotation format; issue text from the store) and
 * stores it, or cross-validates it on that file.
 */
public final class ClassifierTraining {
  /** Name of the classifier {@code issues classify --method classifier} uses. */
  public static final String DEFAULT_NAME = "default";

  private ClassifierTraining() {
  }

  public static List<TrainingExample> examples(Store store, Taxonomy taxonomy, Path labelled) {
    List<Annotation> gold = GoldEvaluation.readGold(store, taxonomy, labelled);
    Map<IssueId, IssueText> issues = IssueRecords.byId(store);
    return gold.stream().map(a -> new TrainingExample(issues.get(a.issue()), a)).toList();
  }

  /** Trains on every row of the file and stores the model as {@link #DEFAULT_NAME}; returns it. */
  public static IssueClassifierModel train(Store store, Taxonomy taxonomy, ClassifierSettings settings, Path labelled) {
    List<TrainingExample> examples = examples(store, taxonomy, labelled);
    IssueClassifierModel model = new ClassifierTrainer(taxonomy, settings, new StoreKnownModels(store)).train(examples);
    ClassifierRecords.save(store, DEFAULT_NAME, labelled.getFileName().toString(), examples.size(), model);
    return model;
  }

  public static EvaluationReport crossValidate(Store store, Taxonomy taxonomy, ClassifierSettings settings, Path labelled,
      int folds, long seed, Progress progress) {
    return CrossValidation.run(taxonomy, settings, examples(store, taxonomy, labelled), folds, seed,
        new StoreKnownModels(store), progress);
  }
}
