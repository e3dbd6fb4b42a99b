package io.hfmine.analyzers.issues.evaluation;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabeller;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.IssueRecords;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.sampling.AnnotationFile;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code hfmine annotate evaluate}: runs a method on the issues of a gold CSV (issues must be in
 * the store) and scores it against the gold labels. Nothing is written to the store.
 */
public final class GoldEvaluation {
  private GoldEvaluation() {
  }

  /** Reads and validates a gold CSV (the annotator column may be empty: the file is the gold standard). */
  public static List<Annotation> readGold(Store store, Taxonomy taxonomy, Path goldFile) {
    Map<IssueId, IssueText> issues = IssueRecords.byId(store);
    return AnnotationFile.read(goldFile, taxonomy, issues::containsKey, "gold").stream()
        .map(AnnotationFile.Entry::annotation).toList();
  }

  public static EvaluationReport run(Store store, Taxonomy taxonomy, Path goldFile, IssueLabeller labeller,
      Progress progress) {
    List<Annotation> gold = readGold(store, taxonomy, goldFile);
    Map<IssueId, IssueText> issues = IssueRecords.byId(store);
    Map<IssueId, IssueLabelling> predicted = new LinkedHashMap<>();
    progress.total(gold.size());
    for (Annotation annotation : gold) {
      predicted.put(annotation.issue(), labeller.label(issues.get(annotation.issue())));
      progress.step();
    }
    return MethodEvaluation.evaluate(taxonomy, gold, predicted);
  }
}
