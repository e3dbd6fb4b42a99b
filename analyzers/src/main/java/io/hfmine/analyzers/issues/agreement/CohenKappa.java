package io.hfmine.analyzers.issues.agreement;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cohen's kappa of two raters over the same items: κ = (pₒ − pₑ)/(1 − pₑ), pₑ from each rater's
 * marginals, as sklearn's {@code cohen_kappa_score} (unweighted). NaN when pₑ = 1 (both raters
 * always gave the same single category), where sklearn also has no value.
 */
public final class CohenKappa {
  private CohenKappa() {
  }

  public static double of(List<String> first, List<String> second) {
    if (first.size() != second.size() || first.isEmpty()) {
      throw new IllegalArgumentException("two non-empty rating lists of equal length are needed, got "
          + first.size() + " and " + second.size());
    }
    int n = first.size();
    Map<String, Integer> firstCounts = new HashMap<>();
    Map<String, Integer> secondCounts = new HashMap<>();
    int agreed = 0;
    for (int i = 0; i < n; i++) {
      firstCounts.merge(first.get(i), 1, Integer::sum);
      secondCounts.merge(second.get(i), 1, Integer::sum);
      agreed += first.get(i).equals(second.get(i)) ? 1 : 0;
    }
    Set<String> categories = new HashSet<>(firstCounts.keySet());
    categories.addAll(secondCounts.keySet());
    double expected = 0;
    for (String category : categories) {
      expected += (double) firstCounts.getOrDefault(category, 0) * secondCounts.getOrDefault(category, 0) / ((double) n * n);
    }
    double observed = (double) agreed / n;
    return expected == 1.0 ? Double.NaN : (observed - expected) / (1 - expected);
  }

  /** Share of items both raters put in the same category. */
  public static double observedAgreement(List<String> first, List<String> second) {
    int agreed = 0;
    for (int i = 0; i < first.size(); i++) {
      agreed += first.get(i).equals(second.get(i)) ? 1 : 0;
    }
    return first.isEmpty() ? Double.NaN : (double) agreed / first.size();
  }
}
