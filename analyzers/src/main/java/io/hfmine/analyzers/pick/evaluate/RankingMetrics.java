package io.hfmine.analyzers.pick.evaluate;

import java.util.List;
import java.util.Set;

/**
 * hit@k and mean reciprocal rank over requests with at least one known suitable model.
 *
 * <p>hit@k is the share of requests with a suitable model among the first k answers; the
 * reciprocal rank of a request is 1/r for the first suitable answer at rank r (within the ranking
 * depth) and 0 when none is there; MRR is their mean.
 */
public final class RankingMetrics {
  private RankingMetrics() {
  }

  /** 1-based rank of the first suitable answer, or 0 when none. */
  public static int firstHit(List<String> answers, Set<String> suitable) {
    for (int i = 0; i < answers.size(); i++) {
      if (suitable.contains(answers.get(i))) {
        return i + 1;
      }
    }
    return 0;
  }

  /** hit@k over the first-hit ranks of each request. */
  public static double hitAt(List<Integer> firstHits, int k) {
    if (firstHits.isEmpty()) {
      return Double.NaN;
    }
    return firstHits.stream().filter(rank -> rank > 0 && rank <= k).count() / (double) firstHits.size();
  }

  /** Mean reciprocal rank over the first-hit ranks (0 = no hit). */
  public static double meanReciprocalRank(List<Integer> firstHits) {
    if (firstHits.isEmpty()) {
      return Double.NaN;
    }
    return firstHits.stream().mapToDouble(rank -> rank > 0 ? 1.0 / rank : 0).sum() / firstHits.size();
  }
}
