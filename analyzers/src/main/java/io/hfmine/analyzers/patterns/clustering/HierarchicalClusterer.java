package io.hfmine.analyzers.patterns.clustering;

import io.hfmine.analyzers.text.SparseVector;
import io.hfmine.analyzers.graph.DisjointSets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import smile.clustering.HierarchicalClustering;
import smile.clustering.linkage.UPGMALinkage;

/**
 * Average-linkage (UPGMA) agglomerative clustering under cosine distance, cut at a distance.
 *
 * <p>Smile keeps the whole lower-triangular distance matrix in floats, n(n+1)/2 * 4 bytes
 * (5,000 usages: 50 MB; 40,000: 3.2 GB), so groups above {@code maxSize} are refused with a
 * message instead of exhausting the heap. The tree is cut by merging every pair of clusters whose
 * average distance is at most {@code cutDistance}; that is the same as Smile's
 * {@code partition(h)} without its refusal of cuts above the root.
 */
public final class HierarchicalClusterer implements UsageClusterer {
  private final int maxSize;
  private final double cutDistance;

  public HierarchicalClusterer(int maxSize, double cutDistance) {
    this.maxSize = maxSize;
    this.cutDistance = cutDistance;
  }

  @Override
  public Partition cluster(List<SparseVector> vectors, int dimensions) {
    int n = vectors.size();
    if (n > maxSize) {
      double megabytes = (double) n * (n + 1) / 2 * Float.BYTES / 1e6;
      throw new GroupTooLargeException(String.format(Locale.ROOT,
          "%,d usages exceed patterns.hierarchical.max-size (%,d): average linkage keeps an n x n distance matrix "
              + "(%,.1f MB here); use --algorithm kmeans or raise the limit", n, maxSize, megabytes));
    }
    if (n < 2) {
      return Partition.of(new int[n], Map.of());
    }
    SparseVector[] data = vectors.toArray(new SparseVector[0]);
    HierarchicalClustering tree = HierarchicalClustering.fit(UPGMALinkage.of(data, new CosineDistance()));
    return Partition.of(cut(tree, n, cutDistance), Map.of());
  }

  /** Labels from applying every merge whose height is at most {@code height}. */
  static int[] cut(HierarchicalClustering tree, int n, double height) {
    // Node n + i of the dendrogram is the union of the two nodes merged at step i.
    DisjointSets nodes = new DisjointSets(2 * n - 1);
    int[][] merges = tree.tree();
    double[] heights = tree.height();
    for (int i = 0; i < merges.length; i++) {
      if (heights[i] <= height) {
        nodes.union(n + i, merges[i][0]);
        nodes.union(n + i, merges[i][1]);
      }
    }
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = nodes.find(i);
    }
    return labels;
  }
}
