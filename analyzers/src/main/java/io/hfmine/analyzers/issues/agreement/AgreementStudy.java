package io.hfmine.analyzers.issues.agreement;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.evaluation.ConfusionMatrix;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@code hfmine annotate agreement}: compares annotators on the issues they all annotated.
 *
 * <p>Labels compared: PTM relevance; on issues all annotators call PTM-related, the primary theme
 * and primary sub-theme (listed first, see {@link io.hfmine.analyzers.issues.ThemeRanking}), the
 * theme set and sub-theme set as one category each, every theme and sub-theme as a yes/no
 * decision, and all theme decisions pooled; the issue type where all gave one. A blank cell is
 * "not annotated": an issue counts for a label only where every annotator annotated it.
 */
public final class AgreementStudy {
  private AgreementStudy() {
  }

  /** Agreement of {@code annotators} (all annotators found when null or empty). */
  public static AgreementReport run(List<Annotation> annotations, List<String> annotators, Taxonomy taxonomy) {
    Map<String, Map<IssueId, Annotation>> byAnnotator = new TreeMap<>();
    annotations.forEach(a -> byAnnotator.computeIfAbsent(a.annotator(), k -> new LinkedHashMap<>()).put(a.issue(), a));
    List<String> chosen = annotators == null || annotators.isEmpty() ? List.copyOf(byAnnotator.keySet()) : annotators;
    for (String name : chosen) {
      if (!byAnnotator.containsKey(name)) {
        throw new IllegalArgumentException("annotator '" + name + "' has no annotations (known: "
            + String.join(", ", byAnnotator.keySet()) + ")");
      }
    }
    if (chosen.size() < 2) {
      throw new IllegalArgumentException("agreement needs at least two annotators, found " + chosen);
    }
    TreeSet<IssueId> shared = new TreeSet<>(byAnnotator.get(chosen.get(0)).keySet());
    chosen.forEach(name -> shared.retainAll(byAnnotator.get(name).keySet()));
    List<List<Annotation>> items = new ArrayList<>();
    for (IssueId id : shared) {
      items.add(chosen.stream().map(name -> byAnnotator.get(name).get(id)).toList());
    }
    Comparison comparison = new Comparison(chosen);
    comparison.compare("ptm", items, item -> item.stream().allMatch(Annotation::ptmAnnotated),
        a -> Boolean.toString(a.isPtm()), true);
    Predicate<List<Annotation>> allPtm = item -> item.stream().allMatch(a -> a.ptmAnnotated() && a.isPtm());
    Predicate<List<Annotation>> themed = allPtm.and(item -> item.stream().allMatch(Annotation::themesAnnotated));
    Predicate<List<Annotation>> subThemed = allPtm.and(item -> item.stream().allMatch(Annotation::subThemesAnnotated));
    comparison.compare("theme (primary)", items, themed, a -> orNone(a.primaryTheme()), false);
    comparison.compare("subtheme (primary)", items, subThemed, a -> orNone(a.primarySubTheme()), false);
    comparison.compare("themes (set)", items, themed, a -> set(a.themeList()), true);
    comparison.compare("subthemes (set)", items, subThemed, a -> set(a.subThemeList()), false);
    List<List<String>> pooledRatings = new ArrayList<>();
    for (String theme : taxonomy.themeCodes()) {
      if (used(items, theme, true)) {
        comparison.compare("theme " + theme, items, themed, a -> yesNo(a.themeList().contains(theme)), false);
        items.stream().filter(themed).forEach(item ->
            pooledRatings.add(item.stream().map(a -> yesNo(a.themeList().contains(theme))).toList()));
      }
    }
    if (!pooledRatings.isEmpty()) {
      comparison.add("themes (pooled yes/no)", pooledRatings);
    }
    for (String sub : taxonomy.subThemeCodes()) {
      if (used(items, sub, false)) {
        comparison.compare("subtheme " + sub, items, subThemed, a -> yesNo(a.subThemeList().contains(sub)), false);
      }
    }
    comparison.compare("type", items, item -> item.stream().allMatch(a -> a.type() != null), Annotation::type, true);
    return new AgreementReport(chosen, chosen.size() == 2 ? "Cohen's kappa" : "Fleiss' kappa", shared.size(),
        comparison.labels, comparison.confusion, comparison.disagreements);
  }

  private static boolean used(List<List<Annotation>> items, String code, boolean theme) {
    return items.stream().flatMap(List::stream).anyMatch(a -> (theme ? a.themeList() : a.subThemeList()).contains(code));
  }

  private static String orNone(String code) {
    return code == null ? "none" : code;
  }

  private static String set(List<String> codes) {
    return codes.isEmpty() ? "none" : String.join("+", new TreeSet<>(codes));
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }

  /** Accumulates per-label agreement, confusion matrices and disagreements. */
  private static final class Comparison {
    private final List<String> annotators;
    private final List<LabelAgreement> labels = new ArrayList<>();
    private final Map<String, ConfusionMatrix> confusion = new LinkedHashMap<>();
    private final List<Disagreement> disagreements = new ArrayList<>();

    Comparison(List<String> annotators) {
      this.annotators = annotators;
    }

    void compare(String label, List<List<Annotation>> items, Predicate<List<Annotation>> applies,
        Function<Annotation, String> value, boolean reportDisagreements) {
      List<List<String>> ratings = new ArrayList<>();
      ConfusionMatrix matrix = new ConfusionMatrix();
      for (List<Annotation> item : items) {
        if (!applies.test(item)) {
          continue;
        }
        List<String> values = item.stream().map(value).toList();
        ratings.add(values);
        if (annotators.size() == 2) {
          matrix.add(values.get(0), values.get(1));
        }
        if (reportDisagreements && values.stream().distinct().count() > 1) {
          Map<String, String> byAnnotator = new LinkedHashMap<>();
          for (int i = 0; i < annotators.size(); i++) {
            byAnnotator.put(annotators.get(i), values.get(i));
          }
          disagreements.add(new Disagreement(item.get(0).issue(), label, byAnnotator));
        }
      }
      if (ratings.isEmpty()) {
        return;
      }
      add(label, ratings);
      if (reportDisagreements && annotators.size() == 2) {
        confusion.put(label, matrix);
      }
    }

    void add(String label, List<List<String>> ratings) {
      double observed = ratings.stream().filter(r -> r.stream().distinct().count() == 1).count() / (double) ratings.size();
      double kappa = annotators.size() == 2
          ? CohenKappa.of(ratings.stream().map(r -> r.get(0)).toList(), ratings.stream().map(r -> r.get(1)).toList())
          : FleissKappa.of(ratings);
      labels.add(new LabelAgreement(label, ratings.size(), observed, kappa));
    }
  }
}
