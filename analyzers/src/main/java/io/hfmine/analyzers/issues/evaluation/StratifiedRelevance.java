package io.hfmine.analyzers.issues.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

  /** @param population issues per stratum in the population ({@link #weights}) */
  public static StratifiedRelevance of(List<Scored> sample, Map<String, Long> population) {
    Map<String, Long> drawn = new HashMap<>();
    sample.forEach(item -> drawn.merge(item.stratum(), 1L, Long::sum));
    Map<String, Double> weights = weights(drawn, population);
    WeightedCounts counts = WeightedCounts.ZERO;
    for (Scored item : sample) {
      counts = counts.add(item.gold(), item.predicted(), weights.get(item.stratum()));
    }
    return new StratifiedRelevance(counts.precision(), counts.recall(), counts.f1(), counts.goldShare(),
        counts.predictedShare());
  }

  /**
   * Each stratum's weight, N_s / n_s: how many issues of the population one sampled issue of it
   * stands for.
   *
   * @param drawn sampled issues per stratum
   * @param population issues per stratum in the population; every stratum of the sample must be in it, and every
   *     stratum of it with issues must be in the sample
   */
  public static Map<String, Double> weights(Map<String, Long> drawn, Map<String, Long> population) {
    for (String stratum : new TreeSet<>(population.keySet())) {
      if (population.get(stratum) > 0 && !drawn.containsKey(stratum)) {
        throw new IllegalArgumentException("stratum " + stratum + " has " + population.get(stratum)
            + " issues in the population but none in the sample; its figures cannot be estimated");
      }
    }
    Map<String, Double> weights = new TreeMap<>();
    for (String stratum : new TreeSet<>(drawn.keySet())) {
      Long size = population.get(stratum);
      if (size == null) {
        throw new IllegalArgumentException("stratum " + stratum + " of the sample is not in the population");
      }
      weights.put(stratum, (double) size / drawn.get(stratum));
    }
    return weights;
  }
}
