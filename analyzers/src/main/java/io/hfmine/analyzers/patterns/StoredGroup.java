package io.hfmine.analyzers.patterns;

import java.util.List;

/**
 * The patterns of a group as the store holds them, for {@code patterns show}.
 *
 * @param noise the usages no pattern takes (DBSCAN's outliers)
 */
public record StoredGroup(Header header, List<Pattern> patterns, List<Usage> noise) {

  /** The group's row of {@code pattern_groups}. */
  public record Header(String groupBy, String key, String algorithm, int usages, String status, String message,
      int patterns, int noise, Double silhouette, Integer chosenK, Double coverage, Double succinctness, long seed,
      String builtAt) { }

  /** One stored pattern with its representative and nearest usages resolved. */
  public record Pattern(int number, int size, double coverage, Usage representative, List<String> sequence,
      List<String> keywordArgs, List<Usage> nearest, String summary) { }
}
