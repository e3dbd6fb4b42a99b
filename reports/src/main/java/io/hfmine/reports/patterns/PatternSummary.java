package io.hfmine.reports.patterns;

import java.util.List;

/**
 * What the report says about the usage-pattern stage (tables {@code pattern_groups} and
 * {@code patterns}): totals, the largest groups, and for the largest clustered groups their first
 * patterns with the medoid's snippet.
 */
public record PatternSummary(long groups, long clusteredGroups, long patterns, long clusteredUsages,
    List<Group> largestGroups) {

  /** One group of usages (by model, library or API) and how it clustered. */
  public record Group(String groupBy, String groupKey, String algorithm, String status, int usages, int patterns,
      int noise, Double silhouette, Double coverage, Double succinctness, List<Pattern> firstPatterns) {
  }

  /** One pattern: its size, share of the group, call sequence, keywords and the medoid's snippet (may be null). */
  public record Pattern(int number, int size, double coverage, List<String> apiSequence, List<String> keywords,
      String medoidSnippet) {
  }
}
