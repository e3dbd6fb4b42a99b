package io.hfmine.analyzers.stats.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Chooses, for one issue and one label kind, which source's labels count.
 *
 * <p>Patterns are tried in order; {@code human:*} matches every source starting with
 * {@code human:}. When several sources match the same pattern (two annotators), the
 * alphabetically first one wins, so the choice never depends on row order.
 */
public final class LabelSourcePreference {
  private final List<String> patterns;

  public LabelSourcePreference(List<String> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  /** Whether labels of {@code source} can count at all. */
  public boolean accepts(String source) {
    return rank(source) >= 0;
  }

  /** Position of the first pattern matching {@code source}, or -1 when none does. */
  int rank(String source) {
    for (int i = 0; i < patterns.size(); i++) {
      String pattern = patterns.get(i);
      boolean matches = pattern.endsWith("*")
          ? source.startsWith(pattern.substring(0, pattern.length() - 1))
          : source.equals(pattern);
      if (matches) {
        return i;
      }
    }
    return -1;
  }

  /** The values of the preferred source among {@code valuesBySource}; empty when no source is accepted. */
  public Set<String> choose(Map<String, ? extends Set<String>> valuesBySource) {
    String best = null;
    int bestRank = Integer.MAX_VALUE;
    for (String source : new TreeMap<>(valuesBySource).keySet()) {
      int rank = rank(source);
      if (rank >= 0 && rank < bestRank) {
        best = source;
        bestRank = rank;
      }
    }
    return best == null ? Set.of() : new TreeSet<>(valuesBySource.get(best));
  }

  public List<String> patterns() {
    return new ArrayList<>(patterns);
  }
}
