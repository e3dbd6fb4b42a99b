package io.hfmine.analyzers.issues.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fleiss' kappa of a fixed number of raters per item (Fleiss 1971): κ = (P̄ − P̄ₑ)/(1 − P̄ₑ), with
 * P̄ the mean per-item agreement and P̄ₑ the sum of squared category shares. NaN when P̄ₑ = 1.
 */
public final class FleissKappa {
  private FleissKappa() {
  }

  /** {@code ratings.get(i)} holds the category each rater gave item i; every item has the same number of raters. */
  public static double of(List<List<String>> ratings) {
    if (ratings.isEmpty()) {
      throw new IllegalArgumentException("no items to compute Fleiss' kappa on");
    }
    int raters = ratings.get(0).size();
    if (raters < 2) {
      throw new IllegalArgumentException("Fleiss' kappa needs at least two raters per item");
    }
    Map<String, Integer> totals = new HashMap<>();
    double sumAgreement = 0;
    for (List<String> item : ratings) {
      if (item.size() != raters) {
        throw new IllegalArgumentException("every item needs " + raters + " ratings, one has " + item.size());
      }
      Map<String, Integer> counts = new HashMap<>();
      item.forEach(c -> counts.merge(c, 1, Integer::sum));
      double pairs = 0;
      for (int count : counts.values()) {
        pairs += (double) count * (count - 1);
      }
      sumAgreement += pairs / ((double) raters * (raters - 1));
      counts.forEach((c, k) -> totals.merge(c, k, Integer::sum));
    }
    double n = ratings.size();
    double meanAgreement = sumAgreement / n;
    double expected = 0;
    for (int total : totals.values()) {
      double share = total / (n * raters);
      expected += share * share;
    }
    return expected == 1.0 ? Double.NaN : (meanAgreement - expected) / (1 - expected);
  }
}
