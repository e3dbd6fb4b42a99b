package io.hfmine.web.annotate;

import io.hfmine.analyzers.issues.classifier.ClassifierLabeller;
import io.hfmine.analyzers.issues.classifier.ClassifierTraining;
import io.hfmine.analyzers.issues.llm.LlmLabeller;
import io.hfmine.datasets.store.Store;
import io.hfmine.web.html.Markup;
import io.hfmine.web.table.Rows;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a sample's evaluation can compare: the annotators of its issues (one of them is the
 * reference) and the methods whose labels the store holds for them, each with where its labels
 * came from as far as the store records it. The evaluation panel's one SQL place.
 */
final class EvaluationSources {
  /** The annotator the CLI calls gold (the rows of a gold file that name none, {@code --annotator gold}). */
  static final String GOLD = "gold";

  /** An annotator of the sample and how many of its issues they annotated. */
  record Annotator(String name, long issues) {
  }

  /**
   * A method with stored labels of the sample's issues.
   *
   * @param issues the sample's issues it labelled (a PTM label)
   * @param first when it labelled the first of them; {@code last} the last
   * @param provenance which model, where the store records it; null where it does not
   */
  record Method(String source, long issues, LocalDateTime first, LocalDateTime last, String provenance) {
  }

  private EvaluationSources() {
  }

  /** The sample's annotators, by name. */
  static List<Annotator> annotators(Store store, String sample) {
    return store.read(connection -> {
      List<Annotator> annotators = new ArrayList<>();
      for (Map<String, Object> row : Rows.all(connection, "SELECT a.annotator, count(*) AS issues FROM annotations a "
          + "JOIN annotation_sample_issues s ON a.repository = s.repository AND a.issue_number = s.issue_number "
          + "WHERE s.sample = ? GROUP BY a.annotator ORDER BY a.annotator", sample)) {
        annotators.add(new Annotator((String) row.get("annotator"), ((Number) row.get("issues")).longValue()));
      }
      return annotators;
    });
  }

  /**
   * The reference when none is chosen: the annotator named gold, as the CLI's gold rows are; else
   * {@code viewer} when they annotated some of the sample; else whoever annotated most (the first
   * by name among equals). Null without annotators.
   */
  static String defaultReference(List<Annotator> annotators, String viewer) {
    if (annotators.stream().anyMatch(a -> a.name().equals(GOLD))) {
      return GOLD;
    }
    if (annotators.stream().anyMatch(a -> a.name().equals(viewer))) {
      return viewer;
    }
    return annotators.stream().max(Comparator.comparingLong(Annotator::issues)
        .thenComparing(Annotator::name, Comparator.reverseOrder())).map(Annotator::name).orElse(null);
  }

  /** The methods (every source but people's) with PTM labels of the sample's issues, the most recent first. */
  static List<Method> methods(Store store, String sample) {
    return store.read(connection -> {
      Map<String, Object> classifier = Rows.one(connection, "SELECT training_file, examples, trained_at FROM "
          + "issue_classifiers WHERE name = ?", ClassifierTraining.DEFAULT_NAME);
      List<Method> methods = new ArrayList<>();
      for (Map<String, Object> row : Rows.all(connection, "SELECT l.source, count(*) AS issues, min(l.labelled_at) AS "
          + "first, max(l.labelled_at) AS last, list(DISTINCT split_part(l.evidence, ': ', 1)) "
          + "FILTER (WHERE l.source = ?) AS models FROM issue_labels l JOIN annotation_sample_issues s "
          + "ON l.repository = s.repository AND l.issue_number = s.issue_number WHERE s.sample = ? AND l.label_kind = 'ptm' "
          + "AND NOT starts_with(l.source, 'human:') GROUP BY l.source ORDER BY last DESC, l.source",
          LlmLabeller.SOURCE, sample)) {
        String source = (String) row.get("source");
        LocalDateTime first = (LocalDateTime) row.get("first");
        String provenance = switch (source) {
          case LlmLabeller.SOURCE -> "chat model " + String.join(", ", ((List<?>) row.get("models")).stream()
              .map(String::valueOf).sorted().toList());
          case ClassifierLabeller.SOURCE -> classifier(classifier, first);
          default -> null;
        };
        methods.add(new Method(source, ((Number) row.get("issues")).longValue(), first, (LocalDateTime) row.get("last"),
            provenance));
      }
      return methods;
    });
  }

  /**
   * The store keeps one trained classifier and not which model labelled: a classifier trained
   * before the labels can be theirs, one trained after cannot.
   */
  private static String classifier(Map<String, Object> trained, LocalDateTime firstLabel) {
    if (trained == null) {
      return "the classifier shipped with hfmine (the store holds no trained one)";
    }
    LocalDateTime at = (LocalDateTime) trained.get("trained_at");
    String which = "trained on " + trained.get("training_file") + " (" + Markup.display(trained.get("examples"))
        + " issues) at " + Markup.display(at);
    return at.isAfter(firstLabel) ? "labelled before the store's classifier was " + which
        + ", so by an earlier one or the one shipped with hfmine" : "the store's classifier, " + which;
  }
}
