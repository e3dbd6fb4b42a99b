package io.hfmine.analyzers.issues.evaluation;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabeller;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.IssueRecords;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.sampling.AnnotationFile;
import io.hfmine.analyzers.issues.sampling.AnnotationFileException;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code hfmine annotate evaluate}: runs a method on the issues of a gold CSV (issues must be in
 * the store) and scores it against the gold labels. Nothing is written to the store.
 */
public final class GoldEvaluation {
  private GoldEvaluation() {
  }

  /**
   * Reads and validates a gold CSV. Rows may name any annotator (rows naming none are "gold");
   * {@code annotator} keeps the rows of one of them. Without it, the file must hold one row per
   * issue, else the error asks for {@code --annotator}, which every command reading gold files has.
   */
  public static List<Annotation> readGold(Store store, Taxonomy taxonomy, Path goldFile, String annotator) {
    Map<IssueId, IssueText> issues = IssueRecords.byId(store);
    return readGold(taxonomy, goldFile, issues::containsKey, annotator);
  }

  /** {@link #readGold(Store, Taxonomy, Path, String)} against any set of known issues. */
  public static List<Annotation> readGold(Taxonomy taxonomy, Path goldFile, java.util.function.Predicate<IssueId> known,
      String annotator) {
    List<Annotation> rows = AnnotationFile.read(goldFile, taxonomy, known, AnnotationFile.AnnotatorColumn.gold())
        .stream().map(AnnotationFile.Entry::annotation).toList();
    TreeSet<String> annotators = new TreeSet<>();
    rows.forEach(a -> annotators.add(a.annotator()));
    if (annotator != null) {
      List<Annotation> chosen = rows.stream().filter(a -> a.annotator().equals(annotator)).toList();
      if (chosen.isEmpty()) {
        throw new AnnotationFileException(List.of(goldFile.getFileName() + ": no rows of annotator '" + annotator
            + "' (annotators in the file: " + String.join(", ", annotators) + ")"));
      }
      return chosen;
    }
    if (annotators.size() > 1) {
      throw new AnnotationFileException(List.of(goldFile.getFileName() + ": rows of several annotators ("
          + String.join(", ", annotators) + "); choose the gold one with --annotator NAME"));
    }
    return rows;
  }

  /**
   * What a run found: the gold labels read, the method's labelling of each gold issue, and the
   * figures.
   */
  public record Outcome(List<Annotation> gold, Map<IssueId, IssueLabelling> predicted, EvaluationReport report) {
  }

  public static Outcome run(Store store, Taxonomy taxonomy, Path goldFile, String annotator,
      IssueLabeller labeller, Progress progress) {
    Map<IssueId, IssueText> issues = IssueRecords.byId(store);
    List<Annotation> gold = readGold(taxonomy, goldFile, issues::containsKey, annotator);
    Map<IssueId, IssueLabelling> predicted = new LinkedHashMap<>();
    progress.total(gold.size());
    for (Annotation annotation : gold) {
      predicted.put(annotation.issue(), labeller.label(issues.get(annotation.issue())));
      progress.step();
    }
    return new Outcome(gold, predicted, MethodEvaluation.evaluate(taxonomy, gold, predicted));
  }
}
