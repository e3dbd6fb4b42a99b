package io.hfmine.analyzers.patterns;

import java.util.List;
import java.util.Map;

/**
 * The patterns of one group of usages (a model, a library or an API), or why it has none.
 *
 * @param usages number of usages in the group
 * @param status clustered, too-small (below min-group-size) or too-large (refused by the algorithm)
 * @param message why a group was not clustered; null when it was
 * @param noise usages no pattern takes (DBSCAN only)
 * @param silhouette mean silhouette of the final clustering (sampled above the limit); NaN when undefined
 * @param chosenK k picked by silhouette (k-means only), else null
 * @param silhouetteByK silhouette of each k tried (k-means only)
 * @param coverage UP-Miner coverage: share of usages whose call sequence contains some pattern's
 *     sequence as an ordered subsequence
 * @param succinctness 1 - patterns / distinct call sequences: near 1 when few patterns stand for
 *     many different sequences, 0 when every distinct sequence needs its own pattern
 */
public record GroupPatterns(
    PatternSettings.GroupBy groupBy,
    String key,
    PatternSettings.Algorithm algorithm,
    int usages,
    Status status,
    String message,
    List<UsagePattern> patterns,
    List<Usage> noise,
    double silhouette,
    Integer chosenK,
    Map<Integer, Double> silhouetteByK,
    double coverage,
    double succinctness) {

  /** What happened to a group. */
  public enum Status {
    CLUSTERED, TOO_SMALL, TOO_LARGE;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Status ofKey(String key) {
      return valueOf(key.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
  }

  /** A group that was reported but not clustered. */
  public static GroupPatterns skipped(PatternSettings.GroupBy groupBy, String key, PatternSettings.Algorithm algorithm,
      int usages, Status status, String message) {
    return new GroupPatterns(groupBy, key, algorithm, usages, status, message, List.of(), List.of(), Double.NaN, null,
        Map.of(), Double.NaN, Double.NaN);
  }

  public GroupPatterns withPatterns(List<UsagePattern> replaced) {
    return new GroupPatterns(groupBy, key, algorithm, usages, status, message, replaced, noise, silhouette, chosenK,
        silhouetteByK, coverage, succinctness);
  }
}
