package io.hfmine.analyzers.issues.classifier;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.evaluation.EvaluationReport;
import io.hfmine.analyzers.issues.evaluation.MethodEvaluation;
import io.hfmine.analyzers.issues.rules.TypeRules;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.datasets.progress.Progress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * K-fold cross-validation of the classifier with folds grouped by repository: every issue is
 * labelled by a model that saw no issue of its project, as a model meets a new study's projects.
 * Repositories are shuffled with the seed and dealt to the folds largest first, each to the fold
 * with the fewest issues so far, so folds are of similar size.
 */
public final class CrossValidation {
  private CrossValidation() {
  }

  /** The repositories of each fold. */
  public static List<List<String>> folds(List<IssueId> issues, int folds, long seed) {
    Map<String, Integer> sizes = new TreeMap<>();
    issues.forEach(id -> sizes.merge(id.repository(), 1, Integer::sum));
    if (folds < 2 || folds > sizes.size()) {
      throw new IllegalArgumentException("cross-validation grouped by repository needs 2 to " + sizes.size()
          + " folds (one repository at least per fold), got " + folds);
    }
    List<String> repositories = new ArrayList<>(sizes.keySet());
    Collections.shuffle(repositories, new Random(seed));
    repositories.sort((a, b) -> Integer.compare(sizes.get(b), sizes.get(a)));
    List<List<String>> assigned = new ArrayList<>();
    int[] filled = new int[folds];
    for (int f = 0; f < folds; f++) {
      assigned.add(new ArrayList<>());
    }
    for (String repository : repositories) {
      int smallest = 0;
      for (int f = 1; f < folds; f++) {
        if (filled[f] < filled[smallest]) {
          smallest = f;
        }
      }
      assigned.get(smallest).add(repository);
      filled[smallest] += sizes.get(repository);
    }
    return assigned;
  }

  /** Labels every issue with the model of the folds that held out its repository, then scores all. */
  public static EvaluationReport run(ClassifierTrainer trainer, Taxonomy taxonomy, List<PreparedIssue> issues,
      List<Annotation> gold, int folds, long seed, TypeRules typeLabels, Progress progress) {
    Map<IssueId, IssueLabelling> predicted = predict(trainer, taxonomy, issues, gold, folds, seed, typeLabels, progress);
    return MethodEvaluation.evaluate(taxonomy, gold, predicted);
  }

  /** The held-out labelling of every issue. */
  public static Map<IssueId, IssueLabelling> predict(ClassifierTrainer trainer, Taxonomy taxonomy,
      List<PreparedIssue> issues, List<Annotation> gold, int folds, long seed, TypeRules typeLabels, Progress progress) {
    return predict(trainer, taxonomy, issues, gold, folds, seed, typeLabels, progress, id -> true);
  }

  /**
   * The held-out labelling of every issue, each fold's model trained only on the issues
   * {@code trainOn} accepts (a learning curve: how the figures move with fewer labelled issues);
   * every issue is still labelled and scored.
   */
  public static Map<IssueId, IssueLabelling> predict(ClassifierTrainer trainer, Taxonomy taxonomy,
      List<PreparedIssue> issues, List<Annotation> gold, int folds, long seed, TypeRules typeLabels, Progress progress,
      Predicate<IssueId> trainOn) {
    List<List<String>> assigned = folds(issues.stream().map(p -> p.issue().id()).toList(), folds, seed);
    Map<IssueId, IssueLabelling> predicted = new LinkedHashMap<>();
    progress.total(folds);
    for (List<String> held : assigned) {
      List<PreparedIssue> trainIssues = new ArrayList<>();
      List<Annotation> trainGold = new ArrayList<>();
      List<PreparedIssue> test = new ArrayList<>();
      for (int i = 0; i < issues.size(); i++) {
        if (held.contains(issues.get(i).issue().id().repository())) {
          test.add(issues.get(i));
        } else if (trainOn.test(issues.get(i).issue().id())) {
          trainIssues.add(issues.get(i));
          trainGold.add(gold.get(i));
        }
      }
      IssueClassifierModel model = trainer.train(trainIssues, trainGold, null);
      for (PreparedIssue issue : test) {
        predicted.put(issue.issue().id(), ClassifierLabeller.label(model, taxonomy, issue, typeLabels));
      }
      progress.step();
    }
    return predicted;
  }
}
