package io.hfmine.analyzers.issues.evaluation;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compares an automatic method's labellings with gold annotations. */
public final class MethodEvaluation {
  private MethodEvaluation() {
  }

  /**
   * Scores {@code predicted} against {@code gold}; every gold issue must have a prediction.
   * Themes and sub-themes are scored over all gold issues, so a theme given to a non-PTM issue
   * is a false positive.
   */
  public static EvaluationReport evaluate(Taxonomy taxonomy, List<Annotation> gold, Map<IssueId, IssueLabelling> predicted) {
    BinaryCounts ptm = BinaryCounts.ZERO;
    Map<String, BinaryCounts> themes = new LinkedHashMap<>();
    Map<String, BinaryCounts> subThemes = new LinkedHashMap<>();
    taxonomy.themeCodes().forEach(c -> themes.put(c, BinaryCounts.ZERO));
    taxonomy.subThemeCodes().forEach(c -> subThemes.put(c, BinaryCounts.ZERO));
    ConfusionMatrix confusion = new ConfusionMatrix();
    int ptmIssues = 0;
    int themeHits = 0;
    int exactHits = 0;
    int typed = 0;
    int typeHits = 0;
    for (Annotation annotation : gold) {
      IssueLabelling labelling = predicted.get(annotation.issue());
      if (labelling == null) {
        throw new IllegalArgumentException("no prediction for gold issue " + annotation.issue());
      }
      ptm = ptm.add(annotation.isPtm(), labelling.isPtm());
      Set<String> predictedThemes = labelling.themeCodes();
      Set<String> predictedSubThemes = labelling.subThemeCodes();
      themes.replaceAll((code, counts) -> counts.add(annotation.themes().contains(code), predictedThemes.contains(code)));
      subThemes.replaceAll((code, counts) ->
          counts.add(annotation.subThemes().contains(code), predictedSubThemes.contains(code)));
      String primary = labelling.primaryTheme();
      if (annotation.isPtm() && !annotation.themes().isEmpty()) {
        ptmIssues++;
        if (primary != null && annotation.themes().contains(primary)) {
          themeHits++;
        }
        if (predictedThemes.equals(Set.copyOf(annotation.themes()))) {
          exactHits++;
        }
      }
      String goldRow = annotation.themes().isEmpty() ? "none"
          : primary != null && annotation.themes().contains(primary) ? primary : annotation.themes().get(0);
      confusion.add(goldRow, primary == null ? "none" : primary);
      if (annotation.type() != null && labelling.type() != null) {
        typed++;
        typeHits += annotation.type().equals(labelling.type().code()) ? 1 : 0;
      }
    }
    return new EvaluationReport(gold.size(), ptm, themes, subThemes, macroF1(themes), macroF1(subThemes),
        ratio(themeHits, ptmIssues), ratio(exactHits, ptmIssues), ratio(typeHits, typed), confusion);
  }

  /** Mean F1 over the labels that occur in gold or predictions. */
  static double macroF1(Map<String, BinaryCounts> perLabel) {
    return perLabel.values().stream().filter(BinaryCounts::occurs).mapToDouble(BinaryCounts::f1).average().orElse(0);
  }

  private static double ratio(int hits, int total) {
    return total == 0 ? 0 : (double) hits / total;
  }
}
