package io.hfmine.analyzers.issues.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * PTM-relevance figures of a stratified sample weighted back to the issues it was drawn from
 * (post-stratification): each labelled issue of stratum s stands for N_s / n_s issues, N_s the
 * issues of that stratum in the population and n_s the labelled ones.
 *
 * <p>Why: the labelled set is enriched with prescreened issues, where PTM-related issues are
 * common and easy; a whole repository is mostly issues the prescreen does not match, where they
 * are rare and hard. Figures on the sample as drawn overstate what a study of whole repositories
 * gets.
 *
 * @param precision weighted precision (0 when nothing is predicted PTM-related)
 * @param recall weighted recall (0 without PTM-related issues)
 * @param goldShare the population's estimated share of PTM-related issues, by the labels
 * @param predictedShare the share the method would call PTM-related
 */
public record StratifiedRelevance(double precision, double recall, double f1, double goldShare, double predictedShare) {
  /** One labelled issue: its stratum, its gold label and the method's. */
  public record Scored(String stratum, boolean gold, boolean predicted) {
  }

  /**
   * @param population issues per stratum in the population; every stratum of the sample must be in it, and every
   *     stratum of it with issues must be in the sample
   */
  public static StratifiedRelevance of(List<Scored> sample, Map<String, Long> population) {
    Map<String, Integer> drawn = new HashMap<>();
    sample.forEach(item -> drawn.merge(item.stratum(), 1, Integer::sum));
    for (String stratum : new TreeSet<>(population.keySet())) {
      if (population.get(stratum) > 0 && !drawn.containsKey(stratum)) {
        throw new IllegalArgumentException("stratum " + stratum + " has " + population.get(stratum)
            + " issues in the population but none in the sample; its figures cannot be estimated");
      }
    }
    double tp = 0;
    double fp = 0;
    double fn = 0;
    double positives = 0;
    double predicted = 0;
    double total = 0;
    for (Scored item : sample) {
      Long size = population.get(item.stratum());
      if (size == null) {
        throw new IllegalArgumentException("stratum " + item.stratum() + " of the sample is not in the population");
      }
      double weight = (double) size / drawn.get(item.stratum());
      tp += item.gold() && item.predicted() ? weight : 0;
      fp += !item.gold() && item.predicted() ? weight : 0;
      fn += item.gold() && !item.predicted() ? weight : 0;
      positives += item.gold() ? weight : 0;
      predicted += item.predicted() ? weight : 0;
      total += weight;
    }
    double precision = tp + fp == 0 ? 0 : tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : tp / (tp + fn);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new StratifiedRelevance(precision, recall, f1, total == 0 ? 0 : positives / total,
        total == 0 ? 0 : predicted / total);
  }
}
