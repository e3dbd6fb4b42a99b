package io.hfmine.analyzers.stats.compare;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code hfmine stats compare} was asked: which file and columns, which groups in which
 * order (empty: all, in order of first appearance), and whether rows without a value are skipped.
 */
public record CompareSpec(Path file, String groupColumn, String valueColumn, List<String> groups,
    boolean skipMissing, ComparisonSettings settings) {

  public CompareSpec {
    groups = groups == null ? List.of() : List.copyOf(groups);
  }
}
