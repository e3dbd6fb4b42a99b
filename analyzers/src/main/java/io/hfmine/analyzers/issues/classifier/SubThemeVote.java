package io.hfmine.analyzers.issues.classifier;

import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import java.util.List;

/**
 * A theme vote from the sub-theme regression: each theme's probability is the sum of its
 * sub-themes' probabilities. The sub-theme regression sees finer distinctions (a download that
 * fails against a file that is missing) whose words the theme regression has to pool; summed, they
 * give the theme a second opinion that reads the taxonomy's hierarchy.
 */
public final class SubThemeVote {
  private SubThemeVote() {
  }

  /**
   * The probability of each of {@code themes} (in that order): the sub-theme probabilities summed
   * per theme and renormalised over {@code themes}; null when no sub-theme of those themes was
   * learnt (then there is no opinion to blend).
   *
   * @param subThemes the sub-theme codes of {@code probabilities}, in that order
   */
  public static double[] probabilities(List<String> themes, Taxonomy taxonomy, List<String> subThemes,
      double[] probabilities) {
    double[] p = new double[themes.size()];
    double sum = 0;
    for (int s = 0; s < subThemes.size(); s++) {
      String theme = taxonomy.subTheme(subThemes.get(s)).map(sub -> sub.themeCode()).orElse(null);
      int at = theme == null ? -1 : themes.indexOf(theme);
      if (at >= 0) {
        p[at] += probabilities[s];
        sum += probabilities[s];
      }
    }
    if (sum <= 0) {
      return null;
    }
    for (int t = 0; t < p.length; t++) {
      p[t] /= sum;
    }
    return p;
  }
}
