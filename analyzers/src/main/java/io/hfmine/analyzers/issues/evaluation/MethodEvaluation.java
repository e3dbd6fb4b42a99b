package io.hfmine.analyzers.issues.evaluation;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compares an automatic method's labellings with gold annotations (definitions in {@link EvaluationReport}). */
public final class MethodEvaluation {
  private MethodEvaluation() {
  }

  /** Scores {@code predicted} against {@code gold}; every gold issue must have a prediction. */
  public static EvaluationReport evaluate(Taxonomy taxonomy, List<Annotation> gold, Map<IssueId, IssueLabelling> predicted) {
    BinaryCounts ptm = BinaryCounts.ZERO;
    Map<String, BinaryCounts> themes = new LinkedHashMap<>();
    Map<String, BinaryCounts> subThemes = new LinkedHashMap<>();
    taxonomy.themeCodes().forEach(c -> themes.put(c, BinaryCounts.ZERO));
    taxonomy.subThemeCodes().forEach(c -> subThemes.put(c, BinaryCounts.ZERO));
    ConfusionMatrix confusion = new ConfusionMatrix();
    int themeItems = 0;
    int themeHits = 0;
    int endToEndHits = 0;
    int exactHits = 0;
    int subThemeItems = 0;
    int subThemeHits = 0;
    int typed = 0;
    int typeHits = 0;
    for (Annotation annotation : gold) {
      IssueLabelling labelling = predicted.get(annotation.issue());
      if (labelling == null) {
        throw new IllegalArgumentException("no prediction for gold issue " + annotation.issue());
      }
      if (annotation.ptmAnnotated()) {
        ptm = ptm.add(annotation.isPtm(), labelling.isPtm());
      }
      boolean goldPtm = annotation.ptmAnnotated() && annotation.isPtm();
      Set<String> predictedThemes = labelling.themeCodes();
      String primary = labelling.primaryTheme();
      if (goldPtm && annotation.themesAnnotated() && !annotation.themeList().isEmpty()) {
        List<String> goldThemes = annotation.themeList();
        themes.replaceAll((code, counts) -> counts.add(goldThemes.contains(code), predictedThemes.contains(code)));
        themeItems++;
        boolean hit = primary != null && goldThemes.contains(primary);
        themeHits += hit ? 1 : 0;
        endToEndHits += hit && labelling.isPtm() ? 1 : 0;
        exactHits += predictedThemes.equals(Set.copyOf(goldThemes)) ? 1 : 0;
      }
      if (goldPtm && annotation.subThemesAnnotated() && !annotation.subThemeList().isEmpty()) {
        List<String> goldSubThemes = annotation.subThemeList();
        Set<String> predictedSubThemes = labelling.subThemeCodes();
        subThemes.replaceAll((code, counts) -> counts.add(goldSubThemes.contains(code), predictedSubThemes.contains(code)));
        subThemeItems++;
        String primarySub = labelling.primarySubTheme();
        subThemeHits += primarySub != null && goldSubThemes.contains(primarySub) ? 1 : 0;
      }
      if (annotation.ptmAnnotated() && (!goldPtm || annotation.themesAnnotated())) {
        String shown = labelling.isPtm() && primary != null ? primary : "none";
        String goldRow = !goldPtm || annotation.themeList().isEmpty() ? "none"
            : annotation.themeList().contains(shown) ? shown : annotation.primaryTheme();
        confusion.add(goldRow, shown);
      }
      if (annotation.type() != null && labelling.type() != null) {
        typed++;
        typeHits += annotation.type().equals(labelling.type().code()) ? 1 : 0;
      }
    }
    return new EvaluationReport(gold.size(), ptm, themes, subThemes, macroF1(themes), macroF1(subThemes), themeItems,
        ratio(themeHits, themeItems), ratio(endToEndHits, themeItems), ratio(exactHits, themeItems), subThemeItems,
        ratio(subThemeHits, subThemeItems), ratio(typeHits, typed), confusion);
  }

  /** Mean F1 over the labels that occur in gold or predictions. */
  static double macroF1(Map<String, BinaryCounts> perLabel) {
    return perLabel.values().stream().filter(BinaryCounts::occurs).mapToDouble(BinaryCounts::f1).average().orElse(0);
  }

  private static double ratio(int hits, int total) {
    return total == 0 ? 0 : (double) hits / total;
  }
}
