package io.hfmine.analyzers.patterns.clustering;

import io.hfmine.analyzers.text.SparseVector;
import java.util.List;

/** Clusters the unit-length TF-IDF vectors of one group of usages. */
public interface UsageClusterer {
  /**
   * Partitions {@code vectors}, whose indices are below {@code dimensions}.
   *
   * @throws GroupTooLargeException when the algorithm refuses a group of this size
   */
  Partition cluster(List<SparseVector> vectors, int dimensions);
}
