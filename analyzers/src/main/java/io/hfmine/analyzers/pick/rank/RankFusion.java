package io.hfmine.analyzers.pick.rank;

import io.hfmine.analyzers.pick.PickSettings;
import io.hfmine.analyzers.pick.index.Scored;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines rankings of the same candidates into one.
 *
 * <ul>
 *   <li><b>rrf</b> (reciprocal-rank fusion, Cormack et al. 2009): a candidate gets
 *       {@code weight / (k + rank)} from every ranking it is in (rank 1 is the best) and nothing
 *       from the others. Scores of different rankers never meet, only their orders.</li>
 *   <li><b>weighted-sum</b>: each ranker's score is divided by the best score of its ranking
 *       (negative scores count as 0), then the candidate's shares are added with the weights.</li>
 * </ul>
 * Ties are broken by the lower index ordinal, so a fusion is reproducible.
 */
public final class RankFusion {
  /** One ranker's view of a candidate: its 1-based rank and raw score. */
  public record Part(String ranker, int rank, double score) {
  }

  /** A fused candidate: the combined score and each ranker's part. */
  public record Fused(int ordinal, double score, Map<String, Part> parts) {
  }

  private final PickSettings.Fusion method;
  private final int k;
  private final Map<String, Double> weights;

  public RankFusion(PickSettings.Fusion method, int k, Map<String, Double> weights) {
    this.method = method;
    this.k = k;
    this.weights = Map.copyOf(weights);
  }

  /** Fuses rankings given best first, by ranker name; rankers without weight add nothing. */
  public List<Fused> fuse(Map<String, List<Scored>> rankings) {
    Map<Integer, Map<String, Part>> parts = new LinkedHashMap<>();
    Map<String, Double> best = new HashMap<>();
    rankings.forEach((ranker, ranked) -> {
      for (int i = 0; i < ranked.size(); i++) {
        Scored scored = ranked.get(i);
        parts.computeIfAbsent(scored.ordinal(), ordinal -> new LinkedHashMap<>())
            .put(ranker, new Part(ranker, i + 1, scored.score()));
      }
      best.put(ranker, ranked.isEmpty() ? 0 : Math.max(0, ranked.getFirst().score()));
    });
    List<Fused> fused = new ArrayList<>(parts.size());
    parts.forEach((ordinal, byRanker) -> {
      double score = 0;
      for (Part part : byRanker.values()) {
        double weight = weights.getOrDefault(part.ranker(), 0.0);
        if (method == PickSettings.Fusion.RRF) {
          score += weight / (k + part.rank());
        } else {
          double top = best.get(part.ranker());
          score += top > 0 ? weight * Math.max(0, part.score()) / top : 0;
        }
      }
      fused.add(new Fused(ordinal, score, byRanker));
    });
    fused.sort(Comparator.comparingDouble(Fused::score).reversed().thenComparingInt(Fused::ordinal));
    return fused;
  }
}
