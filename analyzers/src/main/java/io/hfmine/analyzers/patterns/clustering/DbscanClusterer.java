package io.hfmine.analyzers.patterns.clustering;

import io.hfmine.analyzers.patterns.features.SparseVector;
import java.util.List;
import java.util.Map;
import smile.clustering.Clustering;
import smile.clustering.DBSCAN;

/**
 * Smile's DBSCAN under cosine distance; its outlier label ({@code Integer.MAX_VALUE}) becomes
 * {@link Partition#NOISE}.
 *
 * <p>Neighbourhoods come from a linear search, so the cost is quadratic in the group size (no
 * memory beyond the vectors); a density radius suits groups whose patterns are tight, while usages
 * nobody else writes that way stay noise instead of being forced into a pattern.
 */
public final class DbscanClusterer implements UsageClusterer {
  private final int minPoints;
  private final double radius;

  public DbscanClusterer(int minPoints, double radius) {
    this.minPoints = minPoints;
    this.radius = radius;
  }

  @Override
  public Partition cluster(List<SparseVector> vectors, int dimensions) {
    SparseVector[] data = vectors.toArray(new SparseVector[0]);
    DBSCAN<SparseVector> dbscan = DBSCAN.fit(data, new CosineDistance(), minPoints, radius);
    return Partition.of(dbscan.group(), Map.of(), Clustering.OUTLIER);
  }
}
