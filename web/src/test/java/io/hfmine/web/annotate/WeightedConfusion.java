package io.hfmine.web.annotate;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The tests' own post-stratified confusion counts, computed from a fixture's strata by the
 * estimator's formula and not by the product's code: each labelled issue of stratum s stands for
 * N_s / n_s issues of the population, N_s the population's issues in s and n_s the labelled ones.
 * The evaluation tests of the CLI and of the browser check the printed weighted figures against it.
 */
public record WeightedConfusion(double tp, double fp, double fn, double tn) {

  /**
   * @param labelled the labelled issues
   * @param stratum each issue's stratum
   * @param population the number of the population's issues in each stratum
   */
  public static <K> WeightedConfusion of(Collection<K> labelled, Function<K, String> stratum,
      Map<String, Long> population, Predicate<K> gold, Predicate<K> predicted) {
    Map<String, Long> perStratum = new HashMap<>();
    labelled.forEach(issue -> perStratum.merge(stratum.apply(issue), 1L, Long::sum));
    double tp = 0;
    double fp = 0;
    double fn = 0;
    double tn = 0;
    for (K issue : labelled) {
      double weight = (double) population.get(stratum.apply(issue)) / perStratum.get(stratum.apply(issue));
      boolean g = gold.test(issue);
      boolean p = predicted.test(issue);
      tp += g && p ? weight : 0;
      fp += !g && p ? weight : 0;
      fn += g && !p ? weight : 0;
      tn += !g && !p ? weight : 0;
    }
    return new WeightedConfusion(tp, fp, fn, tn);
  }

  public double total() {
    return tp + fp + fn + tn;
  }
}
