package io.hfmine.analyzers.patterns.clustering;

import io.hfmine.analyzers.text.SparseVector;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import smile.clustering.Clustering;
import smile.clustering.DBSCAN;

/**
 * Smile's DBSCAN under cosine distance; its outlier label ({@code Integer.MAX_VALUE}) becomes
 * {@link Partition#NOISE}.
 *
 * <p>Neighbourhoods come from a linear search, so the cost is quadratic in the group size: groups
 * above {@code maxSize} ({@code patterns.dbscan.max-size}) are refused with the reason rather than
 * left running for hours. A density radius suits groups whose patterns are tight, while usages
 * nobody else writes that way stay noise instead of being forced into a pattern.
 */
public final class DbscanClusterer implements UsageClusterer {
  private final int minPoints;
  private final double radius;
  private final int maxSize;

  public DbscanClusterer(int minPoints, double radius, int maxSize) {
    this.minPoints = minPoints;
    this.radius = radius;
    this.maxSize = maxSize;
  }

  @Override
  public Partition cluster(List<SparseVector> vectors, int dimensions) {
    int n = vectors.size();
    if (n > maxSize) {
      throw new GroupTooLargeException(String.format(Locale.ROOT,
          "%,d usages exceed patterns.dbscan.max-size (%,d): DBSCAN compares every usage with every other "
              + "(%,d distances here); use --algorithm kmeans or raise the limit", n, maxSize, (long) n * (n - 1) / 2));
    }
    SparseVector[] data = vectors.toArray(new SparseVector[0]);
    DBSCAN<SparseVector> dbscan = DBSCAN.fit(data, new CosineDistance(), minPoints, radius);
    return Partition.of(dbscan.group(), Map.of(), Clustering.OUTLIER);
  }
}
